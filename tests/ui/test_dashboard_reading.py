"""What the dashboard reads and draws, and when: the shown view first, the others after,
nothing again for a change that none of them reads, a view drawn once and shown again,
matplotlib warmed up before the tab is first opened."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from kam_desktop.services.analytics import SECTIONS, portfolio_analytics
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


def _bars(dashboard) -> list[float]:
    return [rect.get_height() for rect in dashboard.targets[0].rects]


def _recency(context) -> list[float]:
    """The purchases view's bars as the service reads them now."""
    with context.db.sessions() as session:
        data = portfolio_analytics(session, today=date.today(), sections=("purchases",))
    return [float(bar.value) for bar in data.recency]


def test_the_other_views_are_drawn_ahead_and_a_switch_only_shows_them(
        qtbot, context, window) -> None:
    window.tabs.setCurrentWidget(window.dashboard)
    dashboard = window.dashboard
    qtbot.waitUntil(lambda: not window.loading and not dashboard.loading
                    and not dashboard.undrawn_views, timeout=30000)
    charts = [view for view in VIEWS if view != "whitespace"]
    canvases = [dashboard.stack.canvas(view) for view in charts]
    draws = []
    for canvas in canvases:
        canvas.mpl_connect("draw_event", lambda _event: draws.append(1))
    ratio = dashboard.canvas.devicePixelRatioF()
    for view in charts:
        dashboard.views.setCurrentRow(VIEWS.index(view))
        qtbot.wait(20)  # shown and painted
        size = dashboard.canvas.size()
        assert tuple(dashboard.figure.bbox.size) == (size.width() * ratio, size.height() * ratio)
        assert dashboard.targets or view == "roles"  # the kept drawing's click targets
    assert not draws  # every chart was drawn ahead, at the size it is shown at


def test_after_an_edit_a_switch_shows_the_new_figures(qtbot, context, window) -> None:
    window.tabs.setCurrentWidget(window.dashboard)
    dashboard = window.dashboard
    qtbot.waitUntil(lambda: not window.loading and not dashboard.undrawn_views, timeout=30000)
    dashboard.views.setCurrentRow(VIEWS.index("purchases"))
    before = _bars(dashboard)
    assert before == _recency(context)
    dashboard.views.setCurrentRow(VIEWS.index("pareto"))
    quiet = [account for account, last in dashboard.data.last_deal.items()
             if last is None or (date.today() - last).days > 30]
    for account_id in quiet[:3]:  # into the first band, out of theirs
        run_edit(context, "test", Add("deal", account_id,
                                      {"date": date.today(), "amount": "1000"}))
    # shown as soon as read (drawn then if not drawn ahead yet), and after drawing ahead
    qtbot.waitUntil(lambda: "purchases" in dashboard.data.sections, timeout=15000)
    dashboard.views.setCurrentRow(VIEWS.index("purchases"))
    after = _bars(dashboard)
    assert after == _recency(context) and after[0] == before[0] + min(len(quiet), 3)
    dashboard.views.setCurrentRow(VIEWS.index("pareto"))
    run_edit(context, "test", Add("deal", quiet[3], {"date": date.today(), "amount": "10"}))
    qtbot.waitUntil(lambda: "purchases" in dashboard.data.sections
                    and not dashboard.undrawn_views, timeout=15000)
    dashboard.views.setCurrentRow(VIEWS.index("purchases"))
    assert _bars(dashboard) == _recency(context) and _bars(dashboard)[0] == after[0] + 1
