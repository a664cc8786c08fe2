"""What the interchange file holds: the columns each kind of record carries, and the
list sections of an account (and of a goal). Reading, matching, importing and exporting
all follow these tables; how a value is converted is in values.py."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kam_desktop.domain.text import Text
from kam_desktop.store import schema
from kam_desktop.store.models import (
    Contact,
    CoolingReason,
    DiaryEntry,
    Goal,
    InvolvementShare,
    LadderAssessment,
    Opportunity,
    PlanAction,
    Revenue,
    Statistic,
    SwitchingBarrier,
    TeamMember,
    ValueEntry,
)

FORMAT = "kam-desktop.accounts"
VERSION = 1

#: a goal's columns strategy_<key> and resource_<key>, grouped in the file under
#: "strategy" and "resources"
STRATEGY_KEYS = ("product", "price", "promotion", "place")
RESOURCE_KEYS = ("people", "days", "budget")
_GROUPED = ("strategy_", "resource_")

#: a key of the file that names its column differently
KEY_OF_COLUMN = {"opportunity_class": "class"}


def plain_columns(kind: type) -> list:
    """The columns the file carries for a record of ``kind``, each under its own key:
    every content column of the model (:func:`schema.content_columns`), so a column
    added to the model is in the file, the checks and the export at once."""
    return [column for column in schema.content_columns(kind.__tablename__)
            if not column.name.startswith(_GROUPED)]


def key_names(natural_key: Sequence[str]) -> str:
    """The keys of a natural key, for a message: "name", or "date and summary"."""
    if len(natural_key) == 1:
        return natural_key[0]
    first, second = natural_key
    return Text("{first} and {second}", first=first, second=second)


@dataclass(frozen=True)
class Section:
    """A list of records inside an account (or a goal)."""

    key: str  # in the file
    attr: str  # the relationship of the parent row
    kind: type
    #: the columns that find a record which has no id
    natural_key: tuple[str, ...]
    #: the natural key is unique even among records with ids (people are named by it)
    unique: bool = False
    #: the database holds the natural key unique too, even while rows are being updated
    unique_in_database: bool = False

    def key_of(self, row: Any) -> tuple:
        return tuple(getattr(row, attr) for attr in self.natural_key)


ACTIONS = Section("actions", "actions", PlanAction, ("title",))
CONTACTS = Section("contacts", "contacts", Contact, ("name",), unique=True)
TEAM = Section("team", "team", TeamMember, ("name",), unique=True)
#: in the file a map {stage: {department: percent}} rather than a list
INVOLVEMENT = Section("involvement", "involvement", InvolvementShare, ("stage", "department"),
                      unique=True)

#: in the order of the file
ACCOUNT_SECTIONS: tuple[Section, ...] = (
    Section("revenue", "revenue", Revenue, ("period",), unique=True, unique_in_database=True),
    Section("ladder", "ladder", LadderAssessment, ("date",)),
    CONTACTS,
    TEAM,
    Section("diary", "diary", DiaryEntry, ("date", "summary")),
    Section("opportunities", "opportunities", Opportunity, ("title",)),
    Section("goals", "goals", Goal, ("our_goal",)),
    Section("value", "value_entries", ValueEntry, ("date", "title")),
    Section("statistics", "statistics", Statistic, ("name", "period")),
    INVOLVEMENT,
    Section("switching_barriers", "switching_barriers", SwitchingBarrier, ("description",)),
    Section("cooling", "cooling_reasons", CoolingReason, ("date", "reason")),
)
SECTIONS_BY_KEY = {section.key: section for section in (*ACCOUNT_SECTIONS, ACTIONS)}
