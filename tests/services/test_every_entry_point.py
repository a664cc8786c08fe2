"""Every column of every kind, through every way a value comes in, with a good value and a
bad one: the form (records.convert), the interchange file, a bundle from a colleague and a
spreadsheet row. Good values are the demo's (which pass their columns' rules, see
test_demo); bad ones are the hostile corpora's. A column added to a model and forgotten by
an entry point fails here."""
from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from kam_desktop.services import interchange, records
from kam_desktop.services.demo import load_demo
from kam_desktop.services.errors import InputError
from kam_desktop.services.table_import import FIELDS, HOLDING_FIELDS, plan_import
from kam_desktop.services.tabular import read_table
from kam_desktop.store import schema
from kam_desktop.store.database import open_database
from kam_desktop.store.kinds import KINDS
from kam_desktop.sync.values import CODECS, Invalid
from test_hostile_values import _hostile_input, _hostile_json
from fresh_databases import fresh_database

TODAY = date(2026, 6, 1)


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db = fresh_database(path)
    with db.transaction() as session:
        load_demo(session, accounts=12, seed=5, today=TODAY)
    db.close()
    return path


@pytest.fixture(scope="module")
def good(demo) -> dict[tuple[str, str], object]:
    """A value of the demo for each content column that it fills."""
    db = open_database(demo)
    found = {}
    with db.engine.connect() as connection:
        for kind in KINDS.values():
            for column in schema.content_columns(kind.name):
                value = connection.execute(select(column).where(column.is_not(None))
                                           .limit(1)).scalar()
                if value is not None:
                    found[(kind.name, column.name)] = value
    db.close()
    return found


EDITABLE = [(name, column.name) for name, kind in KINDS.items()
            for column in schema.content_columns(name) if records.editable(name, column.name)]
CARRIED = [(table, field) for table, fields in CODECS.items() for field in fields
           if field in {c.name for c in schema.content_columns(table)}]


def test_the_demo_fills_nearly_every_column(good) -> None:
    """Good values must exist for the checks below to mean anything."""
    assert len(good) >= 0.9 * len(EDITABLE)


@pytest.mark.parametrize("kind,field", EDITABLE, ids=[f"{k}.{f}" for k, f in EDITABLE])
def test_a_form_takes_the_good_value_and_refuses_the_bad(good, kind, field) -> None:
    if (kind, field) in good:
        assert records.convert(kind, field, good[(kind, field)]) == good[(kind, field)]
    column = KINDS[kind].table.c[field]
    if column.foreign_keys:
        return  # a link to another record, checked against the database, not the value
    for bad in _hostile_input(column)[:1]:
        with pytest.raises(InputError):
            records.convert(kind, field, bad)


@pytest.mark.parametrize("table,field", CARRIED, ids=[f"{t}.{f}" for t, f in CARRIED])
def test_a_bundle_carries_the_good_value_and_refuses_the_bad(good, table, field) -> None:
    codec = CODECS[table][field]
    if (table, field) in good:
        value = good[(table, field)]
        assert codec.decode(codec.encode(value)) == value
    for bad in _hostile_json(KINDS[table].table.c[field])[:1]:
        with pytest.raises(Invalid):
            codec.decode(bad)


def test_the_interchange_file_carries_every_column_of_every_kind_it_lists(demo, tmp_path) -> None:
    """Export the demo, import it into an empty database: every content column of every
    kind the file lists comes back with the same values."""
    source = open_database(demo)
    with source.sessions() as session:
        interchange.write_document(tmp_path / "all.json", interchange.export_document(session))
    copy = fresh_database(tmp_path / "copy.sqlite3")
    with copy.transaction() as session:
        interchange.import_document(session, interchange.read_document(tmp_path / "all.json"))
    carried = [kind for kind in KINDS.values()
               if kind.section or kind.name in ("account", "personal_notes")]
    for kind in carried:
        columns = sorted(schema.content_columns(kind.name), key=lambda c: c.name)
        rows = []
        for db in (source, copy):
            with db.engine.connect() as connection:
                rows.append(sorted(repr(tuple(_canonical(v) for v in row))
                                   for row in connection.execute(select(*columns))))
        assert rows[0] == rows[1], kind.name
    source.close()
    copy.close()


def _canonical(value: object) -> object:
    """A JSON mapping compared by content, not by the order of its keys."""
    return sorted(value.items()) if isinstance(value, dict) else value


def _sheet(tmp_path: Path, header: list[str], row: list[str]) -> Path:
    path = tmp_path / "sheet.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out, delimiter=";").writerows([header, row])
    return path


# a holding names another account: test_holdings_table_cli.py tries it
@pytest.mark.parametrize("field", [f for f in FIELDS
                                   if f != "name" and f not in HOLDING_FIELDS])
def test_a_spreadsheet_row_takes_the_good_value_and_refuses_the_bad(db, good, tmp_path,
                                                                   field) -> None:
    kind, column = FIELDS[field]
    value = good[(kind, column)]
    text = value.value if hasattr(value, "value") else str(value)
    columns = {"name": 0, field: 1}
    if kind == "contact" and field != "contact_name":
        columns["contact_name"] = 2
    header = list(columns)
    with db.sessions() as session:
        plan = plan_import(session, table=read_table(_sheet(
            tmp_path, header, ["Новый клиент", text, "Иванов И. И."][:len(header)])),
            columns=columns)
    assert not plan.bad, (field, text, plan.bad)
    texts = [v for v in _hostile_input(KINDS[kind].table.c[column]) if isinstance(v, str)]
    for bad in texts[:1] + texts[-1:]:  # control characters, and one too long or malformed
        try:
            with db.sessions() as session:
                plan = plan_import(session, table=read_table(_sheet(
                    tmp_path, header, ["Новый клиент", bad, "Иванов И. И."][:len(header)])),
                    columns=columns)
        except InputError:
            continue  # refused as a whole file (a NUL is not text): also a refusal
        assert plan.bad, (field, bad)
