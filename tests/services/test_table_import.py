"""Importing accounts and contacts from spreadsheets shaped like the ones Excel and other
CRMs really write: Windows-1251 with semicolons, UTF-8 with a BOM and commas, tabs,
UTF-16, title lines, empty lines, merged XLSX headers, INNs typed as numbers."""
from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from kam_desktop.domain.enums import Category
from kam_desktop.domain.inn import make_inn10
from kam_desktop.domain.periods import Period
from kam_desktop.domain.wallet import potential_in
from kam_desktop.services.errors import InputError
from kam_desktop.services.records import add_record
from kam_desktop.services.table_export import export_table
from kam_desktop.services.column_mapping import load_mapping
from kam_desktop.services.table_import import (
    apply_import,
    guess_mapping,
    mapping_for_file,
    plan_import,
    resolve_mapping,
)
from kam_desktop.services.tabular import detect_delimiter, detect_encoding, read_table
from kam_desktop.store import clock
from kam_desktop.store.models import Account, Contact, LifecycleChange

INN_VECTOR = make_inn10("770708389")
INN_ROMASHKA = make_inn10("165800123")
INN_ZERO = make_inn10("027406211")  # Bashkortostan: Excel drops the leading zero
assert INN_ZERO.startswith("0")
BAD_INN = INN_VECTOR[:9] + str((int(INN_VECTOR[9]) + 1) % 10)

HEADER_RU = "Наименование;ИНН;Регион;Отрасль;Контактное лицо;Должность;Телефон;E-mail;Потенциал;Ответственный"


def _cp1251_file(tmp_path: Path) -> Path:
    """What Russian Excel writes with "CSV (разделители — запятые)": Windows-1251, no
    BOM, semicolons, decimal commas, a comma inside a company name, CRLF."""
    lines = [
        HEADER_RU,
        f"ООО «Ромашка», филиал;{INN_ROMASHKA};Казань;Химия;Иванов Иван;Директор;+7 843 200-00-01;ivanov@romashka.ru;1 250 000,50;Анна Белоусова",
        f"ООО «Ромашка», филиал;{INN_ROMASHKA};Казань;Химия;Петрова Ольга;Закупщик;;petrova@romashka.ru;;Анна Белоусова",
        "",
        f"АО «Вектор»;{INN_VECTOR};Москва;Машиностроение;Сидоров Пётр;Главный инженер;;;;",
    ]
    path = tmp_path / "клиенты.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1251") + b"\r\n")
    return path


def _count(db, entity) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count()).select_from(entity))


def _plan(db, table, columns=None):
    with db.sessions() as session:
        return plan_import(session, table=table, columns=columns or guess_mapping(table.headers))


def _apply(db, table, columns=None):
    with db.transaction() as session:
        return apply_import(session, table=table, columns=columns or guess_mapping(table.headers))


# --- reading ---------------------------------------------------------------------------


def test_windows_1251_semicolons_without_a_bom(tmp_path) -> None:
    table = read_table(_cp1251_file(tmp_path))
    assert (table.kind, table.encoding, table.delimiter) == ("csv", "cp1251", ";")
    assert table.headers[0] == "Наименование" and table.headers[-1] == "Ответственный"
    assert [row.line for row in table.rows] == [2, 3, 5]  # the empty line 4 is skipped
    assert table.rows[0].cells[0] == "ООО «Ромашка», филиал"
    assert table.rows[0].cells[8] == "1 250 000,50"
    assert table.rows[2].cells[4] == "Сидоров Пётр"


def test_utf8_bom_commas_with_quotes_and_line_breaks(tmp_path) -> None:
    text = ('Company,INN,Contact person,Position,Email\r\n'
            f'"Vector, JSC",{INN_VECTOR},"Smith, John","Head of\r\npurchasing",js@vector.com\r\n'
            f'Romashka LLC,{INN_ROMASHKA},Jane Doe,CEO,jd@romashka.com\r\n')
    path = tmp_path / "crm.csv"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    table = read_table(path)
    assert (table.encoding, table.delimiter) == ("utf-8-sig", ",")
    assert table.headers[0] == "Company"  # no BOM left on the first header
    assert table.rows[0].cells[:4] == ("Vector, JSC", INN_VECTOR, "Smith, John",
                                       "Head of\r\npurchasing")
    # the second record starts on line 4: the quoted line break took a line
    assert [row.line for row in table.rows] == [2, 4]
    assert guess_mapping(table.headers) == {"name": 0, "inn": 1, "contact_name": 2,
                                            "contact_position": 3, "contact_email": 4}


