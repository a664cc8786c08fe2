"""Hostile values at every way in, generated from the model rather than listed by hand:
every field of the interchange file, every field a bundle carries and every field a form
(or a spreadsheet row) edits is fed a control character, a number with hundreds of digits
or a giant exponent, a date no calendar needs; each is refused with a reason, quickly,
and nothing is written. A new column is covered the day it is added."""
from __future__ import annotations

import json
import math
import time
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterator

import pytest
from sqlalchemy import JSON, Boolean, Date, DateTime, Enum, Float, Integer, Numeric, String, Uuid

from kam_desktop.store.kinds import KINDS
from kam_desktop.services import interchange, records
from kam_desktop.services.errors import InputError
from kam_desktop.services.interchange.reading import parse_document, walk
from kam_desktop.store.models import Base, travels
from kam_desktop.sync.values import CODECS, Invalid
from interchange_sample import FULL, full_document, snapshot

#: numbers as a hostile file writes them: hundreds of digits, a giant exponent
HOSTILE_NUMBERS = ["9" * 400, "1e1000000", "-1e1000000", "1e-1000000", "1" + "0" * 41]
CONTROL = ["NUL\x00", "escape \x1b[31m", "bell\x07", "DEL\x7f", "C1\x85"]
#: columns that are bookkeeping, not content: they never come from a file or a form
_BOOKKEEPING = {"id", "created_at", "updated_at"}


