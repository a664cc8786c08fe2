"""The demo's word lists and templates (resources/demo/words.json, see its README.md)."""
from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from string import Formatter
from typing import Any

from kam_desktop.domain.enums import Stage
from kam_desktop.services import demo

#: the only texts that are formatted, and the fields each may use
PLACEHOLDERS = {
    "personal.education": {"year"},
    "diary_summary": {"names", "topic"},
}


def _texts(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """Every string of the file with its path of keys (list positions left out)."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(item, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item, path)


def test_every_list_and_map_loads_and_has_entries() -> None:
    words = vars(demo._words())
    assert len(words) > 30
    for name, value in words.items():
        assert value, name
        if isinstance(value, dict):
            assert all(value.values()), name


def test_only_the_templates_have_placeholders_and_only_their_own() -> None:
    raw = json.loads(demo.WORDS_FILE.read_text(encoding="utf-8"))
    for path, text in _texts(raw):
        fields = {name for _, name, _, _ in Formatter().parse(text) if name is not None}
        allowed = next((names for prefix, names in PLACEHOLDERS.items()
                        if path.startswith(prefix)), set())
        assert fields <= allowed, (path, text)
    for kind, template in demo._words().diary_summary.items():
        assert "{names}" in template and "{topic}" in template, kind


def test_the_lists_agree_with_each_other_and_with_the_enums() -> None:
    words = demo._words()
    regions = {city["region"] for city in words.cities}
    assert set(words.distance_from_office) <= regions
    assert all(1 <= distance <= 5 for distance in words.distance_from_office.values())
    departments = {words.kam_department} | {person["department"] for person in words.our_staff}
    assert set(words.mirror_roles) == departments
    assert len(words.kam_experience) == len(words.kams)
    assert all(1 <= level <= 5 for level in words.kam_experience.values())
    assert all(1 <= way["centralisation"] <= 5 for way in words.purchasing)
    assert set(words.ladder_steps) == {1, 2, 3, 4}
    for share in words.involvement + words.involvement_extra:
        assert len(share["weights"]) == len(Stage), share["department"]
    for statistic in words.statistics:
        assert statistic["low"] < statistic["high"], statistic["name"]
    for kind, template in words.value_templates.items():
        assert template.cost[0] < template.cost[1] and template.benefit[0] <= template.benefit[1]
        assert all(set(entry) == {"title", "description"} for entry in template.entries), kind
    for goal in words.goals + words.acquisition_goals:
        assert len(goal.actions) >= 2, goal.client_goal  # goals() draws at least two
    industries = {body["industry"] for body in words.name_bodies}
    assert set(words.competitors) == industries  # competitors of each client's industry
    assert all(len(names) >= 2 for names in words.competitors.values())  # ladder() draws two


def test_a_personal_note_is_one_text_or_one_for_a_man_and_one_for_a_woman() -> None:
    raw = json.loads(demo.WORDS_FILE.read_text(encoding="utf-8"))["personal"]
    for field, answers in raw.items():
        for answer in answers:
            assert isinstance(answer, str) or set(answer) == {"he", "she"}, (field, answer)
    gendered = [answer for answers in demo._words().personal.values() for answer in answers
                if answer.he != answer.she]
    assert gendered and all(answer.about(True) == answer.she for answer in gendered)


def test_the_words_are_read_at_the_first_demo_not_at_import() -> None:
    check = ("import kam_desktop.services.demo as demo; "
             "assert demo._words.cache_info().currsize == 0; "
             "assert demo.KAM_EXPERIENCE; assert demo._words.cache_info().currsize == 1")
    subprocess.run([sys.executable, "-c", check], check=True, timeout=120)
