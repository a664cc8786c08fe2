"""The demo accounts' lifecycle histories: each climbed the stages to the one it holds
now, on days spread over the time we have worked with it; a sleeping or lost one left on
the day it went quiet, with its reason, and a few key accounts slept a while and woke up.

Drawn from a generator of its own, seeded by the account's id, so the rest of the demo
stays what the seed made it."""
from __future__ import annotations

import random
import uuid
from datetime import date, timedelta

from kam_desktop.domain.enums import Lifecycle
from kam_desktop.services.demo.base import _Client, _Draws
from kam_desktop.store.models import LifecycleChange

P, D, K, M, S, L = (Lifecycle.PROSPECT, Lifecycle.DEVELOPING, Lifecycle.KEY,
                    Lifecycle.MAINTAINED, Lifecycle.SLEEPING, Lifecycle.LOST)
#: the stages climbed to reach each stage (the last one is the stage itself)
_CLIMBS = {P: [(P,)], D: [(P, D)], K: [(P, D, K)], M: [(P, D, K, M), (P, D, M)],
           S: [(P, D, S), (P, D, K, S)], L: [(P, D, L), (P, D, K, L)]}
#: the share of key accounts that slept a while in the last year and woke up
WOKE_UP_SHARE = 0.15


class _Lifecycle(_Draws):
    def lifecycle_history(self, client: _Client) -> None:
        rng = random.Random(client.id.int ^ 0x11FE)
        stages = list(rng.choice(_CLIMBS[client.lifecycle]))
        first, last = self.worked_with(client)
        quiet = client.quiet_since
        # the climb's days between the first day and the last (the day it went quiet)
        span = max((last - first).days - 1, len(stages))
        days = [first, *sorted(first + timedelta(days=offset) for offset in
                               rng.sample(range(1, span), len(stages) - 1))]
        reasons = [None] * len(stages)
        if quiet is not None:  # the climb's days all fall before it
            days[-1], reasons[-1] = quiet, client.quiet_reason
        if client.lifecycle is K and rng.random() < WOKE_UP_SHARE:
            asleep = self.today - timedelta(days=rng.randint(120, 300))
            if asleep > days[-1]:
                stages += [S, K]
                days += [asleep, asleep + timedelta(days=rng.randint(40, 110))]
                reasons += [rng.choice(self.words.sleeping_reasons), None]
        before = None
        for stage, day, reason in zip(stages, days, reasons):
            self._change(rng, client, day, before, stage, reason)
            before = stage

    def _change(self, rng: random.Random, client: _Client, day: date,
                before: Lifecycle | None, after: Lifecycle, reason: str | None) -> None:
        self.add(LifecycleChange, {
            "id": uuid.UUID(int=rng.getrandbits(128), version=4), "account_id": client.id,
            "date": day, "from_stage": before, "to_stage": after, "reason": reason,
            "changed_by": None if before is None else client.owner})
