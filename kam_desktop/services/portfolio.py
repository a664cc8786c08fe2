"""Reading the portfolio as a whole: one row per account, computed in a few queries
(never one query per account), so that 5,000 accounts load in well under a second."""
from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from operator import attrgetter

from sqlalchemy import ColumnElement, String, func, select, type_coerce
from sqlalchemy.orm import Session

from kam_desktop.domain.abc import abc_classes, last_full_year
from kam_desktop.domain.deals import average
from kam_desktop.domain.enums import ActionStatus
from kam_desktop.domain.ladder import shown_level
from kam_desktop.domain.money import DEFAULT_CURRENCY, convert_by_account
from kam_desktop.domain.periods import Period
from kam_desktop.domain.wallet import previous_period, share_against
from kam_desktop.services.account_row import AccountRow, name_rows, search_text
from kam_desktop.services.completeness import dossier_completeness
from kam_desktop.services.exchange_rates import rate_book
from kam_desktop.store import last_met
from kam_desktop.store.database import named_rows, reads_mapped
from kam_desktop.store.first_screen import ACCOUNT_COLUMNS
from kam_desktop.store.functions import casefold, potential_in_force
from kam_desktop.store.models import (
    Account,
    Contact,
    Deal,
    DiaryEntry,
    Goal,
    LadderAssessment,
    PlanAction,
    Revenue,
    ValueEntry,
)

_OPEN_ACTIONS = (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)


_account = Account.__table__


def _account_columns():
    """The columns of store.first_screen.ACCOUNT_COLUMNS, sorted by name as it sorts."""
    return select(*(_account.c[column] for column in ACCOUNT_COLUMNS)) \
        .order_by(_account.c.name)


def _accounts_with_sums(today: date, year: Period, before: Period):
    """Each account, by id, with what is summed or picked per account in SQL: its
    contacts, its potentials in force this year, in ``year`` and in ``before``, its
    revenue in those two periods, its value this year and its deals. One row per account
    rather than a query per figure: the rows cross into Python once. By id, not by name:
    the lookups per account then walk the indexes on account ids in their order (at
    20,000 accounts, in the order of names the query took a third longer).

    Written on the tables rather than the mapped classes: the window's first read of the
    figures compiles it without waiting for SQLAlchemy to configure every mapper (50 ms,
    done meanwhile by the read beside it), and so its SQL runs while that goes on."""
    contact, value_entry, deal, revenue = (model.__table__ for model in
                                           (Contact, ValueEntry, Deal, Revenue))
    contacts = select(contact.c.account_id, func.count().label("count"),
                      func.aggregate_strings(contact.c.name, " ").label("names")) \
        .group_by(contact.c.account_id).subquery()
    value = select(value_entry.c.account_id,
                   func.sum(value_entry.c.client_benefit).label("total")) \
        .where(value_entry.c.date >= date(today.year, 1, 1), value_entry.c.date <= today) \
        .group_by(value_entry.c.account_id).subquery()
    deals = select(deal.c.account_id, func.count().label("count"),
                   func.max(deal.c.date).label("last"), func.sum(deal.c.amount).label("total")) \
        .group_by(deal.c.account_id).subquery()

    def revenue_in(period: Period):
        return select(revenue.c.amount).where(revenue.c.account_id == _account.c.id,
                                              revenue.c.period == str(period)).scalar_subquery()

    return _account_columns().add_columns(
        _stored(_account.c.id).label("key"), _account.c.last_met,
        last_met.fresh(_account.c.last_met, _account.c.next_met, today).label("met_fresh"),
        contacts.c.count.label("contacts"), contacts.c.names.label("contact_names"),
        potential_in_force(today.year).label("potential"),
        potential_in_force(year.year).label("year_potential"),
        potential_in_force(before.year).label("potential_before"),
        revenue_in(year).label("revenue"), revenue_in(before).label("revenue_before"),
        value.c.total.label("value"), deals.c.count.label("deals"),
        deals.c.last.label("last_deal"), deals.c.total.label("deal_total"),
    ).outerjoin(contacts, contacts.c.account_id == _account.c.id) \
        .outerjoin(value, value.c.account_id == _account.c.id) \
        .outerjoin(deals, deals.c.account_id == _account.c.id) \
        .order_by(None).order_by(_account.c.id)


def _last_met(session: Session, accounts, today: date) -> dict[uuid.UUID, date | None]:
    """The day each account was last met up to ``today``: read with its row (see
    store.last_met), derived again only for the few a planned meeting has overtaken."""
    found = {row.id: row.last_met for row in accounts if row.met_fresh}
    found.update(last_met.last_met_of_accounts(
        session.connection(), [row.id for row in accounts if not row.met_fresh], today))
    return found


