"""Bringing accounts and contacts in from a spreadsheet (CSV or XLSX) that Excel or
another CRM exported.

A *mapping* says which column of the file feeds which of our fields
(``{"name": "Наименование", "inn": "ИНН", "contact_name": 4}``; docs/table-import.md).
:func:`plan_import` is the dry run: it reads every row, matches it to an account of
the portfolio (by a valid INN first, then by name ignoring case), checks every value
with the rules of :mod:`kam_desktop.services.records`, and reports what would be
added and updated and which rows are bad, and why. :func:`apply_import` plans again
inside the caller's transaction and writes the good rows only.

Rules for a row:
- each row names an account; rows naming the same account (same INN, or same name)
  fill in one account, and each may bring one contact of it;
- an empty cell never clears anything: spreadsheets leave cells empty for "unknown";
- an existing account is never renamed; its other fields take the file's values;
- two rows giving one account (or contact) different values make the later row bad;
- a potential is the account's potential of the year it is imported in;
- a holding (its INN or name) must be an account of the portfolio or of an earlier line:
  an unknown one makes the row bad, it never becomes a new account.
"""
from __future__ import annotations

import re
import uuid
from datetime import date
from dataclasses import dataclass, field
from typing import Any, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.domain.enums import Category
from kam_desktop.domain.holdings import circle_through
from kam_desktop.domain.text import Text
from kam_desktop.domain.glossary import NAMES
from kam_desktop.services import column_mapping
from kam_desktop.services.column_mapping import BadRow, RowCounts, fold, read_amount, read_inn
from kam_desktop.services.errors import InputError
from kam_desktop.services.interchange.inserting import NewAccounts, set_holdings
from kam_desktop.services.interchange.reading import Record
from kam_desktop.services.records import convert
from kam_desktop.services.tabular import Table
from kam_desktop.store.models import Account, Contact, Potential

#: our field -> (record kind, its column)
FIELDS: dict[str, tuple[str, str]] = {
    "name": ("account", "name"),
    "legal_name": ("account", "legal_name"),
    "inn": ("account", "inn"),
    "industry": ("account", "industry"),
    "region": ("account", "region"),
    "address": ("account", "address"),
    "website": ("account", "website"),
    "owner": ("account", "owner"),
    "category": ("account", "category"),
    "potential": ("potential", "amount"),
    #: the holding the company belongs to, found among the accounts by its INN or name
    #: (read as an account's INN or name is)
    "parent_inn": ("account", "inn"),
    "parent_name": ("account", "name"),
    "contact_name": ("contact", "name"),
    "contact_position": ("contact", "position"),
    "contact_department": ("contact", "department"),
    "contact_phone": ("contact", "phone"),
    "contact_email": ("contact", "email"),
}
#: the fields of the account itself and of its records other than contacts
#: field keys of mapping files saved by an earlier release -> the key now
RENAMED = {"annual_potential": "potential"}
HOLDING_FIELDS = ("parent_inn", "parent_name")
ACCOUNT_FIELDS = tuple(key for key, (kind, _c) in FIELDS.items()
                       if kind != "contact" and key not in HOLDING_FIELDS)
CONTACT_FIELDS = tuple(key for key, (kind, _c) in FIELDS.items() if kind == "contact")

