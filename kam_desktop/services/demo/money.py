"""The money side of an account: revenue from a drifting share of wallet, the deals that
add up to it, the value dossier and the statistics."""
from __future__ import annotations

import random
import uuid
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from kam_desktop.domain.enums import Lifecycle, ValueKind
from kam_desktop.services.demo.base import _Client, _Draws, _money
from kam_desktop.services.demo.rules import (
    DEAL_QUARTERS,
    DEMO_RATES,
    DEALS_PER_QUARTER,
    HISTORY_DAYS,
    QUARTER_SEASON,
    SHARE_MAX,
    SHARE_MIN,
    SHARE_START,
    SHARE_TREND,
    UNREFERENCED_SHARE,
    PROSPECT_VALUE_COUNT,
    PROSPECT_VALUE_KINDS,
    VALUE_COUNT,
)
from kam_desktop.store.models import (
    Deal,
    ExchangeRate,
    Potential,
    Revenue,
    Statistic,
    ValueEntry,
)


class _Money(_Draws):
    """Makes an account's revenue, deals, value entries and statistics."""

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

    def revenue(self, client: _Client,
                potentials: dict[int, float]) -> dict[tuple[int, int], Decimal]:
        """Quarterly revenue from a drifting share of wallet; years are sums of quarters.
        A sleeping or lost client buys nothing in the quarters after it went quiet.
        ``potentials`` is the client's potential per year (:meth:`potentials`).
        Returns the revenue of every quarter."""
        rng = self.rng
        share = rng.uniform(*SHARE_START[client.category])
        trend = rng.uniform(*SHARE_TREND[client.category]) / 4
        by_year: dict[int, Decimal] = {}
        by_quarter: dict[tuple[int, int], Decimal] = {}
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
        yesterday. Part of the accounts get their groups estimated (demo.groups)."""
        rng = self.rng
        groups = rng.sample(self.words.product_groups, rng.randint(2, 3))
        year, quarter = self.today.year, (self.today.month - 1) // 3 + 1
        running_start = date(year, 3 * quarter - 2, 1)
        elapsed = (self.today - running_start).days / 91
        quarters = [(key, by_quarter[key]) for key in self.quarters[-DEAL_QUARTERS:]]
        quarters.append(((year, quarter), _money(float(quarters[-1][1]) * elapsed)))
        made = []
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
                deal_id = self.new_id()  # drawn before the group, as it always was
                group = rng.choice(groups)
                made.append((day, part, group))
                self.add(Deal, {
                    "id": deal_id, "account_id": client.id, "date": day,
                    "amount": part, "product_group": group,
                    "reference": None if rng.random() < UNREFERENCED_SHARE
                    else f"РТУ-{self.deal_number:06d}"})
        self.group_potentials(client, groups, made)

    def value_entries(self, client: _Client) -> None:
        """What we did for the client while we worked with it; for a prospect, only
        samples, tests or advice so far."""
        rng = self.rng
        first, last = self.worked_with(client)
        prospect = client.lifecycle is Lifecycle.PROSPECT
        count = rng.randint(*(PROSPECT_VALUE_COUNT if prospect else VALUE_COUNT[client.category]))
        for _ in range(count):
            if prospect:
                kind = rng.choice(PROSPECT_VALUE_KINDS)
            else:
                kind = self.deal("value kind", [(kind, 1) for kind in ValueKind])
            template = self.words.value_templates[kind]
            entry = rng.choice(template.entries)
            cost = rng.uniform(*template.cost)
            day = self.day_between(first, last)
            entry_id = self.new_id()
            self.add(ValueEntry, {
                **self.credit(client, entry_id),
                "id": entry_id, "account_id": client.id, "date": day, "kind": kind,
                "title": entry["title"], "description": entry["description"],
                "department": rng.choice(template.departments),
                "our_cost": _money(cost, 1_000),
                "client_benefit": _money(cost * rng.uniform(*template.benefit), 1_000),
                # the older the entry, the likelier the client has confirmed it
                "acknowledged": rng.random() < 0.3 + 0.5 * (self.today - day).days / HISTORY_DAYS,
            })

    def credit(self, client: _Client, entry_id: uuid.UUID) -> dict[str, Any]:
        """Who on our side delivered a value entry: mostly a team member, sometimes with
        another of our departments, now and then a department alone. Drawn from the
        entry's own generator, so that the rest of the demo stays as it would be without."""
        rng = random.Random(entry_id.int)
        departments = [share["department"] for share in self.words.involvement]
        member = rng.choice(client.team)[0] if rng.random() < 0.85 else None
        department = rng.choice(departments) if rng.random() < (0.2 if member else 0.6) \
            else None
        return {"delivered_by_id": member, "delivered_by_department": department}

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

    def add_rates(self) -> None:
        """Yearly rates to the rouble for the demo's years and each year's last day,
        around :data:`DEMO_RATES` (the demo's accounts are in roubles: the rates are
        there to be seen and changed in Preferences)."""
        for year in range(self.today.year - HISTORY_DAYS // 365 - 1, self.today.year + 1):
            for currency, around in DEMO_RATES.items():
                for period in (str(year), f"{year}-12-31"):
                    rate = around * Decimal(self.rng.randint(900, 1100)) / 1000
                    self.add(ExchangeRate, {"id": self.new_id(), "currency": currency,
                                            "base": "RUB", "period": period,
                                            "rate": rate.quantize(Decimal("0.0001"))})