def _stored(account_id: ColumnElement) -> ColumnElement:
    """An account id as the database holds it: the figures are matched to their accounts
    on these plain values, and only each account's own id is made a UUID (tens of
    thousands of UUIDs made and hashed took a third of the portfolio's read)."""
    return type_coerce(account_id, String)


def list_account_names(session: Session) -> list[AccountRow]:
    """Every account without its figures, in one query: the portfolio shown at once
    (the window's first screen reads the same rows without SQLAlchemy, store.first_screen)."""
    return name_rows(session.connection().execute(_account_columns()))


@reads_mapped
def list_accounts(session: Session, *, today: date, main_currency: str = DEFAULT_CURRENCY,
                  completeness: bool = True) -> list[AccountRow]:
    """Every account with its portfolio figures, sorted by name. ABC classes are by
    the last full year's revenue converted to ``main_currency`` (domain.money); an account
    whose currency has no rate for that year is in no class and says so (``no_rate``).
    ``completeness=False`` leaves the dossiers' completeness out (None): the window reads
    it only while its column shows."""
    year = last_full_year(today)
    before = previous_period(year)
    connection = session.connection()  # Core rows: no ORM loading per row
    accounts = named_rows(connection, _accounts_with_sums(today, year, before))
    accounts.sort(key=attrgetter("name"))  # code points: as SQLite's BINARY sorts UTF-8
    newest_first = func.row_number().over(partition_by=LadderAssessment.account_id,
                                          order_by=LadderAssessment.date.desc())
    assessments = select(_stored(LadderAssessment.account_id).label("account_id"),
                         LadderAssessment.our_view,
                         LadderAssessment.client_view, LadderAssessment.answers,
                         newest_first.label("rank")).subquery()
    ladder = {row.account_id: shown_level(row.our_view, row.client_view, row.answers)
              for row in named_rows(connection, select(assessments).where(assessments.c.rank == 1))}
    next_steps: dict[str, tuple[date, str]] = {}
    for account_id, due, text in connection.execute(
            select(_stored(DiaryEntry.account_id), DiaryEntry.next_step_due, DiaryEntry.next_step)
            .where(DiaryEntry.done.is_(False), DiaryEntry.next_step_due.is_not(None))
            .order_by(DiaryEntry.next_step_due.desc())):
        next_steps[account_id] = (due, text)  # the earliest due date wins
    last_contact = _last_met(session, accounts, today)
    filled = dossier_completeness(session, today=today) if completeness else {}
    late_actions = set(connection.execute(
        select(_stored(Goal.account_id)).join(PlanAction)
        .where(PlanAction.status.in_(_OPEN_ACTIONS), PlanAction.due < today)).scalars())

    converted, conversion = convert_by_account(
        {row.id: (row.revenue, row.currency) for row in accounts}, year,
        rate_book(session, main_currency))
    classes = abc_classes(converted)
    left_out = conversion.accounts_left_out()
    rows = []
    for row in accounts:
        key = row.key
        share = None if row.revenue is None else share_against(row.revenue, row.year_potential, year)
        share_before = None if row.revenue_before is None \
            else share_against(row.revenue_before, row.potential_before, before)
        due, step = next_steps.get(key, (None, None))
        seen = last_contact.get(row.id)
        rows.append(AccountRow(
            id=row.id, name=row.name, category=row.category, lifecycle=row.lifecycle,
            abc=classes.get(row.id), no_rate=row.id in left_out, owner=row.owner,
            contacts=row.contacts or 0,
            potential=row.potential, revenue_last_year=row.revenue,
            share_of_wallet=share, year_potential=row.year_potential,
            share_change=None if share is None or share_before is None else share - share_before,
            ladder_level=ladder.get(key), value_this_year=row.value or Decimal(0),
            next_step=step, next_step_due=due,
            days_since_contact=None if seen is None else (today - seen).days,
            overdue=(due is not None and due < today) or key in late_actions,
            search_text=search_text(row.name, row.legal_name, row.inn, [row.contact_names or ""]),
            currency=row.currency, deals=row.deals or 0, last_deal=row.last_deal,
            average_deal=average(row.deal_total or Decimal(0), row.deals or 0),
            completeness=filled.get(row.id), parent_id=row.parent_id,
        ))
    return rows


def accounts_mentioning(session: Session, text: str) -> set[uuid.UUID]:
    """Accounts whose diary mentions ``text`` (in a summary or a next step)."""
    pattern = "%" + text.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return set(session.scalars(select(DiaryEntry.account_id).where(
        casefold(DiaryEntry.summary).like(pattern, escape="\\")
        | casefold(DiaryEntry.next_step).like(pattern, escape="\\")).distinct()))
