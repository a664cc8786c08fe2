"""Deleting a row so that it can be brought back exactly: the basis of undoable deletion.

Deleting a row also deletes the rows that depend on it (``ON DELETE CASCADE``) and
clears references to it (``ON DELETE SET NULL``). A snapshot records all of that from the
schema's foreign keys, so restoring it puts back every row with its original UUID and
every cleared reference.

Both directions are stamped for the exchange between laptops: a deletion leaves a
tombstone, a restore stamps every restored field as new, so it wins over the tombstone.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from kam_desktop.store import clock, last_met
from kam_desktop.store.changes import ITEMISED, note_rows
from kam_desktop.store.models import Base


@dataclass
class Snapshot:
    #: (table name, row values) of every deleted row
    rows: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    #: (table name, primary-key values, column, original value): references that the
    #: deletion cleared
    cleared: list[tuple[str, dict[str, Any], str, Any]] = field(default_factory=list)


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _key(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    return {column.name: row[column.name] for column in table.primary_key.columns}


def _where(table: Table, values: dict[str, Any]):
    return [table.c[name] == value for name, value in values.items()]


def _collect(session: Session, table: Table, conditions: list, snapshot: Snapshot) -> None:
    seen = {(name, repr(_key(_table(name), row))) for name, row in snapshot.rows}
    rows = [dict(row) for row in session.execute(select(table).where(*conditions)).mappings()]
    # a row reached a second time (through another parent) is already recorded
    rows = [row for row in rows if (table.name, repr(_key(table, row))) not in seen]
    snapshot.rows.extend((table.name, row) for row in rows)
    if not rows:
        return
    for child in Base.metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table is not table:
                continue
            parent_values = [row[fk.column.name] for row in rows]
            condition = fk.parent.in_(parent_values)
            if fk.ondelete == "CASCADE":
                _collect(session, child, [condition], snapshot)
            elif fk.ondelete == "SET NULL":
                for ref in session.execute(select(child).where(condition)).mappings():
                    snapshot.cleared.append(
                        (child.name, _key(child, dict(ref)), fk.parent.name, ref[fk.parent.name]))


def delete_with_snapshot(session: Session, table_name: str, key: dict[str, Any]) -> Snapshot:
    """Delete one row (by its primary-key values) and everything the schema deletes
    with it; return what is needed to restore all of it."""
    table = _table(table_name)
    snapshot = Snapshot()
    _collect(session, table, _where(table, key), snapshot)
    # a row cleared by SET NULL that is itself deleted needs no restoring of the reference
    deleted = {(name, repr(_key(_table(name), row))) for name, row in snapshot.rows}
    snapshot.cleared = [c for c in snapshot.cleared if (c[0], repr(c[1])) not in deleted]
    if table_name in clock.SHAPES and snapshot.rows:
        clock.record_deleted(session.connection(), table_name, key[clock.SHAPES[table_name].key])
    _note(session, snapshot)
    session.execute(delete(table).where(*_where(table, key)), execution_options=ITEMISED)
    last_met.refresh_rows(session.connection(), snapshot.rows)
    session.expire_all()
    return snapshot


def _note(session: Session, snapshot: Snapshot) -> None:
    """Tell the transaction's notice which rows go or come back, and whose references
    the deletion clears."""
    note_rows(session, [*snapshot.rows, *((name, key) for name, key, *_ in snapshot.cleared)])


def restore_snapshot(session: Session, snapshot: Snapshot) -> None:
    """Put back everything a deletion removed, with the same primary keys."""
    _note(session, snapshot)
    pending_refs = list(snapshot.cleared)
    order = {table.name: i for i, table in enumerate(Base.metadata.sorted_tables)}
    for table_name, row in sorted(snapshot.rows, key=lambda entry: order[entry[0]]):
        table = _table(table_name)
        values = dict(row)
        # self-references (reports_to) may point to a row restored later: set them after
        for fk in table.foreign_keys:
            if fk.column.table is table and values.get(fk.parent.name) is not None:
                pending_refs.append((table_name, _key(table, row), fk.parent.name,
                                     values.pop(fk.parent.name)))
        session.execute(insert(table).values(**values), execution_options=ITEMISED)
    for table_name, key, column, value in pending_refs:
        table = _table(table_name)
        session.execute(update(table).where(*_where(table, key)).values({column: value}),
                        execution_options=ITEMISED)
    _stamp_restored(session, snapshot)
    last_met.refresh_rows(session.connection(), snapshot.rows)
    session.expire_all()


def _stamp_restored(session: Session, snapshot: Snapshot) -> None:
    created: dict[str, list] = {}
    for table_name, row in snapshot.rows:
        if table_name in clock.SHAPES:
            created.setdefault(table_name, []).append(row[clock.SHAPES[table_name].key])
    changed: dict[str, dict] = {}
    for table_name, key, column, _ in snapshot.cleared:
        if table_name in clock.SHAPES:
            record_id = key[clock.SHAPES[table_name].key]
            changed.setdefault(table_name, {}).setdefault(record_id, set()).add(column)
    if not created and not changed:
        return
    connection = session.connection()
    stamp = clock.issue(connection)
    for table_name, ids in created.items():
        clock.stamp_created(connection, table_name, ids, stamp)
    for table_name, changes in changed.items():
        clock.stamp_changed(connection, table_name, changes, stamp)
