"""The demo portfolio: a realistic, deterministic Russian B2B portfolio for trying the app.

Everything is drawn from one ``random.Random(seed)`` (UUIDs included) and dated relative
to ``today``, so the same seed and day always give the same database and the demo always
looks current. Rows are built as plain dicts and written with Core bulk inserts, a few
hundred accounts at a time, which keeps 5,000 accounts well under a minute.

The word lists and text templates are data, in resources/demo/words.json; the weights and
rules are here. The draws pick from the lists by position, so editing a list changes what
a seed gives.
"""
from __future__ import annotations

import functools
import json
import math
import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from kam_desktop.domain.enums import (
    LADDER_QUESTIONS,
    PERSONAL_FIELDS,
    ActionStatus,
    Category,
    DiaryKind,
    Lifecycle,
    Motivation,
    OpportunityClass,
    OpportunityStatus,
    Role,
    Stage,
    Stance,
    ValueKind,
)
from kam_desktop.domain.inn import make_inn10
from kam_desktop.domain.ladder import FAVOURABLE
from kam_desktop.resources import RESOURCES
from kam_desktop.services.errors import InputError
from kam_desktop.store.kinds import IN_DEPENDENCY_ORDER, KINDS
from kam_desktop.store.models import (
    Account,
    Base,
    Contact,
    CoolingReason,
    Deal,
    DiaryAttendee,
    DiaryEntry,
    Goal,
    InvolvementShare,
    LadderAssessment,
    Opportunity,
    PersonalNotes,
    PlanAction,
    Potential,
    Revenue,
    Statistic,
    SwitchingBarrier,
    TeamMember,
    ValueEntry,
    WorkloadFactors,
)

MAX_ACCOUNTS = 100_000
#: accounts generated between two bulk writes (bounds memory, keeps executemany large)
CHUNK = 250
HISTORY_DAYS = 730
WORDS_FILE = RESOURCES / "demo" / "words.json"

# --- portfolio classification ------------------------------------------------------------

CATEGORY_WEIGHTS = (
    (Category.KEY, 18), (Category.DEVELOPING, 32),
    (Category.MAINTAINED, 30), (Category.OCCASIONAL, 20),
)
LIFECYCLE_WEIGHTS = {
    Category.KEY: ((Lifecycle.KEY, 84), (Lifecycle.MAINTAINED, 6), (Lifecycle.DEVELOPING, 5),
                   (Lifecycle.SLEEPING, 5)),
    Category.DEVELOPING: ((Lifecycle.DEVELOPING, 60), (Lifecycle.PROSPECT, 30),
                          (Lifecycle.SLEEPING, 5), (Lifecycle.LOST, 5)),
    Category.MAINTAINED: ((Lifecycle.MAINTAINED, 80), (Lifecycle.KEY, 4), (Lifecycle.SLEEPING, 12),
                          (Lifecycle.LOST, 4)),
    Category.OCCASIONAL: ((Lifecycle.PROSPECT, 30), (Lifecycle.DEVELOPING, 30),
                          (Lifecycle.SLEEPING, 25), (Lifecycle.LOST, 15)),
}
MOTIVATION_WEIGHTS = (
    (Motivation.PRICE, 30), (Motivation.NOVELTY, 20),
    (Motivation.BELONGING, 25), (Motivation.STABILITY, 25),
)
#: annual purchase potential in RUB, drawn log-uniformly between the bounds
POTENTIAL = {
    Category.KEY: (150e6, 1.2e9), Category.DEVELOPING: (60e6, 600e6),
    Category.MAINTAINED: (20e6, 200e6), Category.OCCASIONAL: (5e6, 60e6),
}
#: share of wallet (%) at the start of the history, and its change per year (points)
SHARE_START = {
    Category.KEY: (35, 70), Category.DEVELOPING: (8, 30),
    Category.MAINTAINED: (30, 65), Category.OCCASIONAL: (5, 20),
}
SHARE_TREND = {
    Category.KEY: (-3, 4), Category.DEVELOPING: (2, 8),
    Category.MAINTAINED: (-3, 2), Category.OCCASIONAL: (-2, 3),
}
SHARE_MIN, SHARE_MAX = 5.0, 70.0
QUARTER_SEASON = (0.85, 1.0, 1.05, 1.1)
#: deals per quarter, drawn between the bounds; the quarter's revenue is split among them
DEALS_PER_QUARTER = {
    Category.KEY: (3, 6), Category.DEVELOPING: (1, 4),
    Category.MAINTAINED: (2, 4), Category.OCCASIONAL: (1, 2),
}
#: the completed quarters whose revenue is also written as deals
DEAL_QUARTERS = 8
#: share of deals written without the ERP's document number
UNREFERENCED_SHARE = 0.1
#: the rung we start from on the supplier ladder
LADDER_START = {
    Category.KEY: (3, 4), Category.DEVELOPING: (2, 3),
    Category.MAINTAINED: (2, 3), Category.OCCASIONAL: (1, 2),
}

# --- people -------------------------------------------------------------------------------

