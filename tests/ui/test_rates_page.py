"""Exchange rates in the window: the Currencies page of Preferences, and the notes of the
portfolio and the dashboard when an account's currency has no rate."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from kam_desktop.services.exchange_rates import list_rates, set_rate
from kam_desktop.services.records import add_record
from kam_desktop.ui import settings
from kam_desktop.ui.dashboard import VIEWS
from kam_desktop.ui.preferences import PreferencesDialog

LAST_YEAR = str(date.today().year - 1)


def _rates(context) -> list[tuple]:
    return [(r.currency, r.base, r.period, r.rate) for r in context.read(list_rates)]


def _dialog(qtbot, context) -> PreferencesDialog:
    dialog = PreferencesDialog(None, context)
    qtbot.addWidget(dialog)
    dialog.pages.setCurrentWidget(dialog.rates)
    return dialog


def _warning(qtbot, page) -> QMessageBox:
    box = page.findChild(QMessageBox, "bad_input_dialog")
    assert box is not None and box.isVisible()
    return box


def test_a_rate_typed_in_is_kept_and_a_bad_one_is_refused(qtbot, context) -> None:
    page = _dialog(qtbot, context).rates
    page.currency.setText("eur")
    page.period.setText("2025-Q3")
    page.rate.setText("98,5")
    page._add_typed()
    assert _rates(context) == [("EUR", "RUB", "2025-Q3", Decimal("98.5"))]
    assert page.model.rowCount() == 1 and page.currency.text() == ""

    assert not page.add_rate("USD", "летом", Decimal(90))
    box = _warning(qtbot, page)
    assert "is not a period" in box.text() and box.informativeText() == "period"
    assert len(_rates(context)) == 1

    page.table.selectRow(0)
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    page.remove_selected()
    assert _rates(context) == [] and page.model.rowCount() == 0


def test_central_bank_rates_are_imported_and_a_bad_file_writes_nothing(
        qtbot, context, tmp_path: Path) -> None:
    page = _dialog(qtbot, context).rates
    good = tmp_path / "cbr.csv"
    good.write_bytes("nominal;data;curs;cdx\r\n10;27.12.2024;1057,697;Евро\r\n"
                     "1;28.12.2024;106,1028;Евро\r\n".encode("cp1251"))
    assert page.import_file(good, "EUR")
    assert _rates(context) == [("EUR", "RUB", "2024-12-27", Decimal("105.7697")),
                               ("EUR", "RUB", "2024-12-28", Decimal("106.1028"))]
    assert page.model.rowCount() == 2
    bad = tmp_path / "bad.csv"
    bad.write_bytes("Дата;Код;Курс\r\n28.12.2024;USD;101,5\r\n29.12.2024;USD;много\r\n"
                    .encode("cp1251"))
    before = _rates(context)
    assert not page.import_file(bad)
    box = _warning(qtbot, page)
    assert "'много' is not an amount of money" in box.text()
    assert box.informativeText().endswith("bad.csv, line 3, Курс")
    assert _rates(context) == before


def test_the_main_currency_is_a_three_letter_code(qtbot, context) -> None:
    dialog = _dialog(qtbot, context)
    dialog.rates.main_currency.setText("eu")
    assert dialog.problem() is not None
    dialog.rates.main_currency.setText("eur")
    assert dialog.problem() is None
    dialog.store()
    assert settings.value("main_currency") == "EUR"


def _portfolio(context) -> None:
    with context.db.transaction() as session:
        for name, currency, amount in (("Рубли", "RUB", "90000000"), ("Евро", "EUR", "1000000")):
            account = add_record(session, kind="account", parent_id=None,
                                 values={"name": name, "currency": currency})
            add_record(session, kind="potential", parent_id=account,
                       values={"year": int(LAST_YEAR[:4]), "amount": amount})
            add_record(session, kind="revenue", parent_id=account,
                       values={"period": LAST_YEAR, "amount": amount})


def test_without_a_rate_the_account_is_named_not_ranked(qtbot, context, shown_window) -> None:
    _portfolio(context)
    window = shown_window()
    note = window.portfolio.rates_note
    assert not note.isHidden()  # (the Today tab is in front)
    assert f"in EUR have no rate for {LAST_YEAR} — not compared: Евро." in note.text()
    rows = {row.name: row for row in window.portfolio.model.all_rows}
    assert rows["Евро"].abc is None and rows["Рубли"].abc.value == "A"

    window.tabs.setCurrentWidget(window.dashboard)
    dashboard = window.dashboard
    qtbot.waitUntil(lambda: not dashboard.loading, timeout=10000)
    dashboard.views.setCurrentRow(VIEWS.index("pareto"))
    assert "not compared: Евро" in dashboard.note.text()
    assert [p.revenue for p in dashboard.data.pareto.points] == [Decimal(90000000)]


def test_with_a_rate_the_dashboard_counts_the_converted_account(qtbot, context,
                                                               shown_window) -> None:
    _portfolio(context)
    with context.db.transaction() as session:
        set_rate(session, currency="EUR", base="RUB", period=LAST_YEAR, rate=Decimal(95))
    window = shown_window()
    assert window.portfolio.rates_note.isHidden()
    rows = {row.name: row.abc.value for row in window.portfolio.model.all_rows}
    assert rows == {"Евро": "A", "Рубли": "A"}  # 95 M ₽ first; 90 M ₽ crosses 80 %
    window.tabs.setCurrentWidget(window.dashboard)
    dashboard = window.dashboard
    qtbot.waitUntil(lambda: not dashboard.loading, timeout=10000)
    dashboard.views.setCurrentRow(VIEWS.index("pareto"))
    points = [(dashboard.data.accounts[p.account].name, p.revenue)
              for p in dashboard.data.pareto.points]
    assert points == [("Евро", Decimal(95000000)), ("Рубли", Decimal(90000000))]
    assert "converted to RUB at the rates of" in dashboard.note.text()
    assert "1\u00a0EUR = 95" in dashboard.note.text()