#: header words that suggest each field, in Russian and English (compared folded,
#: with ё as е and punctuation as spaces)
SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("наименование", "название", "клиент", "компания", "организация", "контрагент",
             "наименование клиента", "наименование организации", "название компании",
             "краткое наименование", "account", "account name", "company", "company name",
             "client", "customer", "organization", "organisation", "name"),
    "legal_name": ("полное наименование", "юридическое наименование", "юридическое лицо",
                   "юрлицо", "юр лицо", "наименование юрлица", "legal name", "legal entity"),
    "inn": ("инн", "инн организации", "инн клиента", "inn", "tin", "tax id", "taxpayer id"),
    "industry": ("отрасль", "сфера деятельности", "вид деятельности", "industry", "sector"),
    "region": ("регион", "область", "город", "region", "city"),
    "address": ("адрес", "юридический адрес", "фактический адрес", "почтовый адрес",
                "address"),
    "website": ("сайт", "веб сайт", "website", "web site", "web", "url", "site"),
    "owner": ("ответственный", "ответственный менеджер", "менеджер", "kam", "owner",
              "account manager", "manager", "responsible"),
    "category": ("категория", "категория клиента", "category"),
    "potential": ("потенциал", "годовой потенциал", "потенциал закупок",
                  "potential", "annual potential"),
    "parent_inn": ("инн холдинга", "инн головной компании", "инн материнской компании",
                   "инн группы", "parent inn", "holding inn", "parent company inn"),
    "parent_name": ("холдинг", "головная компания", "материнская компания", "группа компаний",
                    "holding", "parent company", "parent", "group"),
    "contact_name": ("контактное лицо", "контакт", "фио", "фио контакта",
                     "фио контактного лица", "contact", "contact name", "contact person",
                     "full name", "person"),
    "contact_position": ("должность", "position", "job title", "title"),
    "contact_department": ("отдел", "подразделение", "департамент", "department"),
    "contact_phone": ("телефон", "тел", "мобильный", "мобильный телефон", "рабочий телефон",
                      "телефон контакта", "phone", "telephone", "mobile", "phone number"),
    "contact_email": ("e mail", "email", "почта", "электронная почта", "эл почта",
                      "адрес электронной почты", "mail", "e mail address", "email address"),
}
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


@dataclass(eq=False)
class _Planned:
    """A record the file names, with the stored values it would change."""

    name: str
    line: int
    existing_id: uuid.UUID | None = None
    current: dict[str, Any] = field(default_factory=dict)
    values: dict[str, Any] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)

    def changes(self) -> dict[str, Any]:
        return {f: v for f, v in self.values.items()
                if f != "name" and self.current.get(f) != v}


@dataclass(eq=False)
class _Account(_Planned):
    contacts: dict[str, _Planned] = field(default_factory=dict)


@dataclass(frozen=True)
class ImportPlan(RowCounts):
    """What an import would do (the dry run), or did."""

    rows: int
    accounts_added: tuple[str, ...]
    accounts_updated: tuple[str, ...]
    accounts_unchanged: tuple[str, ...]
    #: "account: contact"
    contacts_added: tuple[str, ...]
    contacts_updated: tuple[str, ...]
    bad: tuple[BadRow, ...]
    _accounts: tuple[_Account, ...] = field(default=(), repr=False, compare=False)

    @property
    def changes(self) -> int:
        return (len(self.accounts_added) + len(self.accounts_updated)
                + len(self.contacts_added) + len(self.contacts_updated))


# ---------------------------------------------------------------------------
# The mapping


def guess_mapping(headers: tuple[str, ...] | list[str]) -> dict[str, int]:
    """Our field -> column index, guessed from the header texts."""
    return column_mapping.guess_mapping(headers, SYNONYMS)


def resolve_mapping(mapping: Mapping[str, Any], table: Table) -> dict[str, int]:
    """A mapping (field -> header text or 1-based column number, as in the JSON file)
    as field -> column index of ``table``. A mapping saved by a release before
    potentials by year names the potential by its old key, read as the new one."""
    mapping = {RENAMED.get(key, key): value for key, value in mapping.items()}
    columns = column_mapping.resolve_mapping(mapping, table, FIELDS)
    if "name" not in columns:
        raise InputError("name", Text("map a column to the account name"))
    return columns


def mapping_for_file(columns: Mapping[str, int], table: Table) -> dict[str, Any]:
    """The JSON form of a mapping (see :func:`column_mapping.mapping_for_file`)."""
    return column_mapping.mapping_for_file(columns, table, FIELDS)


# ---------------------------------------------------------------------------
# Reading the values of a row


