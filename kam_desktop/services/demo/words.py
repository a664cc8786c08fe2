"""The demo's words: resources/demo/words.json, read once at the first demo, and the
small rules of Russian names and transliteration that go with them."""
from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from types import SimpleNamespace

from kam_desktop.domain.enums import (
    PERSONAL_FIELDS,
    DiaryKind,
    LossCause,
    OpportunityClass,
    Role,
    TeamLevel,
    ValueKind,
)
from kam_desktop.resources import RESOURCES

WORDS_FILE = RESOURCES / "demo" / "words.json"

_TRANSLIT = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    ("a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
     "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"),
))




@dataclass(frozen=True)
class _LossStory:
    """How a demo client was lost: the reason on the account, the cause of its loss
    record, whether a competitor (of its industry) won it, and the win-back plan's
    actions (none: it cannot be won back)."""

    text: str
    cause: LossCause
    competitor: bool
    could_have_done: str
    win_back: Sequence[str]


@dataclass(frozen=True)
class _GoalTemplate:
    client_goal: str
    our_goal: str
    measure: str
    product: str
    price: str
    promotion: str
    place: str
    actions: Sequence[str]


@dataclass(frozen=True)
class _ValueTemplate:
    entries: Sequence[dict[str, str]]  # {"title", "description"}
    cost: Sequence[float]  # our cost, RUB: lowest, highest
    benefit: Sequence[float]  # the client's benefit as a multiple of our cost
    departments: Sequence[str]


@dataclass(frozen=True)
class _Gendered:
    """A personal note as written about a man and about a woman."""

    he: str
    she: str

    def about(self, female: bool) -> str:
        return self.she if female else self.he


@functools.cache
def _words() -> SimpleNamespace:
    """The words of WORDS_FILE, read at the first demo rather than at import. Lists are
    used as read; maps keyed by an enum are rebuilt in the enum's order and templates
    become dataclasses, so a missing key or field fails here. The result is shared: the
    generators copy before they change anything."""
    words = SimpleNamespace(**json.loads(WORDS_FILE.read_text(encoding="utf-8")))
    words.kam_experience = {kam["name"]: kam["experience"] for kam in words.kams}
    words.our_staff = [colleague | {"level": TeamLevel(colleague["level"])}
                       for colleague in words.our_staff]
    words.executives = [c for c in words.our_staff if c["level"] is TeamLevel.EXECUTIVE]
    words.mirror_roles = {department: tuple(map(Role, roles))
                          for department, roles in words.mirror_roles.items()}
    words.director = (words.director["position"], words.director["department"])
    words.positions = {role: [(post["position"], post["department"])
                              for post in words.positions[role.value]] for role in Role}
    # an answer is one text, or {"he": …, "she": …} where Russian grammar tells the gender
    words.personal = {name: [_Gendered(answer, answer) if isinstance(answer, str)
                             else _Gendered(answer["he"], answer["she"])
                             for answer in words.personal[name]]
                      for name in PERSONAL_FIELDS}
    words.competitors_everywhere = words.competitors["everywhere"]
    words.competitors = words.competitors["by_industry"]
    words.ladder_steps = {int(level): steps for level, steps in words.ladder_steps.items()}
    words.diary_summary = {kind: words.diary_summary[kind.value] for kind in DiaryKind}
    words.diary_topics = {kind: words.diary_topics[kind.value] for kind in DiaryKind}
    words.opportunities = {cls: words.opportunities[cls.value] for cls in OpportunityClass}
    words.lost_reasons = [_LossStory(**story | {"cause": LossCause(story["cause"])})
                          for story in words.lost_reasons]
    words.goals = [_GoalTemplate(**goal) for goal in words.goals]
    words.acquisition_goals = [_GoalTemplate(**goal) for goal in words.acquisition_goals]
    words.value_templates = {kind: _ValueTemplate(**words.value_templates[kind.value])
                             for kind in ValueKind}
    return words



def _female_surname(surname: str) -> str:
    if surname.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return surname + "а"
    if surname.endswith("ий"):
        return surname[:-2] + "ая"
    return surname  # -енко, -ук and the like do not change


def _translit(text: str) -> str:
    return "".join(_TRANSLIT.get(char, char) for char in text.lower())

