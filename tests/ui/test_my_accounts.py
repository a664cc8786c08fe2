"""The user's own accounts in Today, the portfolio and the workload, and acting on
Today's lines, through the real window on a demo portfolio."""
from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from sqlalchemy import select

from kam_desktop.domain.enums import Lifecycle
from kam_desktop.services.demo import load_demo
from kam_desktop.services.records import add_record
from kam_desktop.store.models import Account, DiaryEntry, PlanAction, TeamMember
from kam_desktop.ui import settings
from kam_desktop.ui.main_window import MainWindow
from kam_desktop.ui.today import KIND_ORDER
from kam_desktop.ui.user_name import UserNameDialog

TODAY = date.today()


@pytest.fixture
def demo(context):
    """A demo portfolio; returns the owner with the most accounts and, for the team
    rule, an account of someone else whose team that owner is put on."""
    with context.db.transaction() as session:
        load_demo(session, accounts=60, seed=1, today=TODAY)
        owners = Counter(session.scalars(select(Account.owner)))
        me = owners.most_common(1)[0][0]
        theirs = session.scalars(select(Account.id).where(  # a client that takes time
            Account.owner != me, Account.lifecycle != Lifecycle.LOST)
            .order_by(Account.name)).first()
        team = set(session.scalars(select(TeamMember.name).where(
            TeamMember.account_id == theirs)))
        if me not in team:
            add_record(session, kind="team_member", parent_id=theirs,
                       values={"name": me.upper()})  # written another way: still me
    return me, theirs


def _expected(context, me: str) -> set:
    """My accounts, straight from the tables (exact names: the demo writes them one way)."""
    def read(session):
        owned = set(session.scalars(select(Account.id).where(Account.owner == me)))
        teams = set(session.scalars(select(TeamMember.account_id).where(
            TeamMember.name.in_([me, me.upper()]))))
        return owned | teams
    return context.read(read)


def _window(qtbot, context, **options) -> MainWindow:
    window = MainWindow(context, **options)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.loading, timeout=20000)
    return window


def test_today_and_portfolio_show_my_accounts_and_switch_to_everyones(qtbot, context,
                                                                      demo) -> None:
    me, theirs = demo
    settings.set_value("user_name", " " + me.replace("е", "ё", 1) + " ")
    mine = _expected(context, me)
    window = _window(qtbot, context)
    assert theirs in mine and 0 < len(mine) < 60
    assert window.scope.filtering and window.scope.mine == mine

    portfolio_ids = {row.id for row in window.portfolio.model.rows}
    assert portfolio_ids == mine
    today = window.today
    assert today.model.items and {i.account_id for i in today.model.items} <= mine
    everyone_items = len(today.all_items)
    assert len(today.model.items) < everyone_items
    assert today.switch.mine_button.text() == f"My accounts ({len(today.model.items)})"
    assert window.portfolio.switch.everyone_button.text() == "Everyone's (60)"

    qtbot.mouseClick(today.switch.everyone_button, Qt.MouseButton.LeftButton)
    assert len(today.model.items) == everyone_items
    assert window.portfolio.visible_count() == 60  # one switch for every view
    assert window.portfolio.switch.everyone_button.isChecked()
    assert settings.value("scope") == "everyone"  # remembered

    qtbot.mouseClick(window.portfolio.switch.mine_button, Qt.MouseButton.LeftButton)
    assert window.portfolio.visible_count() == len(mine)
    assert today.switch.mine_button.isChecked()


def test_the_workload_shows_my_accounts_owners(qtbot, context, demo) -> None:
    me, theirs = demo
    settings.set_value("user_name", me)
    window = _window(qtbot, context)
    window.tabs.setCurrentWidget(window.dashboard)
    window.dashboard.views.setCurrentRow(window.dashboard.views.count() - 1)
    qtbot.waitUntil(lambda: not window.dashboard.loading, timeout=20000)
    assert window.dashboard.switch.isVisible()
    loads = window.dashboard.data.loads_against(10, window.scope.mine)
    listed = {account for load in loads for account in load.accounts}
    assert listed <= window.scope.mine and theirs in listed
    mine_bars = len(window.dashboard.targets[0].selections)
    qtbot.mouseClick(window.dashboard.switch.everyone_button, Qt.MouseButton.LeftButton)
    assert len(window.dashboard.targets[0].selections) > mine_bars


def test_without_a_name_everyone_is_shown_and_my_accounts_is_disabled(qtbot, context,
                                                                       demo) -> None:
    window = _window(qtbot, context)
    assert not window.scope.filtering
    assert window.portfolio.visible_count() == 60
    assert not window.today.switch.mine_button.isEnabled()


def test_today_groups_by_kind_or_by_account_with_counts(qtbot, context, demo) -> None:
    window = _window(qtbot, context)
    today = window.today
    items = today.model.items
    by_kind = Counter(item.kind for item in items)
    assert [len(g.items) for g in today.model.groups] == [
        by_kind[k] for k in KIND_ORDER if by_kind[k]]
    header = today.model.data(today.model.index(0, 0))
    assert header.endswith(f"— {len(today.model.groups[0].items)}")

    today.grouping.setCurrentIndex(today.grouping.findData("account"))
    by_account = Counter(item.account_name for item in items)
    assert {g.title: len(g.items) for g in today.model.groups} == by_account
    names = [g.title for g in today.model.groups]
    assert names == sorted(names, key=str.casefold)
    assert sum(today.model.rowCount(today.model.index(r, 0))
               for r in range(today.model.rowCount())) == len(items)
    assert settings.value("today_grouping") == "account"


