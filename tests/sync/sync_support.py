"""Helpers for the exchange tests: quick fresh databases and comparable dumps."""
from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from sqlalchemy import select

from kam_desktop.store.clock import SHAPES
from kam_desktop.store.database import Database, open_database
from kam_desktop.store.models import SyncTombstone

_TEMPLATE: list[Path] = []


def fresh_database(path: Path) -> Database:
    """An empty database at the current schema (copied from one migrated once: running
    the migrations for every replica of every example would take most of the time)."""
    if not _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="kam-template-"))
        atexit.register(shutil.rmtree, folder, True)
        template = folder / "template.sqlite3"
        open_database(template).close()
        _TEMPLATE.append(template)
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(_TEMPLATE[0], path)
    return open_database(path)


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
