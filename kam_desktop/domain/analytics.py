"""The numbers behind the portfolio dashboard's charts.

Every function takes plain data keyed by the caller's account identifiers and returns
the chart's series; each point or bar carries the identifiers of the accounts behind it
(``accounts``), so that a click on the chart can list them, in the order the input
gives them (sorting them would cost more than the rest: the viewer sorts by name). Money
stays Decimal, shares are fractions (0.25 = 25 %).
"""
from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from statistics import median
from typing import Any, Generic, TypeVar

from kam_desktop.domain import value as value_rules
from kam_desktop.domain.abc import AbcClass, abc_classes
from kam_desktop.domain.enums import (
    Category, LadderLevel, Lifecycle, LossCause, Stage, ValueKind)
from kam_desktop.domain.involvement import stage_problem
from kam_desktop.domain.periods import Period
from kam_desktop.domain.rolemap import (
    NO_LEADER,
    NO_TOP_TO_TOP,
    ONLY_ASSISTANTS_AND_BUTLERS,
    OPPONENT_IN_KEY_ROLE,
    MapCounts,
)
from kam_desktop.domain.wallet import Potentials, potential_in, share_of_wallet

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True)
class Bar(Generic[K]):
    """One bar (or point group) of a chart: what it stands for, its height, and the
    accounts behind it."""

    key: Any
    value: Decimal | float | int
    accounts: tuple[K, ...]


#: the bands of "days since the last deal" the dashboard counts accounts in: (first, last)
RECENCY_BANDS: tuple[tuple[int, int | None], ...] = (
    (0, 30), (31, 90), (91, 180), (181, 365), (366, None))


def recency_bars(last_deal: Mapping[K, date | None], today: date) -> list[Bar[K]]:
    """The accounts by days since their last deal, one bar per band of
    :data:`RECENCY_BANDS` (its key the band) and a last bar, key None, of the accounts
    without a deal."""
    bands: list[list[K]] = [[] for _ in range(len(RECENCY_BANDS) + 1)]
    for account, last in last_deal.items():
        if last is None:
            bands[-1].append(account)
            continue
        days = (today - last).days
        index = next(i for i, (_low, high) in enumerate(RECENCY_BANDS)
                     if high is None or days <= high)
        bands[index].append(account)
    keys = [*RECENCY_BANDS, None]
    return [Bar(key, len(accounts), tuple(accounts)) for key, accounts in zip(keys, bands)]


# --- ABC / Pareto --------------------------------------------------------------------


@dataclass(frozen=True)
class ParetoPoint(Generic[K]):
    account: K
    revenue: Decimal
    #: the share of the total revenue given by this account and all larger ones
    cumulative: Decimal
    abc: AbcClass


@dataclass(frozen=True)
class Pareto(Generic[K]):
    #: the accounts with revenue, largest first (as domain.abc orders them)
    points: tuple[ParetoPoint[K], ...]
    total: Decimal
    #: how many accounts are A, and A or B: where the cut lines stand on the curve
    a_count: int
    ab_count: int
    #: per class A, B, C, D: the revenue of its accounts, and the accounts (largest
    #: first; D in the order given)
    classes: tuple[Bar[K], ...]

    def class_at(self, position: int) -> AbcClass:
        """The class of the account at 0-based ``position`` along the curve."""
        return self.points[position].abc


def pareto(revenue_by_account: Mapping[K, Decimal | None]) -> Pareto[K]:
    """The cumulative revenue curve over the accounts sorted by revenue, with the A/B/C
    classes of domain.abc. Accounts without revenue are class D and not on the curve."""
    classes = abc_classes(revenue_by_account)
    earning = sorted(((key, revenue) for key, revenue in revenue_by_account.items()
                      if classes[key] is not AbcClass.D),
                     key=lambda pair: (-pair[1], str(pair[0])))
    total = sum((revenue for _, revenue in earning), Decimal(0))
    points, running = [], Decimal(0)
    for key, revenue in earning:
        running += revenue
        points.append(ParetoPoint(key, revenue, running / total, classes[key]))
    bars = []
    for abc in AbcClass:
        if abc is AbcClass.D:
            silent = tuple(key for key, value in classes.items() if value is abc)
            bars.append(Bar(abc, Decimal(0), silent))
            continue
        members = [p for p in points if p.abc is abc]  # along the curve
        bars.append(Bar(abc, sum((p.revenue for p in members), Decimal(0)),
                        tuple(p.account for p in members)))
    a_count = sum(p.abc is AbcClass.A for p in points)
    return Pareto(tuple(points), total, a_count,
                  a_count + sum(p.abc is AbcClass.B for p in points), tuple(bars))


