"""Reading one account's whole dossier as plain data for the views (no ORM objects
leave this module), with everything derived already computed: roles, shares of
wallet, suggested ladder levels, plan progress and value totals."""
from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kam_desktop.domain import value as value_rules
from kam_desktop.domain.completeness import Completeness
from kam_desktop.domain.deals import DealPoint, PurchaseMetrics, purchase_metrics
from kam_desktop.domain.enums import CONSENT_FIELDS, PERSONAL_FIELDS
from kam_desktop.domain.ladder import suggest_level
from kam_desktop.domain.lifecycle_movement import in_order
from kam_desktop.domain.opportunity import DEFAULT_PERSON_DAY_COST, order_key, priority
from kam_desktop.domain.periods import Period, parse_period
from kam_desktop.domain.revenue import revenue_in_span
from kam_desktop.domain.plan import Progress, plan_progress
from kam_desktop.domain.roles import role_for
from kam_desktop.domain.rolemap import mirrors_by_contact
from kam_desktop.domain.wallet import potential_in, share_changes, share_of_wallet
from kam_desktop.services.completeness import account_completeness
from kam_desktop.services.contacts import predecessors
from kam_desktop.services.errors import InputError
from kam_desktop.store.models import (
    Account,
    Base,
    Contact,
    DiaryEntry,
    Goal,
    Loss,
    Potential,
    TeamMember,
)

Row = dict[str, Any]


@dataclass(frozen=True)
class ValueSummary:
    total: value_rules.ValueTotals
    by_kind: dict
    by_year: dict
    by_department: dict
    #: internal: what each of our people and each of our departments delivered
    by_person: dict
    by_our_department: dict
    #: the client's benefit from all entries against our revenue of all recorded years
    value_to_revenue: Decimal | None


@dataclass
class Dossier:
    """One account's dossier, or the parts of it read so far (:data:`PARTS`): a window
    reads the header and the part its first section shows, then each other part when a
    section needing it is first shown (:meth:`take`)."""

    account: Row
    #: the parts the dossier must hold, and which of them it lacks
    completeness: Completeness | None
    #: record kind (store.kinds) -> rows
    sections: dict[str, list[Row]] = field(default_factory=dict)
    progress: Progress | None = None
    value: ValueSummary | None = None
    purchases: PurchaseMetrics | None = None
    #: the keys of :data:`PARTS` read
    parts: set[str] = field(default_factory=set)

    def take(self, other: Dossier) -> None:
        """Add the parts ``other`` read (of the same account) to these."""
        self.sections.update(other.sections)
        for name in ("progress", "value", "purchases"):
            if getattr(other, name) is not None:
                setattr(self, name, getattr(other, name))
        self.parts |= other.parts


@dataclass(frozen=True)
class Reading:
    """What a part is read with: the day (purchase figures, the potential in force) and
    the cost of a person-day (opportunities' priority)."""

    today: date
    person_day_cost: int


#: a part reads what it holds of one account: some ``sections``, perhaps ``progress``,
#: ``value`` or ``purchases`` (the fields of :class:`Dossier`)
PartReader = Callable[[Session, uuid.UUID, Reading], dict[str, Any]]


def _row(record: Base) -> Row:
    return {column.key: getattr(record, column.key) for column in record.__mapper__.column_attrs}


def load_dossier(session: Session, account_id: uuid.UUID, *,
                 person_day_cost: int = DEFAULT_PERSON_DAY_COST,
                 today: date | None = None) -> Dossier:
    """Everything one account's dossier shows; opportunities best first, with the
    person-days they need valued at ``person_day_cost``; purchase figures as of
    ``today`` (the real today unless given)."""
    return read_dossier(session, account_id, parts=PARTS, person_day_cost=person_day_cost,
                        today=today)


def read_dossier(session: Session, account_id: uuid.UUID, *, parts: Iterable[str],
                 person_day_cost: int = DEFAULT_PERSON_DAY_COST,
                 today: date | None = None, header: bool = True) -> Dossier:
    """The account's header (its own fields, the potential in force this year, the
    completeness) and the ``parts`` named (keys of :data:`PARTS`), as a dossier window
    opens; without the header (empty) as it first shows another section."""
    reading = Reading(today or date.today(), person_day_cost)
    dossier = Dossier(*_header(session, account_id, reading.today)) if header \
        else Dossier({}, None)
    for name in dict.fromkeys(parts):
        read = PARTS[name](session, account_id, reading)
        dossier.sections.update(read.pop("sections", {}))
        for field_name, value in read.items():
            setattr(dossier, field_name, value)
        dossier.parts.add(name)
    return dossier


def _header(session: Session, account_id: uuid.UUID, today: date
            ) -> tuple[Row, Completeness | None]:
    account = _account(session, account_id)
    potentials = dict(session.execute(select(Potential.year, Potential.amount)
                                      .where(Potential.account_id == account_id)).all())
    # the potential in force this year, where the profile and the meeting pack show it
    row = _row(account) | {"potential": potential_in(potentials, Period(today.year))}
    return row, account_completeness(session, account_id=account_id, today=today)


