"""Spreadsheets in, knowing nothing of accounts: reading a CSV or XLSX file into a
header and rows of text (writing them is services/table_writing.py). A cell that a
spreadsheet would run as a formula is neutralised on the way out and recognised on
the way back in.

Reading copes with what Excel and other CRMs really produce: UTF-8 with or without a
byte-order mark, Windows-1251, UTF-16 ("Unicode text"); a comma, semicolon or tab
between fields, found by looking at how each candidate splits the lines; Excel's
``sep=;`` first line; title lines above the header; empty lines; and in XLSX merged
cells (a two-level header whose group cells span columns, or one company name merged
down over its contacts' rows).
"""
from __future__ import annotations

import csv
import io
import re
import warnings
import zipfile
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any, Sequence

from kam_desktop.domain.text import Text
from kam_desktop.services.errors import InputError
from kam_desktop.services.workbook_survey import Limits, survey_workbook

#: bigger files are refused rather than read into memory
MAX_FILE_BYTES = 50 * 1024 * 1024
#: data rows read at most
MAX_ROWS = 100_000
#: a workbook that unpacks to more is refused before it is parsed (a "zip bomb")
MAX_UNPACKED_BYTES = 500 * 1024 * 1024
#: cells written in the first sheet read at most, empty ones included (openpyxl takes
#: some microseconds over each): 50,000 rows of 20 columns
MAX_CELLS = 1_000_000
#: cells the first sheet's rows reach over, each row up to its last cell (the empty ones
#: before it are made as the row is read)
MAX_AREA = 5_000_000
DELIMITERS = (";", ",", "\t")
#: lines looked at to find the delimiter and the header
_SAMPLE_LINES = 200
_SAMPLE_BYTES = 256 * 1024
_HEADER_SEARCH = 10

ENCODING_NAMES = {"utf-8-sig": "UTF-8 (BOM)", "utf-8": "UTF-8", "cp1251": "Windows-1251",
                  "utf-16": "UTF-16"}


@dataclass(frozen=True)
class Row:
    #: the line (CSV) or row number (XLSX) the user sees in their editor
    line: int
    cells: tuple[str, ...]
    #: the line has non-empty cells beyond the header's columns
    overflow: bool = False


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[Row, ...]
    #: "csv" or "xlsx"
    kind: str
    #: the header's line (the first of two for a two-level header)
    header_line: int
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None

    def column_name(self, index: int) -> str:
        """The header of a column, or its number when the header cell is empty."""
        return self.headers[index] or f"#{index + 1}"


# ---------------------------------------------------------------------------
# Reading


