"""Writing the bulk of an import: many rows of one table at a time, straight through
the driver — on PostgreSQL (the team server) through ``COPY``."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timezone
from itertools import repeat
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Connection, DateTime, Enum, Uuid, bindparam, exists, insert, update
from sqlalchemy.exc import DBAPIError

from kam_desktop.store import clock
from kam_desktop.store.clock import SHAPES
from kam_desktop.store.models import SyncClock, travels
from kam_desktop.sync.values import CODECS, KEY_CODEC, Invalid

_clock = SyncClock.__table__


class BulkInsert:
    """Inserting many rows of one table straight through the DB-API cursor: the statement
    is compiled once for the connection's dialect, and the values are converted column by
    column, from their bundle form to what the driver takes (by the column's own bind
    processor, or by an equivalent shortcut the processor was checked against), instead
    of SQLAlchemy's per-row parameter processing, which would dominate a large import.

    On PostgreSQL the rows go by ``COPY`` into a staging table and from there by one
    ``INSERT … SELECT`` into the table: many times faster than a statement per row, and
    the row-level security policies still judge every row (``COPY`` straight into a
    table they guard is refused). ``COPY`` takes text, so a value whose bundle form is
    already what PostgreSQL reads (an id, a date, an amount, a name) goes as it is."""

    def __init__(self, connection: Connection, table_name: str) -> None:
        table = SHAPES[table_name].table if table_name in SHAPES else _clock
        dialect = connection.dialect
        self.copy = _StagedCopy(table.name) if dialect.name == "postgresql" else None
        names = [c.name for c in table.columns if travels(c)]  # a derived one stays empty
        compiled = insert(table).compile(dialect=dialect, column_keys=names)
        self.sql = str(compiled)
        self.positional = compiled.positional
        self.names = list(compiled.positiontup) if self.positional else names
        codecs = CODECS.get(table_name, {})
        #: per column: the bind processor of this laptop's own bookkeeping, or the
        #: conversion of a column's values from their bundle form (None: as they are)
        self._local: dict[str, Callable[[Any], Any]] = {}
        self._columns: list[tuple[str, Callable[[list], list] | None]] = []
        for name in self.names:
            column = table.c[name]
            if name in clock.LOCAL_FIELDS:
                self._local[name] = _process(column, dialect)
            else:
                self._columns.append((name, _conversion(column, codecs.get(name), dialect,
                                                        as_text=self.copy is not None)))
        getter = itemgetter(*(name for name, _ in self._columns))
        self._values = getter if len(self._columns) > 1 else lambda row: (getter(row),)

    def run(self, connection: Connection, rows: list[dict[str, Any]]) -> None:
        """Insert ``rows``: each column's value in its bundle form (this laptop's own
        bookkeeping columns are filled in)."""
        if not rows:
            return
        now = datetime.now(timezone.utc)
        columns = zip(*map(self._values, rows))
        values = {name: column if convert is None else convert(column)
                  for (name, convert), column in zip(self._columns, columns)}
        values.update((name, repeat(process(now), len(rows)))
                      for name, process in self._local.items())
        prepared = zip(*(values[name] for name in self.names))
        if self.copy:
            self.copy.run(connection, self.names, prepared)
        else:
            connection.exec_driver_sql(self.sql, list(prepared) if self.positional else
                                       [dict(zip(self.names, row)) for row in prepared])


class _StagedCopy:
    """``COPY`` into a temporary table of the same columns (made on first use, dropped
    when the transaction ends), then ``INSERT … SELECT`` into ``table``: a round trip
    each, however many rows (a round trip costs most when the machine is busy)."""

    def __init__(self, table: str) -> None:
        self.table, self.stage = table, f"kam_stage_{table}"
        self.made = False

    def run(self, connection: Connection, names: list[str], rows: Iterable[tuple]) -> None:
        columns = ", ".join(f'"{name}"' for name in names)
        dbapi = connection.dialect.loaded_dbapi
        statement = f'COPY "{self.stage}" ({columns}) FROM STDIN'
        try:
            with connection.connection.driver_connection.cursor() as cursor:
                if not self.made:
                    cursor.execute(f'CREATE TEMPORARY TABLE IF NOT EXISTS "{self.stage}" '
                                   f'ON COMMIT DROP AS SELECT {columns} FROM '
                                   f'"{self.table}" WITH NO DATA')
                    self.made = True
                with cursor.copy(statement) as copy:
                    for row in rows:
                        copy.write_row(row)
                statement = (f'INSERT INTO "{self.table}" ({columns}) SELECT {columns} '
                             f'FROM "{self.stage}"; TRUNCATE "{self.stage}"')
                cursor.execute(statement)
        except dbapi.Error as error:  # reported as SQLAlchemy reports the driver's own
            raise DBAPIError.instance(statement, None, error, dbapi.Error) from error


def update_references(connection: Connection, table_name: str, column_name: str,
                      pairs: list[tuple[str, str]]) -> None:
    """Point ``column_name`` of records of ``table_name`` at their targets, given as
    (record id, target id) in their bundle form, where the target exists: one statement
    for all, the target's presence checked by the database."""
    shape = SHAPES[table_name]
    table = shape.table
    target_shape = SHAPES[dict(shape.references)[column_name]]
    target = target_shape.table.c[target_shape.key]
    local = [name for name in clock.LOCAL_FIELDS if name in table.c]
    statement = update(table).where(
        table.c[shape.key] == bindparam("_record"),
        exists().where(target == bindparam("_target")),
    ).values({column_name: bindparam("_target"), **{name: bindparam(name) for name in local}})
    dialect = connection.dialect
    compiled = statement.compile(dialect=dialect)
    convert = _conversion(table.c[shape.key], None, dialect) or list
    records, targets = zip(*pairs)
    values = {"_record": convert(records), "_target": convert(targets)}
    now = datetime.now(timezone.utc)
    values.update((name, [_process(table.c[name], dialect)(now)] * len(pairs))
                  for name in local)
    names = list(compiled.positiontup) if compiled.positional else list(values)
    prepared = zip(*(values[name] for name in names))
    connection.exec_driver_sql(str(compiled), list(prepared) if compiled.positional else
                               [dict(zip(names, row)) for row in prepared])


