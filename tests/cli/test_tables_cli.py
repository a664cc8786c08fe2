"""import-table, export-table and calendar as a user runs them: a real process on a
real database file."""
from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from kam_desktop.domain.inn import make_inn10

INN = make_inn10("770708389")


def _accounts(cli, db_path: Path) -> list[dict]:
    result = cli("accounts", "--json", db=db_path)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    table = tmp_path / "клиенты.csv"
    table.write_bytes("\r\n".join([
        "Клиент;ИНН;Контактное лицо;E-mail",
        f"АО «Вектор»;{INN};Иванов Иван;ivanov@vector.ru",
        f"АО «Вектор»;{INN};Петрова Ольга;",
        "ООО Ромашка;;Сидоров;sidorov(at)romashka",
        "ООО Лето;;;",
    ]).encode("cp1251"))
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"name": "Клиент", "inn": "ИНН",
                                   "contact_name": "Контактное лицо",
                                   "contact_email": "E-mail"}, ensure_ascii=False),
                       encoding="utf-8")
    return {"table": table, "mapping": mapping}


@pytest.mark.parametrize("command", ["import-table", "export-table", "calendar"])
def test_help(cli, command) -> None:
    result = cli(command, "--help")
    assert result.returncode == 0 and "usage: kam-desktop" in result.stdout


def test_dry_run_reports_and_changes_nothing(cli, db_path, files) -> None:
    result = cli("import-table", str(files["table"]), "--map", str(files["mapping"]),
                 "--dry-run", db=db_path)
    assert result.returncode == 0, result.stderr
    assert "CSV, Windows-1251, delimiter ';', header on line 1, 4 rows" in result.stdout
    assert "accounts to add: 2" in result.stdout
    assert "contacts to add: 2" in result.stdout
    assert "line 4, E-mail: 'sidorov(at)romashka' is not an e-mail address" in result.stdout
    assert "Dry run: nothing was written." in result.stdout
    assert _accounts(cli, db_path) == []


def test_bad_rows_stop_the_import_unless_skipped(cli, db_path, files) -> None:
    refused = cli("import-table", str(files["table"]), "--map", str(files["mapping"]),
                  db=db_path)
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1 and "--skip-bad" in refused.stderr
    assert _accounts(cli, db_path) == []
    done = cli("import-table", str(files["table"]), "--map", str(files["mapping"]),
               "--skip-bad", db=db_path)
    assert done.returncode == 0, done.stderr
    assert "Imported 3 row(s): 2 accounts added" in done.stdout
    rows = {row["name"]: row for row in _accounts(cli, db_path)}
    assert set(rows) == {"АО «Вектор»", "ООО Лето"} and rows["АО «Вектор»"]["contacts"] == 2


@pytest.mark.parametrize("mapping, message", [
    ({"name": "Наименование"}, "no column is called 'Наименование'"),
    ({"inn": "ИНН"}, "map a column to the account name"),
    ({"name": "Клиент", "phone": "E-mail"}, "did you mean contact_phone"),
    ("not an object", "JSON object"),
])
def test_a_bad_mapping_exits_2_and_writes_nothing(cli, db_path, files, mapping,
                                                  message) -> None:
    files["mapping"].write_text(json.dumps(mapping, ensure_ascii=False), encoding="utf-8")
    result = cli("import-table", str(files["table"]), "--map", str(files["mapping"]),
                 "--skip-bad", db=db_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert str(files["mapping"]) in result.stderr and "Traceback" not in result.stderr
    assert _accounts(cli, db_path) == []


def test_a_bad_file_exits_2(cli, db_path, files, tmp_path) -> None:
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64)
    for path in (old, tmp_path / "missing.csv"):
        result = cli("import-table", str(path), "--map", str(files["mapping"]), db=db_path)
        assert result.returncode == 2 and result.stderr.count("\n") == 1
        assert str(path) in result.stderr


def test_export_table_and_calendar(cli, db_path, tmp_path) -> None:
    assert cli("demo", "--accounts", "6", db=db_path).returncode == 0
    name = _accounts(cli, db_path)[0]["name"]
    xlsx = tmp_path / "портфель.xlsx"
    result = cli("export-table", "portfolio", "-o", str(xlsx), db=db_path)
    assert result.returncode == 0, result.stderr
    assert "6 row(s) written" in result.stdout
    assert openpyxl.load_workbook(xlsx).active.max_row == 7

    contacts = tmp_path / "contacts.csv"
    result = cli("export-table", "contacts", "--account", name, "--lang", "en",
                 "-o", str(contacts), db=db_path)
    assert result.returncode == 0, result.stderr
    lines = contacts.read_bytes().decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Account,Name,Position")
    assert all(line.startswith(f'"{name}"') or line.startswith(name) for line in lines[1:])

    for args, message in (
            (["export-table", "value", "-o", str(tmp_path / "v.txt")], "must end in .csv or .xlsx"),
            (["export-table", "value", "--account", "Нет такого", "-o", str(tmp_path / "v.csv")],
             "no account is called 'Нет такого'"),
            (["calendar", "--owner", "Никто", "-o", str(tmp_path / "c.ics")],
             "no account has the owner 'Никто'")):
        result = cli(*args, db=db_path)
        assert result.returncode == 2 and message in result.stderr
        assert result.stderr.count("\n") == 1
    assert not (tmp_path / "v.csv").exists() and not (tmp_path / "c.ics").exists()

    ics = tmp_path / "шаги.ics"
    result = cli("calendar", "--account", name, "-o", str(ics), db=db_path)
    assert result.returncode == 0, result.stderr
    data = ics.read_bytes()
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")
    assert data.count(b"BEGIN:VEVENT") == int(result.stdout.split()[0])


def test_hostile_cells_are_bad_rows_by_line(cli, db_path, tmp_path) -> None:
    """A control character in a name, an amount of 40 digits and a date in an amount
    column are each reported by line; the good row goes in with --skip-bad."""
    table = tmp_path / "hostile.csv"
    table.write_text("\n".join([
        "Клиент;Потенциал",
        "ООО\x1b[2JНоль;100",
        "ООО Сорок;" + "7" * 40,
        "ООО Дата;31.02.2026",
        "ООО Хорошее;1 234 567,89",
    ]), encoding="utf-8")
    mapping = tmp_path / "mapping.json"
    # a mapping file saved before potentials by year names the potential by its old key
    mapping.write_text(json.dumps({"name": "Клиент", "annual_potential": "Потенциал"},
                                  ensure_ascii=False), encoding="utf-8")
    dry = cli("import-table", str(table), "--map", str(mapping), "--dry-run", db=db_path)
    assert dry.returncode == 0, dry.stderr
    assert "line 2" in dry.stdout and "control character (U+001B)" in dry.stdout
    assert "line 3" in dry.stdout and "is too large" in dry.stdout
    assert "line 4" in dry.stdout and "'31.02.2026' is not an amount of money" in dry.stdout
    done = cli("import-table", str(table), "--map", str(mapping), "--skip-bad", db=db_path)
    assert done.returncode == 0, done.stderr
    assert [(a["name"], a["potential"]) for a in _accounts(cli, db_path)] == [
        ("ООО Хорошее", 1234567.89)]
