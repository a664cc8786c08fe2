"""Exporting tables to CSV and XLSX: formulas neutralised, numbers kept numbers, no
personal notes, files replaced in one step."""
from __future__ import annotations

import csv
import html
import io
import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select, update

from kam_desktop.services.errors import InputError
from kam_desktop.services.records import add_record
from kam_desktop.services.table_export import account_ids_by_name, build_sheet, export_table
from kam_desktop.services.tabular import neutralise
from kam_desktop.store.models import Account, Contact

TODAY = date(2026, 11, 23)
DANGEROUS = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+7 495 123-45-67",
             "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1"]


@pytest.fixture
def portfolio(db):
    """An account whose texts start like formulas, whose share of wallet fell (a
    negative number) and whose contact has personal notes."""
    with db.transaction() as session:
        account = add_record(session, kind="account", parent_id=None, values={
            "name": "=cmd|' /C calc'!A0", "owner": "@owner"})
        add_record(session, kind="potential", parent_id=account,
                   values={"year": 2024, "amount": "1000000"})
        add_record(session, kind="revenue", parent_id=account,
                   values={"period": "2024", "amount": "300000"})
        add_record(session, kind="revenue", parent_id=account,
                   values={"period": "2025", "amount": "200000.50"})
        contact = add_record(session, kind="contact", parent_id=account, values={
            "name": "Иванов Иван", "position": DANGEROUS[0], "phone": DANGEROUS[1],
            "department": DANGEROUS[2], "email": DANGEROUS[3], "interest": 7.5})
        add_record(session, kind="personal_notes", parent_id=contact,
                   values={"interests": "СЕКРЕТНОЕ-ХОББИ", "ethics": "НЕ-ДЛЯ-ВЫГРУЗКИ"})
        add_record(session, kind="value_entry", parent_id=account, values={
            "date": date(2026, 3, 1), "kind": "training", "title": DANGEROUS[4],
            "description": DANGEROUS[5], "our_cost": "1500.25", "client_benefit": "90000"})
        goal = add_record(session, kind="goal", parent_id=account,
                          values={"client_goal": "Рост", "our_goal": "Доля 30 %"})
        add_record(session, kind="plan_action", parent_id=goal,
                   values={"title": "-Семинар", "due": date(2026, 12, 1), "owner": "Анна"})
    return account


