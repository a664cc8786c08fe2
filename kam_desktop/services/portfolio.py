"""Reading the portfolio as a whole: one row per account, computed in a few queries
(never one query per account), so that 5,000 accounts load in well under a second."""
from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kam_desktop.domain.abc import AbcClass, abc_classes, last_full_year
from kam_desktop.domain.completeness import Completeness
from kam_desktop.domain.deals import average
from kam_desktop.domain.enums import ActionStatus, Category, Lifecycle
from kam_desktop.domain.ladder import shown_level
from kam_desktop.domain.money import DEFAULT_CURRENCY, convert_by_account
from kam_desktop.domain.periods import Period
from kam_desktop.domain.wallet import Potentials, potential_in, previous_period, share_of_wallet
from kam_desktop.services.completeness import dossier_completeness
from kam_desktop.services.exchange_rates import rate_book
from kam_desktop.store import last_met
from kam_desktop.store.functions import casefold
from kam_desktop.store.models import (
    Account,
    Contact,
    Deal,
    DiaryEntry,
    Goal,
    LadderAssessment,
    PlanAction,
    Potential,
    Revenue,
    ValueEntry,
)

_OPEN_ACTIONS = (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)


@dataclass(frozen=True)
class AccountRow:
    """One account in the portfolio. The figures are None in a row from
    :func:`list_account_names`, which shows the portfolio before they are computed."""

    id: uuid.UUID
    name: str
    category: Category
    lifecycle: Lifecycle
    owner: str | None
    #: the potential in force this year (the latest estimate up to now)
    potential: Decimal | None
    #: name, legal name, INN and contact names, folded for the instant search
    search_text: str
    abc: AbcClass | None = None
    contacts: int | None = None
    revenue_last_year: Decimal | None = None
    share_of_wallet: Decimal | None = None
    #: the potential in force in the year of ``revenue_last_year``: the share's divisor
    year_potential: Decimal | None = None
    #: change of the share against the year before (None when either is unknown)
    share_change: Decimal | None = None
    ladder_level: int | None = None
    value_this_year: Decimal | None = None
    next_step: str | None = None
    next_step_due: date | None = None
    days_since_contact: int | None = None
    #: an open next step or plan action is past its due date
    overdue: bool = False
    #: the account's currency, in which its money figures are
    currency: str = "RUB"
    #: the account's deals: how many, the newest one's date and the average amount
    deals: int | None = None
    last_deal: date | None = None
    average_deal: Decimal | None = None
    #: the account has revenue in the last full year in a currency with no rate to the
    #: main currency for that year: it is in no ABC class (``abc`` is None)
    no_rate: bool = False
    #: which of the parts a dossier must hold it holds (domain.completeness)
    completeness: Completeness | None = None
    #: the holding the company belongs to (an account of the portfolio)
    parent_id: uuid.UUID | None = None

    def as_json(self) -> dict:
        def number(value):
            return None if value is None else float(value)

        return {
            "id": str(self.id), "name": self.name, "category": self.category.value,
            "lifecycle": self.lifecycle.value, "abc": self.abc and self.abc.value,
            "owner": self.owner,
            "contacts": self.contacts, "potential": number(self.potential),
            "revenue_last_year": number(self.revenue_last_year),
            "share_of_wallet": number(self.share_of_wallet),
            "share_change": number(self.share_change), "ladder_level": self.ladder_level,
            "value_this_year": number(self.value_this_year), "next_step": self.next_step,
            "next_step_due": self.next_step_due and self.next_step_due.isoformat(),
            "days_since_contact": self.days_since_contact, "overdue": self.overdue,
            "currency": self.currency, "deals": self.deals,
            "last_deal": self.last_deal and self.last_deal.isoformat(),
            "average_deal": number(self.average_deal), "no_rate": self.no_rate,
            "completeness": self.completeness and round(self.completeness.score, 2),
            "dossier_missing": self.completeness and list(self.completeness.missing),
            "parent_id": self.parent_id and str(self.parent_id),
        }


def _account_columns():
    return select(Account.id, Account.name, Account.legal_name, Account.inn, Account.category,
                  Account.lifecycle, Account.owner, Account.currency,
                  Account.parent_id).order_by(Account.name)


def _last_met(session: Session, accounts, today: date) -> dict[uuid.UUID, date | None]:
    """The day each account was last met up to ``today``: read with its row (see
    store.last_met), derived again only for the few a planned meeting has overtaken."""
    found = {row.id: row.last_met for row in accounts if row.met_fresh}
    found.update(last_met.last_met_of_accounts(
        session.connection(), [row.id for row in accounts if not row.met_fresh], today))
    return found


def account_potentials(session: Session) -> dict[uuid.UUID, Potentials]:
    """Every account's potentials by year (accounts without any are left out)."""
    found: dict[uuid.UUID, dict[int, Decimal]] = defaultdict(dict)
    for account_id, year, amount in session.connection().execute(
            select(Potential.account_id, Potential.year, Potential.amount)):
        found[account_id][year] = amount
    return found


def _search_text(row, contact_names: list[str]) -> str:
    return " ".join([row.name, row.legal_name or "", row.inn or "", *contact_names]).casefold()


