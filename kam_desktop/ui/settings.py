"""Preferences and remembered state, as plain values in QSettings (never pickles).

Every preference is declared once in :data:`OPTIONS` — its key, default, range or
choices, label and help — and read and written through :func:`value` and
:func:`set_value`, which keep a stored value inside its declaration; the Preferences
dialog builds its fields from the same declarations. The stored settings carry a version:
:func:`upgrade` brings settings written by an older release up to date at start-up.
"""
from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSettings

from kam_desktop.domain.cooling import DEFAULT_COOLING_DAYS
from kam_desktop.domain.handover import HandoverThresholds
from kam_desktop.domain.enums import Category
from kam_desktop.domain.money import DEFAULT_CURRENCY
from kam_desktop.domain.opportunity import DEFAULT_PERSON_DAY_COST
from kam_desktop.domain.plan_review import DEFAULT_REVIEW_MONTHS
from kam_desktop.domain.workload import DEFAULT_NORM
from kam_desktop.domain.issuer import TEXT_LIMIT
from kam_desktop.domain.text import string_problem

CONTEXT = "preferences"
# the version of the stored settings that this release writes
VERSION = 1
_VERSION_KEY = "settings/version"
PATH_LIMIT = 4096
_HANDOVER = HandoverThresholds()
#: the Preferences page of the plan reviews and the hand-over triggers
PLANS = "plans"
# the Preferences page of the team server (kam_desktop.ui.team_server_page builds it)
SERVER = "server"
# whose accounts Today, the portfolio and the workload show: the user's, or everyone's
SCOPES = ("mine", "everyone")


@dataclass(frozen=True)
class Option:
    """One preference: where it is kept and which values it may take."""

    name: str
    key: str
    default: Any
    # a whole number's range, or the texts it may be (none: any one line of text)
    low: int | None = None
    high: int | None = None
    choices: tuple[str, ...] = ()
    # a text that names a file: the files the Preferences dialog offers to choose
    files: str = ""
    # a text that must match this pattern whole (a currency's code)
    pattern: str = ""
    # the words of the Preferences dialog (translated in the context "preferences")
    label: str = ""
    suffix: str = ""
    tip: str = ""
    # the Preferences dialog's page: "" the general one, PLANS the plans and hand-overs,
    # SERVER the team server
    page: str = ""

    def parse(self, stored: Any) -> Any | None:
        """The stored value as this option's type, or None when it may not take it."""
        if isinstance(self.default, int):
            try:
                number = int(stored)
            except (TypeError, ValueError):
                return None
            return number if self.low <= number <= self.high else None
        if not isinstance(stored, str):
            return None
        if self.choices:
            return stored if stored in self.choices else None
        if self.pattern:
            return stored if re.fullmatch(self.pattern, stored) else None
        limit = PATH_LIMIT if self.files else TEXT_LIMIT
        return stored if string_problem(stored, limit) is None and "\n" not in stored else None

    def clean(self, stored: Any) -> Any:
        found = self.parse(stored)
        return self.default if found is None else found


