"""The dashboard's product-group views on a real database: the wallet map of one group,
where to grow and the whitespace view give the hand-computed figures of the dossier's
table; a click on a whitespace cell opens the dossier; the whitespace shows the top N of
many accounts in rows of one height."""
from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt

from kam_desktop.services.records import add_record
from kam_desktop.ui import settings
from kam_desktop.ui.dashboard import VIEWS
from kam_desktop.ui.dossier.profile import percent
from kam_desktop.ui.whitespace import COLOURS

#: the dashboard's year: the last one that has ended
YEAR = date.today().year - 1


def _account(session, name, estimates, deals):
    account_id = add_record(session, kind="account", parent_id=None, values={"name": name})
    for year, group, amount in estimates:
        add_record(session, kind="group_potential", parent_id=account_id,
                   values={"year": year, "product_group": group, "amount": amount})
    for day, amount, group in deals:
        add_record(session, kind="deal", parent_id=account_id,
                   values={"date": day, "amount": amount, "product_group": group})
    return account_id


@pytest.fixture
def dashboard(qtbot, context, shown_window):
    settings.set_product_groups(["Подшипники", "Уплотнения"])
    with context.db.transaction() as session:
        steel = _account(session, "Северсталь", [(YEAR - 1, "Подшипники", "1000000"),
                                                 (YEAR, "Подшипники", "1200000"),
                                                 (YEAR, "Уплотнения", "400000")],
                         [(date(YEAR, 3, 10), "300000", "Подшипники"),
                          (date(YEAR, 9, 1), "150000", "Подшипники"),
                          (date(YEAR - 1, 5, 5), "200000", "Подшипники")])
        _account(session, "Вектор", [(YEAR, "Подшипники", "500000")],
                 [(date(YEAR, 2, 2), "400000", "Подшипники")])
    view = _on_the_dashboard(qtbot, shown_window())
    view.steel = steel
    return view


def _on_the_dashboard(qtbot, window):
    window.tabs.setCurrentWidget(window.dashboard)
    qtbot.waitUntil(lambda: not window.loading and not window.dashboard.loading,
                    timeout=20000)
    return window.dashboard


def _choose(qtbot, dashboard, key: str) -> None:
    dashboard.views.setCurrentRow(VIEWS.index(key))
    qtbot.waitUntil(lambda: not dashboard.loading, timeout=10000)
    dashboard.redraw()


def test_the_wallet_map_of_one_group_has_the_dossiers_share(qtbot, dashboard) -> None:
    _choose(qtbot, dashboard, "wallet")
    assert dashboard.group.isVisible()
    groups = [dashboard.group.itemText(i) for i in range(dashboard.group.count())]
    assert groups[1:] == ["Подшипники", "Уплотнения"]
    dashboard.group.setCurrentIndex(1)
    [points] = dashboard.targets
    shares = dict(zip(points.accounts, (float(y) for _x, y in points.xy)))
    assert shares[dashboard.steel] == pytest.approx(0.375)  # 450 000 of 1 200 000
    assert "Подшипники" in dashboard.figure.axes[0].get_ylabel()


def test_where_to_grow_sums_the_uncovered_potential_per_group(qtbot, dashboard) -> None:
    _choose(qtbot, dashboard, "growth")
    [bars] = dashboard.targets
    # bearings: 750 000 + 100 000; seals: 400 000, nothing bought
    assert [rect.get_width() for rect in bars.rects] == [850000, 400000]
    assert bars.selections[0].accounts[0] == dashboard.steel
    assert bars.selections[0].figure(dashboard.steel)[1] == 750000


def test_the_whitespace_colours_each_share_and_a_click_opens_the_dossier(qtbot,
                                                                        dashboard) -> None:
    _choose(qtbot, dashboard, "whitespace")
    view = dashboard.whitespace
    assert view.isVisible() and not dashboard.stack.isVisible()
    model = view.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in (2, 3)] == [
        "Подшипники", "Уплотнения"]
    assert model.index(0, 0).data() == "Северсталь"  # 1 150 000 not yet ours, first
    assert model.index(0, 2).data() == percent(D("0.375"))
    assert model.index(0, 2).data(Qt.ItemDataRole.BackgroundRole) == COLOURS["medium"]
    assert model.index(0, 3).data(Qt.ItemDataRole.BackgroundRole) == COLOURS["none"]
    assert model.index(1, 2).data(Qt.ItemDataRole.BackgroundRole) == COLOURS["high"]
    assert model.index(1, 3).data(Qt.ItemDataRole.BackgroundRole) is None  # no estimate
    view.filter.setText("вект")
    assert model.rowCount() == 1 and view.count.text() == "1 of 1"
    view.filter.clear()
    opened = []
    dashboard.open_requested.connect(opened.append)
    rect = view.table.visualRect(model.index(0, 3))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [dashboard.steel]


def test_the_whitespace_shows_the_top_accounts_of_many(qtbot, context,
                                                       shown_window) -> None:
    from kam_desktop.services.demo import load_demo

    with context.db.transaction() as session:
        load_demo(session, accounts=400, seed=3, today=date.today())
    dashboard = _on_the_dashboard(qtbot, shown_window())
    _choose(qtbot, dashboard, "whitespace")
    view = dashboard.whitespace
    rows = dashboard.data.groups.whitespace
    assert len(rows) > 100 and view.model.rowCount() == 100
    figures = [row.uncovered for row in rows if row.uncovered is not None]
    assert figures == sorted(figures, reverse=True)
    view.top.setValue(150)
    assert view.model.rowCount() == 150
    heights = {view.table.rowHeight(row) for row in range(view.model.rowCount())}
    assert len(heights) == 1
