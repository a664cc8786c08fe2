"""The contacts section: adding people, watching the role follow the sliders, undo."""
from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from kam_desktop.services.dossier import load_dossier
from kam_desktop.services.interchange import export_document
from kam_desktop.services.records import add_record
from kam_desktop.ui.dossier.contacts import LeftDialog
from kam_desktop.ui.dossier.window import DossierWindow


def _contacts(qtbot, context, account_id):
    window = DossierWindow(context, account_id)
    qtbot.addWidget(window)
    window.show()
    window.show_section("contacts")
    return window, window.page("contacts")


def test_add_a_contact_and_watch_the_role_change(qtbot, context, make_account) -> None:
    window, page = _contacts(qtbot, context, make_account())
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1
    name = page.editors[0]
    name.input.setText("Орлов И. П.")
    name.input.editingFinished.emit()
    assert page.model.rows[0]["name"] == "Орлов И. П."

    page.interest.spin.setValue(9)
    page.interest.spin.editingFinished.emit()
    page.involvement.spin.setValue(2)
    assert "Specifier" in page.role.text()  # live, before the edit is committed
    page.involvement.spin.editingFinished.emit()
    assert page.model.rows[0]["role"].value == "specifier"
    page.involvement.spin.setValue(8)
    page.involvement.spin.editingFinished.emit()
    assert page.model.rows[0]["role"].value == "leader"

    context.undo_stack.undo()
    assert page.model.rows[0]["role"].value == "specifier"
    context.undo_stack.redo()
    assert page.model.rows[0]["role"].value == "leader"


def test_an_invalid_value_is_shown_at_the_field_and_not_stored(qtbot, context, make_account) -> None:
    window, page = _contacts(qtbot, context, make_account())
    page.add()
    email = next(e for e in page.editors if e.field == "phone")
    email.input.setText("+7 " + "9" * 60)
    email.input.editingFinished.emit()
    assert email.error.isVisible() and "longer than 50" in email.error.text()
    assert page.model.rows[0]["phone"] is None


def test_deleting_a_contact_is_undoable(qtbot, context, make_account) -> None:
    window, page = _contacts(qtbot, context, make_account())
    page.add()
    personal = page.personal_editors[0]
    personal.input.setPlainText("МГУ, экономист")
    personal.input.focus_lost.emit()
    page.consent_dialog.accept()  # the first note is kept with the person's consent
    assert page.model.rows[0]["personal"]["education"] == "МГУ, экономист"
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0
    context.undo_stack.undo()
    assert page.model.rowCount() == 1
    assert page.model.rows[0]["personal"]["education"] == "МГУ, экономист"


def test_erasing_a_person_removes_them_and_clears_the_undo_history(qtbot, context, make_account) -> None:
    window, page = _contacts(qtbot, context, make_account())
    page.add()
    contact_id = page.current_id()
    personal = page.personal_editors[0]
    personal.input.setPlainText("Секретная заметка")
    personal.input.focus_lost.emit()
    page.consent_dialog.accept()
    assert context.undo_stack.count() > 0
    page.erase(contact_id)
    assert page.model.rowCount() == 0
    assert context.undo_stack.count() == 0
    assert b"\xd0\xa1\xd0\xb5\xd0\xba\xd1\x80\xd0\xb5\xd1\x82" not in context.db.path.read_bytes()


def test_a_contact_moves_to_another_account_and_back_with_undo(qtbot, context, make_account) -> None:
    other = make_account("АО «Бета»")
    window, page = _contacts(qtbot, context, make_account())
    page.add()
    page.editors[0].input.setText("Климова Дарья")
    page.editors[0].input.editingFinished.emit()
    contact_id = page.current_id()
    rolemap = window.page("rolemap")
    window.show_section("rolemap")
    assert contact_id in rolemap.cards

    window.show_section("contacts")
    page.select(contact_id)
    page.mark_left(contact_id, date(2026, 10, 1), "АО «Бета»", other)
    row = page.model.rows[0]
    assert row["left_on"] == date(2026, 10, 1) and row["moved_to"]["account_id"] == other
    assert "left" in page.model.index(0, page.model.columnCount() - 1).data()
    assert "АО «Бета»" in page.history.text() and not page.left_button.isEnabled()
    window.show_section("rolemap")
    assert contact_id not in rolemap.cards  # who left is off the map

    there = context.read(lambda s: load_dossier(s, other)).sections["contact"]
    assert [c["name"] for c in there] == ["Климова Дарья"]
    opened = []
    context.open_requested.connect(lambda *args: opened.append(args))
    successor = row["successor_id"]
    page._open_link(f"{other}/{successor}")
    assert opened == [(other, "contacts", successor)]

    context.undo_stack.undo()
    assert page.model.rows[0]["left_on"] is None
    assert context.read(lambda s: load_dossier(s, other)).sections["contact"] == []
    context.undo_stack.redo()
    assert context.read(lambda s: load_dossier(s, other)).sections["contact"][0]["came_from"][
        "contact_id"] == contact_id