def _category_words() -> dict[str, Category]:
    words = {}
    for category in Category:
        words[fold(category.value)] = category
        for language in NAMES:
            words[fold(NAMES[language][Category][category])] = category
    words[fold("развивающийся")] = Category.DEVELOPING
    words[fold("развиваемый ключевой")] = Category.DEVELOPING  # the window's word up to 0.1.0
    words[fold("developing key account")] = Category.DEVELOPING
    return words


_CATEGORY_WORDS = _category_words()


def _value(key: str, text: str) -> Any:
    kind, column = FIELDS[key]
    if key in ("inn", "parent_inn"):
        text = read_inn(text)
    elif key == "potential":
        text = read_amount(text, key)
    elif key == "category":
        category = _CATEGORY_WORDS.get(fold(text))
        if category is None:
            raise InputError(column, Text("{value} is not a category: write key, developing "
                                          "key, maintained or occasional", value=repr(text)))
        text = category.value
    elif key == "contact_email" and not _EMAIL.fullmatch(text):
        raise InputError(column, Text("{value} is not an e-mail address", value=repr(text)))
    return convert(kind, column, text)


def _read_row(cells: tuple[str, ...], columns: Mapping[str, int], table: Table, line: int,
              bad: list[BadRow]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The account's and the contact's values of a row; problems go to ``bad``."""
    account: dict[str, Any] = {}
    contact: dict[str, Any] = {}
    for key, index in columns.items():
        text = cells[index].strip()
        if not text:
            continue
        try:
            value = _value(key, text)
        except InputError as error:
            bad.append(BadRow(line, table.column_name(index), error.message))
            continue
        kind, column = FIELDS[key]
        if kind == "contact":
            contact[column] = value
        else:
            account[column if kind == "account" and key not in HOLDING_FIELDS else key] = value
    if "name" not in columns or not cells[columns["name"]].strip():
        bad.append(BadRow(line, table.column_name(columns["name"]) if "name" in columns else "",
                          Text("the account name is empty")))
    if contact and "name" not in contact and not any(b.line == line for b in bad):
        first = next(key for key in CONTACT_FIELDS if key in columns and cells[columns[key]].strip())
        bad.append(BadRow(line, table.column_name(columns[first]),
                          Text("contact details without the contact's name")))
    return account, contact


# ---------------------------------------------------------------------------
# The dry run and the import


class _Portfolio:
    """The accounts (and, as needed, contacts) already in the database."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._contacts: dict[uuid.UUID, dict[str, dict[str, Any]]] | None = None
        self.by_inn: dict[str, dict[str, Any]] = {}
        self.by_name: dict[str, dict[str, Any]] = {}
        columns = [getattr(Account, FIELDS[key][1]) for key in ACCOUNT_FIELDS
                   if FIELDS[key][0] == "account"]
        potentials = dict(session.execute(select(Potential.account_id, Potential.amount)
                                          .where(Potential.year == date.today().year)).all())
        #: every account's holding, and the holdings the file gives (keyed by account id,
        #: or by the file's new account)
        self.parents: dict[Any, Any] = {}
        for row in session.execute(select(Account.id, Account.parent_id, *columns)):
            self.parents[row.id] = row.parent_id
            values = row._asdict() | {"potential": potentials.get(row.id)}
            if values["inn"]:
                self.by_inn.setdefault(values["inn"], values)
            self.by_name[values["name"].casefold()] = values

    def contacts(self, account_id: uuid.UUID) -> dict[str, dict[str, Any]]:
        """The contacts of an account by folded name (all read in one query, once)."""
        if self._contacts is None:
            self._contacts = {}
            columns = [getattr(Contact, FIELDS[key][1]) for key in CONTACT_FIELDS]
            for row in self.session.execute(select(Contact.id, Contact.account_id, *columns)):
                values = row._asdict()
                owner = values.pop("account_id")
                self._contacts.setdefault(owner, {})[values["name"].casefold()] = values
        return self._contacts.get(account_id, {})


class _Found:
    """The accounts of the file so far, by INN, by name (as in the file and as in the
    portfolio) and by the id of the portfolio's account they update."""

    def __init__(self) -> None:
        self.accounts: list[_Account] = []
        self._known: set[int] = set()
        self.by_inn: dict[str, _Account] = {}
        self.by_name: dict[str, _Account] = {}
        self.by_id: dict[uuid.UUID, _Account] = {}

    def add(self, account: _Account) -> None:
        if id(account) not in self._known:
            self._known.add(id(account))
            self.accounts.append(account)
        for inn in (account.values.get("inn"), account.current.get("inn")):
            if inn:
                self.by_inn[inn] = account
        for name in (account.name, account.values.get("name")):
            if name:
                self.by_name[name.casefold()] = account
        if account.existing_id is not None:
            self.by_id[account.existing_id] = account


def plan_import(session: Session, *, table: Table, columns: Mapping[str, int]) -> ImportPlan:
    """The dry run: what importing ``table`` with ``columns`` (field -> column index)
    would add and update, and the bad rows with their reasons. Writes nothing."""
    if "name" not in columns:
        raise InputError("name", Text("map a column to the account name"))
    portfolio = _Portfolio(session)
    found = _Found()
    bad: list[BadRow] = []
    for row in table.rows:
        problems: list[BadRow] = []
        if row.overflow:
            problems.append(BadRow(row.line, "", Text(
                "the line has more cells than the header: a delimiter inside a value "
                "without quotes?")))
        values, contact = _read_row(row.cells, columns, table, row.line, problems)
        if not problems:
            target = _match(values, found, portfolio, row.line, table, columns, problems)
        if problems:
            bad.extend(problems)
            continue
        holding = {key: values.pop(key) for key in HOLDING_FIELDS if key in values}
        person = target.contacts.get(contact["name"].casefold()) if contact else None
        _check_same(target, values, row.line, table, columns, problems, "")
        if holding and not problems:
            values["parent_id"] = _holding(target, holding, found, portfolio, row.line,
                                           table, columns, problems)
        if person is not None:
            _check_same(person, contact, row.line, table, columns, problems, "contact_")
        if problems:
            bad.extend(problems)
            continue
        _fill(target, values, row.line)
        found.add(target)
        if contact and person is None:
            key = contact["name"].casefold()
            existing = portfolio.contacts(target.existing_id).get(key) \
                if target.existing_id else None
            person = _Planned(existing["name"] if existing else contact["name"], row.line,
                              existing_id=existing and existing["id"], current=existing or {})
            target.contacts[key] = person
        if person is not None:
            _fill(person, contact, row.line)
    accounts = found.accounts
    added = [a for a in accounts if a.existing_id is None]
    updated = [a for a in accounts if a.existing_id is not None and a.changes()]
    people = [(a, c) for a in accounts for c in a.contacts.values()]
    return ImportPlan(
        rows=len(table.rows),
        accounts_added=tuple(a.name for a in added),
        accounts_updated=tuple(a.name for a in updated),
        accounts_unchanged=tuple(a.name for a in accounts
                                 if a.existing_id is not None and not a.changes()),
        contacts_added=tuple(f"{a.name}: {c.name}" for a, c in people if c.existing_id is None),
        contacts_updated=tuple(f"{a.name}: {c.name}" for a, c in people
                               if c.existing_id is not None and c.changes()),
        bad=tuple(bad), _accounts=tuple(accounts))


def _match(values: dict[str, Any], found: _Found, portfolio: _Portfolio, line: int,
           table: Table, columns: Mapping[str, int], problems: list[BadRow]) -> _Account:
    """The account this row belongs to: one the file named already, one of the
    portfolio (by INN, then by name), or a new one."""
    inn = values.get("inn")
    name = values["name"]
    with_inn = found.by_inn.get(inn) if inn else None
    with_name = found.by_name.get(name.casefold())
    if with_inn is not None and with_name is not None and with_inn is not with_name:
        problems.append(BadRow(line, "", Text(
            "the INN is that of {inn_name} (line {inn_line}), the name that of line {line}",
            inn_name=with_inn.name, inn_line=with_inn.line, line=with_name.line)))
    target = with_inn or with_name
    if target is None:
        existing = (portfolio.by_inn.get(inn) if inn else None) \
            or portfolio.by_name.get(name.casefold())
        if existing is None:
            return _Account(name, line)
        target = found.by_id.get(existing["id"]) or _Account(
            existing["name"], line, existing_id=existing["id"],
            current={key: value for key, value in existing.items() if key != "id"})
    if inn and with_inn is None:
        if target.values.get("inn") not in (None, inn):
            problems.append(BadRow(line, table.column_name(columns["inn"]), Text(
                "line {line} gives {name} the INN {inn}", line=target.lines["inn"],
                name=target.name, inn=target.values["inn"])))
        elif target.current.get("inn") not in (None, inn):
            problems.append(BadRow(line, table.column_name(columns["inn"]), Text(
                "{name} has the INN {inn} in the portfolio", name=target.name,
                inn=target.current["inn"])))
    return target


def _key(account: Any) -> Any:
    """How the holdings map knows an account: the portfolio's by id, the file's new
    one by itself."""
    if isinstance(account, _Account):
        return account.existing_id or account
    return account["id"]


def _holding(target: _Account, reference: dict[str, Any], found: _Found,
             portfolio: _Portfolio, line: int, table: Table, columns: Mapping[str, int],
             problems: list[BadRow]) -> Any:
    """The holding a row names (by INN, else by name): the key of an account of the
    portfolio or of an earlier line. An unknown one, another than an earlier line gave,
    or one that would make the company its own holding makes the row bad."""
    field = "parent_inn" if "parent_inn" in reference else "parent_name"
    where = table.column_name(columns[field])
    if field == "parent_inn":
        holding = found.by_inn.get(reference[field]) or portfolio.by_inn.get(reference[field])
    else:
        name = reference[field].casefold()
        holding = found.by_name.get(name) or portfolio.by_name.get(name)
    if holding is None:
        problems.append(BadRow(line, where, Text(
            "no account with the INN {inn} to be the holding", inn=reference[field])
            if field == "parent_inn" else Text("no account named {name} to be the holding",
                                               name=repr(reference[field]))))
        return None
    key = _key(holding)
    earlier = target.values.get("parent_id")
    if earlier is not None and earlier is not key and earlier != key:
        problems.append(BadRow(line, where, Text("line {line} gives another holding",
                                                 line=target.lines["parent_id"])))
    elif circle_through(portfolio.parents, _key(target), key):
        problems.append(BadRow(line, where, Text(
            "would make the company its own holding: {chain}", chain=target.name)))
    else:
        portfolio.parents[_key(target)] = key
    return key


def _check_same(target: _Planned, values: dict[str, Any], line: int, table: Table,
                columns: Mapping[str, int], problems: list[BadRow], prefix: str) -> None:
    """Refuse a row that gives an account (or contact) another value than an earlier
    row did."""
    for column, value in values.items():
        if column == "name":
            names = {target.name.casefold(), str(target.values.get("name", "")).casefold()}
            if prefix == "" and target.values and value.casefold() not in names:
                problems.append(BadRow(line, table.column_name(columns["name"]), Text(
                    "line {line} gives this INN to {name}", line=target.line,
                    name=target.values.get("name", target.name))))
            continue
        earlier = target.values.get(column)
        if earlier is not None and earlier != value:
            problems.append(BadRow(line, table.column_name(columns[prefix + column]), Text(
                "line {line} gives another value: {value}", line=target.lines[column],
                value=_shown(earlier))))


def _shown(value: Any) -> str:
    return getattr(value, "value", None) or str(value)


def _fill(target: _Planned, values: dict[str, Any], line: int) -> None:
    for column, value in values.items():
        if column not in target.values:
            target.values[column] = value
            target.lines[column] = line


def apply_import(session: Session, *, table: Table, columns: Mapping[str, int]) -> ImportPlan:
    """Import the good rows of ``table`` in the caller's transaction, writing only real
    changes; returns the plan that was carried out.

    Every value was checked by :func:`kam_desktop.services.records.convert` while
    planning (the rules of an edit in the window). The records service's rules across
    records hold by construction: rows are matched to accounts and contacts by folded
    name, so no new account or contact can take a name already in use. New accounts,
    with their contacts and potentials, are written as rows, as the interchange file's
    new accounts are (services.interchange.inserting: stamped, their stage's first entry
    and "last met" made as the session's events make them): as ORM objects, the flush
    weighed every relationship of every new account and took twice as long. What
    changes stored records is written in one flush.
    """
    plan = plan_import(session, table=table, columns=columns)
    existing = _load(session, Account, [a.existing_id for a in plan._accounts if a.existing_id])
    people = _load(session, Contact, [c.existing_id for a in plan._accounts
                                      for c in a.contacts.values() if c.existing_id])
    year = date.today().year
    potentials = {p.account_id: p for p in session.scalars(
        select(Potential).where(Potential.year == year))}
    new_ids = {account: uuid.uuid4() for account in plan._accounts if not account.existing_id}
    for account in plan._accounts:
        if isinstance(account.values.get("parent_id"), _Account):  # a holding new in the file
            account.values["parent_id"] = new_ids[account.values["parent_id"]]
    # the new accounts first: a stored account may be pointed at one of them; a new one
    # at a holding also new, once every new account exists
    fresh, new = [a for a in plan._accounts if a.existing_id is None], set(new_ids.values())
    later = {account: account.values["parent_id"] for account in fresh
             if account.values.get("parent_id") in new}
    NewAccounts(session).write([_new_account(account, new_ids[account], year,
                                             with_holding=account not in later)
                                for account in fresh])
    set_holdings(session, [(new_ids[account], holding) for account, holding in later.items()])
    for account in plan._accounts:
        if account.existing_id is None:
            continue
        account_id = account.existing_id
        changes = account.changes()
        potential = changes.pop("potential", None)
        _change(existing[account_id], changes)
        if potential is not None and account_id in potentials:
            potentials[account_id].amount = potential
        elif potential is not None:
            session.add(Potential(account_id=account_id, year=year, amount=potential))
        for person in account.contacts.values():
            if person.existing_id is None:
                session.add(Contact(account_id=account_id,
                                    **{**person.values, "name": person.name}))
            else:
                _change(people[person.existing_id], person.changes())
    session.flush()
    return plan


def _new_account(account: _Account, account_id: uuid.UUID, year: int,
                 with_holding: bool) -> Record:
    """A new account of the file, with its contacts and potential, as the interchange
    file's records are written; without its holding unless ``with_holding``."""
    values = dict(account.values)
    potential = values.pop("potential", None)
    if not with_holding:
        values.pop("parent_id", None)
    where = f"line {account.line}"
    sections = {"contacts": [Record(Contact, where, None, {**person.values, "name": person.name})
                             for person in account.contacts.values()]}
    if potential is not None:
        sections["potentials"] = [Record(Potential, where, None,
                                         {"year": year, "amount": potential})]
    return Record(Account, where, account_id, {**values, "name": account.name},
                  sections=sections)


def _load(session: Session, entity: type, ids: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
    found = {}
    for start in range(0, len(ids), 500):
        found.update((record.id, record) for record in session.scalars(
            select(entity).where(entity.id.in_(ids[start:start + 500]))))
    return found


def _change(record: Any, changes: dict[str, Any]) -> None:
    for column, value in changes.items():
        setattr(record, column, value)