def _process(column: Any, dialect: Any) -> Callable[[Any], Any]:
    """The column's bind processor: its value as the driver takes it."""
    return column.type.dialect_impl(dialect).bind_processor(dialect) or _same


def _conversion(column: Any, codec: Any, dialect: Any,
                as_text: bool = False) -> Callable[[list], list] | None:
    """The conversion of a column's values from their (checked) bundle form to what the
    driver takes, one column at a time; None when they go as they are — as they do
    ``as_text`` (by COPY), where the bundle form is PostgreSQL's text form."""
    process = _process(column, dialect)
    if codec is None and isinstance(column.type, Uuid):
        codec = KEY_CODEC
    if as_text and codec is not None and not isinstance(column.type, (DateTime, JSON)):
        return None
    if codec is None:
        convert = process
    else:
        samples = list(_SAMPLES)
        if isinstance(column.type, Enum) and column.type.enum_class is not None:
            samples.insert(0, next(iter(column.type.enum_class)).value)
        convert = _shortcut(codec, process, samples)
    return _COLUMNWISE.get(convert, _each(convert))


def _same(value: Any) -> Any:
    return value


def _hex(value: Any) -> Any:
    return None if value is None else value.replace("-", "")


def _real(value: Any) -> Any:
    return None if value is None else float(value)


def _integer(value: Any) -> Any:
    return None if value is None else int(value)


def _each(convert: Callable[[Any], Any]) -> Callable[[list], list]:
    return lambda values: list(map(convert, values))


#: the shortcuts, each as one conversion of a whole column
_COLUMNWISE: dict[Callable[[Any], Any], Callable[[list], list] | None] = {
    _same: None,
    _hex: lambda values: [None if v is None else v.replace("-", "") for v in values],
    _real: lambda values: [None if v is None else float(v) for v in values],
    _integer: lambda values: [None if v is None else int(v) for v in values],
}

_SAMPLES = ("00000000-0000-4000-8000-000000000001", "2024-01-02", "12.50", 1.5, 3, True, "x")


def _shortcut(codec: Any, process: Callable[[Any], Any],
              samples: list[Any]) -> Callable[[Any], Any]:
    """A conversion from the (checked) bundle form straight to the driver's value, when
    one of a few simple ones agrees with decoding and processing on a sample value of
    the column (and on None where the column takes None); else decoding and processing."""
    def full(value: Any) -> Any:
        return process(codec.decode(value))
    sample = next((candidate for candidate in samples if _accepts(codec, candidate)), None)
    if sample is None:
        return full
    expected = full(sample)
    nullable = _accepts(codec, None)
    for quick in (_same, _hex, _real, _integer):
        try:
            got = quick(sample)
        except (TypeError, ValueError, AttributeError):
            continue
        if got == expected and type(got) is type(expected) \
                and (not nullable or quick(None) == full(None)):
            return quick
    return full


def _accepts(codec: Any, value: Any) -> bool:
    try:
        codec.check(value)
    except Invalid:
        return False
    return True