# --- potential × share of wallet -------------------------------------------------------


@dataclass(frozen=True)
class WalletAccount(Generic[K]):
    account: K
    category: Category
    #: the account's potentials by year; the one in force in the map's year is used
    potentials: Potentials
    #: our revenue from the account in the year (None: not recorded)
    revenue: Decimal | None


@dataclass(frozen=True)
class WalletPoint(Generic[K]):
    account: K
    potential: Decimal  # x
    share: Decimal  # y
    revenue: Decimal  # bubble size
    category: Category  # colour


@dataclass(frozen=True)
class WalletMap(Generic[K]):
    points: tuple[WalletPoint[K], ...]  # largest revenue first
    median_potential: Decimal | None
    median_share: Decimal | None
    #: above-median potential and below-median share: where to grow
    growth: tuple[K, ...]
    #: accounts that cannot be placed: no potential or no revenue recorded
    unplaced: tuple[K, ...]


def wallet_map(accounts: Iterable[WalletAccount[K]], year: Period) -> WalletMap[K]:
    """Each account at (potential, share of wallet) for ``year``, sized by revenue and
    coloured by category; the medians split the map into quadrants."""
    points, unplaced = [], []
    for item in accounts:
        share = None if item.revenue is None else share_of_wallet(
            item.revenue, item.potentials, year)
        if share is None:
            unplaced.append(item.account)
        else:
            points.append(WalletPoint(item.account, potential_in(item.potentials, year), share,
                                      item.revenue, item.category))
    points.sort(key=lambda p: (-p.revenue, str(p.account)))
    if not points:
        return WalletMap((), None, None, (), tuple(unplaced))
    middle_potential = median(p.potential for p in points)
    middle_share = median(p.share for p in points)
    growth = [p.account for p in points
              if p.potential > middle_potential and p.share < middle_share]
    return WalletMap(tuple(points), middle_potential, middle_share, tuple(growth),
                     tuple(unplaced))


# --- supplier ladder -----------------------------------------------------------------

CLIMBED, UNCHANGED, SLIPPED, NEWLY_ASSESSED = "climbed", "unchanged", "slipped", "new"


@dataclass(frozen=True)
class LadderMovement(Generic[K]):
    since: date
    #: per rung 1–4: the accounts whose latest assessment puts them there
    now: tuple[Bar[K], ...]
    #: per rung 1–4: where the accounts stood on ``since`` (their latest assessment then)
    then: tuple[Bar[K], ...]
    not_assessed_now: tuple[K, ...]
    not_assessed_then: tuple[K, ...]
    #: climbed, unchanged, slipped, and first assessed after ``since``
    movement: tuple[Bar[K], ...]
    #: (rung then or None, rung now) -> accounts
    transitions: dict[tuple[int | None, int], tuple[K, ...]]


def _level_on(history: Sequence[tuple[date, int]], day: date | None) -> int | None:
    """The rung of the latest assessment on or before ``day`` (None: any day); on the
    same date the later one in the input counts (as in domain.ladder.level_trend)."""
    level = None
    for when, rung in sorted(history, key=lambda pair: pair[0]):
        if day is None or when <= day:
            level = int(rung)
    return level


def ladder_movement(accounts: Iterable[K], history: Mapping[K, Sequence[tuple[date, int]]],
                    since: date) -> LadderMovement[K]:
    """The distribution over the rungs now and on ``since``, and who moved between them.
    ``history`` holds each account's assessments as (date, the rung shown: the client's)."""
    now: dict[int, list[K]] = {level: [] for level in LadderLevel}
    then: dict[int, list[K]] = {level: [] for level in LadderLevel}
    moves: dict[str, list[K]] = {CLIMBED: [], UNCHANGED: [], SLIPPED: [], NEWLY_ASSESSED: []}
    transitions: dict[tuple[int | None, int], list[K]] = {}
    missing_now, missing_then = [], []
    for account in accounts:
        assessments = history.get(account, ())
        level_now, level_then = _level_on(assessments, None), _level_on(assessments, since)
        (then[level_then] if level_then is not None else missing_then).append(account)
        if level_now is None:
            missing_now.append(account)
            continue
        now[level_now].append(account)
        transitions.setdefault((level_then, level_now), []).append(account)
        if level_then is None:
            moves[NEWLY_ASSESSED].append(account)
        elif level_now > level_then:
            moves[CLIMBED].append(account)
        elif level_now < level_then:
            moves[SLIPPED].append(account)
        else:
            moves[UNCHANGED].append(account)

    def bars(groups: dict) -> tuple[Bar[K], ...]:
        return tuple(Bar(key, len(members), tuple(members)) for key, members in groups.items())

    return LadderMovement(
        since, bars({LadderLevel(k): v for k, v in now.items()}),
        bars({LadderLevel(k): v for k, v in then.items()}),
        tuple(missing_now), tuple(missing_then), bars(moves),
        {key: tuple(members) for key, members in sorted(
            transitions.items(), key=lambda kv: (kv[0][0] or 0, kv[0][1]))})


