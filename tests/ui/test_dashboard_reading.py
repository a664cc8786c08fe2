"""What the dashboard reads and draws, and when: the shown view first, the others after,
nothing again for a change that none of them reads, a view drawn once and shown again,
matplotlib warmed up before the tab is first opened."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from kam_desktop.services.analytics import SECTIONS
from kam_desktop.services.demo import load_demo
from kam_desktop.store.models import Account
from kam_desktop.ui import settings
from kam_desktop.ui.charts.targets import Hit
from kam_desktop.ui.dashboard import VIEWS
from kam_desktop.ui.main_window import MainWindow
from kam_desktop.ui.undo import Add, Update, run_edit


@pytest.fixture
def window(context, shown_window) -> MainWindow:
    with context.db.transaction() as session:
        load_demo(session, accounts=30, seed=2, today=date.today())
    return shown_window()


def _an_account(context):
    with context.db.sessions() as session:
        return session.scalars(select(Account.id)).first()


def test_once_idle_the_canvas_is_built_and_the_shown_view_read_before_the_tab_opens(
        qtbot, context, window) -> None:
    dashboard = window.dashboard
    qtbot.waitUntil(lambda: dashboard.stack is not None and dashboard.data is not None,
                    timeout=15000)
    assert not dashboard.isVisible()
    assert dashboard.data.sections == {"pareto"}  # only what the first view needs
    window.tabs.setCurrentWidget(dashboard)
    assert not dashboard.loading and dashboard.targets  # drawn at once
    qtbot.waitUntil(lambda: not window.loading, timeout=15000)
    assert dashboard.data.sections == frozenset(SECTIONS)  # the others read after


def test_a_change_reads_again_only_the_views_that_read_its_records(qtbot, context,
                                                                  window) -> None:
    window.tabs.setCurrentWidget(window.dashboard)
    dashboard = window.dashboard
    qtbot.waitUntil(lambda: not window.loading and not dashboard.loading, timeout=15000)
    account_id = _an_account(context)
    funnel = dashboard.data.funnel
    run_edit(context, "test", Add("diary_entry", account_id,
                                  {"date": date.today(), "kind": "meeting", "summary": "Встреча"}))
    assert dashboard.data.sections == frozenset(SECTIONS)  # no view reads the diary
    run_edit(context, "test", Add("deal", account_id,
                                  {"date": date.today(), "amount": "1000"}))
    assert "purchases" not in dashboard.data.sections
    qtbot.waitUntil(lambda: not window.loading, timeout=15000)
    assert dashboard.data.sections == frozenset(SECTIONS)
    assert dashboard.data.funnel is funnel  # not read again
    run_edit(context, "test", Update("account", account_id, {"owner": "Новый владелец"}))
    assert dashboard.loading  # the accounts themselves changed: every view reads again
    qtbot.waitUntil(lambda: not window.loading and not dashboard.loading, timeout=15000)
    assert dashboard.data.funnel is not funnel


def test_another_main_currency_reads_every_view_again(qtbot, context, window) -> None:
    window.tabs.setCurrentWidget(window.dashboard)
    dashboard = window.dashboard
    qtbot.waitUntil(lambda: not window.loading and not dashboard.loading, timeout=15000)
    settings.set_value("main_currency", "EUR")
    try:
        dashboard.settings_changed()
        assert dashboard.loading
        qtbot.waitUntil(lambda: not window.loading and not dashboard.loading, timeout=15000)
        assert dashboard.data.currency == "EUR"
    finally:
        settings.set_value("main_currency", "RUB")


def test_a_view_shown_again_is_not_drawn_again_nor_is_the_chart_under_a_click(
        qtbot, context, window) -> None:
    window.tabs.setCurrentWidget(window.dashboard)
    dashboard = window.dashboard
    qtbot.waitUntil(lambda: not window.loading and not dashboard.loading, timeout=15000)
    dashboard.views.setCurrentRow(VIEWS.index("lifecycle"))
    qtbot.wait(50)  # drawn
    lifecycle = dashboard.canvas
    draws = []
    lifecycle.mpl_connect("draw_event", lambda _event: draws.append(1))
    targets = dashboard.targets
    dashboard.views.setCurrentRow(VIEWS.index("pareto"))
    dashboard.views.setCurrentRow(VIEWS.index("lifecycle"))
    qtbot.wait(50)
    assert dashboard.canvas is lifecycle and dashboard.targets is targets
    funnel = targets[0]
    dashboard._select(Hit(funnel.selections[0], outline=[funnel.rects[0]]), funnel.axes)
    qtbot.wait(50)
    assert not draws  # shown again as drawn; the highlight is drawn over it
    assert dashboard.listed_accounts() and len(lifecycle.figure.axes[0].patches) > len(
        funnel.rects)  # the outline, over the bars