OPTIONS = {option.name: option for option in (
    # "" follows the system's language
    Option("language", "preferences/language", "", choices=("", "ru", "en"),
           label=QT_TRANSLATE_NOOP("preferences", "Language")),
    Option("cooling_days", "preferences/cooling_days", DEFAULT_COOLING_DAYS, 1, 365,
           label=QT_TRANSLATE_NOOP("preferences", "Cooling after"),
           suffix=QT_TRANSLATE_NOOP("preferences", " days"),
           tip=QT_TRANSLATE_NOOP("preferences", "An account is cooling when nobody has met "
                                                "its leader or specifier for longer.")),
    Option("workload_norm", "preferences/workload_norm", DEFAULT_NORM, 1, 1000,
           label=QT_TRANSLATE_NOOP("preferences", "Workload norm per KAM"),
           suffix=QT_TRANSLATE_NOOP("preferences", " typical accounts"),
           tip=QT_TRANSLATE_NOOP("preferences", "How much one KAM can carry. A typical "
                                                "account weighs 1; the workload factors in "
                                                "each dossier make an account lighter (down "
                                                "to 0.5) or heavier (up to 2).")),
    Option("person_day_cost", "preferences/person_day_cost", DEFAULT_PERSON_DAY_COST, 0,
           10_000_000, label=QT_TRANSLATE_NOOP("preferences", "Cost of a person-day"),
           tip=QT_TRANSLATE_NOOP("preferences", "What a day of one of our people costs, in "
                                                "the account's currency: an opportunity's "
                                                "priority weighs the people and days it "
                                                "needs beside its money.")),
    # the hand-over triggers of seed 003 (domain.handover): 0 switches one off
    Option("handover_deals", "preferences/handover_deals", _HANDOVER.deals, 0, 100,
           label=QT_TRANSLATE_NOOP("preferences", "Hand over after"),
           suffix=QT_TRANSLATE_NOOP("preferences", " deals"),
           tip=QT_TRANSLATE_NOOP("preferences", "Today proposes handing a prospect over to "
                                                "a client manager once it has this many "
                                                "deals (1: the contract is signed). 0: "
                                                "never."), page=PLANS),
    Option("handover_amount", "preferences/handover_amount", _HANDOVER.amount, 0,
           1_000_000_000, label=QT_TRANSLATE_NOOP("preferences", "Hand over at orders of"),
           suffix=QT_TRANSLATE_NOOP("preferences", " a year"),
           tip=QT_TRANSLATE_NOOP("preferences", "…when its deals of the last 12 months add "
                                                "up to this amount, in the account's "
                                                "currency. 0: never."), page=PLANS),
    Option("handover_share", "preferences/handover_share", _HANDOVER.share, 0, 100,
           label=QT_TRANSLATE_NOOP("preferences", "Hand over at a share of wallet of"),
           suffix=QT_TRANSLATE_NOOP("preferences", " %"),
           tip=QT_TRANSLATE_NOOP("preferences", "…when its deals of the last 12 months reach "
                                                "this share of its purchase potential. 0: "
                                                "never."), page=PLANS),
    Option("handover_months", "preferences/handover_months", _HANDOVER.months, 0, 240,
           label=QT_TRANSLATE_NOOP("preferences", "Hand over a regular client after"),
           suffix=QT_TRANSLATE_NOOP("preferences", " months"),
           tip=QT_TRANSLATE_NOOP("preferences", "…when it has bought at least twice, within "
                                                "the last 12 months too, and its first deal is "
                                                "this many months old. 0: never."), page=PLANS),
    *(Option(f"plan_review_{category.value}", f"preferences/plan_review_{category.value}",
             DEFAULT_REVIEW_MONTHS[category], 1, 24, label=label,
             suffix=QT_TRANSLATE_NOOP("preferences", " months"),
             tip=QT_TRANSLATE_NOOP("preferences", "How often the written plan of an account "
                                                  "of this category is reviewed with the "
                                                  "team; Today reminds you when it is due."),
             page=PLANS)
      for category, label in (
          (Category.KEY, QT_TRANSLATE_NOOP("preferences", "Review key accounts' plans every")),
          (Category.DEVELOPING, QT_TRANSLATE_NOOP("preferences", "Review developing accounts' plans every")),
          (Category.MAINTAINED, QT_TRANSLATE_NOOP("preferences", "Review maintained accounts' plans every")),
          (Category.OCCASIONAL, QT_TRANSLATE_NOOP("preferences", "Review occasional accounts' plans every")))),
    Option("user_name", "preferences/user_name", "",
           label=QT_TRANSLATE_NOOP("preferences", "Your name"),
           tip=QT_TRANSLATE_NOOP("preferences", "As it is written in the accounts' Owner "
                                                "field and account teams: your accounts "
                                                "are those you own or whose team you are "
                                                "on. The reports name you as their author.")),
    # set on the Currencies page of the dialog (kam_desktop.ui.rates)
    Option("main_currency", "preferences/main_currency", DEFAULT_CURRENCY,
           pattern="[A-Z]{3}"),
    # remembered from the views, not set in the dialog (no label)
    Option("scope", "view/scope", "mine", choices=SCOPES),
    Option("today_grouping", "view/today_grouping", "kind", choices=("kind", "account")),
    # the main window's tab open when it was last closed, opened again at start
    Option("main_tab", "view/main_tab", "today", choices=("today", "portfolio", "dashboard")),
    # who the reports are from (kam_desktop.ui.issuer)
    Option("company_name", "preferences/company_name", "",
           label=QT_TRANSLATE_NOOP("preferences", "Our company"),
           tip=QT_TRANSLATE_NOOP("preferences", "Named on the cover and at the foot of every "
                                                "page of the value dossier.")),
    Option("company_logo", "preferences/company_logo", "",
           files="PNG, SVG, JPEG (*.png *.svg *.jpg *.jpeg)",
           label=QT_TRANSLATE_NOOP("preferences", "Our logo"),
           tip=QT_TRANSLATE_NOOP("preferences", "A PNG, SVG or JPEG picture for the cover of "
                                                "the value dossier.")),
    Option("user_position", "preferences/user_position", "",
           label=QT_TRANSLATE_NOOP("preferences", "Your position")),
    Option("user_phone", "preferences/user_phone", "",
           label=QT_TRANSLATE_NOOP("preferences", "Your phone")),
    Option("user_email", "preferences/user_email", "",
           label=QT_TRANSLATE_NOOP("preferences", "Your e-mail")),
    # the team server (its password is in the system keyring or asked, never here)
    Option("server_host", "team_server/host", "", page=SERVER,
           label=QT_TRANSLATE_NOOP("preferences", "Server"),
           tip=QT_TRANSLATE_NOOP("preferences", "The PostgreSQL server's name or address, "
                                                "as your administrator gave it.")),
    Option("server_port", "team_server/port", 5432, 1, 65535, page=SERVER,
           label=QT_TRANSLATE_NOOP("preferences", "Port"),
           tip=QT_TRANSLATE_NOOP("preferences", "PostgreSQL's port: 5432 unless your "
                                                "administrator says otherwise.")),
    Option("server_database", "team_server/database", "", page=SERVER,
           label=QT_TRANSLATE_NOOP("preferences", "Database"),
           tip=QT_TRANSLATE_NOOP("preferences", "The database of the team's portfolio on "
                                                "that server.")),
    Option("server_login", "team_server/login", "", page=SERVER,
           label=QT_TRANSLATE_NOOP("preferences", "Your login"),
           tip=QT_TRANSLATE_NOOP("preferences", "Your own PostgreSQL login, as your "
                                                "administrator created it: it decides which "
                                                "accounts the server lets you see.")),
)}