def test_enter_on_a_line_opens_its_place(qtbot, context, demo) -> None:
    window = _window(qtbot, context)
    item = next(i for i in window.today.model.items if i.kind == "next_step")
    window.today.select([item])
    window.today.tree.setFocus()
    qtbot.keyClick(window.today.tree, Qt.Key.Key_Return)
    dossier = window.dossiers[item.account_id]
    assert dossier.page("diary").current_id() == item.record_id


def _entry(context, entry_id):
    return context.read(lambda s: (lambda e: (e.done, e.next_step_due))(s.get(DiaryEntry, entry_id)))


def _action(context, action_id):
    return context.read(lambda s: (lambda a: (a.status.value, a.due))(s.get(PlanAction, action_id)))


def test_done_and_postpone_change_the_record_and_undo_restores_it(qtbot, context,
                                                                   demo) -> None:
    window = _window(qtbot, context)
    today = window.today
    step = next(i for i in today.model.items if i.kind == "next_step")
    action = next(i for i in today.model.items if i.kind == "action")
    step_before, action_before = _entry(context, step.record_id), _action(context, action.record_id)
    assert not today.done_button.isEnabled()

    today.select([step, action])
    assert today.done_button.isEnabled() and today.postpone_button.isEnabled()
    qtbot.mouseClick(today.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.loading, timeout=20000)
    assert _entry(context, step.record_id)[0] is True
    assert _action(context, action.record_id)[0] == "done"
    assert step not in today.model.items and action not in today.model.items
    assert context.undo_stack.undoText() == "Mark done from Today: 2"
    context.undo_stack.undo()  # one step for both
    assert _entry(context, step.record_id) == step_before
    assert _action(context, action.record_id) == action_before

    qtbot.waitUntil(lambda: not window.loading, timeout=20000)
    step = next(i for i in today.model.items if i.record_id == step.record_id)
    today.select([step])
    tomorrow = next(a for a in today.postpone_menu.actions() if a.text() == "To tomorrow")
    tomorrow.trigger()
    assert _entry(context, step.record_id) == (False, TODAY + timedelta(days=1))
    action = next(i for i in today.model.items if i.record_id == action.record_id)
    today.select([action])
    today.postpone_to(TODAY + timedelta(days=30))
    assert _action(context, action.record_id) == (action_before[0], TODAY + timedelta(days=30))
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert _entry(context, step.record_id) == step_before
    assert _action(context, action.record_id) == action_before


def test_other_lines_cannot_be_done_from_today(qtbot, context, demo) -> None:
    window = _window(qtbot, context)
    today = window.today
    step = next(i for i in today.model.items if i.kind == "next_step")
    cooling = next(i for i in today.model.items if i.kind == "cooling")
    today.select([step, cooling])
    assert not today.done_button.isEnabled()
    assert today.model.days_text(cooling).endswith("without contact")


def test_first_start_asks_who_the_user_is_once(qtbot, context, demo) -> None:
    me, _theirs = demo
    window = _window(qtbot, context, ask_user_name=True)
    dialog = window.findChild(UserNameDialog, "user_name_dialog")
    assert dialog is not None and dialog.isVisible()
    combo = dialog.findChild(QComboBox)
    assert me in [combo.itemText(n) for n in range(combo.count())]
    assert not dialog.ok_button.isEnabled()
    combo.setCurrentText(me)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert settings.value("user_name") == me
    qtbot.waitUntil(lambda: window.scope.filtering and not window.loading, timeout=20000)
    assert window.portfolio.visible_count() == len(_expected(context, me))

    again = _window(qtbot, context, ask_user_name=True)
    assert again.findChild(UserNameDialog, "user_name_dialog") is None


def test_skip_asks_nothing_more(qtbot, context, demo) -> None:
    window = _window(qtbot, context, ask_user_name=True)
    dialog = window.findChild(UserNameDialog, "user_name_dialog")
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert settings.value("user_name") == "" and settings.user_name_asked()
    again = _window(qtbot, context, ask_user_name=True)
    assert again.findChild(UserNameDialog, "user_name_dialog") is None


def test_the_name_is_given_in_preferences_and_kept_clean(qtbot) -> None:
    from kam_desktop.ui.preferences import PreferencesDialog

    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.texts["user_name"].setText("  Анна \t Петрова ")
    dialog.store()
    assert settings.value("user_name") == "Анна Петрова"
    with pytest.raises(ValueError):
        settings.set_value("user_name", "Анна\x00")
    with pytest.raises(ValueError):
        settings.set_value("scope", "nobody")


def test_the_days_column_says_what_it_counts_in_russian(qtbot, context, demo, russian) -> None:
    window = _window(qtbot, context)
    model = window.today.model
    texts = {item.kind: model.data(model.index_of(item, 4)) for item in model.items}
    assert texts["cooling"].endswith("без контакта")
    assert texts["next_step"].startswith(("просрочено на", "срок сегодня"))
    header = model.data(model.index(0, 0))
    assert header.startswith("Срок следующего шага — ")


def test_every_days_text_fits_its_column(qtbot, context, demo, russian) -> None:
    """On a 1920×1080 screen at 150 % (the window 1152 px wide) the Days column cut
    "просрочено на 21 день" to "просрочено на 21 …"."""
    window = _window(qtbot, context)
    window.resize(1152, 648)
    qtbot.waitUntil(lambda: window.width() == 1152)
    tree, model = window.today.tree, window.today.model
    metrics = tree.fontMetrics()
    widest = max(metrics.horizontalAdvance(model.data(model.index_of(item, 4)))
                 for item in model.items)
    assert tree.columnWidth(4) > widest
