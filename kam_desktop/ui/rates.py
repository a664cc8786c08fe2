"""The Currencies page of Preferences: the portfolio's main currency and the exchange
rates every comparison of accounts converts at (kam_desktop.domain.money), typed in one by
one or imported from a file of the central bank's rates (docs/currencies.md)."""
from __future__ import annotations

import uuid
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import QLocale, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFileDialog, QFormLayout, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QMessageBox,
    QPushButton, QVBoxLayout, QWidget,
)

from kam_desktop.services.errors import InputError
from kam_desktop.services.exchange_rates import (
    CENTRAL_BANK_BASE, CurrencyNeeded, StoredRate, delete_rate, import_central_bank_rates,
    list_rates, set_rate,
)
from kam_desktop.ui import settings
from kam_desktop.ui.context import AppContext
from kam_desktop.ui.messages import translated
from kam_desktop.ui.sections import ID_ROLE, Column, RowsModel, fit_columns, make_table

RATE_FILES = "CSV, XLSX (*.csv *.xlsx *.txt)"
# offered when a file names no currency; any other code may be typed
COMMON_CURRENCIES = ("USD", "EUR", "CNY", "KZT", "BYN", "TRY", "AED", "INR")


def _code_field(text: str = "") -> QLineEdit:
    field = QLineEdit(text)
    field.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}")))
    field.setMaxLength(3)
    field.setFixedWidth(70)
    return field


class RatesPage(QWidget):
    """The main currency, the table of rates, a row to add one, and the import."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.main_currency = _code_field(settings.value("main_currency"))
        self.main_currency.setAccessibleName(self.tr("Main currency"))
        form = QFormLayout()
        form.addRow(self.tr("Main currency"), self.main_currency)
        explained = QLabel(self.tr(
            "ABC classes, the dashboard's money charts and the portfolio report compare "
            "accounts in the main currency. An account kept in another currency is "
            "converted at the rate of the period; without a rate it is left out of the "
            "comparison and named in a note."))
        explained.setWordWrap(True)

        locale = QLocale()
        self.model = RowsModel([
            Column(self.tr("Currency"), lambda r: r["currency"]),
            Column(self.tr("Period or date"), lambda r: r["period"]),
            Column(self.tr("Rate"), lambda r: locale.toString(float(r["rate"]), "f", 4),
                   sort=lambda r: r["rate"], align_right=True),
            Column(self.tr("In"), lambda r: r["base"]),
        ], self)
        self.table, self.proxy = make_table(self.model)
        self.table.setObjectName("rates_table")

        self.currency = _code_field()
        self.currency.setPlaceholderText("EUR")
        self.currency.setAccessibleName(self.tr("Currency"))
        self.period = QLineEdit()
        self.period.setPlaceholderText(self.tr("2025, 2025-Q3 or 2025-03-14"))
        self.period.setAccessibleName(self.tr("Period or date"))
        self.rate = QLineEdit()
        self.rate.setPlaceholderText(locale.toString(98.5, "f", 2))
        self.rate.setAccessibleName(self.tr("Rate"))
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self._add_typed)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.clicked.connect(self.remove_selected)
        importing = QPushButton(self.tr("Import central bank rates…"))
        importing.clicked.connect(self._ask_for_file)
        entry = QHBoxLayout()
        for label, field in ((self.tr("Currency"), self.currency),
                             (self.tr("Period or date"), self.period),
                             (self.tr("Rate"), self.rate)):
            entry.addWidget(QLabel(label))
            entry.addWidget(field)
        entry.addWidget(add)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        buttons.addWidget(importing)
        hint = QLabel(self.tr(
            "A rate is how many units of the main currency one unit of the currency was "
            "worth: for a year, a quarter or a day. A year without its own rate takes the "
            "mean of its days' rates, then of its quarters'; a rate never carries over from "
            "another year. The central bank's file (cbr.ru, \"Dynamics of the official "
            "rate\", saved as CSV or XLSX) gives rates in roubles."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explained)
        layout.addWidget(self.table, 1)
        layout.addLayout(entry)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        self.reload()

    # -- reading ------------------------------------------------------------------------

    def reload(self) -> None:
        rates: list[StoredRate] = self.context.read(list_rates)
        self.model.set_rows([vars(rate) for rate in rates])
        fit_columns(self.table)
        self.remove.setEnabled(bool(rates))

    def chosen_currency(self) -> str:
        return self.main_currency.text().strip().upper()

    def problem(self) -> tuple[str, str] | None:
        """What is wrong with the main currency typed, in words, and where; or None."""
        if settings.OPTIONS["main_currency"].parse(self.chosen_currency()) is None:
            return (self.tr("Write the main currency as its three-letter code, such as RUB."),
                    self.tr("Main currency"))
        return None

    # -- writing ------------------------------------------------------------------------

    def _add_typed(self) -> None:
        text = self.rate.text().strip().replace("\u00a0", "").replace(" ", "")
        try:
            rate = Decimal(text.replace(",", "."))
        except InvalidOperation:
            self._warn(self.tr("{value} is not a number.").format(value=repr(self.rate.text())),
                       self.tr("Rate"))
            return
        self.add_rate(self.currency.text(), self.period.text(), rate)

    def add_rate(self, currency: str, period: str, rate: Decimal) -> bool:
        """Record a rate to the main currency; say what is wrong if it cannot be."""
        try:
            self.context.write(lambda s: set_rate(s, currency=currency,
                                                  base=self.chosen_currency(), period=period,
                                                  rate=rate))
        except InputError as error:
            self._warn(translated(error.message), error.where)
            return False
        for field in (self.currency, self.period, self.rate):
            field.clear()
        self.reload()
        return True

    def remove_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        rate_id = uuid.UUID(index.data(ID_ROLE))
        self.context.write(lambda s: delete_rate(s, rate_id=rate_id))
        self.reload()

    def _ask_for_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import central bank rates"), "",
                                              RATE_FILES)
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path, currency: str | None = None) -> bool:
        """Import the file; when it names no currency, ask which (unless given)."""
        try:
            read, changed = self.context.write(
                lambda s: import_central_bank_rates(s, path=path, currency=currency))
        except CurrencyNeeded:
            code, chosen = QInputDialog.getItem(
                self, self.tr("Import central bank rates"),
                self.tr("The file does not say which currency its rates are of. Currency:"),
                COMMON_CURRENCIES, 1, True)
            return chosen and self.import_file(path, code)
        except InputError as error:
            self._warn(translated(error.message), error.where)
            return False
        self.reload()
        self._tell(QMessageBox.Icon.Information, self.tr(
            "{read} rates read, {changed} new or changed (in {base}).").format(
            read=read, changed=changed, base=CENTRAL_BANK_BASE), str(path), "imported_dialog")
        return True

    def _warn(self, text: str, where: str) -> None:
        self._tell(QMessageBox.Icon.Warning, text, where, "bad_input_dialog")

    def _tell(self, icon: QMessageBox.Icon, text: str, where: str, name: str) -> None:
        box = QMessageBox(icon, self.tr("Exchange rates"), text, parent=self)
        box.setInformativeText(where)
        box.setObjectName(name)
        box.open()