#: roles of the contacts beyond the first four (one of each role comes first)
EXTRA_ROLE_WEIGHTS = ((Role.LEADER, 20), (Role.SPECIFIER, 25), (Role.ASSISTANT, 30),
                      (Role.BUTLER, 25))
#: a boss comes before the people reporting to him: leaders, then specifiers, …
ROLE_RANK = {Role.LEADER: 0, Role.SPECIFIER: 1, Role.ASSISTANT: 2, Role.BUTLER: 3}
STANCE_WEIGHTS = ((Stance.SUPPORTER, 40), (Stance.NEUTRAL, 45), (Stance.OPPONENT, 15))
#: share of contacts with a filled questionnaire
PERSONAL_SHARE = 0.8

# --- diary, opportunities, plan, value dossier --------------------------------------------

DIARY_PER_MONTH = ((1, 55), (2, 35), (3, 10))
DIARY_KIND_WEIGHTS = ((DiaryKind.MEETING, 25), (DiaryKind.CALL, 30), (DiaryKind.EMAIL, 25),
                      (DiaryKind.VISIT, 10), (DiaryKind.NOTE, 10))
#: next steps due this many days before today or earlier are done
DONE_BEFORE_DAYS = 21
OPPORTUNITY_STATUS_WEIGHTS = (
    (OpportunityStatus.IDEA, 25), (OpportunityStatus.EVALUATING, 25),
    (OpportunityStatus.IN_PROGRESS, 20), (OpportunityStatus.WON, 15),
    (OpportunityStatus.DROPPED, 15),
)
ACTION_STATUS_WEIGHTS = ((ActionStatus.PLANNED, 30), (ActionStatus.IN_PROGRESS, 25),
                         (ActionStatus.DONE, 35), (ActionStatus.DROPPED, 10))
#: due date of an action by its status, in days relative to today
ACTION_DUE = {
    ActionStatus.DONE: (-200, -5),
    ActionStatus.DROPPED: (-150, -10),
    ActionStatus.IN_PROGRESS: (-20, 60),
    ActionStatus.PLANNED: (-10, 150),
}
VALUE_COUNT = {
    Category.KEY: (8, 15), Category.DEVELOPING: (4, 10),
    Category.MAINTAINED: (4, 10), Category.OCCASIONAL: (3, 6),
}
STAGES = tuple(Stage)
#: shares are whole multiples of this (30-40-30 style)
INVOLVEMENT_STEP = 5

# --- KAM workload ----------------------------------------------------------------------------

#: distance from our Moscow office (1–5) of a region missing from distance_from_office
DISTANCE_UNLISTED = 3
#: accounts whose workload was never assessed, and factors left out of an assessment
WORKLOAD_UNASSESSED = 0.1
FACTOR_SKIPPED = {Lifecycle.PROSPECT: 0.4}
FACTOR_SKIPPED_DEFAULT = 0.03

_TRANSLIT = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    ("a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
     "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"),
))

# --- the words ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _GoalTemplate:
    client_goal: str
    our_goal: str
    measure: str
    product: str
    price: str
    promotion: str
    place: str
    actions: Sequence[str]


@dataclass(frozen=True)
class _ValueTemplate:
    entries: Sequence[dict[str, str]]  # {"title", "description"}
    cost: Sequence[float]  # our cost, RUB: lowest, highest
    benefit: Sequence[float]  # the client's benefit as a multiple of our cost
    departments: Sequence[str]


@functools.cache
def _words() -> SimpleNamespace:
    """The words of WORDS_FILE, read at the first demo rather than at import. Lists are
    used as read; maps keyed by an enum are rebuilt in the enum's order and templates
    become dataclasses, so a missing key or field fails here. The result is shared: the
    generators copy before they change anything."""
    words = SimpleNamespace(**json.loads(WORDS_FILE.read_text(encoding="utf-8")))
    words.kam_experience = {kam["name"]: kam["experience"] for kam in words.kams}
    words.mirror_roles = {department: tuple(map(Role, roles))
                          for department, roles in words.mirror_roles.items()}
    words.director = (words.director["position"], words.director["department"])
    words.positions = {role: [(post["position"], post["department"])
                              for post in words.positions[role.value]] for role in Role}
    words.personal = {name: words.personal[name] for name in PERSONAL_FIELDS}
    words.ladder_steps = {int(level): steps for level, steps in words.ladder_steps.items()}
    words.diary_summary = {kind: words.diary_summary[kind.value] for kind in DiaryKind}
    words.diary_topics = {kind: words.diary_topics[kind.value] for kind in DiaryKind}
    words.opportunities = {cls: words.opportunities[cls.value] for cls in OpportunityClass}
    words.goals = [_GoalTemplate(**goal) for goal in words.goals]
    words.value_templates = {kind: _ValueTemplate(**words.value_templates[kind.value])
                             for kind in ValueKind}
    return words


