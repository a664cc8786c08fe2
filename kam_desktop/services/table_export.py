"""Tables out to CSV or XLSX: the portfolio (the columns of the Portfolio tab), and the
contacts, plan actions and value entries of some accounts or of all.

Numbers, money and dates stay numbers and dates in the spreadsheet; text that a
spreadsheet would run as a formula is neutralised (see services.tabular). A contact's
personal questionnaire is never exported: only the contact's own columns are read.
Headers and the names of categories, stages and statuses are in the export's
language ("ru" or "en"), in the glossary's words, as in the window and the reports.
"""
from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.domain.enums import LadderLevel
from kam_desktop.domain import glossary
from kam_desktop.domain.roles import role_for
from kam_desktop.domain.text import Text
from kam_desktop.domain.value import credited_department
from kam_desktop.domain.deals import PurchaseMetrics
from kam_desktop.services.deal_figures import deal_figures
from kam_desktop.services.errors import InputError
from kam_desktop.domain.money import DEFAULT_CURRENCY
from kam_desktop.services.portfolio import list_accounts
from kam_desktop.services.table_writing import Column, write_table
from kam_desktop.store.models import Account, Contact, Goal, PlanAction, TeamMember, ValueEntry

KINDS = ("portfolio", "contacts", "actions", "value")

#: the headers that are not shared terms of the glossary (kam_desktop.domain.glossary)
OWN_HEADERS: dict[str, dict[str, str]] = {
    "ru": {
        "sheet.portfolio": "Портфель", "sheet.contacts": "Контакты",
        "sheet.actions": "План развития", "sheet.value": "Стоимостное досье",
        "share": "Доля в закупках, %", "share_change": "Изменение доли, п. п.",
        "name": "ФИО", "position": "Должность", "department": "Подразделение",
        "reports_to": "Подчиняется", "email": "E-mail", "phone": "Телефон",
        "interest": "Интерес", "involvement": "Вовлечённость",
        "mirrored_by": "Зеркальный контакт у нас",
        "left_on": "Ушёл", "left_to": "Куда ушёл",
        "client_goal": "Цель клиента", "our_goal": "Наша цель", "action": "Действие",
        "date": "Дата", "title": "Название",
        "description": "Описание", "client_department": "Подразделение клиента",
        "currency": "Валюта", "acknowledged": "Подтверждено клиентом",
        "delivered_by": "Кто выполнил", "our_department": "Наше подразделение",
        "yes": "да", "no": "нет",
        "deals": "Сделок", "repeat_rate": "Повторные покупки, %",
        "purchase_interval": "Частота покупок, дней", "average_deal": "Средняя сделка",
        "last_deal": "Последняя сделка",
    },
    "en": {
        "sheet.portfolio": "Portfolio", "sheet.contacts": "Contacts",
        "sheet.actions": "Development plan", "sheet.value": "Value dossier",
        "share": "Share of wallet, %", "share_change": "Share change, pp",
        "name": "Name", "position": "Position", "department": "Department",
        "reports_to": "Reports to", "email": "E-mail", "phone": "Phone",
        "interest": "Interest", "involvement": "Involvement", "mirrored_by": "Mirrored by",
        "left_on": "Left on", "left_to": "Left to",
        "client_goal": "Client's goal", "our_goal": "Our goal", "action": "Action",
        "date": "Date", "title": "Title",
        "description": "Description", "client_department": "Client's department",
        "currency": "Currency", "acknowledged": "Acknowledged by the client",
        "delivered_by": "Delivered by", "our_department": "Our department",
        "yes": "yes", "no": "no",
        "deals": "Deals", "repeat_rate": "Repeat purchases, %",
        "purchase_interval": "Purchase frequency, days", "average_deal": "Average deal",
        "last_deal": "Last deal",
    },
}


@dataclass(frozen=True)
class Sheet:
    title: str
    columns: tuple[Column, ...]
    rows: list[list[Any]]


def account_ids_by_name(session: Session, names: Sequence[str]) -> list[uuid.UUID]:
    ids = []
    for name in names:
        account_id = session.scalar(select(Account.id).where(Account.name == name))
        if account_id is None:
            raise InputError("account", Text("no account is called {name}", name=repr(name)))
        ids.append(account_id)
    return ids


