"""Hand-overs in the demo (seed 003): a few prospects have just placed their first orders,
so Today proposes handing them over; some developing accounts were found by one of our
managers and handed to their client manager after the first deals.

Both draw from a generator of their own, seeded by the account's id, so the rest of the
demo stays what the seed made it."""
from __future__ import annotations

import random
import uuid
from datetime import timedelta

from kam_desktop.domain.enums import Lifecycle
from kam_desktop.services.demo.base import _Client, _Draws, _money
from kam_desktop.store.models import Deal, Handover

#: the share of prospects that have placed their first orders
FIRST_ORDERS_SHARE = 0.3
#: how many first orders, within how many days before today
FIRST_ORDERS = (2, 4)
FIRST_ORDERS_DAYS = 80
#: the share of developing accounts that were handed over to their client manager
HANDED_OVER_SHARE = 0.5


class _Handovers(_Draws):
    def first_orders(self, client: _Client) -> None:
        """A prospect's first orders, small against its potential, in the last weeks."""
        rng = random.Random(client.id.int ^ 0x0FD)
        if client.lifecycle is not Lifecycle.PROSPECT or rng.random() >= FIRST_ORDERS_SHARE:
            return
        group = rng.choice(self.words.product_groups)
        days = sorted(rng.sample(range(1, FIRST_ORDERS_DAYS), rng.randint(*FIRST_ORDERS)))
        for days_ago in days:
            self.deal_number += 1
            self.add(Deal, {"id": self.new_id_from(rng), "account_id": client.id,
                            "date": self.today - timedelta(days=days_ago),
                            "amount": _money(client.potential * rng.uniform(0.001, 0.004), 100),
                            "product_group": group,
                            "reference": f"РТУ-{self.deal_number:06d}"})

    def handed_over(self, client: _Client) -> None:
        """A developing account found by another of our managers, handed to its owner."""
        rng = random.Random(client.id.int ^ 0x4A0)
        if client.lifecycle is not Lifecycle.DEVELOPING or rng.random() >= HANDED_OVER_SHARE:
            return
        finder = rng.choice([kam["name"] for kam in self.words.kams
                             if kam["name"] != client.owner])
        first, _last = self.worked_with(client)
        self.add(Handover, {"id": self.new_id_from(rng), "account_id": client.id,
                            "date": first + timedelta(days=rng.randint(60, 240)),
                            "from_name": finder, "to_name": client.owner,
                            "note": rng.choice(self.words.handover_notes)})

    @staticmethod
    def new_id_from(rng: random.Random) -> uuid.UUID:
        return uuid.UUID(int=rng.getrandbits(128), version=4)
