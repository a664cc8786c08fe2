"""Bringing the client's deals in from a shipments or orders export of the company's ERP
(1C and the like: CSV in Windows-1251 with ``;``, or XLSX).

A mapping names the file's columns for ``inn``, ``name`` (used when a row has no INN),
``date``, ``amount``, ``product_group`` and ``reference`` (docs/table-import.md).
:func:`plan_deals` is the dry run; :func:`apply_deals` writes the good rows.

Rules for a row:
- it belongs to the account with its INN, or, without an INN, to the account with its
  name (ignoring case); a client the portfolio does not have makes the row bad: an
  export lists every buyer, and which of them are key accounts is the user's choice;
- with a reference, the reference is the deal's identity: rows of one file with the
  same account and reference are the lines of one deal (their amounts add up, their
  product groups are listed together, their dates must agree), and a stored deal with
  that reference is updated to the file's values;
- without a reference, a deal is its date, amount and product group: a stored deal
  with the same three is the same deal, and a second such row in one file is refused;
- so importing the same file twice adds nothing. An imported deal's id is derived from
  its identity, so two laptops importing the same export hold the same deals, and an
  exchange between them does not double them.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
import datetime as dt
from decimal import Decimal
from typing import Any, Callable, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.domain.text import Text
from kam_desktop.services import column_mapping
from kam_desktop.services.column_mapping import (
    BadRow,
    RowCounts,
    fold,
    read_amount,
    read_date,
    read_inn,
)
from kam_desktop.services.errors import InputError
from kam_desktop.services.records import convert
from kam_desktop.services.tabular import Row, Table
from kam_desktop.store.models import Account, Deal

FIELDS = ("inn", "name", "date", "amount", "product_group", "reference")
REQUIRED = ("date", "amount")
#: header words that suggest each field (folded), as 1C and English exports head them
SYNONYMS: dict[str, tuple[str, ...]] = {
    "inn": ("инн", "инн контрагента", "инн покупателя", "инн клиента", "inn", "tin", "tax id"),
    "name": ("контрагент", "покупатель", "клиент", "наименование", "наименование контрагента",
             "организация", "customer", "client", "buyer", "account", "name"),
    "date": ("дата", "дата документа", "дата отгрузки", "дата реализации", "дата заказа",
             "период", "date", "order date", "shipment date", "invoice date"),
    "amount": ("сумма", "сумма с ндс", "сумма документа", "сумма продажи", "выручка",
               "стоимость", "amount", "sum", "total", "value", "revenue"),
    "product_group": ("номенклатурная группа", "группа номенклатуры", "товарная группа",
                      "группа товаров", "вид номенклатуры", "product group", "category",
                      "product category"),
    "reference": ("документ", "номер", "номер документа", "регистратор", "заказ",
                  "заказ покупателя", "договор", "reference", "document", "order",
                  "order number", "invoice", "contract"),
}
#: deal ids are derived from this and the deal's identity
_ID_SPACE = uuid.UUID("6d1c1f0e-9a57-4d6c-8f0e-0c6b2f1d5a10")
_GROUPS_JOINED = ", "


@dataclass(eq=False)
class _PlannedDeal:
    account_id: uuid.UUID
    account: str
    line: int
    date: dt.date
    amount: Decimal
    groups: list[str]
    reference: str | None
    existing: Deal | None = None

    @property
    def product_group(self) -> str | None:
        return _GROUPS_JOINED.join(self.groups) or None

    @property
    def identity(self) -> tuple:
        if self.reference is not None:
            return (self.account_id, "reference", self.reference)
        return (self.account_id, self.date, self.amount, self.product_group)

    def values(self) -> dict[str, Any]:
        return {"date": self.date, "amount": self.amount, "product_group": self.product_group,
                "reference": self.reference}

    def changes(self) -> dict[str, Any]:
        if self.existing is None:
            return self.values()
        return {name: value for name, value in self.values().items()
                if getattr(self.existing, name) != value}


@dataclass(frozen=True)
class DealsPlan(RowCounts):
    """What a deals import would do (the dry run), or did."""

    rows: int
    added: int
    updated: int
    unchanged: int
    #: the accounts the good rows belong to
    accounts: tuple[str, ...]
    bad: tuple[BadRow, ...]
    _deals: tuple[_PlannedDeal, ...] = field(default=(), repr=False, compare=False)

    @property
    def changes(self) -> int:
        return self.added + self.updated

    @property
    def deals_changed(self) -> list[_PlannedDeal]:
        """The deals to add or update, in the file's order."""
        return [deal for deal in self._deals if deal.existing is None or deal.changes()]