# --- value delivered -------------------------------------------------------------------


@dataclass(frozen=True)
class ValueBar(Generic[K]):
    key: Any  # a ValueKind or a year
    client_benefit: Decimal
    our_cost: Decimal
    count: int
    accounts: tuple[K, ...]


def _accounts_by(items: Sequence[tuple[K, value_rules.ValueItem]],
                 group) -> dict[Any, tuple[K, ...]]:
    accounts: dict[Any, dict[K, None]] = {}  # an ordered set
    for account, item in items:
        accounts.setdefault(group(item), {})[account] = None
    return {key: tuple(members) for key, members in accounts.items()}


def _value_bars(totals: Mapping[Any, value_rules.ValueTotals],
                accounts: Mapping[Any, Sequence[K]]) -> dict[Any, ValueBar[K]]:
    return {key: ValueBar(key, sums.client_benefit, sums.our_cost, sums.count,
                          tuple(accounts[key])) for key, sums in totals.items()}


def kind_bars(totals: Mapping[ValueKind, value_rules.ValueTotals],
              accounts: Mapping[ValueKind, Sequence[K]]) -> tuple[ValueBar[K], ...]:
    """Benefit and cost per kind of value, largest benefit first, from each kind's totals
    and accounts."""
    bars = _value_bars(totals, accounts)
    return tuple(sorted(bars.values(), key=lambda b: (-b.client_benefit, b.key.value)))


def year_bars(totals: Mapping[int, value_rules.ValueTotals],
              accounts: Mapping[int, Sequence[K]]) -> tuple[ValueBar[K], ...]:
    """Benefit and cost per calendar year, oldest first, from each year's totals and
    accounts."""
    bars = _value_bars(totals, accounts)
    return tuple(bars[year] for year in sorted(bars))


def value_by_kind(items: Iterable[tuple[K, value_rules.ValueItem]]) -> tuple[ValueBar[K], ...]:
    """Benefit and cost per kind of value, largest benefit first."""
    items = list(items)
    return kind_bars(value_rules.totals_by_kind(item for _, item in items),
                     _accounts_by(items, lambda item: item.kind))


def value_by_year(items: Iterable[tuple[K, value_rules.ValueItem]]) -> tuple[ValueBar[K], ...]:
    """Benefit and cost per calendar year, oldest first."""
    items = list(items)
    return year_bars(value_rules.totals_by_year(item for _, item in items),
                     _accounts_by(items, lambda item: item.date.year))


@dataclass(frozen=True)
class RatioPoint(Generic[K]):
    account: K
    ratio: Decimal  # the client's benefit per unit of our revenue
    client_benefit: Decimal
    revenue: Decimal


#: upper edges of the value-to-revenue bands after "nothing delivered": <1 %, 1–2 %, …
RATIO_EDGES = (Decimal("0.01"), Decimal("0.02"), Decimal("0.05"), Decimal("0.10"),
               Decimal("0.20"))


def value_to_revenue(benefit_by_account: Mapping[K, Decimal],
                     revenue_by_account: Mapping[K, Decimal | None]) -> tuple[RatioPoint[K], ...]:
    """Per account with revenue, the value delivered per unit of revenue (same period),
    highest first. Accounts without revenue have no ratio and are left out."""
    points = []
    for account, revenue in revenue_by_account.items():
        benefit = benefit_by_account.get(account, Decimal(0))
        ratio = value_rules.value_to_revenue(benefit, revenue)
        if ratio is not None and revenue > 0:
            points.append(RatioPoint(account, ratio, benefit, revenue))
    return tuple(sorted(points, key=lambda p: (-p.ratio, str(p.account))))