def read_table(path: Path) -> Table:
    """The first sheet of an XLSX file, or a CSV (or tab-separated text) file."""
    path = Path(path)
    where = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(where, Text("the file is larger than {limit} MB",
                                         limit=MAX_FILE_BYTES // (1024 * 1024)))
        data = path.read_bytes()
    except OSError as error:
        raise InputError(where, Text("cannot read the file: {reason}",
                                     reason=error.strerror or str(error))) from None
    if data.startswith(b"PK\x03\x04"):
        return _read_xlsx(data, where)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError(where, Text("this is an old Excel file (.xls): save it as .xlsx or .csv"))
    return _read_text(data, where)


def detect_encoding(data: bytes) -> str:
    """UTF-8 (with or without a BOM), UTF-16 with a BOM, or Windows-1251.

    Valid UTF-8 is taken as UTF-8: Windows-1251 Cyrillic text is almost never valid
    UTF-8. Text that is mostly UTF-8 Cyrillic but has a broken byte is refused instead
    of being read as Windows-1251 gibberish.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as error:
        if _looks_like_utf8(data):
            line = data.count(b"\n", 0, error.start) + 1
            raise InputError("", Text("the file is UTF-8 text with a broken character "
                                      "on line {line}", line=line)) from None
    try:
        data.decode("cp1251")
    except UnicodeDecodeError:
        raise InputError("", Text("the file's encoding is neither UTF-8 nor Windows-1251")) from None
    return "cp1251"


def _looks_like_utf8(data: bytes) -> bool:
    pairs = len(re.findall(rb"[\xd0\xd1][\x80-\xbf]", data))
    high = sum(1 for byte in data if byte >= 0x80)
    return pairs >= 4 and 2 * pairs >= 0.8 * high


def detect_delimiter(lines: Sequence[str]) -> str:
    """The delimiter that splits the header into the most columns *consistently* with
    the lines below it.

    ``csv.Sniffer`` guesses from character frequencies and is easily fooled by
    Russian data: decimal commas (``1234,56``) and commas in company names in a
    semicolon file. Here each candidate splits the sample with the real CSV rules
    (quotes included); the header must split into two or more fields, and the
    candidate whose field count holds on the most lines wins.
    """
    best, best_score = DELIMITERS[0], (-1.0, 0)
    sample = "".join(lines)
    for delimiter in DELIMITERS:
        try:
            counts = [len(record) for record in
                      csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
                      if any(cell.strip() for cell in record)]
        except csv.Error:
            continue
        if not counts:
            continue
        width = Counter(counts).most_common(1)[0][0]
        if width < 2:
            continue
        score = (sum(1 for count in counts if count == width) / len(counts), width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_text(data: bytes, where: str) -> Table:
    try:
        encoding = detect_encoding(data)
    except InputError as error:
        raise InputError(where, error.message) from None
    text = data.decode(encoding)
    if encoding == "utf-16":
        text = text.lstrip("\ufeff")
    if "\x00" in text:
        raise InputError(where, Text("this is not a text file"))
    head = text[:_SAMPLE_BYTES]
    lines = head.splitlines(keepends=True)
    if len(head) < len(text) and len(lines) > 1:
        lines.pop()  # cut off in the middle
    first_line = 1
    delimiter = None
    hint = re.fullmatch(r'"?sep=(.)"?\s*', lines[0]) if lines else None
    if hint and hint.group(1) in DELIMITERS + ("|",):  # Excel's own delimiter line
        delimiter = hint.group(1)
        text = text[len(lines[0]):]
        first_line = 2
    else:
        delimiter = detect_delimiter(lines[:_SAMPLE_LINES])
    records: list[tuple[int, list[str]]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = first_line
    try:
        for record in reader:
            records.append((start, record))
            start = first_line + reader.line_num
            if len(records) > MAX_ROWS + _HEADER_SEARCH:
                raise InputError(where, Text("the file has more than {limit} rows",
                                             limit=MAX_ROWS))
    except csv.Error as error:
        raise InputError(where, Text("line {line}: {problem}", line=start,
                                     problem=str(error))) from None
    rows = []
    for line, cells in records:
        cells = [cell.strip() for cell in cells]
        if any(cells):
            rows.append((line, [unneutralise(cell) if cell[:1] == "'" else cell
                                for cell in cells]))
    if not rows:
        raise InputError(where, Text("the file has no rows"))
    header_at = _header_index(rows)
    header_line, header = rows[header_at]
    header = [" ".join(cell.split()) for cell in header]
    width = len(header)
    while width > 1 and not header[width - 1]:
        width -= 1
    body = []
    for line, cells in rows[header_at + 1:]:
        overflow = any(cells[width:])
        padded = (cells + [""] * width)[:width]
        body.append(Row(line, tuple(padded), overflow))
    return Table(tuple(header[:width]), tuple(body), "csv", header_line,
                 encoding=encoding, delimiter=delimiter)


def _header_index(rows: list[tuple[int, list[str]]]) -> int:
    """The header is the first row with at least two different texts; rows above it
    are titles ("Clients as of 1 November")."""
    for index, (_line, cells) in enumerate(rows[:_HEADER_SEARCH]):
        if len({cell for cell in cells if cell}) >= 2:
            return index
    return 0


def cell_text(value: Any) -> str:
    """An XLSX cell's value as the text an import reads."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        # INNs and phone numbers typed as numbers come back as 7707083893.0
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, (int, Decimal)):
        return str(value)
    return str(value).strip()


def _read_xlsx(data: bytes, where: str) -> Table:
    """The first sheet, streamed by openpyxl after :func:`survey_workbook` has found the
    workbook harmless and within the limits."""
    from openpyxl.utils.exceptions import InvalidFileException  # openpyxl is big: when used

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
            if unpacked > MAX_UNPACKED_BYTES:  # zipfile never inflates past the stated size
                raise InputError(where, Text("the file is larger than {limit} MB",
                                             limit=MAX_UNPACKED_BYTES // (1024 * 1024)))
            survey = survey_workbook(archive, where, Limits(cells=MAX_CELLS, area=MAX_AREA))
    except InputError:
        raise
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise _unreadable(where, error) from None
    try:
        grid = _sheet_rows(data, survey.title, where)
    except InputError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, SyntaxError,
            InvalidFileException) as error:  # SyntaxError: the XML parser's ParseError
        raise _unreadable(where, error) from None
    if not grid:
        raise InputError(where, Text("the first sheet ({sheet}) has no rows", sheet=survey.title))
    merges = survey.merges
    raw = {number: list(cells) for number, cells in grid.items()}
    ordered = sorted(raw)
    header_row = ordered[_header_index([(n, _filled_header(raw[n], n, merges))
                                        for n in ordered])]
    header = _filled_header(raw[header_row], header_row, merges)
    first_data = header_row + 1
    if _has_sub_header(raw, header_row, merges):
        below = raw[header_row + 1]
        size = max(len(header), len(below))
        header = [_combine(top, sub) for top, sub in zip(_padded(header, size),
                                                         _padded(below, size))]
        first_data = header_row + 2
    header = [" ".join(cell.split()) for cell in header]
    # a company name merged down over its contacts' rows belongs to each of them
    for top, bottom, left, _right in merges:
        if bottom > top and max(top, first_data) <= bottom:
            value = _padded(raw.get(top, []), left)[left - 1]
            for number in range(max(top + 1, first_data), bottom + 1):
                cells = grid.setdefault(number, [])
                cells.extend([""] * (left - len(cells)))
                cells[left - 1] = cells[left - 1] or value
    numbers = [n for n in sorted(grid) if n >= first_data and any(grid[n])]
    width = max([_last_used(header)] + [_last_used(grid[n]) for n in numbers])
    body = tuple(Row(n, tuple(_padded(grid[n], width)[:width])) for n in numbers)
    return Table(tuple(_padded(header, width)[:width]), body, "xlsx", header_row,
                 sheet=survey.title)


def _unreadable(where: str, error: Exception) -> InputError:
    return InputError(where, Text("this is not an Excel workbook that can be read: {reason}",
                                  reason=str(error) or type(error).__name__))


def _sheet_rows(data: bytes, title: str, where: str) -> dict[int, list[str]]:
    """The sheet's non-empty rows by number, read row by row (openpyxl's streaming mode)
    and refused as soon as there are too many."""
    import openpyxl  # only when a workbook is read: it is big

    with warnings.catch_warnings():  # "extension is not supported" and the like
        warnings.simplefilter("ignore")
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        sheet = book[title]
        sheet.reset_dimensions()  # the declared size is the file's word, not its content
        grid: dict[int, list[str]] = {}
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [cell_text(value) for value in values]
            if any(cells):
                grid[number] = cells
                if len(grid) > MAX_ROWS + _HEADER_SEARCH:
                    raise InputError(where, Text("the file has more than {limit} rows",
                                                 limit=MAX_ROWS))
        return grid
    finally:
        book.close()


def _padded(cells: list[str], width: int) -> list[str]:
    return cells + [""] * (width - len(cells))


def _last_used(cells: list[str]) -> int:
    for index in range(len(cells), 0, -1):
        if cells[index - 1]:
            return index
    return 0


def _filled_header(cells: list[str], number: int, merges) -> list[str]:
    """A header row with each horizontally merged cell's text spread over its columns."""
    filled = list(cells)
    for top, _bottom, left, right in merges:
        if top == number and right > left and left <= len(cells) and cells[left - 1]:
            filled.extend([""] * (right - len(filled)))
            for column in range(left, right + 1):
                filled[column - 1] = cells[left - 1]
    return filled


def _has_sub_header(raw: dict[int, list[str]], header_row: int, merges) -> bool:
    """A two-level header: the header row has group cells merged across columns, and
    the row below has text only under those groups (the other header cells are merged
    down over both rows, or the cell below them is empty)."""
    groups = [(left, right) for top, _bottom, left, right in merges
              if top == header_row and right > left]
    below = raw.get(header_row + 1)
    if not groups or not below:
        return False
    for column, value in enumerate(below, start=1):
        if value and not any(left <= column <= right for left, right in groups):
            return False
    return any(below)


def _combine(top: str, sub: str) -> str:
    if top and sub and top != sub:
        return f"{top} / {sub}"
    return sub or top


# ---------------------------------------------------------------------------
# Cells a spreadsheet must not run

#: first characters that make a spreadsheet read a cell as a formula (or, for tab
#: and carriage return, that Excel strips before doing so)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """Text a spreadsheet shows as it is: an apostrophe before a formula start."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def unneutralise(text: str) -> str:
    """Undo :func:`neutralise` when reading a CSV back: an apostrophe before a formula
    start is the mark of a neutralised cell, not part of the value."""
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_STARTS) else text
