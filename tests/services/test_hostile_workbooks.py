"""Spreadsheet bombs and malformed workbooks, built here byte by byte: each is refused
cleanly (or read correctly) while the file is streamed, never after loading it whole."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from kam_desktop.services.errors import InputError
from kam_desktop.services.tabular import MAX_AREA, MAX_CELLS, read_table

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HEADER = '<row r="1"><c r="A1" t="inlineStr"><is><t>Клиент</t></is></c>' \
         '<c r="B1" t="inlineStr"><is><t>ИНН</t></is></c></row>'
BODY = '<row r="2"><c r="A2" t="inlineStr"><is><t>АО «Вектор»</t></is></c></row>'


def _workbook(path: Path, rows: str | bytes, *, prolog: str = "", dimension: str = "A1:B2",
              shared_strings: str | None = None) -> Path:
    """A minimal XLSX whose first sheet holds ``rows`` (the XML inside sheetData)."""
    sheet = (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<worksheet xmlns="{_MAIN}">'
             f'<dimension ref="{dimension}"/><sheetData>').encode()
    sheet += rows if isinstance(rows, bytes) else rows.encode()
    sheet += b"</sheetData></worksheet>"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.'
            'org/package/2006/content-types"><Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType='
            '"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'))
        archive.writestr("_rels/.rels", (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_RELS}">'
            f'<Relationship Id="rId1" Type="{_DOC}/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>'))
        archive.writestr("xl/workbook.xml", (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{_MAIN}" '
            f'xmlns:r="{_DOC}"><sheets><sheet name="Клиенты" sheetId="1" r:id="rId1"/>'
            '</sheets></workbook>'))
        archive.writestr("xl/_rels/workbook.xml.rels", (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_RELS}">'
            f'<Relationship Id="rId1" Type="{_DOC}/worksheet" Target="worksheets/sheet1.xml"/>'
            '</Relationships>'))
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
        if shared_strings is not None:
            archive.writestr("xl/sharedStrings.xml", shared_strings)
    path.write_bytes(buffer.getvalue())
    return path


def test_the_minimal_workbook_reads(tmp_path) -> None:
    table = read_table(_workbook(tmp_path / "ok.xlsx", HEADER + BODY))
    assert table.headers == ("Клиент", "ИНН") and table.rows[0].cells == ("АО «Вектор»", "")


def test_a_declared_size_of_the_whole_sheet_is_not_believed(tmp_path) -> None:
    table = read_table(_workbook(tmp_path / "wide.xlsx", HEADER + BODY,
                                 dimension="A1:XFD1048576"))
    assert table.headers == ("Клиент", "ИНН") and len(table.rows) == 1


def test_millions_of_empty_cells_in_a_small_file_are_refused(tmp_path) -> None:
    rows = b"".join(b'<row r="%d">' % number + b"<c/>" * 1000 + b"</row>"
                    for number in range(2, 2 + 2 * MAX_CELLS // 1000))
    path = _workbook(tmp_path / "bomb.xlsx", HEADER.encode() + rows)
    assert path.stat().st_size < 400 * 1024
    with pytest.raises(InputError, match=f"more than {MAX_CELLS} cells"):
        read_table(path)


def test_a_row_past_excel_s_last_column_is_refused(tmp_path) -> None:
    row = b'<row r="2">' + b"<c/>" * 20_000 + b"</row>"
    with pytest.raises(InputError, match="more than 16384 columns"):
        read_table(_workbook(tmp_path / "long.xlsx", HEADER.encode() + row))


def test_rows_reaching_the_last_column_count_their_empty_cells(tmp_path) -> None:
    rows = "".join(f'<row r="{n}"><c r="XFD{n}"><v>1</v></c></row>'
                   for n in range(2, MAX_AREA // 16384 + 3))
    with pytest.raises(InputError, match="more than .* cells"):
        read_table(_workbook(tmp_path / "far.xlsx", HEADER + rows))


def test_a_row_numbered_past_excel_is_refused(tmp_path) -> None:
    row = '<row r="999999999"><c r="A999999999"><v>1</v></c></row>'
    with pytest.raises(InputError, match="row numbered 999999999"):
        read_table(_workbook(tmp_path / "far.xlsx", HEADER + row))


@pytest.mark.parametrize("where", ["sheet", "shared strings"])
def test_a_doctype_or_an_entity_is_refused(tmp_path, where) -> None:
    laughs = ('<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">'
              '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;">]>')
    if where == "sheet":
        path = _workbook(tmp_path / "dtd.xlsx", HEADER + '<row r="2"><c r="A2" t="inlineStr">'
                         '<is><t>&lol3;</t></is></c></row>', prolog=laughs)
    else:
        path = _workbook(tmp_path / "dtd.xlsx", HEADER, shared_strings=(
            f'<?xml version="1.0"?>{laughs}<sst xmlns="{_MAIN}"><si><t>&lol3;</t></si></sst>'))
    with pytest.raises(InputError, match="DOCTYPE"):
        read_table(path)


def test_broken_xml_in_the_sheet_is_a_clean_refusal(tmp_path) -> None:
    with pytest.raises(InputError, match="not an Excel workbook that can be read"):
        read_table(_workbook(tmp_path / "broken.xlsx", HEADER + "<row r='2'><c>"))
