"""Rows written to CSV or XLSX, knowing nothing of accounts, so that no spreadsheet
ever executes a cell: a text that would start a formula gets an apostrophe (CSV) or is
stored as a text cell (XLSX); XLSX cells are typed (dates, money, numbers) with a
frozen header.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO, Sequence

from kam_desktop.domain.text import Text
from kam_desktop.services.errors import InputError
from kam_desktop.services.files import write_atomically
from kam_desktop.services.tabular import FORMULA_STARTS, neutralise

#: characters XML 1.0 (so XLSX) cannot hold
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class Column:
    header: str
    #: "text", "number", "money", "integer" or "date"
    type: str = "text"
    #: a width hint in characters for XLSX
    width: int = 14


def write_table(path: Path, columns: Sequence[Column], rows: Sequence[Sequence[Any]], *,
                title: str, language: str) -> None:
    """Write rows to ``path`` as XLSX or CSV (chosen by its suffix)."""
    suffix = Path(path).suffix.lower()
    if suffix == ".xlsx":
        write_atomically(path, lambda file: _write_xlsx(file, columns, rows, title, language))
    elif suffix == ".csv":
        data = csv_bytes(columns, rows, language)
        write_atomically(path, lambda file: file.write(data))
    else:
        raise InputError(str(path), Text("the file name must end in .csv or .xlsx"))


def csv_bytes(columns: Sequence[Column], rows: Sequence[Sequence[Any]], language: str) -> bytes:
    """CSV the way Excel of that language opens it with a double click: UTF-8 with a
    byte-order mark, CRLF; Russian: semicolons and decimal commas, dates 31.01.2026;
    English: commas and decimal points, dates 2026-01-31."""
    russian = language == "ru"
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";" if russian else ",", lineterminator="\r\n")
    writer.writerow([neutralise(column.header) for column in columns])
    for row in rows:
        writer.writerow([_csv_cell(value, column, russian) for value, column in zip(row, columns)])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _csv_cell(value: Any, column: Column, russian: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        raise TypeError("give yes/no as words")
    if isinstance(value, (int, float, Decimal)) and column.type != "text":
        text = format(value, "f") if isinstance(value, Decimal) else str(value)
        return text.replace(".", ",") if russian else text
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y") if russian else value.isoformat()
    return neutralise(str(value))


_NUMBER_FORMATS = {"money": "#,##0.00", "number": "0.0", "integer": "0"}


def _write_xlsx(file: BinaryIO, columns: Sequence[Column], rows: Sequence[Sequence[Any]],
                title: str, language: str) -> None:
    """In openpyxl's write-only mode, several times faster than its normal one."""
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet(re.sub(r"[\[\]:*?/\\]", " ", title)[:31] or "Sheet1")
    date_format = "DD.MM.YYYY" if language == "ru" else "YYYY-MM-DD"
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = "A2"
    if rows:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"
    bold = Font(bold=True)
    header = []
    for column in columns:
        cell = _set_text(WriteOnlyCell(sheet), column.header)
        cell.font = bold
        header.append(cell)
    # every cell is made before the first row is streamed, so that a bad value stops
    # the export before openpyxl has started writing
    body = [[_xlsx_cell(sheet, value, column, date_format) for value, column in zip(row, columns)]
            for row in rows]
    for cells in [header, *body]:
        sheet.append(cells)
    book.save(file)


def _xlsx_cell(sheet, value: Any, column: Column, date_format: str):
    from openpyxl.cell import WriteOnlyCell

    if value is None:
        return None
    if isinstance(value, bool):
        raise TypeError("give yes/no as words")
    if isinstance(value, (int, float, Decimal)) and column.type != "text":
        cell = WriteOnlyCell(sheet, value)
        cell.number_format = _NUMBER_FORMATS.get(column.type, "General")
        return cell
    if isinstance(value, date):
        cell = WriteOnlyCell(sheet, value)
        cell.number_format = date_format
        return cell
    return _set_text(WriteOnlyCell(sheet), str(value))


def _set_text(cell, text: str):
    """A string cell that is never a formula: openpyxl makes any value starting with
    "=" a formula, so the type is set back to string, and the cell gets Excel's quote
    prefix so that editing it keeps it text. The text itself is kept unchanged."""
    text = _XML_ILLEGAL.sub("\ufffd", text)
    cell.value = text
    cell.data_type = "s"
    if text.startswith(FORMULA_STARTS):
        cell.quotePrefix = True
    return cell
