"""What the frozen (PyInstaller) build needs beyond the code PyInstaller finds itself.

Plain Python without PyInstaller, so kam-desktop.spec and tests/test_packaging.py read
the same lists.
"""
from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
#: reverse-DNS id: the desktop entry, AppStream, the macOS bundle, the Wayland app id
APP_ID = "ru.kamdesktop.KamDesktop"
APP_NAME = "KAM Desktop"
#: the executable and the one-folder directory
EXECUTABLE = "kam-desktop"
#: extension of the sync helper's exchange bundles
BUNDLE_EXTENSION = ".kamsync"
BUNDLE_MIME_TYPE = "application/x-kamsync"

#: imported only at run time, by name: by Alembic's env.py and revision scripts, and the
#: SVG backend matplotlib loads for ``savefig(format="svg")`` (the reports' vector charts)
HIDDEN_IMPORTS = ["alembic.op", "alembic.context", "alembic.runtime.migration",
                  "alembic.ddl.sqlite", "sqlalchemy.dialects.sqlite",
                  "matplotlib.backends.backend_svg",
                  # the team server (PostgreSQL through psycopg), loaded by URL
                  "alembic.ddl.postgresql", "sqlalchemy.dialects.postgresql.psycopg",
                  "psycopg", "psycopg_binary",
                  # the team server's password in the system keyring, imported when used
                  # (PyInstaller's keyring hook keeps the metadata that names the backends)
                  "keyring", "keyring.backends.Windows", "keyring.backends.macOS",
                  "keyring.backends.SecretService", "keyring.backends.kwallet"]

#: never used by the application; some would be dragged in by optional imports of the
#: libraries (Qt bindings matplotlib could use, test tools, Tk). QtNetwork stays: the
#: window listens on a local socket for later starts on its database.
EXCLUDES = [
    "tkinter", "_tkinter", "PyQt5", "PyQt6", "PySide2",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtDBus", "PySide6.QtSql",
    "PySide6.QtTest", "PySide6.QtUiTools", "PySide6.QtXml", "PySide6.QtConcurrent",
    "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtMultimedia", "PySide6.QtWebEngineCore",
    "matplotlib.backends.backend_qtagg", "matplotlib.backends.backend_qt",
    "matplotlib.backends.backend_tkagg", "matplotlib.backends.backend_webagg",
    "matplotlib.pyplot",
    "IPython", "pytest", "hypothesis", "pypdf", "numpy.f2py", "setuptools", "pip",
]

#: Qt plugins a desktop application does not load on Linux. The GTK 3 platform theme
#: would also bundle the build machine's GTK, which then clashes with the user's own GTK
#: modules; the XDG portal theme stays for the system's file dialogs. The others serve
#: embedded screens and input devices (EGLFS, framebuffer, VNC, evdev).
LINUX_UNWANTED_QT_PLUGINS = (
    "platformthemes/libqgtk3.so", "platforms/libqeglfs.so", "platforms/libqlinuxfb.so",
    "platforms/libqminimalegl.so", "platforms/libqvnc.so", "platforms/libqvkkhrdisplay.so",
    "egldeviceintegrations/", "generic/",
)


def languages(root: Path = ROOT) -> list[str]:
    """The languages the application is translated into (its .ts files), which are the
    only ones of Qt's own translations worth shipping."""
    return sorted(ts.stem.rsplit("_", 1)[1]
                  for ts in (root / "resources" / "translations").glob("kam_desktop_*.ts"))


def version(root: Path = ROOT) -> str:
    """The one version number, from pyproject.toml."""
    with open(root / "pyproject.toml", "rb") as file:
        return tomllib.load(file)["project"]["version"]


def data_files(package: Path = ROOT / "kam_desktop",
               resources: Path = ROOT / "resources") -> list[tuple[str, str]]:
    """(file, folder inside the bundle) for every data file the application opens, taken
    from ``package`` (the kam_desktop folder) and ``resources`` (kam_desktop.resources).

    The spec passes the installed copy the code is frozen from, so code and data always
    match. Alembic loads env.py, script.py.mako and the revision scripts as files, so the
    migrations go in as source beside their compiled package. The translations must have
    been compiled (scripts/setup.sh, installers/linux/build.sh)."""
    migrations = package / "store" / "migrations"
    translations = resources / "translations"
    compiled = sorted(translations.glob("*.qm"))
    if not compiled or any(not ts.with_suffix(".qm").is_file()
                           for ts in translations.glob("*.ts")):
        raise FileNotFoundError(f"compile the translations in {translations} first "
                                "(pyside6-lrelease)")
    groups = [
        (resources / "fonts", "*", "kam_desktop/resources/fonts"),
        (translations, "*.qm", "kam_desktop/resources/translations"),
        # the command line reads its messages' translations from the sources (no Qt)
        (translations, "*.ts", "kam_desktop/resources/translations"),
        (resources / "icons", "*", "kam_desktop/resources/icons"),
        (resources / "demo", "*.json", "kam_desktop/resources/demo"),
        (resources / "passphrase", "*", "kam_desktop/resources/passphrase"),
        (resources / "guide", "*.html", "kam_desktop/resources/guide"),
        (migrations, "env.py", "kam_desktop/store/migrations"),
        (migrations, "script.py.mako", "kam_desktop/store/migrations"),
        (migrations / "versions", "*.py", "kam_desktop/store/migrations/versions"),
    ]
    return [(str(path), target) for folder, pattern, target in groups
            for path in sorted(folder.glob(pattern)) if path.is_file()]


#: a PyInstaller TOC entry: (path inside the bundle, source path or link target, kind)
Entry = tuple[str, str, str]


def prune_binaries(binaries: list[Entry], unwanted_plugins: Iterable[str],
                   linked: Callable[[str], Iterable[str]]) -> list[Entry]:
    """The binaries without the unwanted Qt plugins and without every shared library
    that only they needed. ``linked(source)`` names the libraries a binary links to."""
    def bundled(entry: Entry) -> str:
        return entry[0].replace("\\", "/")

    dropped = [e for e in binaries
               if any(f"/plugins/{plugin}" in bundled(e) for plugin in unwanted_plugins)]
    kept = [e for e in binaries if e not in dropped]
    candidates = {name for e in dropped for name in linked(e[1])}
    while True:  # a library freed by a dropped one may free others in turn
        needed = {name for e in kept for name in linked(e[1])}
        freed = [e for e in kept if e[2] == "BINARY"
                 and PurePosixPath(bundled(e)).name in candidates - needed]
        if not freed:
            return kept
        candidates |= {name for e in freed for name in linked(e[1])}
        kept = [e for e in kept if e not in freed]


def without_symlinks_to(datas: list[Entry], removed: set[str]) -> list[Entry]:
    """The data entries without the links that would point at removed binaries."""
    def target(entry: Entry) -> str:
        return os.path.normpath(os.path.join(os.path.dirname(entry[0]), entry[1]))

    return [e for e in datas if not (e[2] == "SYMLINK" and target(e) in removed)]


def wanted_qt_translation(bundled: str, languages: Iterable[str]) -> bool:
    """Of Qt's own translations (PySide6/Qt/translations/qtbase_ru.qm) only those of the
    languages the application speaks; everything else is wanted."""
    path = PurePosixPath(bundled.replace("\\", "/"))
    if path.parent.as_posix().endswith("Qt/translations"):
        return path.stem.rsplit("_", 1)[-1] in languages
    return True
