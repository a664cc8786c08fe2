"""Who delivered a value entry, chosen in the value page's form, and the internal tab
that credits each team member and each of our departments."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from kam_desktop.services.dossier import load_dossier
from kam_desktop.services.records import add_record
from kam_desktop.ui.dossier.value import ValuePage


def _editor(section, field):
    return next(e for e in section.editors if e.field == field)


def _type(editor, text: str) -> None:
    editor.input.setText(text)
    editor.input.editingFinished.emit()


def _credits(model) -> dict:
    return {row["label"]: (row["totals"].count, row["totals"].client_benefit)
            for row in model.rows}


def test_an_entry_names_who_delivered_it_and_the_tab_credits_them(
        qtbot, context, make_account) -> None:
    account_id = make_account()
    with context.db.transaction() as session:
        add_record(session, kind="team_member", parent_id=account_id,
                   values={"name": "Анна Орлова", "department": "Сервис"})
        add_record(session, kind="team_member", parent_id=account_id,
                   values={"name": "Борис Ким", "department": "Логистика"})
        add_record(session, kind="value_entry", parent_id=account_id, values={
            "date": date(2026, 2, 1), "kind": "training", "title": "Обучение",
            "client_benefit": Decimal(90_000)})
    page = ValuePage(context)
    qtbot.addWidget(page)

    def reload(_change=None) -> None:
        page.refresh(context.read(lambda s: load_dossier(s, account_id)), account_id)

    context.changed.connect(reload)
    reload()
    credits = page.credits
    assert _credits(credits.by_person) == {"Not named": (1, Decimal(90_000))}

    section = page.entries
    section.table.selectRow(0)
    who = _editor(section, "delivered_by_id").input
    assert [who.itemText(i) for i in range(who.count())] == [
        "—", "Анна Орлова, Сервис", "Борис Ким, Логистика"]
    who.setCurrentIndex(2)
    assert _credits(credits.by_person) == {"Борис Ким": (1, Decimal(90_000))}
    assert _credits(credits.by_department) == {"Логистика": (1, Decimal(90_000))}
    assert section.proxy.index(0, 7).data() == "Борис Ким"

    _type(_editor(section, "delivered_by_department"), "Техническая дирекция")
    assert _credits(credits.by_department) == {"Техническая дирекция": (1, Decimal(90_000))}
    assert section.proxy.index(0, 7).data() == "Борис Ким, Техническая дирекция"

    context.undo_stack.undo()
    context.undo_stack.undo()
    assert _credits(credits.by_person) == {"Not named": (1, Decimal(90_000))}