def _csv_rows(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data[3:].decode("utf-8")
    assert "\r\n" in text
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def test_neutralise() -> None:
    for text in DANGEROUS:
        assert neutralise(text) == "'" + text
    for text in ("Иванов", "1+1", " =1", "", "'quoted"):
        assert neutralise(text) == text


def test_csv_neutralises_formulas_and_keeps_numbers(tmp_path, db, portfolio) -> None:
    path = tmp_path / "contacts.csv"
    with db.sessions() as session:
        assert export_table(session, kind="contacts", path=path, language="ru", today=TODAY) == 1
    header, row = _csv_rows(path)
    cells = dict(zip(header, row))
    assert cells["Клиент"] == "'=cmd|' /C calc'!A0"
    assert cells["Должность"] == "'" + DANGEROUS[0]
    assert cells["Телефон"] == "'" + DANGEROUS[1]
    assert cells["Подразделение"] == "'-2+3"
    assert cells["E-mail"] == "'@SUM(A1:A9)"
    assert cells["Интерес"] == "7,5" and cells["Роль"] == "Лидер"

    path = tmp_path / "portfolio.csv"
    with db.sessions() as session:
        export_table(session, kind="portfolio", path=path, language="ru", today=TODAY)
    header, row = _csv_rows(path)
    cells = dict(zip(header, row))
    assert cells["Доля в закупках, %"] == "20,0"
    assert cells["Изменение доли, п. п."] == "-10,0"  # a negative number is not neutralised
    assert cells["Потенциал"] == "1000000,00" and cells["Валюта"] == "RUB"
    assert cells["Ответственный"] == "'@owner"

    path = tmp_path / "value.csv"
    with db.sessions() as session:
        export_table(session, kind="value", path=path, language="ru", today=TODAY)
    header, row = _csv_rows(path)
    cells = dict(zip(header, row))
    assert cells["Название"] == "'\t=1+1"
    assert cells["Описание"] == "'\r=1+1"
    assert cells["Дата"] == "01.03.2026" and cells["Наши затраты"] == "1500,25"


def test_english_csv_uses_commas_and_decimal_points(tmp_path, db, portfolio) -> None:
    path = tmp_path / "value.csv"
    with db.sessions() as session:
        export_table(session, kind="value", path=path, language="en", today=TODAY)
    rows = list(csv.reader(io.StringIO(path.read_bytes()[3:].decode("utf-8"), newline="")))
    cells = dict(zip(*rows))
    assert cells["Date"] == "2026-03-01" and cells["Our cost"] == "1500.25"
    assert cells["Kind of work"] == "Staff training" and cells["Acknowledged by the client"] == "no"
    assert cells["Delivered by"] == "" and cells["Our department"] == ""


def test_the_value_sheet_names_who_delivered_each_entry(tmp_path, db, portfolio) -> None:
    """The team member, and our department: the one named on the entry, else theirs."""
    with db.transaction() as session:
        member = add_record(session, kind="team_member", parent_id=portfolio,
                            values={"name": "Анна Орлова", "department": "Сервис"})
        for title, department in (("Аудит", None), ("Семинар", "Техническая дирекция")):
            add_record(session, kind="value_entry", parent_id=portfolio, values={
                "date": date(2026, 4, 1), "kind": "consulting", "title": title,
                "delivered_by_id": member, "delivered_by_department": department})
    path = tmp_path / "value.csv"
    with db.sessions() as session:
        export_table(session, kind="value", path=path, language="ru", today=TODAY)
    header, *rows = _csv_rows(path)
    credited = {cells["Название"]: (cells["Кто выполнил"], cells["Наше подразделение"])
                for cells in (dict(zip(header, row)) for row in rows)}
    assert credited == {"'\t=1+1": ("", ""), "Аудит": ("Анна Орлова", "Сервис"),
                        "Семинар": ("Анна Орлова", "Техническая дирекция")}


def _workbook_xml(path: Path) -> str:
    """Every XML part of the workbook as text, character references resolved (openpyxl
    writes non-ASCII text as references when it writes through lxml)."""
    with zipfile.ZipFile(path) as archive:
        return html.unescape("".join(archive.read(name).decode("utf-8")
                                     for name in archive.namelist() if name.endswith(".xml")))


def test_xlsx_writes_formula_text_as_strings_and_numbers_as_numbers(tmp_path, db,
                                                                    portfolio) -> None:
    path = tmp_path / "portfolio.xlsx"
    with db.sessions() as session:
        export_table(session, kind="portfolio", path=path, language="ru", today=TODAY)
    sheet = openpyxl.load_workbook(path).active
    assert sheet.title == "Портфель"
    header = [cell.value for cell in sheet[1]]
    row = {name: cell for name, cell in zip(header, sheet[2])}
    name = row["Клиент"]
    assert name.value == "=cmd|' /C calc'!A0" and name.data_type == "s"
    assert name.quotePrefix  # stays text even when edited in Excel
    change = row["Изменение доли, п. п."]
    assert change.data_type == "n" and change.value == pytest.approx(-10.0)
    assert row["Потенциал"].data_type == "n" and row["Потенциал"].value == 1_000_000
    assert row["Доля в закупках, %"].value == pytest.approx(20.0)
    assert isinstance(row["Срок"].value, datetime) or row["Срок"].value is None
    assert "<f>" not in _workbook_xml(path)

    path = tmp_path / "contacts.xlsx"
    with db.sessions() as session:
        export_table(session, kind="contacts", path=path, language="en", today=TODAY)
    sheet = openpyxl.load_workbook(path).active
    header = [cell.value for cell in sheet[1]]
    row = {name: cell for name, cell in zip(header, sheet[2])}
    for column, text in (("Position", DANGEROUS[0]), ("Phone", DANGEROUS[1]),
                         ("Department", DANGEROUS[2]), ("E-mail", DANGEROUS[3])):
        assert (row[column].value, row[column].data_type) == (text, "s")
    assert row["Interest"].value == 7.5 and row["Interest"].data_type == "n"
    assert "<f>" not in _workbook_xml(path)

    path = tmp_path / "value.xlsx"
    with db.sessions() as session:
        export_table(session, kind="value", path=path, language="ru", today=TODAY)
    sheet = openpyxl.load_workbook(path).active
    header = [cell.value for cell in sheet[1]]
    row = {name: cell for name, cell in zip(header, sheet[2])}
    assert row["Название"].value == "\t=1+1" and row["Название"].data_type == "s"
    assert row["Наши затраты"].value == pytest.approx(1500.25)
    assert row["Дата"].value == datetime(2026, 3, 1)


def test_the_contacts_table_names_who_mirrors_each_contact(tmp_path, db, portfolio) -> None:
    with db.transaction() as session:
        contact = session.scalar(select(Contact.id))
        for name in ("Петрова", "Андреев"):
            add_record(session, kind="team_member", parent_id=portfolio,
                       values={"name": name, "mirrors_id": contact})
        add_record(session, kind="team_member", parent_id=portfolio, values={"name": "Никого"})
    path = tmp_path / "contacts.csv"
    with db.sessions() as session:
        export_table(session, kind="contacts", path=path, language="ru", today=TODAY)
    header, row = _csv_rows(path)
    assert dict(zip(header, row))["Зеркальный контакт у нас"] == "Андреев, Петрова"


def test_personal_notes_are_never_exported(tmp_path, db, portfolio) -> None:
    for suffix in ("csv", "xlsx"):
        path = tmp_path / f"contacts.{suffix}"
        with db.sessions() as session:
            export_table(session, kind="contacts", path=path, language="ru", today=TODAY)
        text = path.read_bytes().decode("utf-8") if suffix == "csv" else _workbook_xml(path)
        assert "Иванов Иван" in text
        assert "СЕКРЕТНОЕ-ХОББИ" not in text and "НЕ-ДЛЯ-ВЫГРУЗКИ" not in text


def test_actions_and_the_choice_of_accounts(db, portfolio) -> None:
    with db.transaction() as session:
        add_record(session, kind="account", parent_id=None, values={"name": "Другой клиент"})
    with db.sessions() as session:
        sheet = build_sheet(session, kind="actions", language="en", today=TODAY)
        assert [c.header for c in sheet.columns] == [
            "Account", "Client's goal", "Our goal", "Action", "Owner", "Due", "Status"]
        assert sheet.rows == [["=cmd|' /C calc'!A0", "Рост", "Доля 30 %", "-Семинар", "Анна",
                               date(2026, 12, 1), "Planned"]]
        other = account_ids_by_name(session, ["Другой клиент"])
        assert build_sheet(session, kind="portfolio", language="ru", today=TODAY,
                           account_ids=other).rows[0][0] == "Другой клиент"
        assert len(build_sheet(session, kind="portfolio", language="ru", today=TODAY).rows) == 2
        with pytest.raises(InputError, match="no account is called 'Нет такого'"):
            account_ids_by_name(session, ["Нет такого"])
        with pytest.raises(InputError, match="is not one of"):
            build_sheet(session, kind="diary", language="ru", today=TODAY)


def test_writing_is_atomic(tmp_path, db, portfolio) -> None:
    path = tmp_path / "value.xlsx"
    path.write_bytes(b"the previous export")
    with db.sessions() as session:
        with pytest.raises(InputError, match="must end in .csv or .xlsx"):
            export_table(session, kind="value", path=tmp_path / "value.ods", language="ru",
                         today=TODAY)
        with pytest.raises(InputError, match="cannot write the file"):
            export_table(session, kind="value", path=tmp_path / "missing" / "value.csv",
                         language="ru", today=TODAY)
        export_table(session, kind="value", path=path, language="ru", today=TODAY)
    assert zipfile.is_zipfile(path)
    assert not (tmp_path / "value.ods").exists() and not (tmp_path / "missing").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".value")] == []


