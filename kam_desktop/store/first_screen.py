"""The portfolio's first screen read with the standard library alone, so that the window
shows its accounts before SQLAlchemy and the models are loaded (a third of a second).

The read is read-only (``mode=ro``: it cannot write, create or migrate anything) and
gives up — returns None, and the window starts the usual way — whenever the database is
not simply there to read: missing, empty, not an SQLite file (another program's, or
encrypted), locked, damaged, or at another schema than this version's (a migration, with
its backup, must come first). The window opens the database the usual way right after
the first paint, and everything else is read through it.
"""
from __future__ import annotations

import sqlite3
import uuid
from contextlib import closing
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path

from kam_desktop.domain.enums import Category, Lifecycle
from kam_desktop.domain.mine import spellings_of
from kam_desktop.store import migrations

#: the columns of an account the portfolio shows before its figures, in this order
#: (services.account_row builds its first rows from them)
ACCOUNT_COLUMNS = ("id", "name", "legal_name", "inn", "category", "lifecycle", "owner",
                   "currency", "parent_id")


CATEGORIES = {category.value: category for category in Category}
LIFECYCLES = {stage.value: stage for stage in Lifecycle}


@dataclass(frozen=True)
class FirstScreen:
    #: one tuple per account, sorted by name: id (UUID), name, legal name, INN, category
    #: (Category), stage (Lifecycle), owner, currency, holding (UUID or None)
    accounts: list[tuple]
    #: the accounts of the user named when reading (owned, or on the team)
    mine: frozenset[uuid.UUID]


def read_first_screen(db_path: Path, user_name: str = "") -> FirstScreen | None:
    """The accounts as the portfolio lists them before its figures, or None when the
    database cannot simply be read as it is (see the module's docstring)."""
    path = Path(db_path)
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                     timeout=0)) as connection:
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            if revision is None or revision[0] != migrations.HEAD:
                return None
            accounts = [(uuid.UUID(hex=id_), name, legal_name, inn, CATEGORIES[category],
                         LIFECYCLES[lifecycle], owner, currency,
                         None if parent is None else uuid.UUID(hex=parent))
                        for id_, name, legal_name, inn, category, lifecycle, owner, currency, parent
                        in connection.execute(f"SELECT {', '.join(ACCOUNT_COLUMNS)} FROM account")]
            # sorted here rather than by SQLite's index, which reads the table in its order:
            # code points sort as the UTF-8 bytes of SQLite's BINARY collation do
            accounts.sort(key=itemgetter(1))
            mine = _mine(connection, user_name, accounts)
    except (sqlite3.Error, KeyError, ValueError, OSError):
        return None  # the usual start says what is wrong, in its own words
    return FirstScreen(accounts, mine)


def _mine(connection: sqlite3.Connection, user_name: str,
          accounts: list[tuple]) -> frozenset[uuid.UUID]:
    """The user's accounts (domain.mine), as services.mine finds them, matched on the
    stored ids: only those matched are made UUIDs."""
    names = [name for (name,) in connection.execute(
        "SELECT DISTINCT owner FROM account UNION SELECT DISTINCT name FROM team_member")]
    spellings = spellings_of(user_name, names)
    if not spellings:
        return frozenset()
    marks = ", ".join("?" * len(spellings))
    matched = {stored for (stored,) in connection.execute(
        f"SELECT id FROM account WHERE owner IN ({marks}) "
        f"UNION SELECT account_id FROM team_member WHERE name IN ({marks})",
        spellings * 2)}
    return frozenset(account[0] for account in accounts if account[0].hex in matched)
