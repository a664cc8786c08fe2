"""Where we stand with an account: the supplier ladder, the involvement map, switching
barriers, cooling reasons and the KAM workload factors."""
from __future__ import annotations

import math
import random
from datetime import timedelta

from kam_desktop.domain.enums import LADDER_QUESTIONS, Lifecycle, Motivation
from kam_desktop.domain.ladder import FAVOURABLE
from kam_desktop.services.demo.base import _Client, _Draws, _integer_shares
from kam_desktop.services.demo.rules import (
    DISTANCE_UNLISTED,
    FACTOR_SKIPPED,
    FACTOR_SKIPPED_DEFAULT,
    HISTORY_DAYS,
    INVOLVEMENT_STEP,
    LADDER_START,
    POTENTIAL,
    STAGES,
    WORKLOAD_UNASSESSED,
)
from kam_desktop.store.models import (
    Account,
    CoolingReason,
    InvolvementShare,
    LadderAssessment,
    SwitchingBarrier,
    WorkloadFactors,
)


class _Standing(_Draws):
    """Makes an account's ladder, involvement, barriers, cooling and workload."""

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