def guess_mapping(headers: tuple[str, ...] | list[str]) -> dict[str, int]:
    return column_mapping.guess_mapping(headers, SYNONYMS)


def resolve_mapping(mapping: Mapping[str, Any], table: Table) -> dict[str, int]:
    """The JSON mapping as field -> column index of ``table``; the date, the amount and
    an INN or a name must be mapped."""
    columns = column_mapping.resolve_mapping(mapping, table, FIELDS)
    for key in REQUIRED:
        if key not in columns:
            raise InputError(key, Text("map a column to the deal's {field}", field=key))
    if "inn" not in columns and "name" not in columns:
        raise InputError("inn", Text("map a column to the client's INN or name"))
    return columns


class _Accounts:
    """The portfolio's accounts by INN and by folded name."""

    def __init__(self, session: Session) -> None:
        self.by_inn: dict[str, tuple[uuid.UUID, str]] = {}
        self.by_name: dict[str, tuple[uuid.UUID, str]] = {}
        for account_id, name, inn in session.execute(select(Account.id, Account.name,
                                                            Account.inn)):
            if inn:
                self.by_inn.setdefault(inn, (account_id, name))
            self.by_name[name.casefold()] = (account_id, name)


def _cell(row: Row, columns: Mapping[str, int], key: str) -> str:
    return row.cells[columns[key]].strip() if key in columns else ""


def _read_row(row: Row, table: Table, columns: Mapping[str, int], accounts: _Accounts,
              bad: list[BadRow]) -> _PlannedDeal | None:
    """The deal of one row, or None with the row's problems in ``bad``."""
    def problem(key: str, message: str) -> None:
        bad.append(BadRow(row.line, table.column_name(columns[key]) if key in columns else "",
                          message))

    before = len(bad)
    if row.overflow:
        bad.append(BadRow(row.line, "", Text(
            "the line has more cells than the header: a delimiter inside a value "
            "without quotes?")))
    values: dict[str, Any] = {}
    readers = {"date": lambda text: read_date(text, "date"),
               "amount": lambda text: read_amount(text, "amount")}
    for key in ("date", "amount", "product_group", "reference"):
        text = _cell(row, columns, key)
        if not text:
            if key in REQUIRED:
                problem(key, Text("the deal's {field} is empty", field=key))
            continue
        try:
            values[key] = convert("deal", key, readers.get(key, str)(text))
        except InputError as error:
            problem(key, error.message)
    owner = _owner(row, columns, accounts, problem)
    if owner is None or len(bad) > before:
        return None
    group = values.get("product_group")
    return _PlannedDeal(owner[0], owner[1], row.line, values["date"], values["amount"],
                        [group] if group else [], values.get("reference"))


def _owner(row: Row, columns: Mapping[str, int], accounts: _Accounts,
           problem: Callable[[str, Text], None]) -> tuple[uuid.UUID, str] | None:
    """The account a row names (its id and name), or None with the problem reported."""
    inn = read_inn(_cell(row, columns, "inn"))
    name = _cell(row, columns, "name")
    if inn:
        found = accounts.by_inn.get(inn)
        if found is None:
            problem("inn", Text("no account of the portfolio has the INN {inn}{name}", inn=inn,
                                name=f" ({name})" if name else ""))
        return found
    if name:
        found = accounts.by_name.get(name.casefold())
        if found is None:
            problem("name", Text("no account of the portfolio is called {name}",
                                 name=repr(name)))
        return found
    problem("inn" if "inn" in columns else "name", Text("the row names no client: its INN "
                                                        "and name are empty"))
    return None