def build_sheet(session: Session, *, kind: str, language: str, today: date,
                account_ids: Sequence[uuid.UUID] | None = None,
                main_currency: str = DEFAULT_CURRENCY) -> Sheet:
    """The rows of one kind of table; ``account_ids`` limits them to those accounts. The
    portfolio's ABC classes compare the accounts in ``main_currency``."""
    words = glossary.TERMS[glossary.check_language(language)] | OWN_HEADERS[language]
    builders = {"portfolio": partial(_portfolio, main_currency=main_currency),
                "contacts": _contacts, "actions": _actions, "value": _value}
    if kind not in builders:
        raise InputError("kind", Text("{value} is not one of: {allowed}", value=repr(kind),
                                      allowed=", ".join(KINDS)))
    wanted = None if account_ids is None else set(account_ids)
    columns, rows = builders[kind](session, language, words, today, wanted)
    return Sheet(words[f"sheet.{kind}"], tuple(Column(words[key], type_, width)
                                                 for key, type_, width in columns), rows)


def export_table(session: Session, *, kind: str, path: Path, language: str, today: date,
                 account_ids: Sequence[uuid.UUID] | None = None,
                 main_currency: str = DEFAULT_CURRENCY) -> int:
    """Write one kind of table to ``path`` (.csv or .xlsx); returns the number of rows."""
    sheet = build_sheet(session, kind=kind, language=language, today=today,
                        account_ids=account_ids, main_currency=main_currency)
    write_table(path, sheet.columns, sheet.rows, title=sheet.title, language=language)
    return len(sheet.rows)


def _percent(fraction: Decimal | None) -> Decimal | None:
    return None if fraction is None else (fraction * 100).quantize(Decimal("0.1"))


def _portfolio(session, language, words, today, wanted, main_currency):
    columns = [("account", "text", 32), ("category", "text", 20), ("stage", "text", 14),
               ("abc", "text", 6), ("currency", "text", 8), ("potential", "money", 16),
               ("share", "number", 12),
               ("share_change", "number", 12), ("ladder", "text", 28),
               ("value_this_year", "money", 16), ("next_step", "text", 40),
               ("due", "date", 12), ("silent_days", "integer", 10), ("owner", "text", 20),
               ("deals", "integer", 8), ("repeat_rate", "number", 12),
               ("purchase_interval", "number", 12), ("average_deal", "money", 16),
               ("last_deal", "date", 12)]
    rows = []
    purchases = deal_figures(session, today=today, account_ids=wanted)
    for row in list_accounts(session, today=today, main_currency=main_currency):
        if wanted is not None and row.id not in wanted:
            continue
        bought = purchases.get(row.id)
        rows.append([
            row.name, glossary.name(language, row.category),
            glossary.name(language, row.lifecycle),
            row.abc.value if row.abc else None, row.currency, row.potential,
            _percent(row.share_of_wallet), _percent(row.share_change),
            glossary.name(language, LadderLevel(row.ladder_level)) if row.ladder_level else None,
            row.value_this_year, row.next_step, row.next_step_due, row.days_since_contact,
            row.owner, *_purchase_cells(bought),
        ])
    return columns, rows


def _purchase_cells(figures: PurchaseMetrics | None) -> list[Any]:
    """Deals, repeat-purchase rate (%), days between purchases, average deal, last deal."""
    if figures is None:
        return [0, None, None, None, None]
    rate = None if figures.repeat_rate is None else Decimal(str(figures.repeat_rate))
    interval = None if figures.interval_days is None \
        else Decimal(str(figures.interval_days)).quantize(Decimal("0.1"))
    return [figures.deals, _percent(rate), interval, figures.average_deal, figures.last_deal]


def _only(query, wanted):
    return query if wanted is None else query.where(Account.id.in_(wanted))


