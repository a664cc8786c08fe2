"""What we do with an account: the diary with its next steps, opportunities, and the
development plan's goals and actions."""
from __future__ import annotations

import uuid
from datetime import date, timedelta

from kam_desktop.domain.enums import DiaryKind, Lifecycle
from kam_desktop.services.demo.base import _Client, _Draws, _money
from kam_desktop.services.demo.rules import ACTION_DUE, DONE_BEFORE_DAYS, HISTORY_DAYS
from kam_desktop.store.models import DiaryAttendee, DiaryEntry, Goal, Opportunity, PlanAction


class _Plan(_Draws):
    """Makes an account's diary, opportunities and plan."""

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