def list_account_names(session: Session) -> list[AccountRow]:
    """Every account without its figures: two quick queries, to show the portfolio at once."""
    potentials = account_potentials(session)
    this_year = Period(date.today().year)
    return [AccountRow(id=row.id, name=row.name, category=row.category,
                       lifecycle=row.lifecycle, owner=row.owner,
                       potential=potential_in(potentials.get(row.id, {}), this_year),
                       search_text=_search_text(row, []), currency=row.currency,
                       parent_id=row.parent_id)
            for row in session.execute(_account_columns())]


def list_accounts(session: Session, *, today: date,
                  main_currency: str = DEFAULT_CURRENCY) -> list[AccountRow]:
    """Every account with its portfolio figures, sorted by name. ABC classes are by
    the last full year's revenue converted to ``main_currency`` (domain.money); an account
    whose currency has no rate for that year is in no class and says so (``no_rate``)."""
    year = last_full_year(today)
    before = previous_period(year)
    connection = session.connection()  # Core rows: no ORM loading per row
    accounts = connection.execute(_account_columns().add_columns(
        Account.last_met,
        last_met.fresh(Account.last_met, Account.next_met, today).label("met_fresh"))).all()
    potentials = account_potentials(session)

    # the names only feed the search: their order does not matter
    contact_names = {account_id: (count, names)
                     for account_id, count, names in connection.execute(
                         select(Contact.account_id, func.count(),
                                func.aggregate_strings(Contact.name, " "))
                         .group_by(Contact.account_id))}
    revenue = {(a, p): amount for a, p, amount in connection.execute(
        select(Revenue.account_id, Revenue.period, Revenue.amount)
        .where(Revenue.period.in_([str(year), str(before)])))}
    newest_first = func.row_number().over(partition_by=LadderAssessment.account_id,
                                          order_by=LadderAssessment.date.desc())
    assessments = select(LadderAssessment.account_id, LadderAssessment.our_view,
                         LadderAssessment.client_view, LadderAssessment.answers,
                         newest_first.label("rank")).subquery()
    ladder = {row.account_id: shown_level(row.our_view, row.client_view, row.answers)
              for row in connection.execute(select(assessments).where(assessments.c.rank == 1))}
    value = dict(connection.execute(
        select(ValueEntry.account_id, func.sum(ValueEntry.client_benefit))
        .where(ValueEntry.date >= date(today.year, 1, 1), ValueEntry.date <= today)
        .group_by(ValueEntry.account_id)).all())
    next_steps: dict[uuid.UUID, tuple[date, str]] = {}
    for account_id, due, text in connection.execute(
            select(DiaryEntry.account_id, DiaryEntry.next_step_due, DiaryEntry.next_step)
            .where(DiaryEntry.done.is_(False), DiaryEntry.next_step_due.is_not(None))
            .order_by(DiaryEntry.next_step_due.desc())):
        next_steps[account_id] = (due, text)  # the earliest due date wins
    last_contact = _last_met(session, accounts, today)
    deals = {account_id: (count, last, total) for account_id, count, last, total in
             connection.execute(select(Deal.account_id, func.count(), func.max(Deal.date),
                                    func.sum(Deal.amount)).group_by(Deal.account_id))}
    filled = dossier_completeness(session, today=today)
    late_actions = set(connection.execute(
        select(Goal.account_id).join(PlanAction)
        .where(PlanAction.status.in_(_OPEN_ACTIONS), PlanAction.due < today)).scalars())

    converted, conversion = convert_by_account(
        {row.id: (revenue.get((row.id, str(year))), row.currency) for row in accounts}, year,
        rate_book(session, main_currency))
    classes = abc_classes(converted)
    left_out = conversion.accounts_left_out()
    rows = []
    for row in accounts:
        own = potentials.get(row.id, {})
        last = revenue.get((row.id, str(year)))
        share = None if last is None else share_of_wallet(last, own, year)
        earlier = revenue.get((row.id, str(before)))
        share_before = None if earlier is None else share_of_wallet(earlier, own, before)
        due, step = next_steps.get(row.id, (None, None))
        seen = last_contact.get(row.id)
        contacts, names = contact_names.get(row.id, (0, ""))
        deal_count, last_deal, deal_total = deals.get(row.id, (0, None, Decimal(0)))
        rows.append(AccountRow(
            id=row.id, name=row.name, category=row.category, lifecycle=row.lifecycle,
            abc=classes.get(row.id), no_rate=row.id in left_out, owner=row.owner,
            contacts=contacts,
            potential=potential_in(own, Period(today.year)), revenue_last_year=last,
            share_of_wallet=share, year_potential=potential_in(own, year),
            share_change=None if share is None or share_before is None else share - share_before,
            ladder_level=ladder.get(row.id), value_this_year=value.get(row.id) or Decimal(0),
            next_step=step, next_step_due=due,
            days_since_contact=None if seen is None else (today - seen).days,
            overdue=(due is not None and due < today) or row.id in late_actions,
            search_text=_search_text(row, [names]), currency=row.currency,
            deals=deal_count, last_deal=last_deal, average_deal=average(deal_total, deal_count),
            completeness=filled.get(row.id), parent_id=row.parent_id,
        ))
    return rows


def accounts_mentioning(session: Session, text: str) -> set[uuid.UUID]:
    """Accounts whose diary mentions ``text`` (in a summary or a next step)."""
    pattern = "%" + text.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return set(session.scalars(select(DiaryEntry.account_id).where(
        casefold(DiaryEntry.summary).like(pattern, escape="\\")
        | casefold(DiaryEntry.next_step).like(pattern, escape="\\")).distinct()))
