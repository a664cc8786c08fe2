"""Empty databases at the current schema, quickly: the migrations run once per test
process into a template, which every new database copies (running them for every test
and every replica of every example would take much of the suite's time). The
migrations themselves are tested on real files in tests/store."""
from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from kam_desktop.store.database import Database, open_database

_TEMPLATE: list[Path] = []


def _template() -> Path:
    if not _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="kam-template-"))
        atexit.register(shutil.rmtree, folder, True)
        template = folder / "template.sqlite3"
        open_database(template).close()  # closing the last connection empties the WAL
        _TEMPLATE.append(template)
    return _TEMPLATE[0]


def fresh_database(path: Path) -> Database:
    """The database at ``path``: a copy of the migrated template unless a file is
    already there."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(_template(), path)
    return open_database(path)
