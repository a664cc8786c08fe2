"""Helpers for the exchange tests: comparable dumps of replicas."""
from __future__ import annotations

from sqlalchemy import select

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