def test_control_characters_do_not_break_the_workbook(tmp_path, db) -> None:
    """Forms and imports refuse control characters now; a database from an earlier
    version may still hold them."""
    with db.transaction() as session:
        account = add_record(session, kind="account", parent_id=None,
                             values={"name": "Bell"})
        session.execute(update(Account).where(Account.id == account)
                        .values(name="Bell\x07 and NUL\x00 Ltd"))
    path = tmp_path / "portfolio.xlsx"
    with db.sessions() as session:
        export_table(session, kind="portfolio", path=path, language="en", today=TODAY)
    assert openpyxl.load_workbook(path).active["A2"].value == "Bell\ufffd and NUL\ufffd Ltd"


def test_a_failed_write_keeps_the_previous_file(tmp_path) -> None:
    from kam_desktop.services.table_writing import Column, write_table

    path = tmp_path / "table.xlsx"
    path.write_bytes(b"the previous export")
    with pytest.raises(TypeError):  # half-way through the rows
        write_table(path, [Column("A"), Column("B")], [["ok", 1], ["bad", True]],
                    title="T", language="ru")
    assert path.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["table.xlsx"]


def test_the_portfolio_export_has_the_deal_figures_of_the_dossier_and_portfolio(
        db, portfolio) -> None:
    from kam_desktop.services.dossier import load_dossier
    from kam_desktop.services.portfolio import list_accounts

    with db.transaction() as session:
        for day, amount in ((date(2025, 2, 3), "1000"), (date(2025, 5, 3), "2000"),
                            (date(2026, 4, 1), "3000.50")):
            add_record(session, kind="deal", parent_id=portfolio,
                       values={"date": day, "amount": amount})
        add_record(session, kind="account", parent_id=None, values={"name": "Без сделок"})
    with db.sessions() as session:
        sheet = build_sheet(session, kind="portfolio", language="en", today=TODAY)
        figures = load_dossier(session, portfolio, today=TODAY).purchases
        listed = {row.id: row for row in list_accounts(session, today=TODAY)}[portfolio]
    header = [column.header for column in sheet.columns]
    rows = {row[0]: dict(zip(header, row)) for row in sheet.rows}
    cells = rows["=cmd|' /C calc'!A0"]
    assert (cells["Deals"], cells["Average deal"], cells["Last deal"]) == (
        figures.deals, figures.average_deal, figures.last_deal) == (
        listed.deals, listed.average_deal, listed.last_deal) == (
        3, Decimal("2000.17"), date(2026, 4, 1))
    # 2025 had two purchases, 2026 one: half the years; 422 days over two gaps
    assert cells["Repeat purchases, %"] == Decimal("50.0") == Decimal(str(figures.repeat_rate * 100))
    assert cells["Purchase frequency, days"] == Decimal("211.0") == \
        Decimal(str(figures.interval_days)).quantize(Decimal("0.1"))
    assert [rows["Без сделок"][key] for key in ("Deals", "Repeat purchases, %",
                                                "Purchase frequency, days", "Average deal",
                                                "Last deal")] == [0, None, None, None, None]