def _account(session: Session, account_id: uuid.UUID, *loads) -> Account:
    """The account with the children ``loads`` name read in one query each."""
    account = session.scalar(select(Account).where(Account.id == account_id)
                             .options(*loads).execution_options(populate_existing=True))
    if account is None:
        raise InputError("account", "the account no longer exists")
    return account


def _people_names(session: Session, account_id: uuid.UUID) -> dict[uuid.UUID, str]:
    """The names of the account's contacts and of its team, by id."""
    return dict(session.execute(
        select(Contact.id, Contact.name).where(Contact.account_id == account_id)
        .union_all(select(TeamMember.id, TeamMember.name)
                   .where(TeamMember.account_id == account_id))).all())


def _read_people(session, account_id, _reading):
    account = _account(session, account_id,
                       selectinload(Account.contacts).selectinload(Contact.personal),
                       selectinload(Account.team))
    names = {c.id: c.name for c in account.contacts} | {t.id: t.name for t in account.team}
    mirrors = mirrors_by_contact((t.mirrors_id, t.name, t.level) for t in account.team)
    came_from = predecessors(session, [c.id for c in account.contacts])
    moved_to = _successor_accounts(session, account)
    return {"sections": {
        "contact": [_contact(c, names) | {"came_from": came_from.get(c.id),
                                          "moved_to": moved_to.get(c.successor_id),
                                          "mirrored_by": mirrors.get(c.id, ())}
                    for c in account.contacts],
        "team_member": [_row(t) | {"mirrors": names.get(t.mirrors_id)} for t in account.team],
    }}


def _read_diary(session, account_id, _reading):
    account = _account(session, account_id,
                       selectinload(Account.diary).selectinload(DiaryEntry.attendees))
    names = _people_names(session, account_id)
    return {"sections": {"diary_entry": [
        _diary(e, names) for e in sorted(account.diary, key=lambda e: e.date, reverse=True)]}}


def _read_ladder(session, account_id, _reading):
    account = _account(session, account_id, selectinload(Account.ladder))
    return {"sections": {"ladder_assessment": [
        _row(a) | {"suggested": suggest_level(a.answers or {})}
        for a in sorted(account.ladder, key=lambda a: a.date, reverse=True)]}}


def _read_opportunities(session, account_id, reading):
    account = _account(session, account_id, selectinload(Account.opportunities))
    goals = dict(session.execute(select(Goal.id, Goal.our_goal)
                                 .where(Goal.account_id == account_id)).all())
    return {"sections": {"opportunity": sorted(
        (_opportunity(o, reading.person_day_cost) | {"goal": goals.get(o.goal_id)}
         for o in account.opportunities), key=lambda o: order_key(o["priority"]))}}


def _read_plan(session, account_id, _reading):
    account = _account(session, account_id,
                       selectinload(Account.goals).selectinload(Goal.actions))
    return {"sections": {
        "goal": [_row(g) | {"progress": plan_progress(a.status for a in g.actions)}
                 for g in account.goals],
        "plan_action": [_row(a) for g in account.goals for a in g.actions],
    }, "progress": plan_progress(a.status for g in account.goals for a in g.actions)}


def _read_value(session, account_id, _reading):
    account = _account(session, account_id, selectinload(Account.value_entries),
                       selectinload(Account.statistics), selectinload(Account.team),
                       selectinload(Account.revenue))
    team = {t.id: t.name for t in account.team}
    return {"sections": {
        "value_entry": [_row(v) | {"delivered_by": team.get(v.delivered_by_id)}
                        for v in sorted(account.value_entries, key=lambda v: v.date,
                                        reverse=True)],
        "statistic": [_row(s) for s in account.statistics],
    }, "value": _value_summary(account)}


def _read_revenue(session, account_id, _reading):
    account = _account(session, account_id, selectinload(Account.revenue),
                       selectinload(Account.potentials))
    potentials = {p.year: p.amount for p in account.potentials}
    return {"sections": {
        "revenue": _revenue(account, potentials),
        "potential": [_row(p) for p in sorted(account.potentials, key=lambda p: p.year,
                                              reverse=True)],
    }}


def _read_deals(session, account_id, reading):
    account = _account(session, account_id, selectinload(Account.deals))
    return {"sections": {"deal": [_row(d) for d in sorted(account.deals, key=lambda d: d.date,
                                                           reverse=True)]},
            "purchases": purchase_metrics((DealPoint(d.date, d.amount) for d in account.deals),
                                          reading.today)}


def _read_involvement(session, account_id, _reading):
    account = _account(session, account_id, selectinload(Account.involvement))
    return {"sections": {"involvement_share": [_row(i) for i in account.involvement]}}


