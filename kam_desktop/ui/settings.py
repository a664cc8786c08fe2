"""Preferences and remembered state, as plain values in QSettings (never pickles).

One function per setting keeps the keys and their defaults in one place.
"""
from __future__ import annotations

import uuid

from PySide6.QtCore import QSettings

from kam_desktop.domain.cooling import DEFAULT_COOLING_DAYS
from kam_desktop.domain.workload import DEFAULT_NORM

#: "" follows the system's language
LANGUAGES = ("", "ru", "en")


def language() -> str:
    value = QSettings().value("preferences/language", "", type=str)
    return value if value in LANGUAGES else ""


def set_language(value: str) -> None:
    QSettings().setValue("preferences/language", value)


def cooling_days() -> int:
    value = QSettings().value("preferences/cooling_days", DEFAULT_COOLING_DAYS, type=int)
    return value if 1 <= value <= 365 else DEFAULT_COOLING_DAYS


def set_cooling_days(value: int) -> None:
    QSettings().setValue("preferences/cooling_days", int(value))


def workload_norm() -> int:
    """How many typical accounts one KAM can carry (see domain.workload)."""
    value = QSettings().value("preferences/workload_norm", DEFAULT_NORM, type=int)
    return value if 1 <= value <= 1000 else DEFAULT_NORM


def set_workload_norm(value: int) -> None:
    QSettings().setValue("preferences/workload_norm", int(value))


def open_accounts() -> list[uuid.UUID]:
    """The dossiers open when the application was last closed."""
    found = []
    for text in QSettings().value("session/open_accounts", [], type=list) or []:
        try:
            found.append(uuid.UUID(str(text)))
        except ValueError:
            continue
    return found


def set_open_accounts(ids: list[uuid.UUID]) -> None:
    QSettings().setValue("session/open_accounts", [str(i) for i in ids])