def test_tab_separated_and_utf16_unicode_text(tmp_path) -> None:
    text = "Наименование\tИНН\tГород\r\nАО «Вектор»\t" + INN_VECTOR + "\tМосква, Россия\r\n"
    tab = tmp_path / "tab.txt"
    tab.write_bytes(text.encode("utf-8"))
    table = read_table(tab)
    assert (table.encoding, table.delimiter) == ("utf-8", "\t")
    assert table.rows[0].cells == ("АО «Вектор»", INN_VECTOR, "Москва, Россия")
    # Excel's "Unicode text": UTF-16 with a BOM, tabs
    utf16 = tmp_path / "unicode.txt"
    utf16.write_bytes(text.encode("utf-16"))
    assert read_table(utf16).rows == table.rows


def test_excel_sep_line_and_a_title_above_the_header(tmp_path) -> None:
    path = tmp_path / "sep.csv"
    path.write_bytes("sep=;\nКлиенты на 01.11.2026;;\n;;\nНаименование;ИНН;Регион\nАО «Вектор»;;Москва\n"
                     .encode("utf-8"))
    table = read_table(path)
    assert table.delimiter == ";"
    assert table.header_line == 4 and table.headers == ("Наименование", "ИНН", "Регион")
    assert [(row.line, row.cells[0]) for row in table.rows] == [(5, "АО «Вектор»")]


@pytest.mark.parametrize("lines, expected", [
    # decimal commas in every row of a semicolon file
    (["Наименование;Выручка;Доля\n", "Ромашка;1234,56;0,5\n", "Вектор;99,9;0,25\n"], ";"),
    # semicolons inside quoted names of a comma file
    (['Name,City\n', '"Alpha; Beta",Moscow\n', '"Gamma; Delta",Kazan\n'], ","),
    # commas in names and numbers, tabs between fields
    (["Наименование\tСумма\n", "ООО Ромашка, филиал\t1,5\n", "Вектор, АО\t2,5\n"], "\t"),
    # a comma in the header of a semicolon file does not fool it
    (["Наименование, полное;ИНН;Город\n", "Ромашка;123;Казань\n", "Вектор;456;Москва\n"], ";"),
])
def test_delimiter_detection(lines, expected) -> None:
    assert detect_delimiter(lines) == expected


def test_encoding_detection() -> None:
    assert detect_encoding("Привет".encode("cp1251")) == "cp1251"
    assert detect_encoding("Привет".encode("utf-8")) == "utf-8"
    assert detect_encoding(b"\xef\xbb\xbfabc") == "utf-8-sig"
    assert detect_encoding(b"plain ascii") == "utf-8"
    broken = ("Наименование;Регион\nРомашка;Казань\n".encode("utf-8") + b"\xd0;\xd1\n"
              + "Вектор;Москва\n".encode("utf-8"))
    with pytest.raises(InputError) as caught:
        detect_encoding(broken)
    assert "line 3" in str(caught.value)


def test_files_that_cannot_be_read(tmp_path) -> None:
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    with pytest.raises(InputError, match=r"\.xls"):
        read_table(xls)
    with pytest.raises(InputError, match="cannot read the file"):
        read_table(tmp_path / "missing.csv")
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"\r\n;;\r\n")
    with pytest.raises(InputError, match="no rows"):
        read_table(empty)
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InputError, match="Excel workbook"):
        read_table(fake)


def test_a_workbook_that_unpacks_too_big_is_refused_before_parsing(tmp_path, monkeypatch) -> None:
    from kam_desktop.services import tabular

    path = _merged_workbook(tmp_path / "big.xlsx")
    monkeypatch.setattr(tabular, "MAX_UNPACKED_BYTES", 4096)
    with pytest.raises(InputError, match="larger than 0 MB"):
        read_table(path)