def ratio_bands(points: Iterable[RatioPoint[K]],
                edges: Sequence[Decimal] = RATIO_EDGES) -> tuple[Bar[K], ...]:
    """How many accounts fall in each band: key 0 for "nothing delivered", then the
    index of the band (1: below edges[0], 2: edges[0] up to edges[1], …, len(edges) + 1:
    at or above the last edge)."""
    bands: list[list[K]] = [[] for _ in range(len(edges) + 2)]
    for point in points:
        if point.ratio <= 0:
            bands[0].append(point.account)
        else:
            bands[1 + sum(point.ratio >= edge for edge in edges)].append(point.account)
    return tuple(Bar(index, len(members), tuple(members))
                 for index, members in enumerate(bands))


# --- lifecycle ---------------------------------------------------------------------------

#: the stages an account moves through, in order; sleeping and lost stand apart
FUNNEL = (Lifecycle.PROSPECT, Lifecycle.DEVELOPING, Lifecycle.KEY, Lifecycle.MAINTAINED)
OFF_FUNNEL = (Lifecycle.SLEEPING, Lifecycle.LOST)
#: the key of the bar gathering the reasons beyond the most frequent ones
OTHER_REASONS = "other"


@dataclass(frozen=True)
class LifecycleAccount(Generic[K]):
    account: K
    lifecycle: Lifecycle
    #: why the client is sleeping, as recorded on the account
    reason: str | None = None
    #: the account's cooling reasons, latest first
    cooling_reasons: tuple[str, ...] = ()
    #: a lost client's cause, from its latest loss record (None: no record)
    loss_cause: LossCause | None = None


@dataclass(frozen=True)
class Funnel(Generic[K]):
    #: every stage, the funnel's first, then sleeping and lost
    stages: tuple[Bar[K], ...]
    #: why lost accounts were lost: one bar per cause with accounts, in the list's order;
    #: key None: no loss record
    lost_causes: tuple[Bar[K], ...]
    #: why sleeping accounts fell asleep, most frequent first; key None: no reason
    sleeping_reasons: tuple[Bar[K], ...]
    #: every dated change of a stage (domain.lifecycle_movement.StageChange), from which
    #: the movement of any span is counted
    changes: tuple = ()


def _reason(account: LifecycleAccount) -> str | None:
    """The account's own reason, else its latest cooling reason, without extra spaces."""
    for text in (account.reason, *account.cooling_reasons):
        cleaned = " ".join((text or "").split())
        if cleaned:
            return cleaned
    return None


def _reason_bars(accounts: Sequence[LifecycleAccount[K]], limit: int) -> tuple[Bar[K], ...]:
    groups: dict[str | None, list[K]] = {}
    wording: dict[str | None, str | None] = {None: None}
    for account in accounts:
        text = _reason(account)
        key = text.casefold() if text else None
        wording.setdefault(key, text)  # the first wording seen names the group
        groups.setdefault(key, []).append(account.account)
    ranked = sorted(groups.items(), key=lambda kv: (kv[0] is None, -len(kv[1]), kv[0] or ""))
    named = [kv for kv in ranked if kv[0] is not None]
    bars = [Bar(wording[key], len(members), tuple(members)) for key, members in named[:limit]]
    rest = [account for _, members in named[limit:] for account in members]
    if rest:
        bars.append(Bar(OTHER_REASONS, len(rest), tuple(rest)))
    if None in groups:
        bars.append(Bar(None, len(groups[None]), tuple(groups[None])))
    return tuple(bars)


def _cause_bars(accounts: Sequence[LifecycleAccount[K]]) -> tuple[Bar[K], ...]:
    by_cause: dict[LossCause | None, list[K]] = {cause: [] for cause in (*LossCause, None)}
    for account in accounts:
        by_cause[account.loss_cause].append(account.account)
    return tuple(Bar(cause, len(members), tuple(members))
                 for cause, members in by_cause.items() if members)


def lifecycle_funnel(accounts: Iterable[LifecycleAccount[K]], reasons_shown: int = 6,
                     changes: tuple = ()) -> Funnel[K]:
    """Accounts per lifecycle stage, the causes of the lost ones' losses, and the reasons
    the sleeping ones fell asleep (the ``reasons_shown`` most frequent, the rest gathered
    under OTHER_REASONS); the stages' ``changes`` are passed through."""
    accounts = list(accounts)
    by_stage: dict[Lifecycle, list[K]] = {stage: [] for stage in FUNNEL + OFF_FUNNEL}
    for account in accounts:
        by_stage[account.lifecycle].append(account.account)
    stages = tuple(Bar(stage, len(members), tuple(members))
                   for stage, members in by_stage.items())
    return Funnel(stages,
                  _cause_bars([a for a in accounts if a.lifecycle is Lifecycle.LOST]),
                  _reason_bars([a for a in accounts if a.lifecycle is Lifecycle.SLEEPING],
                               reasons_shown),
                  tuple(changes))


