"""Where the portfolio database is, decided without SQLAlchemy (the window's first screen
needs it before SQLAlchemy is loaded)."""
from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "KAM Desktop"
DB_ENV = "KAM_DESKTOP_DB"
DB_FILENAME = "portfolio.sqlite3"


def default_db_path() -> Path:
    """``KAM_DESKTOP_DB`` if set, else the file in the user's local data folder."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DB_FILENAME
