"""The portfolio's exchange rates: entered one by one in Preferences, or imported from a
file of the central bank's rates the user downloaded (docs/currencies.md).

The file is read as every table import reads one (CSV in UTF-8 or Windows-1251 with ``;``
or ``,`` and decimal commas, or XLSX). Its columns are found by their headers: the date
(``data``, ``Дата``, ``date``), the rate (``curs``, ``Курс``, ``rate``), the number of
units the rate is for (``nominal``, ``Номинал``; 1 when absent) and the currency's code
(``Код``, ``currency``; when the file has no such column — the Bank of Russia's
"dynamics" export has none — the caller names the currency). The rates are in roubles.
One bad row refuses the whole file: nothing is written.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.domain.money import (
    DEFAULT_CURRENCY,
    RATE_PLACES,
    ExchangeRate as Rate,
    RateBook,
    rate_problem,
    sort_rates,
)
from kam_desktop.domain.text import Text
from kam_desktop.services.errors import InputError
from kam_desktop.store.models import Account, ExchangeRate
from kam_desktop.store.schema import problem

if TYPE_CHECKING:
    from kam_desktop.services.tabular import Row

#: the central bank's rates are in roubles
CENTRAL_BANK_BASE = "RUB"
_SYNONYMS = {
    "date": ("data", "дата", "date", "на дату"),
    "rate": ("curs", "курс", "rate", "exchange rate"),
    "nominal": ("nominal", "номинал", "единиц", "units"),
    "currency": ("currency", "код", "код валюты", "букв код", "char code", "charcode",
                 "code"),
}


class CurrencyNeeded(InputError):
    """The file has no currency column and the caller named no currency."""


@dataclass(frozen=True)
class StoredRate:
    id: uuid.UUID
    currency: str
    base: str
    period: str
    rate: Decimal


def list_rates(session: Session) -> list[StoredRate]:
    """Every rate, by currency, base and period."""
    return [StoredRate(*row) for row in session.execute(
        select(ExchangeRate.id, ExchangeRate.currency, ExchangeRate.base, ExchangeRate.period,
               ExchangeRate.rate)
        .order_by(ExchangeRate.currency, ExchangeRate.base, ExchangeRate.period))]


def reporting_rates(session: Session, *, year: int,
                    main_currency: str = DEFAULT_CURRENCY) -> dict[str, Decimal]:
    """The rates the portfolio's money columns are sorted by: each account currency's
    worth in ``main_currency`` in ``year`` (domain.money.sort_rates)."""
    currencies = session.scalars(select(Account.currency).distinct())
    return sort_rates(rate_book(session, main_currency), currencies, year)


def rate_book(session: Session, main: str = DEFAULT_CURRENCY) -> RateBook:
    """The recorded rates, read for converting to ``main``."""
    return RateBook([Rate(r.currency, r.base, r.period, r.rate) for r in list_rates(session)],
                    main)


def _checked(currency: str, base: str, period: str, rate: Decimal, where: str = "") -> Rate:
    values = {"currency": currency, "base": base, "period": period, "rate": rate}
    for field, value in values.items():
        found = problem("exchange_rate", field, value)
        if found is not None:
            raise InputError(where or field, found)
    if currency == base:
        raise InputError(where or "currency",
                         Text("a rate of {currency} to itself is always 1", currency=currency))
    return Rate(currency, base, period, rate)


def _store(session: Session, rates: list[Rate]) -> int:
    """Write ``rates``, each replacing a stored rate of the same currency, base and period;
    how many were new or changed."""
    stored = {(r.currency, r.base, r.period): r for r in session.scalars(select(ExchangeRate))}
    changed = 0
    for rate in rates:
        record = stored.get((rate.currency, rate.base, rate.period))
        if record is None:
            record = stored[rate.currency, rate.base, rate.period] = ExchangeRate(
                currency=rate.currency, base=rate.base, period=rate.period, rate=rate.rate)
            session.add(record)
        elif record.rate != rate.rate:
            record.rate = rate.rate
        else:
            continue
        changed += 1
    session.flush()
    return changed


def set_rate(session: Session, *, currency: str, base: str, period: str,
             rate: Decimal) -> None:
    """Record what one unit of ``currency`` was worth in ``base`` in ``period`` (a year,
    a quarter or a day), replacing the rate recorded for them before."""
    _store(session, [_checked(currency.strip().upper(), base.strip().upper(), period.strip(),
                              rate)])


def delete_rate(session: Session, *, rate_id: uuid.UUID) -> None:
    record = session.get(ExchangeRate, rate_id)
    if record is None:
        raise InputError("rate", Text("the rate is no longer there"))
    session.delete(record)
    session.flush()


def _cell(row: Row, columns: dict[str, int], key: str) -> str:
    index = columns.get(key)
    return row.cells[index].strip() if index is not None and index < len(row.cells) else ""


def read_central_bank_rates(path: Path, currency: str | None = None) -> list[Rate]:
    """The daily rates of a central bank's file (see the module's docstring). ``currency``
    names the currency of a file without a code column; raises InputError naming the
    file, the line and the column of the first bad cell."""
    # the table readers only here: the portfolio's first read, at start, needs rate_book
    from kam_desktop.services.column_mapping import fold, guess_mapping, read_amount, read_date
    from kam_desktop.services.tabular import read_table

    table = read_table(path)
    columns = guess_mapping(table.headers, {key: tuple(map(fold, words))
                                            for key, words in _SYNONYMS.items()})
    where = str(path)
    for needed in ("date", "rate"):
        if needed not in columns:
            raise InputError(where, Text(
                "no column of {field}: the file's columns are {headers}", field=needed,
                headers=", ".join(h for h in table.headers if h) or "—"))
    if "currency" not in columns and not currency:
        raise CurrencyNeeded(where, Text("the file names no currency: name it (such as EUR)"))
    rates = []
    for row in table.rows:
        if not any(text.strip() for text in row.cells):
            continue
        try:
            day = read_date(_cell(row, columns, "date"), table.column_name(columns["date"]))
            amount = Decimal(read_amount(_cell(row, columns, "rate"),
                                         table.column_name(columns["rate"])))
            nominal = Decimal(read_amount(_cell(row, columns, "nominal") or "1",
                                          table.column_name(columns.get("nominal", 0))))
        except InputError as error:
            raise InputError(f"{where}, line {row.line}, {error.where}", error.message) from None
        at = f"{where}, line {row.line}"
        if nominal <= 0:
            raise InputError(at, rate_problem(nominal))
        code = (_cell(row, columns, "currency") or currency or "").upper()
        rates.append(_checked(code, CENTRAL_BANK_BASE, day.isoformat(),
                              (amount / nominal).quantize(RATE_PLACES), at))
    if not rates:
        raise InputError(where, Text("the file has no rates"))
    return rates


def import_central_bank_rates(session: Session, *, path: Path,
                              currency: str | None = None) -> tuple[int, int]:
    """Import a central bank's file: (rates read, rates new or changed)."""
    rates = read_central_bank_rates(path, currency.strip().upper() if currency else None)
    return len(rates), _store(session, rates)