# --- role coverage -----------------------------------------------------------------------

NO_CONTACTS = "no_contacts"
#: a leader nobody of our account team mirrors
LEADER_NOT_MIRRORED = "leader_not_mirrored"
#: the gaps of the role map shown for the whole portfolio, in the order they matter
COVERAGE = (NO_CONTACTS, NO_LEADER, ONLY_ASSISTANTS_AND_BUTLERS, OPPONENT_IN_KEY_ROLE,
            LEADER_NOT_MIRRORED, NO_TOP_TO_TOP)


def role_coverage(accounts: Iterable[K],
                  counts: Mapping[K, MapCounts]) -> tuple[Bar[K], ...]:
    """For each gap in COVERAGE, the accounts that have it, by the role map's own rules
    (domain.rolemap.map_warnings, on each account's MapCounts: an account absent has no
    current contact), plus LEADER_NOT_MIRRORED. An account without any contact counts
    under NO_CONTACTS only, not under NO_LEADER."""
    groups: dict[str, list[K]] = {code: [] for code in COVERAGE}
    for account in accounts:
        own = counts.get(account)
        if own is None or not own.contacts:
            groups[NO_CONTACTS].append(account)
            continue
        for code in own.gaps():
            groups[code].append(account)
        if own.leaders_not_mirrored:
            groups[LEADER_NOT_MIRRORED].append(account)
    return tuple(Bar(code, len(members), tuple(members)) for code, members in groups.items())


# --- involvement map -------------------------------------------------------------------------


@dataclass(frozen=True)
class InvolvementMap(Generic[K]):
    #: departments in the order of the conveyor: the earliest stage they work in first
    departments: tuple[str, ...]
    #: (stage, department) -> the department's average share (%) over the accounts whose
    #: stage is filled in, and the accounts where it takes part in that stage
    cells: dict[tuple[Stage, str], Bar[K]]
    #: stage -> how many accounts have it filled in
    filled: dict[Stage, int]


def involvement_map(shares: Iterable[tuple[K, Stage, str, float]]) -> InvolvementMap[K]:
    """The portfolio's average involvement of each department at each stage. A
    department absent from an account's stage counts as 0 % there, so each stage's
    averages still sum to 100 %. Stages whose shares are not valid (see
    domain.involvement) are left out."""
    by_stage: dict[tuple[K, Stage], dict[str, float]] = {}
    for account, stage, department, percent in shares:
        by_stage.setdefault((account, Stage(stage)), {})[department] = float(percent)
    sums: dict[tuple[Stage, str], float] = {}
    members: dict[tuple[Stage, str], list[K]] = {}
    filled = {stage: 0 for stage in Stage}
    for (account, stage), departments in by_stage.items():
        if stage_problem(departments) is not None:
            continue
        filled[stage] += 1
        for department, percent in departments.items():
            sums[stage, department] = sums.get((stage, department), 0.0) + percent
            if percent > 0:
                members.setdefault((stage, department), []).append(account)
    return summed_involvement(sums, members, filled)


def summed_involvement(sums: Mapping[tuple[Stage, str], float],
                       members: Mapping[tuple[Stage, str], Sequence[K]],
                       filled: Mapping[Stage, int]) -> InvolvementMap[K]:
    """The map from each (stage, department)'s summed share over the accounts whose
    stage is valid, the accounts where it takes part, and how many accounts have each
    stage filled in (a database can sum them)."""
    filled = {stage: filled.get(stage, 0) for stage in Stage}
    names = {department for _, department in sums}
    cells = {(stage, department): Bar(
        (stage, department),
        sums.get((stage, department), 0.0) / filled[stage] if filled[stage] else 0.0,
        tuple(members.get((stage, department), ())))
        for stage in Stage for department in names}

    def conveyor_order(department: str) -> tuple:
        for number, stage in enumerate(Stage):
            share = cells[stage, department].value
            if share > 0:
                return number, -share, department.casefold()
        return len(Stage), 0.0, department.casefold()

    return InvolvementMap(tuple(sorted(names, key=conveyor_order)), cells, filled)
