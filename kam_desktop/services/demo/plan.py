"""What we do with an account: the diary with its next steps, opportunities, and the
development plan's goals and actions."""
from __future__ import annotations

import random
import uuid
from datetime import date, timedelta

from kam_desktop.domain.enums import DiaryKind, Lifecycle, OpportunityStatus, Role
from kam_desktop.domain.plan_review import DEFAULT_REVIEW_MONTHS, add_months
from kam_desktop.services.demo.base import _Client, _Draws, _money, _Person
from kam_desktop.services.demo.rules import (
    ACTION_DUE,
    COOLING,
    DONE_BEFORE_DAYS,
    HISTORY_DAYS,
    LOST_OPPORTUNITY_STATUSES,
    OVERDUE_STEP_OPEN,
    PLAN_REVIEWS,
    PROSPECT_OPPORTUNITY_STATUSES,
    WAKE_ATTEMPT_NOT_WITHIN_DAYS,
    WAKE_ATTEMPT_SHARE,
)
from kam_desktop.store.models import DiaryAttendee, DiaryEntry, Goal, Opportunity, PlanAction


class _Plan(_Draws):
    """Makes an account's diary, opportunities and plan."""

    def diary(self, client: _Client) -> None:
        """About 1–3 entries a month while we work with the client: two years, since the
        first meeting for a prospect, until a lost one was lost. A sleeping account has
        heard from us rarely since it went quiet, and not lately. In an active account we
        met the leader and a specifier in the last weeks, except in a few: the ones Today
        shows as cooling."""
        rng = self.rng
        first, _ = self.worked_with(client)
        quiet = client.quiet_since
        lost = client.lifecycle is Lifecycle.LOST
        for month in range(HISTORY_DAYS // 30):
            window_end = self.today - timedelta(days=30 * month)
            count = self.pick(self.w_per_month)
            if quiet is not None and window_end - timedelta(days=29) > quiet:
                if (lost or rng.random() >= WAKE_ATTEMPT_SHARE
                        or 30 * month < WAKE_ATTEMPT_NOT_WITHIN_DAYS):
                    continue
                count = 1
            for _ in range(count):
                day = window_end - timedelta(days=rng.randint(0, 29))
                if day < first or lost and day > quiet:
                    continue
                self.diary_entry(client, day)
        if client.first_contact is not None:
            self.diary_entry(client, client.first_contact, DiaryKind.MEETING)
        elif quiet is None and not self.deal("cooling", COOLING):
            leaders = [person for person in client.contacts if person.role is Role.LEADER]
            specifiers = [person for person in client.contacts if person.role is Role.SPECIFIER]
            self.diary_entry(client, self.days_ago(1, 30), DiaryKind.MEETING,
                             [rng.choice(leaders), rng.choice(specifiers)])

    def diary_entry(self, client: _Client, day: date, kind: DiaryKind | None = None,
                    met: list[_Person] | None = None) -> None:
        """An entry of the given kind with the given people, else drawn. Its next step is
        done when it is more than DONE_BEFORE_DAYS overdue, and mostly before."""
        rng, words = self.rng, self.words
        kind = kind or self.pick(self.w_diary_kind)
        contacts = client.contacts
        ours: list[tuple[uuid.UUID, str]] = []
        if kind is DiaryKind.MEETING or kind is DiaryKind.VISIT:
            if met is None:
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
            done = overdue_by > DONE_BEFORE_DAYS or (
                overdue_by > 0 and not self.deal("overdue step", OVERDUE_STEP_OPEN))
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
                "status": self.opportunity_status(client),
            })

    def opportunity_status(self, client: _Client) -> OpportunityStatus:
        """A prospect's opportunities are not won yet; a lost account's are over."""
        if client.lifecycle is Lifecycle.PROSPECT:
            return self.rng.choice(PROSPECT_OPPORTUNITY_STATUSES)
        if client.lifecycle is Lifecycle.LOST:
            return self.rng.choice(LOST_OPPORTUNITY_STATUSES)
        return self.pick(self.w_opportunity)

    def goals(self, client: _Client) -> None:
        """1–3 goals with their actions; a prospect's plan is to win it, and a lost
        account's plan is closed: done before the loss, dropped since. Dates run from the
        day it was lost, else from today."""
        rng = self.rng
        owners = [name for _, name in client.team]
        lost = client.lifecycle is Lifecycle.LOST
        base = client.quiet_since if lost else self.today
        if client.lifecycle is Lifecycle.PROSPECT:
            templates = rng.sample(self.words.acquisition_goals, 1)
        else:
            templates = rng.sample(self.words.goals, rng.randint(1, 3))
        for template in templates:
            goal_id = self.new_id()
            self.add(Goal, {
                "id": goal_id, "account_id": client.id,
                "client_goal": template.client_goal, "our_goal": template.our_goal,
                "measure": template.measure,
                "deadline": base + timedelta(days=rng.randint(-30, 540)),
                "strategy_product": template.product, "strategy_price": template.price,
                "strategy_promotion": template.promotion, "strategy_place": template.place,
                "resource_people": rng.randint(2, 8), "resource_days": rng.randint(20, 180),
                "resource_budget": _money(client.potential * rng.uniform(0.002, 0.02), 10_000),
            })
            count = rng.randint(2, min(5, len(template.actions)))
            for title in rng.sample(template.actions, count):
                status = self.pick(self.w_lost_action if lost else self.w_action)
                self.add(PlanAction, {
                    "id": self.new_id(), "goal_id": goal_id, "title": title,
                    "owner": rng.choice(owners),
                    "due": base + timedelta(days=rng.randint(*ACTION_DUE[status])),
                    "status": status,
                })

    def plan_review(self, client: _Client) -> None:
        """The latest review of an active account's plan with our team: most within the
        category's cadence, some overdue, a few never held. Drawn from the account's own
        generator, so that adding reviews left every other part of a seed's demo as it was."""
        if client.lifecycle in (Lifecycle.LOST, Lifecycle.SLEEPING):
            return
        rng = random.Random(client.id.int)
        states, weights = zip(*PLAN_REVIEWS)
        state = rng.choices(states, weights)[0]
        if state == "never":
            return
        due_after = add_months(self.today, -DEFAULT_REVIEW_MONTHS[client.category])
        cadence_days = (self.today - due_after).days
        ago = (rng.randint(3, cadence_days - 3) if state == "recent"
               else rng.randint(cadence_days + 5, cadence_days + 60))
        ours = client.team[:2]
        entry_id = uuid.UUID(int=rng.getrandbits(128), version=4)
        self.add(DiaryEntry, {
            "id": entry_id, "account_id": client.id, "date": self.today - timedelta(days=ago),
            "kind": DiaryKind.PLAN_REVIEW, "next_step": None, "next_step_due": None,
            "done": False, "summary": self.words.diary_summary[DiaryKind.PLAN_REVIEW].format(
                names=", ".join(name for _, name in ours),
                topic=rng.choice(self.words.diary_topics[DiaryKind.PLAN_REVIEW]))})
        for member_id, _ in ours:
            self.add(DiaryAttendee, {"id": uuid.UUID(int=rng.getrandbits(128), version=4),
                                     "entry_id": entry_id, "contact_id": None,
                                     "team_member_id": member_id})
