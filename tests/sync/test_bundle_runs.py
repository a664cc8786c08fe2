"""A run of record lines checked at once, column by column (sync.bundle.batch), takes
exactly what reading the lines one by one takes, and nothing that reading refuses."""
from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kam_desktop.services import sync
from kam_desktop.services.demo import load_demo
from kam_desktop.sync.bundle import BundleReader, member_name
from kam_desktop.sync.bundle.batch import ordinary_records
from kam_desktop.sync.bundle.lines import parse_taken
from kam_desktop.sync.bundle.strict_json import parse_line
from kam_desktop.sync.values import CODECS, Invalid
from fresh_databases import fresh_database


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """A small demo portfolio's bundle, with stamped changes."""
    folder = tmp_path_factory.mktemp("runs")
    db = fresh_database(folder / "portfolio.sqlite3")
    with db.transaction() as session:
        load_demo(session, accounts=4, seed=7, today=date(2026, 11, 1))
    path = folder / "portfolio.kamsync"
    with db.transaction() as session:
        sync.export_bundle(session, path=path, allow_unlocked=True, with_personal=True)
    db.close()
    return path


@pytest.fixture(scope="module")
def members(bundle) -> dict[str, list[bytes]]:
    with zipfile.ZipFile(bundle) as archive:
        return {table: archive.read(member_name(table)).splitlines()
                for table in BundleReader(bundle).tables()}


def _one_by_one(lines: list[bytes], table: str) -> list | None:
    """What reading the lines one by one takes (id, fields, newest, stamps); None when
    it refuses a line."""
    taken, previous = [], ""
    for line in lines:
        try:
            record = parse_taken(parse_line(line), table, 2)
        except Invalid:
            return None
        if record.text <= previous:
            return None
        previous = record.text
        taken.append(record)
    return [(r.text, r.fields, r.newest, r.raw) for r in taken]


def _at_once(lines: list[bytes], table: str) -> list | None:
    records = ordinary_records(lines, table, 2, "")
    return None if records is None else [(r.text, r.fields, r.newest, r.raw)
                                         for r in records]


def test_every_table_of_a_portfolio_is_taken_a_run_at_a_time(members) -> None:
    for table, lines in members.items():
        if lines:
            assert _at_once(lines, table) == _one_by_one(lines, table), table


def test_the_reader_gives_what_reading_line_by_line_gives(bundle, members) -> None:
    reader = BundleReader(bundle)
    try:
        for table, lines in members.items():
            read = [(r.text, r.fields, r.newest, r.raw) for r in reader.records(table)]
            assert read == _one_by_one(lines, table)
    finally:
        reader.close()


#: edits of a line's text, each of which may or may not leave a line the schema takes
_EDITS = [
    (b'":', b'" :'), (b'":', b'":":'), (b',"', b', "'), (b'":"', b'":"\\u0007'),
    (b'":null', b'":[]'), (b'":null', b'":{}'), (b'":null', b'":0'), (b'":true', b'":1'),
    (b'":false', b'":null'), (b'":"', b'":"\\n'), (b'"-', b'"A-'), (b'":{', b'":{"x":1,'),
    (b'}', b',"id":"x"}'), (b'":0', b'":-1'), (b'":1', b'":1.5'), (b'":1', b'":1e400'),
    (b'.00"', b'.0"'), (b'-01"', b'-32"'), (b'"20', b'"99'), (b'":[', b'":[[0,0],'),
    (b'}', b'}}'), (b'{"id"', b' {"id"'), (b'"s":{', b'"s":{"*":[1,0],'),
    (b'"s":{', b'"s":{"*":[0,null],'), (b'"s":{', b'"s":{"*":[1,7],'), (b'"f":{', b'"f":{"id":1,'),
    (b',"s":', b',"s":{},"s":'), (b',"s":', b',"s" :{},"s":'),
]


@pytest.mark.parametrize("edit", _EDITS, ids=lambda edit: edit[1].decode(errors="replace"))
def test_an_edited_line_is_taken_at_once_only_as_reading_it_alone_takes_it(members,
                                                                          edit) -> None:
    old, new = edit
    for table, lines in members.items():
        for at in range(min(len(lines), 3)):
            edited = [*lines[:at], lines[at].replace(old, new, 1), *lines[at + 1:at + 3]]
            at_once = _at_once(edited, table)
            if at_once is not None:
                assert at_once == _one_by_one(edited, table), (table, edited[at])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_run_is_taken_at_once_only_as_reading_it_line_by_line_takes_it(members, data) -> None:
    table = data.draw(st.sampled_from(sorted(t for t, lines in members.items() if lines)))
    lines = list(members[table][:data.draw(st.integers(1, 12))])
    for _ in range(data.draw(st.integers(0, 3))):
        at = data.draw(st.integers(0, len(lines) - 1))
        kind = data.draw(st.integers(0, 3))
        if kind == 0:
            old, new = data.draw(st.sampled_from(_EDITS))
            count = lines[at].count(old)
            if count:
                nth = data.draw(st.integers(0, count - 1))
                parts = lines[at].split(old)
                lines[at] = old.join(parts[:nth + 1]) + new + old.join(parts[nth + 1:])
        elif kind == 1 and len(lines) > 1:  # two lines swapped, or one repeated
            other = data.draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif kind == 2 and len(lines[at]) > 1:  # a line cut in two
            cut = data.draw(st.integers(1, len(lines[at]) - 1))
            lines[at:at + 1] = [lines[at][:cut], lines[at][cut:]]
        else:
            lines[at] = lines[at] + b"," + lines[(at + 1) % len(lines)]
    at_once = _at_once(lines, table)
    if at_once is not None:
        assert at_once == _one_by_one(lines, table)


_FIELDS = [(table, name) for table, codecs in CODECS.items() for name in codecs]
_VALUES = st.one_of(
    st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=30),
    st.dates().map(str), st.decimals(places=2, allow_nan=False).map(str),
    st.uuids().map(str), st.sampled_from(["key", "neutral", "2026-02-30", "1899-12-31",
                                          "x" * 201, "12.50", "2026-11-01\n"]))


def _quick(test, value) -> bool:
    try:
        return bool(test(value))
    except (TypeError, ValueError):
        return False


@given(st.sampled_from(_FIELDS), st.lists(_VALUES, max_size=6))
def test_a_column_passes_its_quick_test_only_when_every_value_does(field, values) -> None:
    codec = CODECS[field[0]][field[1]]
    if _quick(codec.quick_all, values):
        assert all(_quick(codec.quick, value) for value in values)


def test_the_quick_tests_of_a_column_pass_the_usual_columns() -> None:
    assert _quick(CODECS["contact"]["name"].quick_all, ["Орлова Анна", "Иванов Пётр"])
    assert _quick(CODECS["deal"]["date"].quick_all, ["2026-11-01", "1999-01-31"])
    assert _quick(CODECS["revenue"]["amount"].quick_all, ["1250.00", "0.50"])
    assert _quick(CODECS["contact"]["interest"].quick_all, [7.5, 0, 10])
    assert not _quick(CODECS["contact"]["interest"].quick_all, [7.5, 11])
    assert not _quick(CODECS["deal"]["date"].quick_all, ["2026-11-01", "2026-02-30"])
