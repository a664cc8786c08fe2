"""Helpers for the exchange tests: comparable dumps of replicas."""
from __future__ import annotations

import os
import random
import uuid

from sqlalchemy import select

from kam_desktop.store import clock
from kam_desktop.store.clock import SHAPES
from kam_desktop.store.database import Database
from kam_desktop.store.models import SyncTombstone


def dump(db: Database) -> dict[str, list[tuple]]:
    """Every synced table's rows (without this laptop's own bookkeeping), sorted, plus
    the tombstones: two replicas that converged have equal dumps."""
    found = {}
    with db.sessions() as session:
        for name, shape in SHAPES.items():
            columns = [shape.table.c[shape.key], *(shape.table.c[f] for f in shape.fields)]
            found[name] = sorted((tuple(row) for row in session.execute(select(*columns))),
                                 key=repr)
        found["tombstones"] = sorted(
            (row.table_name, row.record_id, row.erased)
            for row in session.scalars(select(SyncTombstone)))
    return found


class Determinism:
    """Record ids and clock readings from a seeded generator, so that one drawn history
    always ends the same way: with real ids and the real clock the order of two ids, or
    two writes in the same millisecond, would differ from run to run, and a failure could
    neither be shrunk nor replayed. The clock moves one millisecond per reading (the
    laptops share it, as they share real time); ids stay random-looking UUIDs."""

    START_MS = 1_780_000_000_000

    def __init__(self) -> None:
        self.random = random.Random(0)
        self.now = self.START_MS
        self._saved = (uuid.os, clock.wall_hlc)
        uuid.os = self  # uuid4() reads its 16 bytes from uuid.os.urandom
        clock.wall_hlc = self.wall_hlc

    def reseed(self, seed: int) -> None:
        self.random.seed(seed)

    def urandom(self, size: int) -> bytes:
        return self.random.randbytes(size)

    def __getattr__(self, name: str):  # everything else uuid asks of os
        return getattr(os, name)

    def wall_hlc(self) -> int:
        self.now += 1
        return self.now << clock.PHYSICAL_SHIFT

    def restore(self) -> None:
        uuid.os, clock.wall_hlc = self._saved


def person_with_notes(db: Database, *, interests: str, **notes) -> tuple[uuid.UUID, uuid.UUID]:
    """An account with one contact whose personal questionnaire is filled in: (account,
    contact)."""
    from kam_desktop.services import records

    with db.transaction() as session:
        account = records.add_record(session, kind="account", parent_id=None,
                                     values={"name": "АО «Вектор»"})
        person = records.add_record(session, kind="contact", parent_id=account,
                                    values={"name": "Орлов Иван"})
        records.add_record(session, kind="personal_notes", parent_id=person,
                           values={"interests": interests, **notes})
    return account, person