def __getattr__(name: str) -> Any:
    """``KAM_EXPERIENCE`` (KAM -> 1–5), kept a module attribute without reading the words
    at import."""
    if name == "KAM_EXPERIENCE":
        return _words().kam_experience
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def load_demo(session: Session, *, accounts: int, seed: int, today: date) -> dict[str, int]:
    """Fill an empty database with ``accounts`` demo accounts; returns how many rows of
    each kind it wrote. The caller owns the transaction; nothing is written when an
    InputError is raised."""
    if not 1 <= accounts <= MAX_ACCOUNTS:
        raise InputError("accounts", f"the number of demo accounts must be between 1 and "
                                     f"{MAX_ACCOUNTS}, not {accounts}")
    existing = session.scalar(select(func.count()).select_from(Account))
    if existing:
        raise InputError("demo", f"the database already holds {existing} accounts; "
                                 "load the demo into an empty database")
    builder = _Builder(random.Random(seed), today)
    counts = dict.fromkeys(KINDS, 0)
    for start in range(0, accounts, CHUNK):
        for _ in range(min(CHUNK, accounts - start)):
            builder.add_account()
        for kind in IN_DEPENDENCY_ORDER:
            rows = builder.rows.pop(kind.model, None)
            if rows:
                session.execute(insert(kind.table), rows)
                counts[kind.name] += len(rows)
    assert not builder.rows, f"the demo wrote rows of unregistered kinds: {list(builder.rows)}"
    return counts


# --- helpers ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Weighted:
    items: tuple
    cum_weights: tuple[float, ...]


def _weighted(pairs: Sequence[tuple[Any, float]]) -> _Weighted:
    total, cum = 0.0, []
    for _, weight in pairs:
        total += weight
        cum.append(total)
    return _Weighted(tuple(item for item, _ in pairs), tuple(cum))


def _money(amount: float, step: int = 1) -> Decimal:
    """``amount`` RUB rounded to a multiple of ``step`` roubles, with two decimals."""
    if step == 1:
        return Decimal(round(amount * 100)).scaleb(-2)
    return Decimal(round(amount / step) * step * 100).scaleb(-2)


def _female_surname(surname: str) -> str:
    if surname.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return surname + "а"
    if surname.endswith("ий"):
        return surname[:-2] + "ая"
    return surname  # -енко, -ук and the like do not change


def _translit(text: str) -> str:
    return "".join(_TRANSLIT.get(char, char) for char in text.lower())


def _quarters_back(today: date, count: int) -> list[tuple[int, int]]:
    """The last ``count`` completed quarters as (year, quarter), oldest first."""
    year, quarter = today.year, (today.month - 1) // 3 + 1
    result = []
    for _ in range(count):
        year, quarter = (year - 1, 4) if quarter == 1 else (year, quarter - 1)
        result.append((year, quarter))
    return result[::-1]


def _integer_shares(weights: Sequence[float], total: int) -> list[int]:
    """Whole shares of ``total`` in proportion to ``weights``, each at least 1, summing
    exactly to ``total`` (largest remainder)."""
    scale = total / sum(weights)
    raw = [weight * scale for weight in weights]
    shares = [max(1, math.floor(value)) for value in raw]
    by_remainder = sorted(range(len(raw)), key=lambda i: raw[i] - math.floor(raw[i]), reverse=True)
    index = 0
    while sum(shares) < total:
        shares[by_remainder[index % len(raw)]] += 1
        index += 1
    while sum(shares) > total:
        shares[shares.index(max(shares))] -= 1
    return shares


@dataclass
class _Person:
    """A client contact as the later generators need it."""

    id: uuid.UUID
    short_name: str  # «Петров И. В.»
    role: Role
    row: dict[str, Any]  # its Contact row, still open for our_counterpart


@dataclass
class _Client:
    """What the generators of one account share."""

    id: uuid.UUID
    category: Category
    lifecycle: Lifecycle
    potential: float
    owner: str
    domain: str
    phone_code: str
    #: the day the account went quiet (sleeping) or was lost; None when active
    quiet_since: date | None = None
    contacts: list[_Person] = field(default_factory=list)
    team: list[tuple[uuid.UUID, str]] = field(default_factory=list)  # (id, name), the KAM first