def _contacts(session, language, words, today, wanted):
    columns = [("account", "text", 28), ("name", "text", 28), ("position", "text", 24),
               ("department", "text", 20), ("reports_to", "text", 24), ("email", "text", 26),
               ("phone", "text", 18), ("role", "text", 14), ("interest", "number", 10),
               ("involvement", "number", 12), ("stance", "text", 14),
               ("mirrored_by", "text", 24), ("left_on", "date", 12), ("left_to", "text", 24)]
    contacts = session.execute(_only(
        select(Account.name.label("account"), Contact.id, Contact.name, Contact.position,
               Contact.department, Contact.reports_to_id, Contact.email, Contact.phone,
               Contact.interest, Contact.involvement, Contact.stance, Contact.left_on, Contact.left_to).join(Account), wanted)
        .order_by(Account.name, Contact.name)).all()
    names = {c.id: c.name for c in contacts}
    mirrored_by = _mirrors(session, wanted)
    missing = {c.reports_to_id for c in contacts if c.reports_to_id and c.reports_to_id not in names}
    if missing:
        names.update(session.execute(select(Contact.id, Contact.name)
                                     .where(Contact.id.in_(missing))).all())
    rows = [[c.account, c.name, c.position, c.department, names.get(c.reports_to_id),
             c.email, c.phone, glossary.name(language, role_for(c.interest, c.involvement)),
             c.interest, c.involvement, glossary.name(language, c.stance),
             mirrored_by.get(c.id), c.left_on, c.left_to] for c in contacts]
    return columns, rows


def _mirrors(session, wanted) -> dict:
    """contact id -> the names of the team members mirroring them, joined."""
    found: dict = {}
    for contact_id, name in session.execute(_only(
            select(TeamMember.mirrors_id, TeamMember.name).join(Account)
            .where(TeamMember.mirrors_id.is_not(None)), wanted).order_by(TeamMember.name)):
        found[contact_id] = f"{found[contact_id]}, {name}" if contact_id in found else name
    return found


def _actions(session, language, words, today, wanted):
    columns = [("account", "text", 28), ("client_goal", "text", 36), ("our_goal", "text", 36),
               ("action", "text", 40), ("owner", "text", 20), ("due", "date", 12),
               ("status", "text", 14)]
    actions = session.execute(_only(
        select(Account.name.label("account"), Goal.client_goal, Goal.our_goal,
               PlanAction.title, PlanAction.owner, PlanAction.due, PlanAction.status)
        .join(Goal, PlanAction.goal_id == Goal.id).join(Account, Goal.account_id == Account.id),
        wanted)).all()
    actions.sort(key=lambda a: (a.account.casefold(), a.due or date.max, a.title.casefold()))
    rows = [[a.account, a.client_goal, a.our_goal, a.title, a.owner, a.due,
             glossary.name(language, a.status)] for a in actions]
    return columns, rows


def _value(session, language, words, today, wanted):
    columns = [("account", "text", 28), ("date", "date", 12), ("kind_of_work", "text", 24),
               ("title", "text", 36), ("description", "text", 48),
               ("client_department", "text", 20), ("currency", "text", 8),
               ("our_cost", "money", 14), ("client_benefit", "money", 14),
               ("acknowledged", "text", 12), ("delivered_by", "text", 24),
               ("our_department", "text", 20)]
    entries = session.execute(_only(
        select(Account.name.label("account"), Account.currency, ValueEntry.date,
               ValueEntry.kind, ValueEntry.title, ValueEntry.description,
               ValueEntry.department, ValueEntry.our_cost, ValueEntry.client_benefit,
               ValueEntry.acknowledged, ValueEntry.delivered_by_department,
               TeamMember.name.label("member"), TeamMember.department.label("member_department"))
        .join(Account, Account.id == ValueEntry.account_id)
        .outerjoin(TeamMember, TeamMember.id == ValueEntry.delivered_by_id), wanted)
        .order_by(Account.name, ValueEntry.date, ValueEntry.title)).all()
    rows = [[e.account, e.date, glossary.name(language, e.kind), e.title, e.description,
             e.department, e.currency, e.our_cost, e.client_benefit,
             words["yes"] if e.acknowledged else words["no"], e.member,
             credited_department(e.delivered_by_department, e.member_department)]
            for e in entries]
    return columns, rows