def plan_deals(session: Session, *, table: Table, columns: Mapping[str, int]) -> DealsPlan:
    """The dry run: what importing ``table`` with ``columns`` would add and update, and
    the bad rows with their reasons. Writes nothing."""
    accounts = _Accounts(session)
    bad: list[BadRow] = []
    planned: dict[tuple, _PlannedDeal] = {}
    for row in table.rows:
        deal = _read_row(row, table, columns, accounts, bad)
        if deal is None:
            continue
        earlier = planned.get(deal.identity)
        if earlier is None:
            planned[deal.identity] = deal
        elif deal.reference is None:
            bad.append(BadRow(row.line, "", Text(
                "the same deal as line {line}: the same client, date, amount and product "
                "group without a reference", line=earlier.line)))
        elif deal.date != earlier.date:
            bad.append(BadRow(row.line, table.column_name(columns["date"]), Text(
                "line {line} gives this reference the date {date}", line=earlier.line,
                date=earlier.date.strftime("%d.%m.%Y"))))
        else:  # another line of the same document
            earlier.amount += deal.amount
            earlier.groups += [group for group in deal.groups if group not in earlier.groups]
    deals = list(planned.values())
    _find_stored(session, deals)
    return DealsPlan(
        rows=len(table.rows),
        added=sum(1 for d in deals if d.existing is None),
        updated=sum(1 for d in deals if d.existing is not None and d.changes()),
        unchanged=sum(1 for d in deals if d.existing is not None and not d.changes()),
        accounts=tuple(sorted({d.account for d in deals}, key=fold)),
        bad=tuple(sorted(bad, key=lambda b: b.line)), _deals=tuple(deals))


def _find_stored(session: Session, deals: list[_PlannedDeal]) -> None:
    """Pair each planned deal with the stored deal it is, if any."""
    owners = sorted({deal.account_id for deal in deals})
    stored: dict[tuple, Deal] = {}
    for start in range(0, len(owners), 500):
        for deal in session.scalars(select(Deal).where(
                Deal.account_id.in_(owners[start:start + 500]))):
            key = (deal.account_id, "reference", deal.reference) if deal.reference else \
                (deal.account_id, deal.date, deal.amount, deal.product_group)
            stored.setdefault(key, deal)
    for deal in deals:
        deal.existing = stored.get(deal.identity)


def deal_id(identity: tuple) -> uuid.UUID:
    """The id of an imported deal: the same on every laptop that imports it."""
    parts = (f"{part:.2f}" if isinstance(part, Decimal) else str(part) for part in identity)
    return uuid.uuid5(_ID_SPACE, "\x1f".join(parts))


def apply_deals(session: Session, *, table: Table, columns: Mapping[str, int]) -> DealsPlan:
    """Import the good rows of ``table`` in the caller's transaction, writing only real
    changes; returns the plan that was carried out."""
    plan = plan_deals(session, table=table, columns=columns)
    for deal in plan._deals:
        if deal.existing is None:
            session.add(Deal(id=_free_id(session, deal), account_id=deal.account_id,
                             **deal.values()))
        else:
            for name, value in deal.changes().items():
                setattr(deal.existing, name, value)
    session.flush()
    return plan


def _free_id(session: Session, deal: _PlannedDeal) -> uuid.UUID:
    """The deal's derived id, unless a stored deal holds it already (it was edited by
    hand since it was imported, and now reads as another deal)."""
    derived = deal_id(deal.identity)
    return uuid.uuid4() if session.get(Deal, derived) is not None else derived
