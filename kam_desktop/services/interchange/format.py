"""What the interchange file holds: the columns each kind of record carries, and the
list sections of an account (and of a goal and a loss). Reading, matching, importing and exporting
all follow these tables; how a value is converted is in values.py."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import UniqueConstraint

from kam_desktop.domain.text import Text
from kam_desktop.store import schema
from kam_desktop.store.kinds import KINDS, SECTIONS, RecordKind
from kam_desktop.store.models import (
    Contact,
    InvolvementShare,
    PlanAction,
    TeamMember,
    WinBackAction,
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
    """The keys of a natural key, for a message: "name", "date and summary", or
    "date, amount, product_group and reference"."""
    if len(natural_key) == 1:
        return natural_key[0]
    *first, second = natural_key
    return Text("{first} and {second}", first=", ".join(first), second=second)


@dataclass(frozen=True)
class Section:
    """A list of records inside an account (or a goal, or a loss)."""

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


def _section(kind: RecordKind) -> Section:
    parent = KINDS[kind.parent_kind].model
    (attr,) = (r.key for r in parent.__mapper__.relationships if r.mapper.class_ is kind.model)
    key = {kind.parent, *kind.natural_key}
    in_database = any(isinstance(c, UniqueConstraint) and {col.name for col in c.columns} == key
                      for c in kind.table.constraints)
    return Section(kind.section, attr, kind.model, kind.natural_key,
                   unique=kind.unique_key or in_database, unique_in_database=in_database)


_SECTIONS = {kind.model: _section(kind) for kind in SECTIONS}
ACTIONS = _SECTIONS[PlanAction]
WIN_BACK = _SECTIONS[WinBackAction]
CONTACTS = _SECTIONS[Contact]
TEAM = _SECTIONS[TeamMember]
#: in the file a map {stage: {department: percent}} rather than a list
INVOLVEMENT = _SECTIONS[InvolvementShare]

#: in the order of the file
ACCOUNT_SECTIONS: tuple[Section, ...] = tuple(
    _SECTIONS[kind.model] for kind in SECTIONS if kind.parent_kind == "account")
SECTIONS_BY_KEY = {section.key: section for section in _SECTIONS.values()}