def _leaves(value: Any, path: tuple = ()) -> Iterator[tuple[tuple, Any]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, path + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _leaves(item, path + (index,))
    else:
        yield path, value


FULL_LEAVES = list(_leaves(json.loads(FULL)))
TEXT_LEAVES = [p for p, v in FULL_LEAVES if isinstance(v, str) and p[-1] != "id"]
NUMBER_LEAVES = [p for p, v in FULL_LEAVES
                 if isinstance(v, (int, float)) and not isinstance(v, bool) and p != ("version",)]


def _where(path: tuple) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def _with(path: tuple, raw_json: str) -> str:
    """FULL with the leaf at ``path`` replaced by ``raw_json``, written as it stands."""
    document = json.loads(FULL)
    target = document
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = "\ue000HOSTILE\ue000"
    return json.dumps(document, ensure_ascii=False).replace('"\ue000HOSTILE\ue000"', raw_json)


def _refused(db, tmp_path: Path, text: str) -> InputError:
    before = snapshot(db)
    path = tmp_path / "hostile.json"
    path.write_text(text, encoding="utf-8")
    # the processor time this test spent, which a machine busy with other work (the
    # other test process, other programs) does not stretch as it stretches the clock's
    started = time.process_time()
    with pytest.raises(InputError) as error:
        with db.transaction() as session:
            interchange.import_document(session, interchange.read_document(path))
    assert time.process_time() - started < 5, "a small hostile file took seconds"
    assert snapshot(db) == before
    return error.value


def test_the_full_document_is_accepted_as_it_stands(db, tmp_path) -> None:
    with db.transaction() as session:
        interchange.import_document(session, full_document(tmp_path))


def test_the_full_document_covers_every_column_the_file_carries(tmp_path) -> None:
    """A column added to a table the file carries must appear in FULL (and so in every
    corpus below) — or be read by the file at all."""
    parsed = parse_document(full_document(tmp_path))
    read: dict[str, set[str]] = {}
    for record in walk(parsed):
        read.setdefault(record.kind.__tablename__, set()).update(record.fields)
        if isinstance(record.personal, dict):
            read.setdefault("personal_notes", set()).update(record.personal)
    for table_name, fields in read.items():
        table = Base.metadata.tables[table_name]
        content = {c.name for c in table.columns
                   if c.name not in _BOOKKEEPING and not c.foreign_keys and travels(c)}
        assert content <= fields, f"{table_name}: {sorted(content - fields)} never read"


@pytest.mark.parametrize("path", TEXT_LEAVES, ids=_where)
@pytest.mark.parametrize("text", CONTROL[:2], ids=["nul", "escape"])
def test_every_text_of_the_file_refuses_control_characters(db, tmp_path, path, text) -> None:
    error = _refused(db, tmp_path, _with(path, json.dumps(text)))
    assert error.where.startswith(_where(path).split("[")[0])


@pytest.mark.parametrize("path", NUMBER_LEAVES, ids=_where)
@pytest.mark.parametrize("literal", HOSTILE_NUMBERS)
def test_every_number_of_the_file_refuses_hostile_literals(db, tmp_path, path, literal) -> None:
    _refused(db, tmp_path, _with(path, literal))


@pytest.mark.parametrize("version", ["1.0", "1e0", '"1"', "true", "9" * 400])
def test_the_format_version_is_a_whole_number(db, tmp_path, version) -> None:
    error = _refused(db, tmp_path, _with(("version",), version))
    assert error.where == "version" or error.where.endswith("hostile.json")


# --- every field a bundle carries --------------------------------------------------------


def _hostile_json(column) -> list[Any]:
    """Values of the right JSON kind for the column that no field may hold."""
    kind = column.type
    if isinstance(kind, Enum):
        return ["\x00"]
    if isinstance(kind, (Uuid, Boolean)):
        return []
    if isinstance(kind, DateTime):
        return ["9999-12-31T00:00:00\x00"]
    if isinstance(kind, Date):
        return ["9999-12-31", "0001-01-01"]
    if isinstance(kind, Float):
        return [json.loads("1e400"), 10 ** 400, 1e16]
    if isinstance(kind, Numeric):
        return ["1e1000000", "-1.00", "10000000000000.00", 10 ** 400]
    if isinstance(kind, Integer):
        return [10 ** 400, -1, 2 ** 63]
    if isinstance(kind, String):
        return CONTROL + ["x" * ((kind.length or 200_000) + 1)]
    if isinstance(kind, JSON):
        return [{"\x00": 1}, {"Альфа": 10 ** 400}]
    raise AssertionError(f"no hostile values for {column!r}")


BUNDLE_CASES = [(table, field, value) for table, fields in CODECS.items() for field in fields
                for value in _hostile_json(Base.metadata.tables[table].c[field])]


@pytest.mark.parametrize("table,field,value", BUNDLE_CASES,
                         ids=[f"{t}.{f}-{i}" for i, (t, f, _) in enumerate(BUNDLE_CASES)])
def test_every_field_of_a_bundle_refuses_hostile_values(table, field, value) -> None:
    with pytest.raises(Invalid):
        CODECS[table][field].decode(value)


# --- every field a form or a spreadsheet row edits ---------------------------------------


def _hostile_input(column) -> list[Any]:
    kind = column.type
    if isinstance(kind, (Enum, Uuid, Boolean, DateTime)):
        return []
    if isinstance(kind, Date):
        return ["9999-12-31", "0263-01-01"]
    if isinstance(kind, Float):
        return [math.inf, 10 ** 400, Decimal("1e1000000"), "1e1000000"]
    if isinstance(kind, Numeric):
        # one decimal place more than the column keeps (money: 2, a rate: 8)
        return ["1e1000000", "9" * 400, Decimal("-1"), f"0.{'0' * kind.scale}1"]
    if isinstance(kind, Integer):
        return [10 ** 400, -1, 2 ** 63, "12"]
    if isinstance(kind, String):
        return CONTROL + ["x" * ((kind.length or 200_000) + 1)]
    if isinstance(kind, JSON):
        return [{"\x00": 1}, {"Альфа": 10 ** 400}, "not a mapping"]
    raise AssertionError(f"no hostile input for {column!r}")


FORM_CASES = [(kind, column.name, value) for kind, record in KINDS.items()
              for column in record.table.columns
              if records.editable(kind, column.name) and not column.foreign_keys
              for value in _hostile_input(column)]


@pytest.mark.parametrize("kind,field,value", FORM_CASES,
                         ids=[f"{k}.{f}-{i}" for i, (k, f, _) in enumerate(FORM_CASES)])
def test_every_field_of_a_form_refuses_hostile_values(kind, field, value) -> None:
    with pytest.raises(InputError) as error:
        records.convert(kind, field, value)
    assert error.value.where == field
