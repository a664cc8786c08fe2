"""The product groups' potentials in the demo (seed 001, segmentation): part of the
accounts have each group they buy from us estimated — the client's purchases of it set
so that the deals of the year make a plausible share, the competitor who supplies the
rest, its share and why — and one group they buy only from others (the whitespace).

Drawn from a generator of its own, seeded by the account's id, so the rest of the demo
stays what the seed made it."""
from __future__ import annotations

import random
import uuid
from collections import defaultdict
from datetime import date
from decimal import Decimal

from kam_desktop.services.demo.base import _Client, _Draws, _money
from kam_desktop.services.demo.rules import DEAL_QUARTERS
from kam_desktop.store.models import GroupPotential

#: the share of the accounts with deals whose product groups are estimated
ESTIMATED_SHARE = 0.6
#: our share of a group in the first year estimated, and its change a year
GROUP_SHARE = (0.15, 0.8)
GROUP_SHARE_DRIFT = (-0.08, 0.1)
#: a group bought only from others: its purchases against the account's potential
WHITESPACE = (0.08, 0.25)
#: the competitor's part of what we do not supply
COMPETITOR_PART = (0.5, 0.95)


class _Groups(_Draws):
    def group_potentials(self, client: _Client, groups: list[str],
                         deals: list[tuple[date, Decimal, str]]) -> None:
        """Estimates of ``groups`` (the account's groups, ``deals`` its (day, amount,
        group)) for each year the deals cover whole, then this year's."""
        rng = random.Random(client.id.int ^ 0x6A0)
        if not deals or rng.random() >= ESTIMATED_SHARE:
            return
        dealt = set(self.quarters[-DEAL_QUARTERS:])
        years = [year for year in sorted({y for y, _ in dealt})
                 if all((year, q) in dealt for q in range(1, 5))]
        sums: dict[tuple[int, str], Decimal] = defaultdict(Decimal)
        for day, amount, group in deals:
            sums[day.year, group] += amount
        others = [group for group in self.words.product_groups if group not in groups]
        rivals = self.words.competitors[client.industry] + self.words.competitors_everywhere
        for group in [*groups, rng.choice(others)]:
            ours = group in groups
            share = rng.uniform(*GROUP_SHARE)
            potential = client.potential * rng.uniform(*WHITESPACE)
            rival, reason = rng.choice(rivals), rng.choice(self.words.group_competitor_reasons)
            for year in [*years, self.today.year]:
                bought = sums.get((year, group), Decimal(0))
                if ours and bought and year != self.today.year:
                    share = min(0.95, max(0.05, share + rng.uniform(*GROUP_SHARE_DRIFT)))
                    potential = float(bought) / share
                elif year == self.today.year:
                    potential *= rng.uniform(0.97, 1.1)
                elif ours:  # no deal of the group that year: an estimate kept as it was
                    continue
                left = 1 - (share if ours else 0)
                self.add(GroupPotential, {
                    "id": uuid.uuid5(client.id, f"group {group} {year}"),
                    "account_id": client.id, "year": year, "product_group": group,
                    "amount": _money(potential, 10_000), "competitor": rival,
                    "competitor_share": round(left * rng.uniform(*COMPETITOR_PART) * 100),
                    "competitor_reason": reason})
