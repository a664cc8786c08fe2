"""A look over a workbook before openpyxl reads it, so that a hostile file is refused
within seconds instead of taking minutes and gigabytes.

Every XML part is refused when it declares a DOCTYPE or an entity (a workbook has no use
for either; they are the way to an entity bomb). The first sheet is then streamed once
through expat, counting as it goes and stopping at the first limit passed: the cells
written in it (openpyxl takes some microseconds over each, empty or not), the cells its
rows reach over (a row reaches to its last cell, the empty ones before it included: a
few bytes of XML reach column 16,384), and the shared strings openpyxl would hold. Its merged ranges are collected on the way, since openpyxl's streaming mode
does not read them.
"""
from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass
from xml.etree import ElementTree
from xml.parsers import expat

from kam_desktop.domain.text import Text
from kam_desktop.services.errors import InputError

_CHUNK = 64 * 1024
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_RELATIONSHIP = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_PACKAGE_RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
#: the workbook's own parts (sheet list, relationships) are small; bigger ones are refused
_MAX_PART_BYTES = 16 * 1024 * 1024
#: Excel's last row and column: openpyxl steps through every number up to a row's,
#: however high, and holds a row's cells all at once
_LAST_ROW, _LAST_COLUMN = 1_048_576, 16_384
_REFERENCE = re.compile(r"\$?([A-Z]{1,3})\$?([0-9]{1,7})")


@dataclass(frozen=True)
class Limits:
    #: cells written in the sheet, empty ones included
    cells: int
    #: cells the rows reach over, each row up to its last cell
    area: int


@dataclass(frozen=True)
class Survey:
    #: the first worksheet's title and its part in the archive
    title: str
    part: str
    #: merged ranges as (min_row, max_row, min_col, max_col)
    merges: tuple[tuple[int, int, int, int], ...]


class _Stop(Exception):
    """Ends a parse early: what was wanted has been seen."""


def survey_workbook(archive: zipfile.ZipFile, where: str, limits: Limits) -> Survey:
    """Check the workbook in ``archive``; InputError when it is hostile or too big."""
    for name in archive.namelist():
        if name.endswith((".xml", ".rels")):
            _refuse_declarations(archive, name, where)
    title, part = _first_sheet(archive, where)
    strings = "xl/sharedStrings.xml"
    if strings in archive.namelist() and \
            _count(archive, strings, "si", limits.cells) > limits.cells:
        raise InputError(where, Text("the workbook holds more than {limit} texts",
                                     limit=limits.cells))
    return Survey(title, part, _walk_sheet(archive, part, where, limits))


def _parse(archive: zipfile.ZipFile, name: str, parser) -> None:
    """Feed the part ``name`` to ``parser`` in chunks (never the whole part at once)."""
    with archive.open(name) as stream:
        while chunk := stream.read(_CHUNK):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)


def _refuse_declarations(archive: zipfile.ZipFile, name: str, where: str) -> None:
    """Read ``name`` up to its first element: a DOCTYPE can only come before it."""
    parser = expat.ParserCreate()

    def declared(*_args) -> None:
        raise InputError(where, Text("the workbook's part {part} declares a DOCTYPE or "
                                     "entities, which a workbook never needs", part=name))

    def started(*_args) -> None:
        raise _Stop

    parser.StartDoctypeDeclHandler = declared
    parser.EntityDeclHandler = declared
    parser.StartElementHandler = started
    try:
        _parse(archive, name, parser)
    except (_Stop, expat.ExpatError):
        return  # broken XML is openpyxl's to report, in its own words


def _small_part(archive: zipfile.ZipFile, name: str, where: str) -> ElementTree.Element:
    try:
        if archive.getinfo(name).file_size > _MAX_PART_BYTES:
            raise InputError(where, Text("the workbook's part {part} is too large", part=name))
        return ElementTree.fromstring(archive.read(name))
    except (KeyError, ElementTree.ParseError) as error:
        raise InputError(where, Text("this is not an Excel workbook that can be read: {reason}",
                                     reason=str(error))) from None


def _first_sheet(archive: zipfile.ZipFile, where: str) -> tuple[str, str]:
    """The title and part of the first worksheet in the workbook's order."""
    book = _small_part(archive, "xl/workbook.xml", where)
    links = _small_part(archive, "xl/_rels/workbook.xml.rels", where)
    targets = {link.get("Id"): link.get("Target", "")
               for link in links.iter(f"{_PACKAGE_RELATIONSHIPS}Relationship")
               if link.get("Type", "").endswith("/worksheet")}
    for sheet in book.iter(f"{_MAIN}sheet"):
        target = targets.get(sheet.get(_RELATIONSHIP))
        if target is not None:
            part = target.lstrip("/") if target.startswith("/") else \
                posixpath.normpath(posixpath.join("xl", target))
            return sheet.get("name", ""), part
    raise InputError(where, Text("this is not an Excel workbook that can be read: {reason}",
                                 reason="no worksheet"))


def _count(archive: zipfile.ZipFile, name: str, tag: str, limit: int) -> int:
    """How many ``tag`` elements ``name`` holds, counting no further than ``limit + 1``."""
    parser = expat.ParserCreate(namespace_separator=" ")
    found = 0

    def started(element: str, _attributes) -> None:
        nonlocal found
        if element.rpartition(" ")[2] == tag:
            found += 1
            if found > limit:
                raise _Stop

    parser.StartElementHandler = started
    try:
        _parse(archive, name, parser)
    except (_Stop, expat.ExpatError):
        pass
    return found


def _walk_sheet(archive: zipfile.ZipFile, part: str, where: str,
                limits: Limits) -> tuple[tuple[int, int, int, int], ...]:
    """Stream the sheet: refuse it past the limits, collect its merged ranges."""
    parser = expat.ParserCreate(namespace_separator=" ")
    written = 0  # the cells written so far
    area = 0  # the cells of the rows read so far, each row up to its last cell
    row_end = 0  # the last column of the row being read
    merges = []

    def started(element: str, attributes: dict) -> None:
        nonlocal written, area, row_end
        name = element.rpartition(" ")[2]
        if name == "c":
            reference = attributes.get("r")
            row_end = _column(reference) if reference else row_end + 1
            written += 1
            if row_end > _LAST_COLUMN:
                raise InputError(where, Text("a row of the first sheet has more than {limit} "
                                             "columns", limit=_LAST_COLUMN))
            if written > limits.cells or area + row_end > limits.area:
                raise InputError(where, Text("the first sheet has more than {limit} cells",
                                             limit=min(limits.cells, limits.area)))
        elif name == "row":
            area += row_end
            row_end = 0
            number = attributes.get("r", "1")
            if not number.isdigit() or int(number) > _LAST_ROW:
                raise InputError(where, Text("the first sheet has a row numbered {number}",
                                             number=number[:20]))
        elif name == "mergeCell":
            corners = [_REFERENCE.fullmatch(corner)
                       for corner in attributes.get("ref", "").split(":")]
            if len(corners) == 2 and all(corners):
                (left, top), (right, bottom) = ((_letters(m[1]), int(m[2])) for m in corners)
                merges.append((top, bottom, left, right))

    parser.StartElementHandler = started
    try:
        _parse(archive, part, parser)
    except expat.ExpatError:
        pass  # openpyxl reports broken XML when it reads the sheet
    return tuple(merges)


def _column(reference: str) -> int:
    match = _REFERENCE.fullmatch(reference)
    return _letters(match[1]) if match else 0


def _letters(letters: str) -> int:
    """A column's number from its letters: A is 1, Z 26, AA 27."""
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number
