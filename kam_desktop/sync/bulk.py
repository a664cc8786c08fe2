"""Writing the bulk of an import: many rows of one table at a time, straight through
the driver — on PostgreSQL (the team server) through ``COPY``."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Connection, DateTime, Enum, Uuid, insert
from sqlalchemy.exc import DBAPIError

from kam_desktop.store import clock
from kam_desktop.store.clock import SHAPES
from kam_desktop.store.models import SyncClock, travels
from kam_desktop.sync.values import CODECS, KEY_CODEC, Invalid

_clock = SyncClock.__table__


class BulkInsert:
    """Inserting many rows of one table straight through the DB-API cursor: the statement
    is compiled once for the connection's dialect and each value converted once, from its
    bundle form to what the driver takes (by the column's own bind processor, or by an
    equivalent shortcut the processor was checked against), instead of SQLAlchemy's
    per-row parameter processing, which would dominate a large import.

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
        self.converters: list[Callable[[Any], Any]] = []
        self.local = [name for name in self.names if name in clock.LOCAL_FIELDS]
        for name in self.names:
            column = table.c[name]
            process = column.type.dialect_impl(dialect).bind_processor(dialect) or _same
            codec = None if name in clock.LOCAL_FIELDS else \
                codecs.get(name) or (KEY_CODEC if isinstance(column.type, Uuid) else None)
            samples = list(_SAMPLES)
            if isinstance(column.type, Enum) and column.type.enum_class is not None:
                samples.insert(0, next(iter(column.type.enum_class)).value)
            if self.copy and codec and not isinstance(column.type, (DateTime, JSON)):
                self.converters.append(_same)  # its bundle form is PostgreSQL's text form
            else:
                self.converters.append(_shortcut(codec, process, samples) if codec else process)
        self._values = itemgetter(*self.names) if len(self.names) > 1 else \
            (lambda row: (row[self.names[0]],))
        #: (position, conversion) of the values the driver does not take as they are
        self._converted = [(position, convert) for position, convert
                           in enumerate(self.converters) if convert is not _same]

    def run(self, connection: Connection, rows: list[dict[str, Any]]) -> None:
        """Insert ``rows`` (each column's value in its bundle form; this laptop's own
        bookkeeping columns are filled in)."""
        now = datetime.now(timezone.utc)
        converted, values_of = self._converted, self._values
        prepared = []
        for row in rows:
            for name in self.local:
                row[name] = now
            values = list(values_of(row))
            for position, convert in converted:
                values[position] = convert(values[position])
            prepared.append(tuple(values) if self.positional or self.copy
                            else dict(zip(self.names, values)))
        if self.copy:
            self.copy.run(connection, self.names, prepared)
        else:
            connection.exec_driver_sql(self.sql, prepared)


class _StagedCopy:
    """``COPY`` into a temporary table of the same columns (made on first use, dropped
    when the transaction ends), then ``INSERT … SELECT`` into ``table``: a round trip
    each, however many rows (a round trip costs most when the machine is busy)."""

    def __init__(self, table: str) -> None:
        self.table, self.stage = table, f"kam_stage_{table}"
        self.made = False

    def run(self, connection: Connection, names: list[str], rows: list[tuple]) -> None:
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


def _same(value: Any) -> Any:
    return value


def _hex(value: Any) -> Any:
    return None if value is None else value.replace("-", "")


def _real(value: Any) -> Any:
    return None if value is None else float(value)


def _integer(value: Any) -> Any:
    return None if value is None else int(value)


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
