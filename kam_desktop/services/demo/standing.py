"""Where we stand with an account: the supplier ladder, the involvement map, switching
barriers, cooling reasons, a lost client's loss and win-back plan, and the KAM workload
factors."""
from __future__ import annotations

import math
import random
import uuid
from datetime import timedelta

from kam_desktop.domain.enums import LADDER_QUESTIONS, Lifecycle, Motivation
from kam_desktop.domain.ladder import FAVOURABLE
from kam_desktop.services.demo.base import _Client, _Draws, _integer_shares
from kam_desktop.services.demo.rules import (
    CLIENT_VIEW_KNOWN,
    DISTANCE_UNLISTED,
    FACTOR_SKIPPED,
    FACTOR_SKIPPED_DEFAULT,
    INVOLVEMENT_STEP,
    LADDER_GAPS,
    LADDER_STALE,
    LADDER_START,
    LADDER_START_PRICE,
    POTENTIAL,
    STAGES,
    WORKLOAD_UNASSESSED,
)
from kam_desktop.store.models import (
    Account,
    CoolingReason,
    InvolvementShare,
    LadderAssessment,
    Loss,
    SwitchingBarrier,
    WinBackAction,
    WorkloadFactors,
)


class _Standing(_Draws):
    """Makes an account's ladder, involvement, barriers, cooling and workload."""

    def ladder(self, client: _Client) -> None:
        """1–4 assessments while we worked with the client, the latest mostly within the
        last quarter (Today asks to reassess an older one), against competitors of the
        client's industry. The six answers point to the rung the client puts us on, and
        so does the client's own rating when they told us; our estimate differs in four
        of ten (LADDER_GAPS), mostly higher: the gap the questions are there to show. A
        client buying on price keeps us on the lowest rungs."""
        rng, words = self.rng, self.words
        first, last = self.worked_with(client)
        price_driven = client.motivation is Motivation.PRICE
        rung = rng.randint(*(LADDER_START_PRICE if price_driven else LADDER_START[client.category]))
        top = LADDER_START_PRICE[1] if price_driven else 4
        rivals = rng.sample(words.competitors[client.industry], rng.randint(1, 2))
        if rng.random() < 0.3:
            rivals.append(rng.choice(words.competitors_everywhere))
        rival_levels = {name: rng.randint(1, 3) for name in rivals}
        stale = self.deal("stale ladder", LADDER_STALE)
        day = last - timedelta(days=rng.randint(95, 200) if stale else rng.randint(5, 80))
        days = []
        for _ in range(rng.randint(1, 4)):
            if day < first:
                break
            days.append(day)
            day -= timedelta(days=rng.randint(90, 240))
        for day in reversed(days or [first]):
            gap = self.deal("ladder gap", LADDER_GAPS)
            our_view = rung + gap if 1 <= rung + gap <= 4 else rung - gap
            favourable = {4: (5, 6), 3: (4, 4), 2: (2, 3), 1: (0, 1)}[rung]
            chosen = set(rng.sample(LADDER_QUESTIONS, rng.randint(*favourable)))
            self.add(LadderAssessment, {
                "id": self.new_id(), "account_id": client.id, "date": day,
                "our_view": our_view,
                "client_view": rung if rng.random() < CLIENT_VIEW_KNOWN else None,
                "competitors": dict(rival_levels),
                "answers": {key: FAVOURABLE[key] == (key in chosen) for key in LADDER_QUESTIONS},
                "next_steps": rng.choice(words.ladder_steps[rung]),
            })
            rung = min(top, max(1, rung + rng.choices((-1, 0, 1), (15, 55, 30))[0]))
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
        """Why a sleeping account fell asleep or a lost one left, on the day it went quiet;
        for some others, an episode of cooling while we worked with them."""
        rng = self.rng
        if client.quiet_since is not None:
            day, reason = client.quiet_since, client.quiet_reason
        elif rng.random() < 0.15:
            day = self.day_between(*self.worked_with(client))
            reason = rng.choice(self.words.cooling_reasons)
        else:
            return
        self.add(CoolingReason, {"id": self.new_id(), "account_id": client.id,
                                 "date": day, "reason": reason})

    def loss(self, client: _Client) -> None:
        """A lost client's loss record, on the day it was lost, told by its story: the
        competitor who won is one of those on its ladder (else of its industry), and a
        client that can be won back has its plan, the first action due about now (Today
        reminds of it). Drawn from the account's own generator, so that the loss left
        every other demo value as it was."""
        story = client.loss
        if story is None:
            return
        rng = random.Random(client.id.int ^ 0x1055)

        def new_id() -> uuid.UUID:
            return uuid.UUID(int=rng.getrandbits(128), version=4)

        rivals = next((list(row["competitors"]) for row in reversed(self.rows.get(
            LadderAssessment, [])) if row["account_id"] == client.id), None) \
            or self.words.competitors[client.industry]
        loss_id = new_id()
        self.add(Loss, {"id": loss_id, "account_id": client.id, "date": client.quiet_since,
                        "cause": story.cause, "details": story.text,
                        "competitor": rng.choice(rivals) if story.competitor else None,
                        "could_have_done": story.could_have_done,
                        "win_back_possible": bool(story.win_back)})
        due = self.today + timedelta(days=rng.randint(-10, 6))
        for title in story.win_back:
            self.add(WinBackAction, {"id": new_id(), "loss_id": loss_id, "title": title,
                                     "owner": client.owner, "due": due, "done": False})
            due += timedelta(days=rng.randint(20, 45))

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
            "competition": scale((4.5 if client.motivation is Motivation.PRICE else 3)
                                 + rng.uniform(-1.2, 1)),
            "support_staff": rng.randint(1, 4),
        }
        skipped = FACTOR_SKIPPED.get(client.lifecycle, FACTOR_SKIPPED_DEFAULT)
        self.add(WorkloadFactors, {"account_id": client.id} | {
            name: None if rng.random() < skipped else value for name, value in factors.items()})
