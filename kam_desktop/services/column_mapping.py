"""Which column of a spreadsheet feeds which of our fields: the mapping shared by every
table import (accounts and contacts, deals). A mapping is guessed from the headers,
read from a JSON file (``{"inn": "ИНН", "date": 2}``: a header text or a 1-based column
number per field), resolved against a read table, and written back for the next file.
The cell notations the imports share are read here too: amounts as Russian and English
spreadsheets write them, INNs whose leading zero Excel dropped, dates as 31.12.2026.
"""
from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Mapping, Sequence

from kam_desktop.domain.inn import inn_problem
from kam_desktop.domain.text import Text
from kam_desktop.services.errors import InputError
from kam_desktop.services.files import read_utf8
from kam_desktop.services.tabular import Table


@dataclass(frozen=True)
class BadRow:
    line: int
    #: the header of the column at fault ("" for the row as a whole)
    column: str
    problem: str


class RowCounts:
    """The counts of an import plan that has ``rows`` and ``bad`` rows."""

    rows: int
    bad: tuple[BadRow, ...]

    @property
    def bad_lines(self) -> tuple[int, ...]:
        return tuple(sorted({bad.line for bad in self.bad}))

    @property
    def good_rows(self) -> int:
        return self.rows - len(self.bad_lines)


def fold(text: str) -> str:
    """Text compared loosely: case folded, ё as е, punctuation as spaces."""
    text = text.casefold().replace("ё", "е")
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def guess_mapping(headers: Sequence[str], synonyms: Mapping[str, Sequence[str]]) -> dict[str, int]:
    """Our field -> column index, guessed from the header texts with ``synonyms``
    (field -> header words, folded). An exact header wins over the last part of a
    two-level header ("Контактное лицо / Телефон"), which wins over a header that starts
    with the words ("ИНН организации")."""
    candidates: list[tuple[int, int, str]] = []  # (-strength, column, field)
    for column, header in enumerate(headers):
        whole = fold(header)
        last = fold(header.rsplit("/", 1)[-1]) if "/" in header else ""
        group = fold(header.rsplit("/", 1)[0]) if "/" in header else ""
        for key, words in synonyms.items():
            if whole in words:
                strength = 3
            elif last in words and not (key == "name" and _is_contact_group(group)):
                strength = 2
            elif any(whole.startswith(word + " ") for word in words):
                strength = 1
            else:
                continue
            if key == "contact_name" and _is_contact_group(group) and last in ("фио", "name"):
                strength = 3  # "Контактное лицо / ФИО" is the contact's name
            candidates.append((-strength, column, key))
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for _strength, column, key in sorted(candidates):
        if key not in mapping and column not in used:
            mapping[key] = column
            used.add(column)
    return mapping


def _is_contact_group(text: str) -> bool:
    return any(word in text for word in ("контакт", "contact", "лицо", "person"))


def load_mapping(path: Path) -> dict[str, Any]:
    """The mapping JSON file: an object of our field names to column headers or numbers."""
    where = str(path)
    text = read_utf8(path)
    try:
        mapping = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(where, Text("not valid JSON: {problem} at line {line}",
                                     problem=error.msg, line=error.lineno)) from None
    except RecursionError:
        raise InputError(where, Text("the data is nested too deeply")) from None
    except ValueError:  # a number with more digits than Python converts
        raise InputError(where, Text("not valid JSON: a number is too long")) from None
    if not isinstance(mapping, dict):
        raise InputError(where, Text("the mapping must be a JSON object of field: column"))
    return mapping


