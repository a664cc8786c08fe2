"""A bundle written by the release before potentials by year and goal links is read as
this release writes it: the account's one potential is dropped, an opportunity's goal
counts as never written (so it cannot clear a link made here)."""
from __future__ import annotations

import uuid

from kam_desktop.store.clock import SHAPES
from kam_desktop.sync.bundle.lines import DROPPED, parse_record


def _line(table: str, values: dict, stamps: dict) -> dict:
    return {"id": str(uuid.uuid4()), "f": values, "s": stamps}


def test_an_accounts_one_potential_is_dropped() -> None:
    fields = SHAPES["account"].fields
    line = _line("account", {**dict.fromkeys(fields), "name": "АО «Старый формат»",
                             "annual_potential": "1200000.00"},
                 {"*": [5, 0], "annual_potential": [9, 0]})
    record = parse_record(line, "account", False, 1)
    assert "annual_potential" not in record.fields
    assert {record.stamp(name) for name in SHAPES["account"].fields} == {(5, 0)}


def test_an_opportunity_without_a_goal_counts_as_never_linked() -> None:
    fields = SHAPES["opportunity"].fields
    old = {name: None for name in fields if name != "goal_id"}
    line = _line("opportunity", old | {"title": "Склад"}, {"*": [5, 0]})
    record = parse_record(line, "opportunity", False, 1)
    assert record.fields["goal_id"] is None and record.stamp("goal_id") == (0, None)
    assert record.stamp("title") == (5, 0)


def test_the_fields_dropped_by_past_migrations_are_declared_once() -> None:
    assert {("contact", "our_counterpart"), ("account", "annual_potential")} <= DROPPED
    for table, column in DROPPED:
        assert column not in SHAPES[table].fields