def _read_barriers(session, account_id, _reading):
    account = _account(session, account_id, selectinload(Account.switching_barriers),
                       selectinload(Account.cooling_reasons))
    return {"sections": {
        "switching_barrier": [_row(b) for b in account.switching_barriers],
        "cooling_reason": [_row(c) for c in sorted(account.cooling_reasons,
                                                   key=lambda c: c.date, reverse=True)],
    }}


def _read_losses(session, account_id, _reading):
    account = _account(session, account_id,
                       selectinload(Account.losses).selectinload(Loss.actions))
    return {"sections": {
        "loss": [_row(loss) for loss in sorted(account.losses, key=lambda loss: loss.date,
                                               reverse=True)],
        "win_back_action": [_row(a) for loss in account.losses for a in loss.actions],
    }}


def _read_lifecycle(session, account_id, _reading):
    account = _account(session, account_id, selectinload(Account.lifecycle_history))
    return {"sections": {
        "lifecycle_change": [_row(c) for c in reversed(in_order(account.lifecycle_history))]}}


#: every part of a dossier by name, each read on its own: a dossier section declares the
#: parts it shows (``reads``) and a new part is one more reader here
PARTS: dict[str, PartReader] = {
    "people": _read_people,  # contact, team_member
    "diary": _read_diary,  # diary_entry
    "ladder": _read_ladder,  # ladder_assessment
    "opportunities": _read_opportunities,  # opportunity
    "plan": _read_plan,  # goal, plan_action; progress
    "value": _read_value,  # value_entry, statistic; value
    "revenue": _read_revenue,  # revenue, potential
    "deals": _read_deals,  # deal; purchases
    "involvement": _read_involvement,  # involvement_share
    "barriers": _read_barriers,  # switching_barrier, cooling_reason
    "losses": _read_losses,  # loss, win_back_action
    "lifecycle": _read_lifecycle,  # lifecycle_change
}


def _contact(contact: Contact, names: dict[uuid.UUID, str]) -> Row:
    personal = contact.personal
    return _row(contact) | {
        "role": role_for(contact.interest, contact.involvement),
        "reports_to": names.get(contact.reports_to_id),
        "personal": {f: getattr(personal, f) for f in (*PERSONAL_FIELDS, *CONSENT_FIELDS)}
        if personal else {},
    }


def _successor_accounts(session: Session, account: Account) -> dict[uuid.UUID, Row]:
    """successor contact id -> the account they are a contact of now."""
    ids = [c.successor_id for c in account.contacts if c.successor_id is not None]
    if not ids:
        return {}
    rows = session.execute(select(Contact.id, Account.id, Account.name)
                           .join(Account, Account.id == Contact.account_id)
                           .where(Contact.id.in_(ids))).all()
    return {contact_id: {"account_id": account_id, "account": name}
            for contact_id, account_id, name in rows}


def _diary(entry: DiaryEntry, names: dict[uuid.UUID, str]) -> Row:
    people = [a.contact_id or a.team_member_id for a in entry.attendees]
    return _row(entry) | {"attendee_ids": people,
                          "attendees": sorted(names[p] for p in people if p in names)}


def _opportunity(opportunity, person_day_cost: int) -> Row:
    return _row(opportunity) | {"priority": priority(
        opportunity.benefit, opportunity.cost, opportunity.people, opportunity.days,
        person_day_cost)}


def _revenue(account: Account, potentials: dict[int, Decimal]) -> list[Row]:
    """Each period's revenue with the potential in force then and the share of wallet."""
    shares = {}
    rows = []
    for entry in account.revenue:
        period = parse_period(entry.period)
        share = share_of_wallet(entry.amount, potentials, period)
        if share is not None:
            shares[period] = share
        rows.append(_row(entry) | {"share": share, "_period": period,
                                   "potential": potential_in(potentials, period)})
    changes = share_changes(shares)
    for row in rows:
        row["share_change"] = changes.get(row.pop("_period"))
    return sorted(rows, key=lambda r: parse_period(r["period"]), reverse=True)


def _value_summary(account: Account) -> ValueSummary:
    team = {member.id: member for member in account.team}
    items = []
    for v in account.value_entries:
        member = team.get(v.delivered_by_id)
        items.append(value_rules.ValueItem(
            v.date, v.kind, v.department, v.our_cost, v.client_benefit, v.acknowledged,
            delivered_by=member and member.name,
            our_department=value_rules.credited_department(
                v.delivered_by_department, member and member.department)))
    total = value_rules.total(items)
    revenue = None
    if items:  # over the entries' span, as the value dossier without dates prints it
        days = [item.date for item in items]
        revenue = revenue_in_span([(r.period, r.amount) for r in account.revenue],
                                  min(days), max(days))
    ratio = value_rules.value_to_revenue(total.client_benefit, revenue and revenue.amount)
    return ValueSummary(total, value_rules.totals_by_kind(items),
                        value_rules.totals_by_year(items),
                        value_rules.totals_by_department(items),
                        value_rules.totals_by_person(items),
                        value_rules.totals_by_our_department(items), ratio)
