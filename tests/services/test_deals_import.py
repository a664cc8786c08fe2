"""Deals from an ERP export: a 1C-style CSV (Windows-1251, ``;``, 31.12.2026, amounts
with spaces and commas) and an XLSX with real date and number cells, matched to accounts
by INN or name, idempotent on re-import, with a dry run."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from kam_desktop.domain.inn import make_inn10
from kam_desktop.services.deals_import import (
    apply_deals,
    guess_mapping,
    plan_deals,
    resolve_mapping,
)
from kam_desktop.services.errors import InputError
from kam_desktop.services.records import add_record
from kam_desktop.services.tabular import read_table
from kam_desktop.store.database import open_database
from kam_desktop.store.models import Account, Deal

INN_VECTOR = make_inn10("770708389")
INN_ROMASHKA = make_inn10("165800123")
INN_STRANGER = make_inn10("500100732")

MAPPING = {"inn": "ИНН", "name": "Контрагент", "date": "Дата", "amount": "Сумма",
           "product_group": "Номенклатурная группа", "reference": "Документ"}


def _accounts(db) -> dict[str, object]:
    with db.transaction() as session:
        return {name: add_record(session, kind="account", parent_id=None,
                                 values={"name": name, "inn": inn})
                for name, inn in (("Вектор", INN_VECTOR), ("Ромашка", INN_ROMASHKA),
                                  ("Заря", None))}


def _erp_csv(tmp_path: Path, extra: list[str] = ()) -> Path:
    """A shipments report as 1C saves it: a title line, Windows-1251, semicolons."""
    lines = [
        "Продажи за 2026 год;;;;;",
        "Контрагент;ИНН;Документ;Дата;Номенклатурная группа;Сумма",
        f"АО «Вектор»;{INN_VECTOR};РТУ-000101;15.01.2026;Насосы;1 250 000,50",
        f"АО «Вектор»;{INN_VECTOR};РТУ-000101;15.01.2026;Запчасти;49 999,50",
        f"ООО «Ромашка»;{INN_ROMASHKA};РТУ-000102;03.02.2026 12:30:00;Насосы;300 000",
        "Заря;;;10.03.2026;Сервис;15000,00",
        f"ИП Незнакомцев;{INN_STRANGER};РТУ-000103;11.03.2026;Насосы;99 000",
        *extra,
    ]
    path = tmp_path / "продажи.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1251") + b"\r\n")
    return path


def _plan(db, path: Path, mapping=MAPPING):
    table = read_table(path)
    with db.sessions() as session:
        return plan_deals(session, table=table, columns=resolve_mapping(mapping, table))


def _apply(db, path: Path, mapping=MAPPING):
    table = read_table(path)
    with db.transaction() as session:
        return apply_deals(session, table=table, columns=resolve_mapping(mapping, table))


def _deals(db) -> list[tuple]:
    with db.sessions() as session:
        return [(d.account.name, d.date, d.amount, d.product_group, d.reference)
                for d in session.scalars(select(Deal).order_by(Deal.date))]


def test_a_1c_export_in_windows_1251_becomes_deals_of_the_known_clients(db, tmp_path) -> None:
    _accounts(db)
    path = _erp_csv(tmp_path)
    table = read_table(path)
    assert (table.encoding, table.delimiter, table.header_line) == ("cp1251", ";", 2)
    plan = _plan(db, path)
    # the two lines of РТУ-000101 are one deal; the stranger is refused, by line
    assert (plan.added, plan.updated, plan.unchanged) == (3, 0, 0)
    assert plan.accounts == ("Вектор", "Заря", "Ромашка")
    assert [(b.line, b.column) for b in plan.bad] == [(7, "ИНН")]
    assert INN_STRANGER in plan.bad[0].problem and "ИП Незнакомцев" in plan.bad[0].problem
    assert _deals(db) == []  # the dry run writes nothing

    done = _apply(db, path)
    assert done.added == 3
    assert _deals(db) == [
        ("Вектор", date(2026, 1, 15), Decimal("1300000.00"), "Насосы, Запчасти", "РТУ-000101"),
        ("Ромашка", date(2026, 2, 3), Decimal("300000.00"), "Насосы", "РТУ-000102"),
        ("Заря", date(2026, 3, 10), Decimal("15000.00"), "Сервис", None),
    ]


def test_importing_the_same_file_twice_adds_nothing(db, tmp_path) -> None:
    _accounts(db)
    path = _erp_csv(tmp_path)
    _apply(db, path)
    again = _plan(db, path)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 3)
    _apply(db, path)
    assert len(_deals(db)) == 3


def test_the_erp_corrected_a_document_so_the_deal_is_updated(db, tmp_path) -> None:
    _accounts(db)
    _apply(db, _erp_csv(tmp_path))
    corrected = _erp_csv(tmp_path)
    corrected.write_bytes(corrected.read_bytes().replace(
        "300 000".encode("cp1251"), "310 000".encode("cp1251")))
    plan = _apply(db, corrected)
    assert (plan.added, plan.updated, plan.unchanged) == (0, 1, 2)
    assert ("Ромашка", date(2026, 2, 3), Decimal("310000.00"), "Насосы", "РТУ-000102") \
        in _deals(db)


def test_bad_rows_are_named_by_line_and_column(db, tmp_path) -> None:
    _accounts(db)
    path = _erp_csv(tmp_path, [
        f"АО «Вектор»;{INN_VECTOR};РТУ-000104;31.02.2026;Насосы;1 000",   # line 8
        f"АО «Вектор»;{INN_VECTOR};РТУ-000105;01.04.2026;Насосы;-5 000",  #  9: a return
        f"АО «Вектор»;{INN_VECTOR};РТУ-000106;;Насосы;1 000",             # 10
        "Неизвестное ООО;;РТУ-000107;01.04.2026;Насосы;1 000",            # 11
        f"АО «Вектор»;{INN_VECTOR};РТУ-000101;16.01.2026;Насосы;1 000",   # 12
        "Заря;;;10.03.2026;Сервис;15 000",                                # 13
    ])
    plan = _plan(db, path)
    problems = {bad.line: (bad.column, bad.problem) for bad in plan.bad}
    assert sorted(problems) == [7, 8, 9, 10, 11, 12, 13]
    assert problems[8] == ("Дата", "'31.02.2026' is not a date of the calendar")
    assert problems[9] == ("Сумма", "an amount of money cannot be negative")
    assert problems[10] == ("Дата", "the deal's date is empty")
    assert problems[11] == ("Контрагент",
                            "no account of the portfolio is called 'Неизвестное ООО'")
    assert problems[12] == ("Дата", "line 3 gives this reference the date 15.01.2026")
    assert problems[13][1].startswith("the same deal as line 6")
    assert plan.good_rows == 4 and plan.added == 3


def test_an_xlsx_with_date_and_number_cells(db, tmp_path) -> None:
    _accounts(db)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Покупатель", "ИНН покупателя", "Дата документа", "Сумма с НДС",
                  "Товарная группа", "Номер документа"])
    sheet.append(["Вектор", int(INN_VECTOR), datetime(2026, 5, 4), 125000.5, "Насосы",
                  "ЗК-17"])
    sheet.append(["Ромашка", INN_ROMASHKA, date(2026, 5, 6), 80000, None, None])
    path = tmp_path / "orders.xlsx"
    book.save(path)
    table = read_table(path)
    columns = guess_mapping(table.headers)
    assert columns == {"name": 0, "inn": 1, "date": 2, "amount": 3, "product_group": 4,
                       "reference": 5}
    with db.transaction() as session:
        plan = apply_deals(session, table=table, columns=columns)
    assert (plan.added, plan.bad) == (2, ())
    assert _deals(db) == [
        ("Вектор", date(2026, 5, 4), Decimal("125000.50"), "Насосы", "ЗК-17"),
        ("Ромашка", date(2026, 5, 6), Decimal("80000.00"), None, None),
    ]


def test_two_laptops_importing_one_export_hold_the_same_deals(db, tmp_path) -> None:
    """Imported deals take ids derived from what identifies them, so an exchange between
    two laptops that both imported the file does not double the deals."""
    ids = _accounts(db)
    other = open_database(tmp_path / "other.sqlite3")
    try:
        with other.transaction() as session:  # the same accounts, as an exchange gives them
            for (name, account_id), inn in zip(ids.items(), (INN_VECTOR, INN_ROMASHKA, None)):
                session.add(Account(id=account_id, name=name, inn=inn))
        path = _erp_csv(tmp_path)
        for laptop in (db, other):
            _apply(laptop, path)
        held = []
        for laptop in (db, other):
            with laptop.sessions() as session:
                held.append(set(session.scalars(select(Deal.id))))
        assert len(held[0]) == 3 and held[0] == held[1]
    finally:
        other.close()


def test_a_mapping_needs_the_date_the_amount_and_the_client(tmp_path) -> None:
    table = read_table(_erp_csv(tmp_path))
    with pytest.raises(InputError) as error:
        resolve_mapping({"inn": "ИНН", "amount": "Сумма"}, table)
    assert (error.value.where, error.value.message) == ("date", "map a column to the deal's date")
    with pytest.raises(InputError) as error:
        resolve_mapping({"date": "Дата", "amount": "Сумма"}, table)
    assert error.value.message == "map a column to the client's INN or name"
    with pytest.raises(InputError) as error:
        resolve_mapping({**MAPPING, "summa": "Сумма"}, table)
    assert error.value.where == "summa"
    assert error.value.message.startswith("is not a field of the import")