def test_the_departure_dialog_offers_our_accounts(qtbot) -> None:
    ours = uuid.uuid4()
    dialog = LeftDialog("Климова Дарья", [(ours, "АО «Бета»")])
    qtbot.addWidget(dialog)
    dialog.where.setEditText("ПАО «Конкурент»")
    assert not dialog.keep.isEnabled()
    assert dialog.departure()[1:] == ("ПАО «Конкурент»", None)
    dialog.where.setEditText("ао «бета»")
    assert dialog.keep.isEnabled() and dialog.departure()[2] == ours
    dialog.keep.setChecked(False)
    assert dialog.departure()[2] is None


def test_erasing_a_person_who_moved_erases_their_record_at_the_other_account(
        qtbot, context, make_account) -> None:
    other = make_account("АО «Бета»")
    window, page = _contacts(qtbot, context, make_account())
    page.add()
    page.editors[0].input.setText("Климова Дарья")
    page.editors[0].input.editingFinished.emit()
    contact_id = page.current_id()
    page.mark_left(contact_id, date(2026, 10, 1), "АО «Бета»", other)
    page.erase(contact_id)
    assert page.model.rowCount() == 0
    assert context.read(lambda s: load_dossier(s, other)).sections["contact"] == []
    assert context.undo_stack.count() == 0


def test_the_day_a_person_was_confirmed_in_post_is_kept_and_travels(
        qtbot, context, make_account) -> None:
    """The field added as the proof that a column needs only the model, a migration, the
    form and the two translations: here it is edited, undone, exported and checked."""
    window, page = _contacts(qtbot, context, make_account())
    page.add()
    page.editors[0].input.setText("Орлов И. П.")
    page.editors[0].input.editingFinished.emit()
    confirmed = next(e for e in page.editors if e.field == "confirmed_on")
    confirmed.input.setDate(QDate(2026, 11, 30))
    confirmed.input.editingFinished.emit()
    assert page.model.rows[0]["confirmed_on"] == date(2026, 11, 30)
    context.undo_stack.undo()
    assert page.model.rows[0]["confirmed_on"] is None
    context.undo_stack.redo()
    contact = context.read(export_document)["accounts"][0]["contacts"][0]
    assert contact["confirmed_on"] == "2026-11-30"


def test_a_contact_shows_who_of_our_team_mirrors_them(qtbot, context, db, make_account) -> None:
    account = make_account()
    with db.transaction() as session:
        orlov = add_record(session, kind="contact", parent_id=account, values={"name": "Орлов"})
        kim = add_record(session, kind="contact", parent_id=account, values={"name": "Ким"})
        add_record(session, kind="team_member", parent_id=account, values={
            "name": "Рябинин", "level": "executive", "mirrors_id": orlov})
        add_record(session, kind="team_member", parent_id=account,
                   values={"name": "Лапин", "mirrors_id": orlov})
    window, page = _contacts(qtbot, context, account)
    page.select(orlov)
    assert page.mirrored_by.text() == "Рябинин (executive), Лапин"
    page.select(kim)
    assert "Account team" in page.mirrored_by.text()
    assert "our_counterpart" not in {editor.field for editor in page.editors}
    column = [page.proxy.headerData(c, Qt.Orientation.Horizontal)
              for c in range(page.proxy.columnCount())].index("Mirrored by")
    cells = {page.proxy.index(r, 0).data(): page.proxy.index(r, column).data()
             for r in range(page.proxy.rowCount())}
    assert cells == {"Орлов": "Рябинин (executive), Лапин", "Ким": ""}


def _first_note(qtbot, context, make_account):
    """A new contact's first personal note, written: the consent is asked."""
    window, page = _contacts(qtbot, context, make_account())
    page.add()
    interests = next(e for e in page.personal_editors if e.field == "interests")
    interests.input.setPlainText("Рыбалка")
    interests.input.focus_lost.emit()
    return window, page, interests


def test_the_first_note_asks_for_consent_and_keeps_it(qtbot, context, make_account) -> None:
    window, page, _ = _first_note(qtbot, context, make_account)
    dialog = page.consent_dialog
    assert dialog.isVisible() and page.model.rows[0]["personal"] == {}
    dialog.on.setDate(QDate(2026, 3, 2))
    dialog.how.setCurrentIndex(dialog.how.findData("by_email"))
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(
        QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    personal = page.model.rows[0]["personal"]
    assert personal["interests"] == "Рыбалка"
    assert (personal["consent_on"], personal["consent_how"].value) == (date(2026, 3, 2),
                                                                       "by_email")
    shown = {editor.field: editor.value() for editor in page.consent_editors}
    assert shown == {"consent_on": date(2026, 3, 2), "consent_how": "by_email"}
    # the next note is not asked about again
    education = page.personal_editors[0]
    education.input.setPlainText("МГУ")
    education.input.focus_lost.emit()
    assert page.consent_dialog is dialog and page.model.rows[0]["personal"]["education"] == "МГУ"


def test_without_consent_the_note_is_not_kept(qtbot, context, make_account) -> None:
    window, page, interests = _first_note(qtbot, context, make_account)
    page.consent_dialog.reject()
    assert page.model.rows[0]["personal"] == {}
    assert interests.input.toPlainText() == ""
