"""The dashboard's list of a clicked bar's accounts sorts by ranks built once per read:
it must list exactly what sorting the folded names did (same rows, same order, ties
kept in the chart's order, every column and direction)."""
from __future__ import annotations

import random
from datetime import date

from PySide6.QtCore import Qt

from kam_desktop.services.demo import load_demo
from kam_desktop.ui.dashboard_list import AccountsModel, NameOrder
from tests.ui.test_dashboard import _dashboard

ASCENDING, DESCENDING = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


def _as_sorting_names_did(accounts, data, column: int, order: Qt.SortOrder, figure):
    """The list as the model made it before the ranks: a stable sort by folded text of
    the list as it was (ties keep its order)."""
    infos = data.accounts
    name = lambda a: infos[a].name.casefold()  # noqa: E731
    key = {0: name, 1: lambda a: ((infos[a].owner or "").casefold(), name(a)),
           2: lambda a: (figure(a)[1], name(a))}[column]
    listed = [a for a in accounts if a in infos]
    return sorted(listed, key=key, reverse=order == DESCENDING)


def test_the_list_is_what_sorting_the_folded_names_gave(qtbot, context, make_account) -> None:
    with context.db.transaction() as session:
        load_demo(session, accounts=60, seed=1, today=date.today())
    # names equal but for case, under owners equal but for case: ties the sort must keep
    twins = [make_account(name, owner=owner) for name, owner in (
        ("дубль", "Петров"), ("Дубль", "петров"), ("ДУБЛЬ", None), ("Альфа", "петров"))]
    window, dashboard = _dashboard(qtbot, context)
    data = dashboard.data
    accounts = list(data.accounts)
    random.Random(7).shuffle(accounts)  # the chart's order, which ties keep
    accounts.insert(5, twins[0])  # listed twice by the chart: listed twice
    figure = lambda a: (str(len(data.accounts[a].name) % 3), float(len(data.accounts[a].name) % 3))  # noqa: E731
    model = AccountsModel()
    model.use_order(NameOrder(data.accounts))
    model.set_accounts(accounts, data, "Figure", figure)
    expected = _as_sorting_names_did(accounts, data, 0, ASCENDING, figure)
    assert model.ids == expected
    for column in (1, 2, 0, 2, 1, 0):
        for order in (ASCENDING, DESCENDING):
            model.sort(column, order)
            expected = _as_sorting_names_did(expected, data, column, order, figure)
            assert model.ids == expected, (column, order)
            shown = [[model.index(r, c).data() for c in range(3)]
                     for r in range(model.rowCount())]
            assert shown == [[data.accounts[a].name, data.accounts[a].owner or "",
                              figure(a)[0]] for a in expected]


def test_an_order_built_for_another_read_is_not_used(qtbot, context) -> None:
    with context.db.transaction() as session:
        load_demo(session, accounts=20, seed=2, today=date.today())
    window, dashboard = _dashboard(qtbot, context)
    data = dashboard.data
    model = AccountsModel()
    model.use_order(NameOrder({}))  # built for a read without these accounts
    model.set_accounts(list(data.accounts), data, "", None)
    assert model.ids == _as_sorting_names_did(list(data.accounts), data, 0, ASCENDING, None)


def test_the_window_lists_a_click_in_the_order_read_ahead(qtbot, context) -> None:
    """The order the dashboard built in the background is the one the list sorts by."""
    with context.db.transaction() as session:
        load_demo(session, accounts=40, seed=1, today=date.today())
    window, dashboard = _dashboard(qtbot, context)
    assert dashboard.model._order.accounts is dashboard.data.accounts
    built = dashboard.model._order
    dashboard.views.setCurrentRow(0)
    dashboard.canvas.draw()
    area = dashboard.targets[0]
    dashboard._select(area.pick(0.99, 0.5), area.axes)  # every account of the last class
    assert dashboard.model._order is built
    listed = dashboard.listed_accounts()
    assert listed and listed == _as_sorting_names_did(
        area.pick(0.99, 0.5).selection.accounts, dashboard.data, 0, ASCENDING, None)
