"""The contacts section: adding people, watching the role follow the sliders, undo."""
from __future__ import annotations

from PySide6.QtCore import Qt

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
    assert context.undo_stack.count() > 0
    page.erase(contact_id)
    assert page.model.rowCount() == 0
    assert context.undo_stack.count() == 0
    assert b"\xd0\xa1\xd0\xb5\xd0\xba\xd1\x80\xd0\xb5\xd1\x82" not in context.db.path.read_bytes()