def value(name: str) -> Any:
    option = OPTIONS[name]
    return option.clean(QSettings().value(option.key, option.default))


def set_value(name: str, new: Any) -> None:
    option = OPTIONS[name]
    if option.parse(new) != new:
        raise ValueError(f"{new!r} is not a value of the preference {name}")
    QSettings().setValue(option.key, new)


def handover_thresholds() -> HandoverThresholds:
    """The hand-over triggers' thresholds set in Preferences."""
    return HandoverThresholds(deals=value("handover_deals"), amount=value("handover_amount"),
                              share=value("handover_share"), months=value("handover_months"))


def upgrade() -> None:
    """Bring settings written by an older release to :data:`VERSION`: settings from
    before the version was kept (0) may hold values outside today's ranges, written by
    hand or by an early build; they go back to their defaults."""
    stored = QSettings()
    version = stored.value(_VERSION_KEY, 0, type=int)
    if version >= VERSION:
        return
    for option in OPTIONS.values():
        if stored.contains(option.key) and option.parse(stored.value(option.key)) is None:
            stored.remove(option.key)
    stored.setValue(_VERSION_KEY, VERSION)


def review_months() -> dict[Category, int]:
    """How many months apart each category's plans are reviewed."""
    return {category: value(f"plan_review_{category.value}") for category in Category}


#: the company's product groups (Preferences → Product groups), in the user's order
_PRODUCT_GROUPS_KEY = "preferences/product_groups"
#: as long as a deal's product group may be
GROUP_LIMIT = 200


def clean_groups(names: Sequence[str]) -> list[str]:
    """The names as the list keeps them: one line each, spaces collapsed, each group
    once (whatever its case), none too long or empty."""
    kept: dict[str, str] = {}
    for name in names:
        text = " ".join(str(name).split())
        if text and string_problem(text, GROUP_LIMIT) is None:
            kept.setdefault(text.casefold(), text)
    return list(kept.values())


def product_groups() -> list[str]:
    stored = QSettings().value(_PRODUCT_GROUPS_KEY, [])
    # an INI file gives a list of one as a plain text, and an empty one as nothing
    return clean_groups([stored] if isinstance(stored, str) else stored or [])


def set_product_groups(names: Sequence[str]) -> None:
    QSettings().setValue(_PRODUCT_GROUPS_KEY, clean_groups(names))


def user_name_asked() -> bool:
    """Whether the user was already asked for their name at start-up (asked once)."""
    return QSettings().value("session/user_name_asked", False, type=bool)


def set_user_name_asked() -> None:
    QSettings().setValue("session/user_name_asked", True)


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


def header_state(name: str, columns: Sequence[str]) -> QByteArray | None:
    """The remembered layout of a table's columns (QHeaderView.saveState), when the
    table had the same ``columns`` then: a release that adds one starts afresh."""
    stored = QSettings()
    if stored.value(f"{name}/columns", "", type=str) != ",".join(columns):
        return None
    state = stored.value(f"{name}/header")
    return state if isinstance(state, QByteArray) else None


def set_header_state(name: str, columns: Sequence[str], state: QByteArray) -> None:
    stored = QSettings()
    stored.setValue(f"{name}/columns", ",".join(columns))
    stored.setValue(f"{name}/header", state)


def _database_key(db_path) -> str:
    """A settings key of its own for each database file."""
    import hashlib  # only here: loading OpenSSL's hashes would slow every start

    return "team_server/last_sync/" + hashlib.sha256(str(db_path).encode()).hexdigest()[:16]


def last_sync(db_path) -> str:
    """When this database last synchronised with the team server (ISO 8601), or ""."""
    stored = QSettings().value(_database_key(db_path), "")
    return stored if isinstance(stored, str) else ""


def set_last_sync(db_path, moment: str) -> None:
    QSettings().setValue(_database_key(db_path), moment)