def resolve_mapping(mapping: Mapping[str, Any], table: Table,
                    fields: Sequence[str]) -> dict[str, int]:
    """A mapping (field -> header text or 1-based column number, as in the JSON file)
    as field -> column index of ``table``; every key must be one of ``fields``."""
    columns: dict[str, int] = {}
    for key, source in mapping.items():
        if key not in fields:
            close = [f for f in fields if f.endswith("_" + str(key))] \
                or difflib.get_close_matches(str(key), list(fields), n=1)
            raise InputError(str(key), Text("is not a field of the import (did you mean {close}?)",
                                             close=close[0]) if close else
                             Text("is not a field of the import; the fields are: {fields}",
                                  fields=", ".join(fields)))
        if source is None or source == "":
            continue
        if isinstance(source, bool) or not isinstance(source, (int, str)):
            raise InputError(key, Text("give a column by its header text or its number, "
                                       "not {value}", value=json.dumps(source, ensure_ascii=False)))
        if isinstance(source, int):
            if not 1 <= source <= len(table.headers):
                raise InputError(key, Text("there is no column {number}: the file has {count}",
                                           number=source, count=len(table.headers)))
            columns[key] = source - 1
            continue
        wanted = " ".join(source.split())
        found = [i for i, header in enumerate(table.headers) if header == wanted] or \
            [i for i, header in enumerate(table.headers) if fold(header) == fold(wanted)]
        if not found:
            raise InputError(key, Text("no column is called {name}", name=repr(source)))
        if len(found) > 1:
            raise InputError(key, Text("the column {name} appears more than once: "
                                       "give its number instead", name=repr(source)))
        columns[key] = found[0]
    return columns


def mapping_for_file(columns: Mapping[str, int], table: Table,
                     fields: Sequence[str]) -> dict[str, Any]:
    """The JSON form of a mapping: header texts, or numbers where a header is empty or
    not unique."""
    result: dict[str, Any] = {}
    for key in fields:
        if key in columns:
            header = table.headers[columns[key]]
            unique = header and table.headers.count(header) == 1
            result[key] = header if unique else columns[key] + 1
    return result


# ---------------------------------------------------------------------------
# Cell notations


def read_amount(text: str, field: str) -> str:
    """An amount as written in Russian or English spreadsheets ("1 234 567,89 ₽",
    "1,234,567.89") in plain digits with a decimal point."""
    cleaned = re.sub(r"[\s\u00a0\u202f']", "", text)
    cleaned = re.sub(r"(₽|руб\.?|р\.|rub)$", "", cleaned, flags=re.IGNORECASE)
    whole, point, fraction = cleaned, "", ""
    if "," in cleaned and "." in cleaned:
        point = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        whole, fraction = cleaned.rsplit(point, 1)
    elif cleaned.count(",") == 1 or cleaned.count(".") == 1:
        point = "," if "," in cleaned else "."
        whole, fraction = cleaned.split(point)
    thousands = next((mark for mark in ",." if mark in whole), None)
    if thousands and not re.fullmatch(rf"-?\d{{1,3}}(\{thousands}\d{{3}})+", whole):
        whole = "not grouped in thousands"  # "31.02.2026" is a date, not 31 022 026
    cleaned = whole.replace(thousands or ",", "") + (f".{fraction}" if point else "")
    if not re.fullmatch(r"-?\d+(\.\d+)?", cleaned):
        raise InputError(field, Text("{value} is not an amount of money", value=repr(text)))
    return cleaned


def read_inn(text: str) -> str:
    """The INN with spaces removed; a leading zero that Excel dropped (the INN was
    typed as a number) is put back when that makes a valid INN."""
    digits = re.sub(r"\s", "", text)
    if len(digits) in (9, 11) and digits.isdigit() and inn_problem("0" + digits) is None:
        return "0" + digits
    return digits


_DATE_DOTTED = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")
_DATE_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?")


def read_date(text: str, field: str) -> date:
    """A date as ERP exports and spreadsheets write it: 31.12.2026 (or 31/12/2026, 31.12.26,
    with a time after it, as 1C writes a document's moment), or 2026-12-31 (an XLSX date
    cell reads so)."""
    text = text.strip()
    dotted = _DATE_DOTTED.fullmatch(text)
    iso = _DATE_ISO.fullmatch(text)
    try:
        if dotted:
            day, month, year = (int(part) for part in dotted.groups())
            return date(year + 2000 if year < 100 else year, month, day)
        if iso:
            year, month, day = (int(part) for part in iso.groups())
            return date(year, month, day)
    except ValueError:
        raise InputError(field, Text("{value} is not a date of the calendar",
                                     value=repr(text))) from None
    raise InputError(field, Text("{value} is not a date: write 31.12.2026 or 2026-12-31",
                                 value=repr(text)))
