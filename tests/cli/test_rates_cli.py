"""``kam-desktop rates`` and ``--main-currency`` as a user runs them: real processes on
real database files, with a file shaped like the Bank of Russia's "dynamics" export."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from kam_desktop.services.records import add_record
from fresh_databases import fresh_database

#: the columns of cbr.ru's "Динамика официального курса" export saved as CSV by a Russian
#: Excel: no currency code (cdx is the currency's name), the date as 31.12.2024, commas
CBR_DYNAMICS = ("nominal;data;curs;cdx\r\n"
                "1;28.12.2024;106,1028;Евро\r\n"
                "1;27.12.2024;105,7697;Евро\r\n"
                "1;26.12.2024;104,7543;Евро\r\n")
#: the simple documented format: date, code, nominal, rate
WITH_CODES = ("Дата;Код;Номинал;Курс\r\n"
              "31.12.2024;CNY;10;139,4012\r\n"
              "31.12.2024;USD;1;101,6797\r\n")


@pytest.fixture
def cbr_file(tmp_path: Path) -> Path:
    path = tmp_path / "RC_F01_01_2024_T31_12_2024.csv"
    path.write_bytes(CBR_DYNAMICS.encode("cp1251"))
    return path


def _listed(cli, db_path: Path) -> str:
    result = cli("rates", "list", db=db_path)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_a_central_bank_file_is_imported_and_listed(cli, db_path, cbr_file, tmp_path) -> None:
    result = cli("rates", "import", str(cbr_file), "--currency", "eur", db=db_path)
    assert result.returncode == 0, result.stderr
    assert "3 rate(s) read, 3 new or changed" in result.stdout
    coded = tmp_path / "rates.csv"
    coded.write_text(WITH_CODES, encoding="utf-8")
    assert cli("rates", "import", str(coded), db=db_path).returncode == 0
    assert _listed(cli, db_path).splitlines() == [
        "2024-12-31\t1 CNY = 13.94012 RUB",
        "2024-12-26\t1 EUR = 104.7543 RUB",
        "2024-12-27\t1 EUR = 105.7697 RUB",
        "2024-12-28\t1 EUR = 106.1028 RUB",
        "2024-12-31\t1 USD = 101.6797 RUB",
    ]
    again = cli("rates", "import", str(cbr_file), "--currency", "EUR", db=db_path)
    assert "3 rate(s) read, 0 new or changed" in again.stdout


@pytest.mark.parametrize("content, options, message", [
    (CBR_DYNAMICS, (), "the file names no currency: name it (such as EUR)"),
    (CBR_DYNAMICS.replace("105,7697", "курс"), ("--currency", "EUR"),
     ", line 3, curs: 'курс' is not an amount of money"),
    (CBR_DYNAMICS.replace("27.12.2024", "32.12.2024"), ("--currency", "EUR"),
     ", line 3, data: '32.12.2024' is not a date of the calendar"),
    ("Клиент;Сумма\r\nАльфа;5\r\n", ("--currency", "EUR"),
     "no column of date: the file's columns are Клиент, Сумма"),
    (CBR_DYNAMICS, ("--currency", "EURO"), "'EURO' is not a currency code such as RUB"),
])
def test_a_bad_file_is_one_line_and_nothing_is_written(cli, db_path, tmp_path, content,
                                                       options, message) -> None:
    path = tmp_path / "курсы.csv"
    path.write_bytes(content.encode("cp1251"))
    result = cli("rates", "import", str(path), *options, db=db_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert message in result.stderr
    assert _listed(cli, db_path).startswith("No exchange rates.")


def test_accounts_in_euros_are_classed_by_their_converted_revenue(cli, db_path) -> None:
    database = fresh_database(db_path)
    with database.transaction() as session:
        for name, currency, amount in (("Рубли-1", "RUB", "60000000"),
                                       ("Рубли-2", "RUB", "30000000"),
                                       ("Евро", "EUR", "1000000")):
            account = add_record(session, kind="account", parent_id=None,
                                 values={"name": name, "currency": currency})
            add_record(session, kind="revenue", parent_id=account,
                       values={"period": "2025", "amount": amount})
    database.close()

    def classes() -> dict:
        result = cli("accounts", "--json", db=db_path)
        assert result.returncode == 0, result.stderr
        return {a["name"]: (a["abc"], a["no_rate"]) for a in json.loads(result.stdout)}

    # no rate for 2025: the euro account is not compared, and the table says so
    assert classes() == {"Евро": (None, True), "Рубли-1": ("A", False),
                         "Рубли-2": ("A", False)}
    listing = cli("accounts", db=db_path).stdout
    assert "ABC: no rate of EUR to RUB for the last full year" in listing
    assert cli("rates", "set", "EUR", "2025", "90", db=db_path).returncode == 0
    # €1 M at 90 ₽ = 90 M ₽ of 180 M: the largest; 90 + 60 = 150 M crosses 80 % (144 M),
    # so Рубли-2 is B (ranked raw, €1 M beside ₽90 M would have been C)
    assert classes() == {"Евро": ("A", False), "Рубли-1": ("A", False),
                         "Рубли-2": ("B", False)}
    table = db_path.with_name("portfolio.csv")
    assert cli("export-table", "portfolio", "--lang", "en", "-o", str(table),
               db=db_path).returncode == 0
    rows = list(csv.reader(io.StringIO(table.read_text(encoding="utf-8-sig"))))
    abc = rows[0].index("ABC")
    assert {row[0]: row[abc] for row in rows[1:]} == {"Евро": "A", "Рубли-1": "A",
                                                      "Рубли-2": "B"}
    bad = cli("accounts", "--main-currency", "рубль", db=db_path)
    assert bad.returncode == 2 and "--main-currency" in bad.stderr
