"""Fixtures of the interchange tests: the full sample document, a database holding it,
and the statements an import writes."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import event

from interchange_sample import full_document, load


@pytest.fixture
def full(tmp_path: Path) -> dict:
    return full_document(tmp_path)


@pytest.fixture
def loaded(db, full) -> dict:
    """The database holding FULL; returns the document."""
    load(db, full)
    return full


@pytest.fixture
def writes(db) -> list[str]:
    """The INSERT/UPDATE/DELETE statements sent to the database from now on."""
    statements: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:
        if statement.split(None, 1)[0].upper() in ("INSERT", "UPDATE", "DELETE"):
            statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    yield statements
    event.remove(db.engine, "before_cursor_execute", record)
