"""The opportunity list shows the plan goal each opportunity serves; the goal is chosen in
the form, and "Make a plan goal of it" adds the goal and links it, undoably."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy import select

from kam_desktop.services.dossier import load_dossier
from kam_desktop.services.records import add_record
from kam_desktop.store.models import Goal, Opportunity
from kam_desktop.ui.dossier.opportunities import OpportunitiesPage

TITLE = "Склад ответственного хранения"


@pytest.fixture
def page(qtbot, context, db, make_account):
    account_id = make_account()
    with db.transaction() as session:
        add_record(session, kind="goal", parent_id=account_id, values={
            "client_goal": "Снизить складские издержки",
            "our_goal": "Стать основным поставщиком упаковки\nподробности"})
        add_record(session, kind="opportunity", parent_id=account_id, values={
            "title": TITLE, "opportunity_class": "expand_business"})
    shown = OpportunitiesPage(context)
    qtbot.addWidget(shown)

    def reload(*_change) -> None:
        shown.refresh(context.read(lambda s: load_dossier(s, account_id)), account_id)

    context.changed.connect(reload)
    reload()
    shown.show()
    shown.table.selectRow(0)
    return shown


def _goal_shown(page) -> str:
    return page.proxy.index(0, page.GOAL_COLUMN).data()


def _stored(db):
    with db.sessions() as session:
        return (session.scalar(select(Opportunity)).goal_id,
                sorted(g.our_goal for g in session.scalars(select(Goal))))


def test_the_goal_served_is_chosen_in_the_form_and_shown_in_the_list(page, context, db) -> None:
    assert _goal_shown(page) == ""
    goal = page.goal.input
    assert goal.count() == 2  # "—" and the one goal, by the first line of our goal
    goal.setCurrentIndex(1)
    assert _goal_shown(page) == "Стать основным поставщиком упаковки"
    assert _stored(db)[0] is not None
    context.undo_stack.undo()
    assert _goal_shown(page) == "" and _stored(db)[0] is None


def test_make_a_plan_goal_of_it_adds_and_links_the_goal_undoably(page, context, db,
                                                                monkeypatch) -> None:
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *args, **kwargs: ("Обеспечить сезонные запасы", True))
    page.make_goal_button.click()
    linked, goals = _stored(db)
    assert TITLE in goals and linked is not None
    assert _goal_shown(page) == TITLE
    assert page.goal.input.currentText() == TITLE

    context.undo_stack.undo()
    assert _stored(db) == (None, ["Стать основным поставщиком упаковки\nподробности"])
    assert _goal_shown(page) == ""
    context.undo_stack.redo()
    assert _stored(db) == (linked, sorted([TITLE, "Стать основным поставщиком упаковки\n"
                                                  "подробности"]))
    assert _goal_shown(page) == TITLE


def test_a_goal_without_the_clients_goal_is_refused_in_a_dialog(page, db, monkeypatch) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("", True))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    page.make_goal_button.click()
    assert len(warnings) == 1 and "must not be empty" in warnings[0]
    assert _stored(db) == (None, ["Стать основным поставщиком упаковки\nподробности"])
