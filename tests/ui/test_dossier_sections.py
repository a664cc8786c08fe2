"""The dossier window reads its parts as its sections are first shown: opening it reads
the header and the first section's parts; each section shown then has exactly what the
whole dossier would give it; a change reads every part read so far again."""
from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from kam_desktop.services.demo import load_demo
from kam_desktop.services.dossier import PARTS, load_dossier
from kam_desktop.store.models import DiaryEntry
from kam_desktop.ui.dossier.window import DossierWindow, section_pages
from kam_desktop.ui.undo import Update, run_edit


def _busiest_account(db):
    with db.transaction() as session:
        load_demo(session, accounts=12, seed=1, today=date.today())
    with db.sessions() as session:
        return session.scalar(select(DiaryEntry.account_id).group_by(DiaryEntry.account_id)
                              .order_by(func.count().desc()).limit(1))


def test_every_section_declares_parts_that_exist() -> None:
    for key, _title, page_class in section_pages():
        assert set(page_class.reads) <= set(PARTS), key


def test_sections_read_their_parts_when_first_shown_and_get_what_the_whole_dossier_has(
        qtbot, db, context) -> None:
    account_id = _busiest_account(db)
    window = DossierWindow(context, account_id)
    qtbot.addWidget(window)
    first = section_pages()[0][2]
    assert window.dossier.parts == set(first.reads)

    for key, _title, page_class in section_pages():
        window.show_section(key)
        assert set(page_class.reads) <= window.dossier.parts, key
    assert window.dossier.parts == set(PARTS)

    whole = context.read(lambda s: load_dossier(s, account_id))
    assert window.dossier.account == whole.account
    assert window.dossier.completeness == whole.completeness
    assert window.dossier.sections == whole.sections
    assert (window.dossier.progress, window.dossier.value, window.dossier.purchases) == (
        whole.progress, whole.value, whole.purchases)


def test_a_change_reads_again_every_part_read_so_far(qtbot, db, context) -> None:
    account_id = _busiest_account(db)
    window = DossierWindow(context, account_id)
    qtbot.addWidget(window)
    window.show_section("diary")
    read = set(window.dossier.parts)
    before = window.dossier

    run_edit(context, "test", Update("account", account_id, {"region": "Урал"}))
    assert window.dossier is not before
    assert window.dossier.parts == read and window.dossier.account["region"] == "Урал"
    assert window.dossier.sections["diary_entry"] == before.sections["diary_entry"]