class _Builder:
    """Generates accounts one by one into ``rows`` (table -> list of row dicts)."""

    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.today = today
        self.words = words = _words()
        self.rows: dict[type[Base], list[dict[str, Any]]] = {}
        self.used_names: set[str] = set()
        self.used_inns: set[str] = set()
        #: the ERP's document numbers of the deals so far
        self.deal_number = 0
        #: value kinds are dealt from a shuffled deck so that every kind appears
        self.value_deck: list[ValueKind] = []
        self.created_at = datetime.combine(today - timedelta(days=HISTORY_DAYS), time(9),
                                           tzinfo=timezone.utc)
        self.updated_at = datetime.combine(today, time(0), tzinfo=timezone.utc)
        self.quarters = _quarters_back(today, 4 * 4)
        self.years = tuple(range(today.year - 3, today.year))
        self.recent_quarters = set(_quarters_back(today, 4))
        self.w_forms = _weighted([((form["short"], form["full"]), form["weight"])
                                  for form in words.legal_forms])
        self.w_cities = _weighted([(city, city["weight"]) for city in words.cities])
        self.w_category = _weighted(CATEGORY_WEIGHTS)
        self.w_lifecycle = {key: _weighted(pairs) for key, pairs in LIFECYCLE_WEIGHTS.items()}
        self.w_motivation = _weighted(MOTIVATION_WEIGHTS)
        self.w_extra_role = _weighted(EXTRA_ROLE_WEIGHTS)
        self.w_stance = _weighted(STANCE_WEIGHTS)
        self.w_per_month = _weighted(DIARY_PER_MONTH)
        self.w_diary_kind = _weighted(DIARY_KIND_WEIGHTS)
        self.w_opportunity = _weighted(OPPORTUNITY_STATUS_WEIGHTS)
        self.w_action = _weighted(ACTION_STATUS_WEIGHTS)

    # small draws

    def pick(self, weighted: _Weighted) -> Any:
        return self.rng.choices(weighted.items, cum_weights=weighted.cum_weights)[0]

    def new_id(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def days_ago(self, low: int, high: int) -> date:
        return self.today - timedelta(days=self.rng.randint(low, high))

    def add(self, model: type[Base], row: dict[str, Any]) -> None:
        self.rows.setdefault(model, []).append(row)

    # the account and its parts

    def add_account(self) -> None:
        client = self.account()
        self.deals(client, self.revenue(client))
        self.ladder(client)
        self.contacts(client)
        self.team(client)
        self.diary(client)
        self.opportunities(client)
        self.goals(client)
        self.value_entries(client)
        self.statistics(client)
        self.involvement(client)
        self.switching_barriers(client)
        self.cooling_reasons(client)
        self.workload(client)

    def company_core(self) -> tuple[str, str]:
        """A unique company name such as «Уралхимпласт-Трейд», and its industry."""
        rng, words = self.rng, self.words
        for attempt in range(12):
            body = rng.choice(words.name_bodies)
            core = rng.choice(words.name_stems) + body["body"] + rng.choice(words.name_tails)
            if attempt >= 8:  # the plain names are running out: add a city
                core += "-" + rng.choice(words.cities)["city"]
            if core not in self.used_names:
                break
        number = 2
        base = core
        while core in self.used_names:
            core = f"{base}-{number}"
            number += 1
        self.used_names.add(core)
        return core, body["industry"]

    def inn(self, region_code: str) -> str:
        while True:
            tax_office = f"{region_code}{self.rng.randint(1, 45):02d}"
            inn = make_inn10(f"{tax_office}{self.rng.randint(0, 99999):05d}")
            if inn not in self.used_inns:
                self.used_inns.add(inn)
                return inn

    def account(self) -> _Client:
        rng, words = self.rng, self.words
        short_form, long_form = self.pick(self.w_forms)
        core, industry = self.company_core()
        town = self.pick(self.w_cities)
        region, city = town["region"], town["city"]
        category = self.pick(self.w_category)
        lifecycle = self.pick(self.w_lifecycle[category])
        low, high = POTENTIAL[category]
        potential = float(_money(math.exp(rng.uniform(math.log(low), math.log(high))), 100_000))
        client = _Client(
            id=self.new_id(), category=category, lifecycle=lifecycle, potential=potential,
            owner=rng.choice(words.kams)["name"], domain=_translit(core) + ".ru",
            phone_code=town["phone_code"],
        )
        reason = None
        if lifecycle is Lifecycle.SLEEPING:
            client.quiet_since = self.days_ago(120, 300)
            reason = rng.choice(words.sleeping_reasons)
        elif lifecycle is Lifecycle.LOST:
            client.quiet_since = self.days_ago(90, 400)
            reason = rng.choice(words.lost_reasons)
        place = f"г. {city}" if region == city else f"{region}, г. {city}"
        size = rng.choice(words.company_sizes).format(staff=rng.randrange(150, 6000, 50))
        self.add(Account, {
            "id": client.id,
            "name": f"{short_form} «{core}»",
            "legal_name": f"{long_form} «{core}»",
            "inn": self.inn(town["inn_region"]),
            "industry": industry,
            "region": region,
            "website": f"https://{client.domain}",
            "address": (f"{town['postcode']}{rng.randint(0, 999):03d}, {place}, "
                        f"{rng.choice(words.streets)}, д. {rng.randint(1, 120)}"),
            "notes": (f"{size} {rng.choice(words.purchasing)['text']} "
                      f"Учётная система: {rng.choice(words.erp_systems)}."),
            "owner": client.owner,
            "category": category,
            "motivation": self.pick(self.w_motivation),
            "lifecycle": lifecycle,
            "lifecycle_reason": reason,
            "currency": "RUB",
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        })
        return client

    def potentials(self, client: _Client) -> dict[int, float]:
        """The client's potential per year, moving by a few per cent a year back from
        this year's (drawn from the account's own stream, so the rest of the demo
        stays as it was). The years shown in the dossier are recorded."""
        rng = random.Random(client.id.int)
        first = self.quarters[0][0]
        by_year = {self.today.year: client.potential}
        for year in range(self.today.year - 1, first - 1, -1):
            by_year[year] = float(_money(by_year[year + 1] / rng.uniform(0.96, 1.12), 100_000))
        for year in (*self.years, self.today.year):
            self.add(Potential, {"id": uuid.uuid5(client.id, f"potential {year}"),
                                 "account_id": client.id, "year": year,
                                 "amount": _money(by_year[year])})
        return by_year

    def revenue(self, client: _Client) -> dict[tuple[int, int], Decimal]:
        """Quarterly revenue from a drifting share of wallet; years are sums of quarters.
        A sleeping or lost client buys nothing in the quarters after it went quiet.
        Returns the revenue of every quarter."""
        rng = self.rng
        share = rng.uniform(*SHARE_START[client.category])
        trend = rng.uniform(*SHARE_TREND[client.category]) / 4
        by_year: dict[int, Decimal] = {}
        by_quarter: dict[tuple[int, int], Decimal] = {}
        potentials = self.potentials(client)
        for year, quarter in self.quarters:
            share = min(SHARE_MAX, max(SHARE_MIN, share + trend + rng.uniform(-1.5, 1.5)))
            effective = min(SHARE_MAX, max(
                SHARE_MIN, share * QUARTER_SEASON[quarter - 1] * rng.uniform(0.93, 1.07)))
            amount = potentials[year] / 4 * effective / 100
            quiet = client.quiet_since
            if quiet is not None and date(year, 3 * quarter - 2, 1) > quiet:
                amount = 0.0
            money = by_quarter[year, quarter] = _money(amount)
            by_year[year] = by_year.get(year, Decimal(0)) + money
            if (year, quarter) in self.recent_quarters:
                self.add(Revenue, {"id": self.new_id(), "account_id": client.id,
                                   "period": f"{year}-Q{quarter}", "amount": money})
        for year in self.years:
            self.add(Revenue, {"id": self.new_id(), "account_id": client.id,
                               "period": str(year), "amount": by_year[year]})
        return by_quarter

    def deals(self, client: _Client, by_quarter: dict[tuple[int, int], Decimal]) -> None:
        """The recent quarters' revenue as deals that add up to it exactly, on days of the
        quarter before the client went quiet, in two or three product groups; the running
        quarter (no revenue recorded yet) goes on at the last quarter's pace until
        yesterday."""
        rng = self.rng
        groups = rng.sample(self.words.product_groups, rng.randint(2, 3))
        year, quarter = self.today.year, (self.today.month - 1) // 3 + 1
        running_start = date(year, 3 * quarter - 2, 1)
        elapsed = (self.today - running_start).days / 91
        quarters = [(key, by_quarter[key]) for key in self.quarters[-DEAL_QUARTERS:]]
        quarters.append(((year, quarter), _money(float(quarters[-1][1]) * elapsed)))
        for (year, quarter), amount in quarters:
            first = date(year, 3 * quarter - 2, 1)
            if not amount or client.quiet_since is not None and client.quiet_since < first:
                continue
            last = min(date(year + quarter // 4, 3 * quarter % 12 + 1, 1) - timedelta(days=1),
                       self.today - timedelta(days=1))
            if client.quiet_since is not None:
                last = max(first, min(last, client.quiet_since - timedelta(days=1)))
            count = rng.randint(*DEALS_PER_QUARTER[client.category])
            weights = [rng.uniform(0.5, 1.5) for _ in range(count)]
            parts = [_money(float(amount) * weight / sum(weights), 1) for weight in weights]
            parts[-1] = amount - sum(parts[:-1])
            days = sorted(first + timedelta(days=rng.randint(0, (last - first).days))
                          for _ in range(count))
            for day, part in zip(days, parts):
                self.deal_number += 1
                self.add(Deal, {
                    "id": self.new_id(), "account_id": client.id, "date": day,
                    "amount": part, "product_group": rng.choice(groups),
                    "reference": None if rng.random() < UNREFERENCED_SHARE
                    else f"РТУ-{self.deal_number:06d}"})

    def ladder(self, client: _Client) -> None:
        """1–4 assessments whose six answers agree with our estimate of the rung."""
        rng = self.rng
        level = rng.randint(*LADDER_START[client.category])
        rivals = rng.sample(self.words.competitors, rng.randint(1, 3))
        rival_levels = {name: rng.randint(1, 3) for name in rivals}
        offsets = sorted(rng.sample(range(5, HISTORY_DAYS), rng.randint(1, 4)), reverse=True)
        for offset in offsets:
            favourable = {4: (5, 6), 3: (4, 4), 2: (2, 3), 1: (0, 1)}[level]
            chosen = set(rng.sample(LADDER_QUESTIONS, rng.randint(*favourable)))
            answers = {key: FAVOURABLE[key] == (key in chosen) for key in LADDER_QUESTIONS}
            client_view = min(4, max(1, level + rng.choices((-1, 0, 1), (35, 50, 15))[0]))
            self.add(LadderAssessment, {
                "id": self.new_id(), "account_id": client.id,
                "date": self.today - timedelta(days=offset),
                "our_view": level, "client_view": client_view,
                "competitors": dict(rival_levels), "answers": answers,
                "next_steps": rng.choice(self.words.ladder_steps[level]),
            })
            level = min(4, max(1, level + rng.choices((-1, 0, 1), (15, 55, 30))[0]))
            for name in rival_levels:
                rival_levels[name] = min(4, max(1, rival_levels[name] + rng.choice((-1, 0, 0, 1))))

    def contacts(self, client: _Client) -> None:
        """4–9 people in all four roles, in a reporting tree under the general director:
        each reports to a leader or specifier of the same department, else to the director."""
        rng = self.rng
        roles = [Role.SPECIFIER, Role.ASSISTANT, Role.BUTLER]
        roles += [self.pick(self.w_extra_role) for _ in range(rng.randint(0, 5))]
        roles.sort(key=ROLE_RANK.__getitem__)
        free_positions = {role: list(posts) for role, posts in self.words.positions.items()}
        bosses: list[tuple[uuid.UUID, str]] = []  # (id, department)
        people: list[_Person] = []
        names: set[str] = set()
        for index, role in enumerate([Role.LEADER] + roles):
            if index == 0:
                position, department = self.words.director
                boss = None
            else:
                options = free_positions[role]
                position, department = options.pop(rng.randrange(len(options)))
                same_department = [boss for boss, where in bosses if where == department]
                boss = rng.choice(same_department) if same_department else bosses[0][0]
            person_id = self.new_id()
            if role in (Role.LEADER, Role.SPECIFIER):
                bosses.append((person_id, department))
            full_name, short_name, email_name = self.person_name(names)
            high_interest = role in (Role.LEADER, Role.SPECIFIER)
            high_involvement = role in (Role.LEADER, Role.ASSISTANT)
            if rng.random() < 0.6:
                phone = (f"+7 ({client.phone_code}) "
                         f"{self.phone_digits(10 - len(client.phone_code))}")
            else:
                phone = f"+7 (9{rng.randint(0, 99):02d}) {self.phone_digits(7)}"
            row = {
                "id": person_id, "account_id": client.id, "name": full_name,
                "position": position, "department": department, "reports_to_id": boss,
                "email": f"{email_name}@{client.domain}", "phone": phone,
                "interest": rng.randint(50, 100) / 10 if high_interest else rng.randint(0, 49) / 10,
                "involvement": (rng.randint(50, 100) / 10 if high_involvement
                                else rng.randint(0, 49) / 10),
                "stance": self.pick(self.w_stance),
                "our_counterpart": None,  # set by team() when someone mirrors the contact
            }
            self.add(Contact, row)
            people.append(_Person(person_id, short_name, role, row))
            if rng.random() < PERSONAL_SHARE:
                self.personal_notes(person_id)
        client.contacts = people

    def person_name(self, taken: set[str]) -> tuple[str, str, str]:
        """A new full name, its short form «Петров И. В.» and an e-mail local part."""
        rng, words = self.rng, self.words
        while True:
            female = rng.random() < 0.4
            first = rng.choice(words.female_names if female else words.male_names)
            surname = rng.choice(words.surnames)
            patronymic = rng.choice(words.patronymics)
            if female:
                surname = _female_surname(surname)
                patronymic = patronymic[:-2] + "на"
            full = f"{surname} {first} {patronymic}"
            if full not in taken:
                taken.add(full)
                return (full, f"{surname} {first[0]}. {patronymic[0]}.",
                        f"{_translit(first[0])}.{_translit(surname)}")

    def phone_digits(self, count: int) -> str:
        digits = f"{self.rng.randrange(2 * 10 ** (count - 1), 10 ** count)}"
        head = len(digits) - 4
        return f"{digits[:head]}-{digits[head:head + 2]}-{digits[head + 2:]}"

    def personal_notes(self, contact_id: uuid.UUID) -> None:
        rng = self.rng
        row: dict[str, Any] = {"contact_id": contact_id}
        for question, answers in self.words.personal.items():
            row[question] = rng.choice(answers)
        row["education"] = row["education"].format(year=rng.randint(1988, 2014))
        self.add(PersonalNotes, row)

    def team(self, client: _Client) -> None:
        """The owner KAM plus 1–3 colleagues, most of them mirroring a client contact."""
        rng, words = self.rng, self.words
        members = [(client.owner, words.kam_department)]
        members += [(colleague["name"], colleague["department"])
                    for colleague in rng.sample(words.our_staff, rng.randint(1, 3))]
        unmirrored = list(client.contacts)
        team = []
        for name, department in members:
            mirrored = None
            if rng.random() < 0.85:
                for role in words.mirror_roles[department]:
                    mirrored = next((p for p in unmirrored if p.role is role), None)
                    if mirrored is not None:
                        break
            if mirrored is not None:
                unmirrored.remove(mirrored)
                mirrored.row["our_counterpart"] = name
            member_id = self.new_id()
            team.append((member_id, name))
            self.add(TeamMember, {"id": member_id, "account_id": client.id, "name": name,
                                  "department": department,
                                  "mirrors_id": mirrored.id if mirrored else None})
        client.team = team

    def diary(self, client: _Client) -> None:
        """About 1–3 entries a month for two years; a sleeping account rarely hears from
        us any more, a lost one not at all."""
        rng = self.rng
        quiet = client.quiet_since
        lost = client.lifecycle is Lifecycle.LOST
        for month in range(HISTORY_DAYS // 30):
            window_end = self.today - timedelta(days=30 * month)
            count = self.pick(self.w_per_month)
            if quiet is not None and window_end - timedelta(days=29) > quiet:
                if lost or rng.random() < 0.7:
                    continue
                count = 1
            for _ in range(count):
                day = window_end - timedelta(days=rng.randint(0, 29))
                if lost and day > quiet:
                    continue
                self.diary_entry(client, day)

    def diary_entry(self, client: _Client, day: date) -> None:
        rng, words = self.rng, self.words
        kind = self.pick(self.w_diary_kind)
        contacts = client.contacts
        ours: list[tuple[uuid.UUID, str]] = []
        if kind is DiaryKind.MEETING or kind is DiaryKind.VISIT:
            met = rng.sample(contacts, 2) if rng.random() < 0.5 else [rng.choice(contacts)]
            kam = client.team[0]
            ours = [kam, rng.choice(client.team[1:])] if rng.random() < 0.4 else [kam]
        else:
            # the KAM keeping the diary is implied in calls and letters
            met = [rng.choice(contacts)]
        entry_id = self.new_id()
        summary = words.diary_summary[kind].format(
            names=", ".join(person.short_name for person in met),
            topic=rng.choice(words.diary_topics[kind]))
        next_step = due = None
        done = False
        if rng.random() < (0.4 if kind is DiaryKind.NOTE else 0.85):
            next_step = rng.choice(words.next_steps)
            due = day + timedelta(days=rng.randint(2, 21))
            overdue_by = (self.today - due).days
            done = overdue_by > DONE_BEFORE_DAYS or (overdue_by > 0 and rng.random() < 0.5)
        self.add(DiaryEntry, {"id": entry_id, "account_id": client.id, "date": day, "kind": kind,
                              "summary": summary, "next_step": next_step, "next_step_due": due,
                              "done": done})
        if kind is DiaryKind.NOTE:
            return  # a note is what we heard, not a meeting: nobody attended
        for person in met:
            self.add(DiaryAttendee, {"id": self.new_id(), "entry_id": entry_id,
                                     "contact_id": person.id, "team_member_id": None})
        for member_id, _ in ours:
            self.add(DiaryAttendee, {"id": self.new_id(), "entry_id": entry_id,
                                     "contact_id": None, "team_member_id": member_id})

    def opportunities(self, client: _Client) -> None:
        rng = self.rng
        titles = [(cls, title)
                  for cls, options in self.words.opportunities.items() for title in options]
        for cls, title in rng.sample(titles, rng.randint(1, 4)):
            benefit = client.potential * rng.uniform(0.01, 0.08)
            self.add(Opportunity, {
                "id": self.new_id(), "account_id": client.id, "title": title,
                "opportunity_class": cls, "benefit": _money(benefit, 10_000),
                "cost": _money(benefit * rng.uniform(0.1, 0.6), 10_000),
                "people": rng.randint(1, 6), "days": rng.randint(14, 240),
                "status": self.pick(self.w_opportunity),
            })

    def goals(self, client: _Client) -> None:
        rng = self.rng
        owners = [name for _, name in client.team]
        for template in rng.sample(self.words.goals, rng.randint(1, 3)):
            goal_id = self.new_id()
            self.add(Goal, {
                "id": goal_id, "account_id": client.id,
                "client_goal": template.client_goal, "our_goal": template.our_goal,
                "measure": template.measure,
                "deadline": self.today + timedelta(days=rng.randint(-30, 540)),
                "strategy_product": template.product, "strategy_price": template.price,
                "strategy_promotion": template.promotion, "strategy_place": template.place,
                "resource_people": rng.randint(2, 8), "resource_days": rng.randint(20, 180),
                "resource_budget": _money(client.potential * rng.uniform(0.002, 0.02), 10_000),
            })
            count = rng.randint(2, min(5, len(template.actions)))
            for title in rng.sample(template.actions, count):
                status = self.pick(self.w_action)
                self.add(PlanAction, {
                    "id": self.new_id(), "goal_id": goal_id, "title": title,
                    "owner": rng.choice(owners),
                    "due": self.today + timedelta(days=rng.randint(*ACTION_DUE[status])),
                    "status": status,
                })

    def value_entries(self, client: _Client) -> None:
        rng = self.rng
        for _ in range(rng.randint(*VALUE_COUNT[client.category])):
            if not self.value_deck:
                self.value_deck = list(ValueKind)
                rng.shuffle(self.value_deck)
            kind = self.value_deck.pop()
            template = self.words.value_templates[kind]
            entry = rng.choice(template.entries)
            cost = rng.uniform(*template.cost)
            day = self.days_ago(0, HISTORY_DAYS)
            self.add(ValueEntry, {
                "id": self.new_id(), "account_id": client.id, "date": day, "kind": kind,
                "title": entry["title"], "description": entry["description"],
                "department": rng.choice(template.departments),
                "our_cost": _money(cost, 1_000),
                "client_benefit": _money(cost * rng.uniform(*template.benefit), 1_000),
                # the older the entry, the likelier the client has confirmed it
                "acknowledged": rng.random() < 0.3 + 0.5 * (self.today - day).days / HISTORY_DAYS,
            })

    def statistics(self, client: _Client) -> None:
        rng = self.rng
        last_year = str(self.today.year - 1)
        year, quarter = self.quarters[-1]
        for statistic in rng.sample(self.words.statistics, rng.randint(2, 4)):
            self.add(Statistic, {
                "id": self.new_id(), "account_id": client.id, "name": statistic["name"],
                "value": round(rng.uniform(statistic["low"], statistic["high"]),
                               statistic["decimals"]),
                "period": rng.choice((last_year, f"{year}-Q{quarter}")),
            })

    def involvement(self, client: _Client) -> None:
        """For each stage, whole-5 % shares of three or four departments, summing to 100."""
        rng = self.rng
        departments = {share["department"]: share["weights"]
                       for share in self.words.involvement}
        if rng.random() < 0.4:
            extra = rng.choice(self.words.involvement_extra)
            departments[extra["department"]] = extra["weights"]
        for index, stage in enumerate(STAGES):
            weights = [stage_weights[index] * rng.uniform(0.7, 1.3)
                       for stage_weights in departments.values()]
            units = _integer_shares(weights, 100 // INVOLVEMENT_STEP)
            for department, unit in zip(departments, units):
                self.add(InvolvementShare, {
                    "id": self.new_id(), "account_id": client.id, "stage": stage,
                    "department": department, "percent": float(unit * INVOLVEMENT_STEP),
                })

    def switching_barriers(self, client: _Client) -> None:
        rng = self.rng
        for description in rng.sample(self.words.switching_barriers, rng.randint(0, 3)):
            self.add(SwitchingBarrier, {"id": self.new_id(), "account_id": client.id,
                                        "description": description,
                                        "since": self.days_ago(60, 1500)})

    def cooling_reasons(self, client: _Client) -> None:
        """Always for a sleeping or lost account (when it went quiet), sometimes for others."""
        rng = self.rng
        if client.quiet_since is not None:
            day = client.quiet_since
        elif rng.random() < 0.15:
            day = self.days_ago(30, HISTORY_DAYS)
        else:
            return
        self.add(CoolingReason, {"id": self.new_id(), "account_id": client.id,
                                 "date": day, "reason": rng.choice(self.words.cooling_reasons)})

    def workload(self, client: _Client) -> None:
        """The nine workload factors, in keeping with the rest of the account: its
        region, purchasing, people, team and KAM. Drawn from the account's own generator
        so that adding them left every other demo value as it was."""
        rng, words = random.Random(client.id.int), self.words
        if rng.random() < WORKLOAD_UNASSESSED:
            return
        account = next(row for row in reversed(self.rows[Account]) if row["id"] == client.id)
        low, high = min(p[0] for p in POTENTIAL.values()), max(p[1] for p in POTENTIAL.values())
        reach = math.log(client.potential / low) / math.log(high / low)
        purchasing = next(way["centralisation"] for way in words.purchasing
                          if way["text"] in account["notes"])
        troubled = client.lifecycle in (Lifecycle.SLEEPING, Lifecycle.LOST)

        def scale(value: float) -> int:
            return min(5, max(1, round(value)))

        factors = {
            "client_potential": scale(1 + 4 * reach + rng.uniform(-0.4, 0.4)),
            "kam_experience": words.kam_experience[client.owner],
            "distance": words.distance_from_office.get(account["region"], DISTANCE_UNLISTED),
            "purchasing_centralisation": purchasing,
            "people_to_keep": scale(len(client.contacts) / 2 + rng.uniform(-0.6, 0.6)),
            "internal_coordination": scale(len(client.team) + rng.uniform(-1, 1)),
            "delivery_reliability": scale(rng.uniform(1.5, 3.5) if troubled
                                          else rng.uniform(3, 5.4)),
            "competition": scale((4.5 if account["motivation"] is Motivation.PRICE else 3)
                                 + rng.uniform(-1.2, 1)),
            "support_staff": rng.randint(1, 4),
        }
        skipped = FACTOR_SKIPPED.get(client.lifecycle, FACTOR_SKIPPED_DEFAULT)
        self.add(WorkloadFactors, {"account_id": client.id} | {
            name: None if rng.random() < skipped else value for name, value in factors.items()})
