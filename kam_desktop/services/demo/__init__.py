"""The demo portfolio: a realistic, deterministic Russian B2B portfolio for trying the app.

Everything is drawn from one ``random.Random(seed)`` (UUIDs included) and dated relative
to ``today``, so the same seed and day always give the same database and the demo always
looks current. Rows are built as plain dicts and written with Core bulk inserts, a few
hundred accounts at a time, which keeps 5,000 accounts well under a minute.

The word lists and text templates are data, in resources/demo/words.json (read by
``words``); the weights and rules are in ``rules``. The draws pick from the lists by
position, so editing a list changes what a seed gives. The generator is one class made of
parts: ``people`` (the account, its contacts and our team), ``money`` (revenue, deals,
value dossier), ``groups`` (the product groups' potentials), ``plan`` (diary, opportunities, development plan), ``standing``
(ladder, involvement, barriers, cooling, workload) and ``handover`` (first orders of a
few prospects, hand-overs of developing accounts); ``holdings`` then groups a few of the
accounts under a holding.
"""
from __future__ import annotations

import random
from datetime import date
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from kam_desktop.domain.enums import Lifecycle
from kam_desktop.services.demo.groups import _Groups
from kam_desktop.services.demo.handover import _Handovers
from kam_desktop.services.demo.holdings import link_holdings
from kam_desktop.services.demo.money import _Money
from kam_desktop.services.demo.people import _People
from kam_desktop.services.demo.plan import _Plan
from kam_desktop.services.demo.rules import DONE_BEFORE_DAYS, HISTORY_DAYS
from kam_desktop.services.demo.standing import _Standing
from kam_desktop.services.demo.words import WORDS_FILE, _words
from kam_desktop.services.errors import InputError
from kam_desktop.store import last_met
from kam_desktop.store.kinds import IN_DEPENDENCY_ORDER, KINDS
from kam_desktop.store.models import Account

__all__ = ["DONE_BEFORE_DAYS", "HISTORY_DAYS", "MAX_ACCOUNTS", "WORDS_FILE", "load_demo"]

MAX_ACCOUNTS = 100_000
#: accounts generated between two bulk writes (bounds memory, keeps executemany large)
CHUNK = 250


class _Builder(_People, _Money, _Groups, _Plan, _Standing, _Handovers):
    """Generates accounts one by one into ``rows`` (table -> list of row dicts)."""

    def add_account(self) -> None:
        """One account, its parts in keeping with its stage: a prospect has bought nothing
        yet, or only its first orders, so it has no revenue, ladder, statistics or
        switching barriers."""
        client = self.account()
        prospect = client.lifecycle is Lifecycle.PROSPECT
        potentials = self.potentials(client)  # a prospect's too: what it could buy
        if not prospect:
            self.deals(client, self.revenue(client, potentials))
            self.ladder(client)
        self.first_orders(client)  # a few prospects' first deals: time to hand them over
        self.handed_over(client)
        self.contacts(client)
        self.team(client)
        self.diary(client)
        self.opportunities(client)
        self.goals(client)
        self.value_entries(client)
        if not prospect:
            self.statistics(client)
        self.involvement(client)
        if not prospect:
            self.switching_barriers(client)
        self.cooling_reasons(client)
        self.loss(client)
        self.workload(client)
        self.plan_review(client)



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

    def write() -> None:
        for kind in IN_DEPENDENCY_ORDER:
            rows = builder.rows.pop(kind.model, None)
            if rows:
                session.execute(insert(kind.table), rows)
                counts[kind.name] += len(rows)

    for start in range(0, accounts, CHUNK):
        for _ in range(min(CHUNK, accounts - start)):
            builder.add_account()
        write()
    builder.add_rates()  # last, so that the accounts do not depend on it
    write()
    link_holdings(session, accounts=accounts)
    last_met.refresh(session.connection(), today=today)  # bulk inserts bypass the ORM's events
    assert not builder.rows, f"the demo wrote rows of unregistered kinds: {list(builder.rows)}"
    return counts
