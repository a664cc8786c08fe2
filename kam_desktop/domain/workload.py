"""KAM workload: how much of a key-account manager's time an account takes.

The methodology names nine factors that decide how many accounts one KAM can carry.
Each is assessed per account on a 1–5 scale *in its natural sense* (5 = a very large
potential, a very experienced KAM, a client far away, …), or left unassessed (None).

Formula. Every factor is turned into a push on the load, between −1 and +1:

- factors that add work push up as they grow: ``push = (value − 3) / 2``
  (client potential, distance, number of client people to keep, coordination our
  departments must do together, competition intensity);
- factors that save work push down as they grow: ``push = (3 − value) / 2``
  (the KAM's experience, how centralised the client's purchasing is, how reliably we
  keep delivery promises, the support staff available).

An unassessed factor counts as the neutral middle (push 0). The account's load is

    load = SPAN ** (sum of weight × push / sum of weights),  SPAN = 4

so an account with every factor in the middle weighs **1 — a typical account**; every
factor at its heaviest makes it 4, every factor at its lightest 0.25. An account that
leans heavy on most factors (the average push +½: a large, distant key account with
many people to keep and a fierce competitor) is twice a typical one, and one that leans
light on most is half of one. (The first calibration, SPAN = 2, kept the demo's accounts
between 0.8 and 1.2, so a manager's load came out as their number of accounts.)
The geometric scale makes "twice as heavy" and "half as heavy" equally far from typical.
The source gives the factors no ranking, so they weigh the same (``WEIGHTS``).

A KAM's load is the sum of the loads of the accounts they own — "so many typical
accounts" — and is compared with a norm: how many typical accounts one KAM can carry.
A lost account takes no time and does not count. See docs/workload.md.
"""
from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from kam_desktop.domain.enums import Lifecycle
from kam_desktop.domain.text import Text

K = TypeVar("K", bound=Hashable)

SCALE_MIN, SCALE_MAX = 1, 5
NEUTRAL = 3

#: the factors in the order the methodology lists them; True when a higher value
#: means more work for the KAM
FACTORS: dict[str, bool] = {
    "client_potential": True,
    "kam_experience": False,
    "distance": True,
    "purchasing_centralisation": False,
    "people_to_keep": True,
    "internal_coordination": True,
    "delivery_reliability": False,
    "competition": True,
    "support_staff": False,
}
#: the factors that make the work weigh double those that only ease it: a seasoned KAM
#: with a support team serves a large, demanding client faster, but it stays large
WEIGHTS: dict[str, float] = {name: 2.0 if raises else 1.0 for name, raises in FACTORS.items()}
#: the load of an account with every factor at its heaviest (and 1/SPAN at its lightest)
SPAN = 4

#: how many typical accounts one KAM can carry, unless the preferences say otherwise
DEFAULT_NORM = 12


def factor_problem(name: str, value: Any) -> str | None:
    """None when ``value`` may be stored for factor ``name`` (1–5 or None), else why not."""
    if name not in FACTORS:
        return Text("is not a field that can be edited")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        return Text("{value} is not a whole number", value=repr(value))
    if not SCALE_MIN <= value <= SCALE_MAX:
        return Text("{value} is not between {low} and {high}",
                    value=f"{value:g}", low=f"{SCALE_MIN:g}", high=f"{SCALE_MAX:g}")
    return None


def push(name: str, value: int | None) -> float:
    """How far one factor moves the load: −1 (lightest) … 0 (neutral) … +1 (heaviest)."""
    if value is None:
        return 0.0
    step = (value - NEUTRAL) / (NEUTRAL - SCALE_MIN)
    return step if FACTORS[name] else -step


@dataclass(frozen=True)
class WorkloadScore:
    #: in typical accounts: 1 = typical, 1/SPAN = the lightest possible, SPAN = the heaviest
    load: float
    #: how many of the nine factors were assessed (the rest counted as neutral)
    assessed: int

    @property
    def complete(self) -> bool:
        return self.assessed == len(FACTORS)


def score(factors: Mapping[str, int | None]) -> WorkloadScore:
    """The load of one account from its factors (missing keys are unassessed).

    Raises ValueError on an unknown factor or a value outside 1–5."""
    for name, value in factors.items():
        problem = factor_problem(name, value)
        if problem:
            raise ValueError(f"{name}: {problem}")
    weighted = sum(WEIGHTS[name] * push(name, factors.get(name)) for name in FACTORS)
    assessed = sum(factors.get(name) is not None for name in FACTORS)
    return WorkloadScore(SPAN ** (weighted / sum(WEIGHTS.values())), assessed)


@dataclass(frozen=True)
class LoadedAccount(Generic[K]):
    account: K
    owner: str | None
    lifecycle: Lifecycle
    score: WorkloadScore


@dataclass(frozen=True)
class OwnerLoad(Generic[K]):
    owner: str | None  # None: accounts nobody owns
    load: float
    #: the owner's counted accounts, heaviest first
    accounts: tuple[K, ...]
    #: accounts whose factors are not all assessed
    incomplete: int
    norm: float

    @property
    def over_norm(self) -> bool:
        return self.load > self.norm

    @property
    def share_of_norm(self) -> float:
        return self.load / self.norm if self.norm > 0 else float("inf")


def counts(account: LoadedAccount) -> bool:
    """Whether the account takes its owner's time: a lost client does not."""
    return account.lifecycle is not Lifecycle.LOST


def owner_loads(accounts: Iterable[LoadedAccount[K]], norm: float) -> list[OwnerLoad[K]]:
    """Each owner's load against ``norm``, heaviest first (ties by name, nobody last)."""
    grouped: dict[str | None, list[LoadedAccount[K]]] = {}
    for account in accounts:
        if counts(account):
            grouped.setdefault(account.owner, []).append(account)
    result = []
    for owner, owned in grouped.items():
        owned.sort(key=lambda a: (-a.score.load, str(a.account)))
        result.append(OwnerLoad(
            owner=owner, load=sum(a.score.load for a in owned),
            accounts=tuple(a.account for a in owned),
            incomplete=sum(not a.score.complete for a in owned), norm=float(norm)))
    return sorted(result, key=lambda o: (o.owner is None, -o.load, o.owner or ""))


def heaviest(accounts: Iterable[LoadedAccount[K]], limit: int) -> list[LoadedAccount[K]]:
    """The ``limit`` counted accounts with the largest load (ties by id text)."""
    counted = [a for a in accounts if counts(a)]
    counted.sort(key=lambda a: (-a.score.load, str(a.account)))
    return counted[:limit]