def _merged_workbook(path: Path) -> Path:
    """A sheet as people lay them out: a merged title, an empty row, a two-level header
    (company columns merged down, a "Контактное лицо" group merged across), a company
    merged down over its contacts, INNs typed as numbers, empty rows between."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Клиенты"
    sheet["A1"] = "Ключевые клиенты на 01.11.2026"
    sheet.merge_cells("A1:F1")
    for cell, text in (("A3", "Наименование"), ("B3", "ИНН"), ("C3", "Регион")):
        sheet[cell] = text
        sheet.merge_cells(f"{cell}:{cell[0]}4")
    sheet["D3"] = "Контактное лицо"
    sheet.merge_cells("D3:F3")
    sheet["D4"], sheet["E4"], sheet["F4"] = "ФИО", "Должность", "Телефон"
    sheet["A5"], sheet["B5"], sheet["C5"] = "ООО «Ромашка»", int(INN_ROMASHKA), "Казань"
    sheet.merge_cells("A5:A6")
    sheet.merge_cells("B5:B6")
    sheet["D5"], sheet["E5"], sheet["F5"] = "Иванов Иван", "Директор", 78432000001
    sheet["D6"], sheet["E6"] = "Петрова Ольга", "Закупщик"
    sheet["A9"], sheet["B9"], sheet["C9"] = "ООО «Уфа-Сервис»", int(INN_ZERO), "Уфа"
    sheet["D9"] = "Галиев Рустам"
    book.create_sheet("Второй лист")["A1"] = "не читается"
    book.save(path)
    return path


def test_xlsx_with_merged_header_cells_and_empty_rows(tmp_path) -> None:
    table = read_table(_merged_workbook(tmp_path / "клиенты.xlsx"))
    assert (table.kind, table.sheet, table.header_line) == ("xlsx", "Клиенты", 3)
    assert table.headers == ("Наименование", "ИНН", "Регион", "Контактное лицо / ФИО",
                             "Контактное лицо / Должность", "Контактное лицо / Телефон")
    assert [row.line for row in table.rows] == [5, 6, 9]
    # the merged company cell belongs to both contacts' rows
    assert table.rows[1].cells[:2] == ("ООО «Ромашка»", INN_ROMASHKA)
    assert table.rows[0].cells[5] == "78432000001"  # a phone typed as a number
    assert guess_mapping(table.headers) == {
        "name": 0, "inn": 1, "region": 2, "contact_name": 3, "contact_position": 4,
        "contact_phone": 5}


def test_xlsx_import_puts_back_the_inn_leading_zero(tmp_path, db) -> None:
    table = read_table(_merged_workbook(tmp_path / "клиенты.xlsx"))
    plan = _apply(db, table)
    assert plan.bad == ()
    assert plan.accounts_added == ("ООО «Ромашка»", "ООО «Уфа-Сервис»")
    assert plan.contacts_added == ("ООО «Ромашка»: Иванов Иван", "ООО «Ромашка»: Петрова Ольга",
                                   "ООО «Уфа-Сервис»: Галиев Рустам")
    with db.sessions() as session:
        assert session.scalar(select(Account.inn).where(Account.region == "Уфа")) == INN_ZERO


# --- the mapping -----------------------------------------------------------------------


def test_guess_from_russian_and_english_headers() -> None:
    russian = ["№", "Наименование", "Полное наименование", "ИНН организации", "Отрасль",
               "Город", "Юридический адрес", "Сайт", "Ответственный", "Категория",
               "Потенциал закупок", "ФИО", "Должность", "Отдел", "Мобильный телефон",
               "Эл. почта", "Комментарий"]
    guessed = guess_mapping(russian)
    assert guessed == {"name": 1, "legal_name": 2, "inn": 3, "industry": 4, "region": 5,
                       "address": 6, "website": 7, "owner": 8, "category": 9,
                       "potential": 10, "contact_name": 11, "contact_position": 12,
                       "contact_department": 13, "contact_phone": 14, "contact_email": 15}
    english = ["Account Name", "Legal entity", "TIN", "Industry", "Region", "Account manager",
               "Contact", "Job title", "Phone", "E-mail"]
    assert guess_mapping(english) == {
        "name": 0, "legal_name": 1, "inn": 2, "industry": 3, "region": 4, "owner": 5,
        "contact_name": 6, "contact_position": 7, "contact_phone": 8, "contact_email": 9}
    assert guess_mapping(["Дата", "Сумма"]) == {}


def test_mapping_by_header_or_number_and_its_errors(tmp_path) -> None:
    table = read_table(_cp1251_file(tmp_path))
    assert resolve_mapping({"name": "Наименование", "inn": 2, "region": None}, table) == \
        {"name": 0, "inn": 1}
    assert resolve_mapping({"name": "  наименование "}, table) == {"name": 0}
    cases = [
        ({"nmae": "Наименование"}, "did you mean name"),
        ({"name": "Название"}, "no column is called 'Название'"),
        ({"name": 11}, "there is no column 11: the file has 10"),
        ({"name": 0}, "there is no column 0"),
        ({"name": True}, "header text or its number"),
        ({"inn": "ИНН"}, "map a column to the account name"),
    ]
    for mapping, message in cases:
        with pytest.raises(InputError, match=message):
            resolve_mapping(mapping, table)
    twice = tmp_path / "twice.csv"
    twice.write_text("Наименование;Телефон;Телефон\nВектор;1;2\n", encoding="utf-8")
    doubled = read_table(twice)
    with pytest.raises(InputError, match="more than once"):
        resolve_mapping({"name": "Наименование", "contact_phone": "Телефон"}, doubled)
    columns = resolve_mapping({"name": 1, "contact_phone": 3}, doubled)
    assert mapping_for_file(columns, doubled) == {"name": "Наименование", "contact_phone": 3}


def test_mapping_file(tmp_path) -> None:
    path = tmp_path / "map.json"
    path.write_text('{"name": "Наименование", "inn": 2}', encoding="utf-8")
    assert load_mapping(path) == {"name": "Наименование", "inn": 2}
    for text, message in (("[1, 2]", "JSON object"), ("{name: 1}", "not valid JSON"),
                          ('{"name": ' + "[" * 100_000 + "]" * 100_000 + "}",
                           "nested too deeply"),
                          ('{"name": ' + "9" * 5000 + "}", "a number is too long")):
        path.write_text(text, encoding="utf-8")
        with pytest.raises(InputError, match=message):
            load_mapping(path)


# --- the dry run and the import ---------------------------------------------------------


def test_dry_run_reports_and_writes_nothing(tmp_path, db) -> None:
    table = read_table(_cp1251_file(tmp_path))
    plan = _plan(db, table)
    assert plan.rows == 3 and plan.good_rows == 3 and plan.bad == ()
    # two rows with one INN are one account with two contacts
    assert plan.accounts_added == ("ООО «Ромашка», филиал", "АО «Вектор»")
    assert plan.contacts_added == ("ООО «Ромашка», филиал: Иванов Иван",
                                   "ООО «Ромашка», филиал: Петрова Ольга",
                                   "АО «Вектор»: Сидоров Пётр")
    assert _count(db, Account) == 0 and _count(db, Contact) == 0


def test_import_writes_good_rows_then_changes_nothing(tmp_path, db) -> None:
    table = read_table(_cp1251_file(tmp_path))
    _apply(db, table)
    with db.sessions() as session:
        romashka = session.scalar(select(Account).where(Account.inn == INN_ROMASHKA))
        assert (romashka.name, romashka.region, romashka.industry, romashka.owner) == \
            ("ООО «Ромашка», филиал", "Казань", "Химия", "Анна Белоусова")
        # the potential a file gives is the potential of the year it is imported in
        assert [(p.year, p.amount) for p in romashka.potentials] == [
            (date.today().year, Decimal("1250000.50"))]
        assert {c.name: (c.position, c.phone, c.email) for c in romashka.contacts} == {
            "Иванов Иван": ("Директор", "+7 843 200-00-01", "ivanov@romashka.ru"),
            "Петрова Ольга": ("Закупщик", None, "petrova@romashka.ru")}
        stamp = romashka.updated_at
    again = _apply(db, table)
    assert again.changes == 0
    assert again.accounts_unchanged == ("ООО «Ромашка», филиал", "АО «Вектор»")
    assert _count(db, Account) == 2 and _count(db, Contact) == 3
    with db.sessions() as session:
        assert session.scalar(select(Account.updated_at).where(Account.inn == INN_ROMASHKA)) \
            == stamp


def test_new_accounts_are_stamped_and_started_as_a_flush_of_them_would_be(tmp_path,
                                                                         db) -> None:
    """New accounts are written as rows, not ORM objects: each record is still stamped
    as created (what the exchange sends), each account gets its stage's first entry,
    and a holding new in the file is pointed at, by a new account (the change of its
    subsidiary stamped) and by a stored one."""
    with db.transaction() as session:
        add_record(session, kind="account", parent_id=None, values={"name": "Альфа-Трейд"})
    path = tmp_path / "holdings.csv"
    path.write_text("Наименование;Холдинг;Контактное лицо;Потенциал\n"
                    "Холдинг Альфа;;Иванов Иван;1000\n"
                    "Альфа-Сталь;Холдинг Альфа;Петров Пётр;\n"
                    "Альфа-Трейд;Холдинг Альфа;;\n", encoding="utf-8")
    done = _apply(db, read_table(path))
    assert done.accounts_added == ("Холдинг Альфа", "Альфа-Сталь") and not done.bad
    assert done.accounts_updated == ("Альфа-Трейд",)
    with db.sessions() as session:
        accounts = {a.name: a for a in session.scalars(select(Account))}
        holding, steel = accounts["Холдинг Альфа"], accounts["Альфа-Сталь"]
        assert steel.parent_id == holding.id and holding.parent_id is None
        assert accounts["Альфа-Трейд"].parent_id == holding.id
        assert [(p.year, p.amount) for p in holding.potentials] == [
            (date.today().year, Decimal(1000))]
        assert {c.name: c.account_id for c in session.scalars(select(Contact))} == {
            "Иванов Иван": holding.id, "Петров Пётр": steel.id}
        starts = session.execute(select(LifecycleChange.account_id, LifecycleChange.from_stage,
                                        LifecycleChange.to_stage)
                                 .where(LifecycleChange.account_id.in_([holding.id, steel.id]))
                                 ).all()
        assert sorted(starts, key=lambda row: row[0] == steel.id) == [
            (holding.id, None, holding.lifecycle), (steel.id, None, steel.lifecycle)]
        connection = session.connection()
        stamps = clock.load_stamps(connection, "account", [holding.id, steel.id])
        created = stamps[holding.id][clock.ALL]
        assert stamps[steel.id][clock.ALL] == created  # both written in one go
        assert clock.newest(stamps[steel.id]) > clock.newest(stamps[holding.id])  # parent_id
        assert len(clock.load_stamps(connection, "contact", [
            c.id for c in session.scalars(select(Contact))])) == 2
        assert len(clock.load_stamps(connection, "potential", [
            p.id for p in holding.potentials])) == 1


def test_existing_accounts_match_by_inn_then_by_name(tmp_path, db) -> None:
    with db.transaction() as session:
        vector = add_record(session, kind="account", parent_id=None,
                            values={"name": "Вектор", "inn": INN_VECTOR, "region": "Москва"})
        romashka = add_record(session, kind="account", parent_id=None,
                              values={"name": "ООО «РОМАШКА», филиал"})
        add_record(session, kind="contact", parent_id=vector,
                   values={"name": "Сидоров Пётр", "position": "Инженер"})
    table = read_table(_cp1251_file(tmp_path))
    plan = _plan(db, table)
    # "АО «Вектор»" is found by its INN and keeps its own name; Ромашка by its name
    assert plan.accounts_added == ()
    assert plan.accounts_updated == ("ООО «РОМАШКА», филиал", "Вектор")
    assert plan.contacts_updated == ("Вектор: Сидоров Пётр",)
    _apply(db, table)
    with db.sessions() as session:
        account = session.get(Account, vector)
        assert account.name == "Вектор" and account.industry == "Машиностроение"
        assert [(c.name, c.position) for c in account.contacts] == \
            [("Сидоров Пётр", "Главный инженер")]
        assert session.get(Account, romashka).inn == INN_ROMASHKA
    assert _count(db, Account) == 2


def test_bad_rows_are_listed_with_line_and_reason(tmp_path, db) -> None:
    with db.transaction() as session:
        add_record(session, kind="account", parent_id=None,
                   values={"name": "Лесторг", "inn": INN_ROMASHKA})
    lines = [
        "Наименование;ИНН;Контактное лицо;Телефон;E-mail;Потенциал;Категория",
        f"АО «Вектор»;{INN_VECTOR};Сидоров;;;;ключевой",           # 2 good
        f"АО Вектор-2;{INN_VECTOR};Козлов;;;;",                     # 3 same INN, other name
        f"ООО Бета;{BAD_INN};;;;;",                                 # 4 bad INN
        ";;Петров;;;;",                                             # 5 no account name
        "ООО Гамма;;Орлов;;orlov(at)gamma.ru;;",                    # 6 bad e-mail
        "ООО Дельта;;;+7 900 000-00-00;;;",                         # 7 phone without a name
        "ООО Эпсилон;;;;;12 тыс;",                                  # 8 bad amount
        "ООО Дзета;;;;;;VIP",                                       # 9 unknown category
        f"АО «Вектор»;{INN_VECTOR};Сидоров;;;;поддерживаемый",      # 10 other category
        f"Лесторг;{INN_ZERO};;;;;",                                 # 11 another INN
        "ООО Омега;;Зуев;;;;;лишнее",                                # 12 too many cells
        "ООО Омега;;Зуев;;;;",                                       # 13 good
    ]
    path = tmp_path / "bad.csv"
    path.write_bytes("\n".join(lines).encode("cp1251"))
    table = read_table(path)
    plan = _plan(db, table)
    problems = {(bad.line, bad.column): bad.problem for bad in plan.bad}
    assert plan.bad_lines == tuple(range(3, 13))
    assert problems[(3, "Наименование")] == "line 2 gives this INN to АО «Вектор»"
    assert problems[(4, "ИНН")] == "the INN's check digit does not match"
    assert problems[(5, "Наименование")] == "the account name is empty"
    assert problems[(6, "E-mail")] == "'orlov(at)gamma.ru' is not an e-mail address"
    assert problems[(7, "Телефон")] == "contact details without the contact's name"
    assert problems[(8, "Потенциал")] == "'12 тыс' is not an amount of money"
    assert problems[(9, "Категория")].startswith("'VIP' is not a category")
    assert problems[(10, "Категория")] == "line 2 gives another value: key"
    assert problems[(11, "ИНН")] == f"Лесторг has the INN {INN_ROMASHKA} in the portfolio"
    assert "more cells than the header" in problems[(12, "")]
    assert plan.good_rows == 2
    assert plan.accounts_added == ("АО «Вектор»", "ООО Омега")
    _apply(db, table)
    with db.sessions() as session:
        names = set(session.scalars(select(Account.name)))
        assert names == {"Лесторг", "АО «Вектор»", "ООО Омега"}
        assert session.scalar(select(Account.category).where(Account.name == "АО «Вектор»")) \
            == Category.KEY


def test_a_value_the_records_rules_refuse_is_a_bad_row(tmp_path, db) -> None:
    path = tmp_path / "long.csv"
    path.write_text(f"Наименование;Регион\n{'Я' * 201};Москва\nВектор;{'Р' * 201}\n",
                    encoding="utf-8")
    plan = _plan(db, read_table(path))
    assert [(bad.line, bad.problem) for bad in plan.bad] == [
        (2, "is longer than 200 characters"), (3, "is longer than 200 characters")]


def test_our_own_portfolio_export_imports_back(tmp_path, db, db_path) -> None:
    from kam_desktop.services.demo import load_demo
    from kam_desktop.store.database import open_database

    with db.transaction() as session:
        load_demo(session, accounts=8, seed=3, today=date(2026, 11, 23))
    exported = tmp_path / "portfolio.csv"
    with db.sessions() as session:
        export_table(session, kind="portfolio", path=exported, language="ru",
                     today=date(2026, 11, 23))
        before = {a.name: (a.category, a.owner, _potential_now(a))
                  for a in session.scalars(select(Account))}
    other = open_database(tmp_path / "other.sqlite3")
    try:
        table = read_table(exported)
        assert (table.encoding, table.delimiter) == ("utf-8-sig", ";")
        with other.transaction() as session:
            plan = apply_import(session, table=table, columns=guess_mapping(table.headers))
        assert plan.bad == () and len(plan.accounts_added) == 8
        with other.sessions() as session:
            after = {a.name: (a.category, a.owner, _potential_now(a))
                     for a in session.scalars(select(Account))}
        assert after == before
    finally:
        other.close()


def test_rows_of_an_account_given_by_name_only_join_it(tmp_path, db) -> None:
    text = io.StringIO()
    writer = csv.writer(text, delimiter=",")
    writer.writerows([["Name", "INN", "Contact", "Position"],
                      ["Vector", INN_VECTOR, "Smith", "CEO"],
                      ["vector", "", "Jones", "CFO"],
                      ["VECTOR", INN_ROMASHKA, "Brown", ""]])
    path = tmp_path / "en.csv"
    path.write_text(text.getvalue(), encoding="utf-8")
    plan = _plan(db, read_table(path))
    assert plan.accounts_added == ("Vector",)
    assert plan.contacts_added == ("Vector: Smith", "Vector: Jones")
    assert [(bad.line, bad.problem) for bad in plan.bad] == [
        (4, f"line 2 gives Vector the INN {INN_VECTOR}")]


def test_a_neutralised_cell_reads_back_as_it_was(tmp_path, db) -> None:
    """Our CSV export puts an apostrophe before "+7 …" so that Excel does not compute
    it; reading the file back takes the apostrophe off again (and only that one)."""
    with db.transaction() as session:
        account = add_record(session, kind="account", parent_id=None, values={"name": "Вектор"})
        add_record(session, kind="contact", parent_id=account, values={
            "name": "Иванов", "phone": "+7 495 123-45-67", "position": "'Главный' инженер"})
    exported = tmp_path / "contacts.csv"
    with db.sessions() as session:
        export_table(session, kind="contacts", path=exported, language="ru",
                     today=date(2026, 11, 23))
    assert "'+7 495 123-45-67" in exported.read_bytes().decode("utf-8-sig")
    table = read_table(exported)
    assert table.rows[0].cells[1:3] == ("Иванов", "'Главный' инженер")
    assert table.rows[0].cells[6] == "+7 495 123-45-67"
    assert _plan(db, table).changes == 0


def _potential_now(account: Account) -> Decimal | None:
    return potential_in({p.year: p.amount for p in account.potentials},
                        Period(date.today().year))


def test_a_potential_column_sets_this_years_potential_and_keeps_earlier_years(tmp_path,
                                                                             db) -> None:
    this_year = date.today().year
    with db.transaction() as session:
        account_id = add_record(session, kind="account", parent_id=None,
                                values={"name": "АО «Вектор»"})
        for year, amount in ((this_year - 2, "900000"), (this_year, "1000000")):
            add_record(session, kind="potential", parent_id=account_id,
                       values={"year": year, "amount": amount})
    path = tmp_path / "potential.csv"
    path.write_text("Клиент;Потенциал\nАО «Вектор»;2 000 000\nООО «Новое»;500 000\n",
                    encoding="utf-8")
    table = read_table(path)
    with db.transaction() as session:
        plan = apply_import(session, table=table, columns=guess_mapping(table.headers))
    assert plan.accounts_updated == ("АО «Вектор»",) and plan.accounts_added == ("ООО «Новое»",)
    with db.sessions() as session:
        found = {(a.name, p.year): p.amount for a in session.scalars(select(Account))
                 for p in a.potentials}
    assert found == {("АО «Вектор»", this_year - 2): Decimal("900000"),
                     ("АО «Вектор»", this_year): Decimal("2000000"),
                     ("ООО «Новое»", this_year): Decimal("500000")}
    with db.transaction() as session:  # the same file again changes nothing
        again = apply_import(session, table=table, columns=guess_mapping(table.headers))
    assert again.accounts_updated == () and again.changes == 0
