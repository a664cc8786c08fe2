"""The smaller gaps of the dossier: the involvement map's starting split and each
department's role at a stage, the contact's part in the purchase, the company's size;
and the role guidance in the meeting pack."""
from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Qt
from pypdf import PdfReader

from kam_desktop.domain.enums import Role, Stage
from kam_desktop.domain.role_advice import advice
from kam_desktop.reports.meeting_pack import build_meeting_pack
from kam_desktop.services.reports import meeting_pack_data
from kam_desktop.store.models import Account, Contact, InvolvementShare
from kam_desktop.ui.dossier.contacts import ContactsPage
from kam_desktop.ui.dossier.involvement import InvolvementPage
from kam_desktop.ui.dossier.profile import ProfilePage



def _shares(db, account_id) -> dict:
    with db.sessions() as session:
        return {(row.stage, row.department): (row.percent, row.role_text)
                for row in session.query(InvolvementShare).filter_by(account_id=account_id)}


def test_the_map_starts_from_30_40_30_in_one_undoable_step(open_page, context, db,
                                                           make_account) -> None:
    account_id = make_account()
    page = open_page(InvolvementPage, account_id)
    assert page.start_button.isVisible()
    page.start_button.click()
    shares = _shares(db, account_id)
    assert len(shares) == 3 * len(Stage)
    assert {shares[Stage.SEARCH, name][0] for name in ("Marketing", "Service")} == {30.0}
    assert shares[Stage.REPEAT_SALE, "Sales"] == (40.0, None)
    assert not page.start_button.isVisible()
    context.undo_stack.undo()
    assert _shares(db, account_id) == {} and page.start_button.isVisible()


def test_a_department_says_what_it_does_at_a_stage(open_page, context, db,
                                                   make_account) -> None:
    account_id = make_account()
    page = open_page(InvolvementPage, account_id)
    page.start_button.click()
    editor = page.role_editor
    assert not editor.input.isEnabled()  # nothing selected
    column = page.model.departments.index("Marketing")
    page.table.setCurrentIndex(page.model.index(list(Stage).index(Stage.SEARCH), column))
    assert editor.input.isEnabled() and "Marketing" in editor.caption.text()
    editor.input.setText("Ищет заводы с новыми линиями")
    editor.input.editingFinished.emit()
    assert _shares(db, account_id)[Stage.SEARCH, "Marketing"] == (
        30.0, "Ищет заводы с новыми линиями")
    index = page.model.index(list(Stage).index(Stage.SEARCH), column)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Ищет заводы с новыми линиями"
    # changing the stage's shares keeps the role of a department that stays
    shares = {"Marketing": 50.0, "Sales": 20.0, "Service": 30.0}
    page._set_stages({Stage.SEARCH: shares}, "shares")
    assert _shares(db, account_id)[Stage.SEARCH, "Marketing"] == (
        50.0, "Ищет заводы с новыми линиями")
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert _shares(db, account_id)[Stage.SEARCH, "Marketing"] == (30.0, None)


def test_the_contact_type_and_the_company_size_are_edited_and_stored(
        open_page, db, add, make_account) -> None:
    account_id = make_account()
    contact_id = add("contact", account_id, name="Орлов Иван", interest=9, involvement=9)
    contacts = open_page(ContactsPage, account_id)
    contacts.select(contact_id)
    kind = next(e for e in contacts.editors if e.field == "contact_type")
    kind.input.setCurrentIndex(kind.input.findData("decision_maker"))
    profile = open_page(ProfilePage, account_id)
    for field, value in (("staff", 12000), ("sites", 3)):
        editor = profile.editors[field]
        editor.input.setValue(value)
        editor.input.editingFinished.emit()
    with db.sessions() as session:
        assert session.get(Contact, contact_id).contact_type.value == "decision_maker"
        account = session.get(Account, account_id)
        assert (account.staff, account.sites) == (12000, 3)


def test_the_meeting_pack_tells_how_to_work_with_each_attendee(db, add, tmp_path) -> None:
    account_id = add("account", None, name="АО «Вектор»", category="key", staff=12000,
                     sites=3)
    add("contact", account_id, name="Ким Ольга", interest=1, involvement=1,
        contact_type="user")
    add("contact", account_id, name="Орлов Иван", interest=9, involvement=9,
        contact_type="decision_maker")
    with db.sessions() as session:
        data = meeting_pack_data(session, account_name="АО «Вектор»",
                                 attendees=["Ким Ольга"], today=date(2026, 11, 23))
    build_meeting_pack(data, "ru", tmp_path / "pack.pdf")
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(
        tmp_path / "pack.pdf").pages).replace("\u00a0", " ").replace("\u202f", " "))
    assert "Дворецкий, Пользователь. Как работать: " + advice("ru", Role.BUTLER) in text
    assert advice("ru", Role.LEADER) not in text  # Орлов is not at the meeting
    assert "Численность персонала 12 000" in text and "Площадок (заводов, филиалов) 3" in text
