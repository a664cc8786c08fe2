"""The database health check behind ``kam-desktop check``."""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError, OperationalError

from kam_desktop.store import last_met, migrations


@dataclass
class CheckResult:
    problems: list[str] = field(default_factory=list)
    schema_revision: str | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(engine: Engine) -> CheckResult:
    """SQLite's integrity check, foreign-key check, the schema revision and, on our
    current schema, that the stored "last met" days agree with the diary. Damage that
    stops a check half-way is one of the problems found, not an error."""
    result = CheckResult()
    try:
        with engine.connect() as connection:
            integrity = [row[0] for row in connection.execute(text("PRAGMA integrity_check"))]
            if integrity != ["ok"]:
                result.problems.extend(f"integrity: {line}" for line in integrity)
            for table, rowid, parent, _ in connection.execute(text("PRAGMA foreign_key_check")):
                result.problems.append(
                    f"foreign key: {table} row {rowid} points to a missing {parent}")
        result.schema_revision = migrations.current_revision(engine)
        if result.schema_revision == migrations.HEAD:
            with engine.connect() as connection:
                result.problems.extend(last_met.mismatches(connection))
    except OperationalError:
        raise  # locked, unreadable: no finding about the file, the command says so
    except DatabaseError as error:  # "database disk image is malformed"
        result.problems.append(f"integrity: {error.orig}")
        return result
    if result.schema_revision != migrations.HEAD:
        result.problems.append(
            f"schema: at revision {result.schema_revision}, expected {migrations.HEAD}"
        )
    return result
