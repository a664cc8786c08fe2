"""The Portfolio's columns: chosen in the header's context menu, moved by dragging, and
remembered with their widths in the settings; the default ones fit a 1366-pixel screen."""
from __future__ import annotations

from PySide6.QtCore import Qt

from kam_desktop.domain.enums import Category, LadderLevel, Lifecycle
from kam_desktop.ui.labels import name_of, term
from kam_desktop.ui.main_window import MainWindow


def _portfolio(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    return window.portfolio


def _action(chooser, title: str):
    return next(a for a in chooser.menu().actions() if a.text() == title)


def test_a_hidden_column_and_the_order_survive_a_restart(qtbot, context) -> None:
    portfolio = _portfolio(qtbot, context)
    header = portfolio.table.horizontalHeader()
    owner = [c[0] for c in portfolio.model.columns].index("owner")
    stage = [c[0] for c in portfolio.model.columns].index("stage")
    assert not header.isSectionHidden(owner)
    _action(portfolio.column_chooser, term("owner")).trigger()  # unchecks it
    assert header.isSectionHidden(owner)
    header.moveSection(header.visualIndex(stage), 1)  # the stage right after the name
    header.resizeSection(stage, 222)

    again = _portfolio(qtbot, context).table.horizontalHeader()  # the next session
    assert again.isSectionHidden(owner)
    assert again.visualIndex(stage) == 1 and again.sectionSize(stage) == 222


def test_reset_columns_brings_back_the_defaults(qtbot, context) -> None:
    portfolio = _portfolio(qtbot, context)
    header = portfolio.table.horizontalHeader()
    abc = [c[0] for c in portfolio.model.columns].index("abc")
    assert header.isSectionHidden(abc)  # hidden by default
    _action(portfolio.column_chooser, term("abc")).trigger()
    header.moveSection(header.visualIndex(2), 6)
    assert not header.isSectionHidden(abc)
    _action(portfolio.column_chooser, portfolio.column_chooser.tr("Reset columns")).trigger()
    assert header.isSectionHidden(abc)
    assert [header.logicalIndex(v) for v in range(header.count())] == list(range(header.count()))
    assert not _action(portfolio.column_chooser, term("account")).isEnabled()  # always shown


def test_the_default_columns_fit_1366_pixels_and_show_whole_names(qtbot, context, russian,
                                                                   make_account) -> None:
    make_account("ООО «Очень длинное название клиента, которое не влезет в столбец»",
                 category="developing")
    window = MainWindow(context)
    qtbot.addWidget(window)
    # maximised on a 1366×768 laptop (the offscreen screen is smaller)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: not window.loading, timeout=10000)
    window.tabs.setCurrentWidget(window.portfolio)
    portfolio = window.portfolio
    table, header = portfolio.table, portfolio.table.horizontalHeader()
    shown = [i for i in range(header.count()) if not header.isSectionHidden(i)]
    keys = [portfolio.model.columns[i][0] for i in shown]
    assert {"due", "silent_days", "owner"} <= set(keys)
    assert header.length() <= table.viewport().width()  # nothing off to the right
    metrics = table.fontMetrics()
    for key, values in (("category", Category), ("stage", Lifecycle), ("ladder", LadderLevel)):
        column = [c[0] for c in portfolio.model.columns].index(key)
        longest = max(metrics.horizontalAdvance(name_of(v)) for v in values)
        assert header.sectionSize(column) > longest, key
    assert name_of(Category.DEVELOPING) == "Развивающийся ключевой"
    name = portfolio.model.index(0, 0)
    assert name.data(Qt.ItemDataRole.ToolTipRole) == name.data()  # elided, whole in the tip


def test_money_columns_sort_by_the_amount_in_the_main_currency(qtbot, db, make_account,
                                                               shown_window) -> None:
    from datetime import date
    from decimal import Decimal

    from kam_desktop.services.exchange_rates import set_rate

    year = date.today().year
    make_account("Евро-клиент", potentials={year: "100"}, currency="EUR")
    make_account("Рублёвый клиент", potentials={year: "5000"})
    make_account("Без потенциала")
    with db.transaction() as session:
        set_rate(session, currency="EUR", base="RUB", period=str(year), rate=Decimal(100))
    portfolio = shown_window().portfolio
    potential = [c[0] for c in portfolio.model.columns].index("potential")
    portfolio.model.sort(potential, Qt.SortOrder.DescendingOrder)
    # 100 € are 10 000 ₽: above 5 000 ₽, though 100 < 5 000
    assert [row.name for row in portfolio.model.rows] == [
        "Евро-клиент", "Рублёвый клиент", "Без потенциала"]


def test_showing_the_table_again_writes_no_settings(qtbot, context, make_account) -> None:
    """Only a change is written: the settings file costs a sync to disk, and the
    portfolio shows first at every start (its hidden last column is "resized" then)."""
    import os
    from pathlib import Path

    from PySide6.QtCore import QSettings

    make_account("Альфа")

    def show_portfolio():
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.tabs.setCurrentWidget(window.portfolio)
        window.show()
        qtbot.waitUntil(lambda: not window.loading, timeout=10000)
        return window

    first = show_portfolio()
    header = first.portfolio.table.horizontalHeader()
    last = header.logicalIndex(header.count() - 1)
    assert header.isSectionHidden(last) and header.stretchLastSection()
    first.hide()
    settings_file = Path(QSettings().fileName())
    written = os.stat(settings_file)
    again = show_portfolio()  # the next start, at the same size
    qtbot.wait(50)
    now = os.stat(settings_file)
    assert (now.st_ino, now.st_mtime_ns) == (written.st_ino, written.st_mtime_ns)
    again.portfolio.table.horizontalHeader().resizeSection(0, 250)  # a change is kept
    assert os.stat(settings_file).st_mtime_ns != written.st_mtime_ns


def test_a_column_narrower_than_its_title_elides_it_and_tells_it_whole(qtbot, context) -> None:
    portfolio = _portfolio(qtbot, context)
    header = portfolio.table.horizontalHeader()
    silent = [c[0] for c in portfolio.model.columns].index("silent_days")
    header.resizeSection(silent, 40)
    assert header.textElideMode() == Qt.TextElideMode.ElideRight  # «Без к…», not «з конт»
    assert portfolio.model.headerData(silent, Qt.Orientation.Horizontal,
                                      Qt.ItemDataRole.ToolTipRole) == term("silent_days")
