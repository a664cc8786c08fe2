"""import-deals as a user runs it, and the deals travelling in the interchange file and
in a bundle: real processes on real database files."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kam_desktop.domain.inn import make_inn10

INN = make_inn10("770708389")
INN_UNKNOWN = make_inn10("500100732")


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    accounts = tmp_path / "клиенты.csv"
    accounts.write_bytes(f"Клиент;ИНН\r\nАО «Вектор»;{INN}\r\nООО Лето;\r\n".encode("cp1251"))
    account_map = tmp_path / "accounts.json"
    account_map.write_text(json.dumps({"name": "Клиент", "inn": "ИНН"}, ensure_ascii=False),
                           encoding="utf-8")
    deals = tmp_path / "отгрузки.csv"
    deals.write_bytes("\r\n".join([
        "Контрагент;ИНН;Документ;Дата;Номенклатурная группа;Сумма",
        f"АО «Вектор»;{INN};РТУ-1;15.01.2026;Насосы;1 250 000,50",
        f"АО «Вектор»;{INN};РТУ-2;16.03.2026;Запчасти;49 999,50",
        "ООО Лето;;;10.03.2026;Сервис;15000,00",
        f"ИП Незнакомцев;{INN_UNKNOWN};РТУ-3;11.03.2026;Насосы;99 000",
    ]).encode("cp1251") + b"\r\n")
    deal_map = tmp_path / "deals.json"
    deal_map.write_text(json.dumps({
        "inn": "ИНН", "name": "Контрагент", "date": "Дата", "amount": "Сумма",
        "product_group": "Номенклатурная группа", "reference": "Документ"},
        ensure_ascii=False), encoding="utf-8")
    return {"accounts": accounts, "account_map": account_map, "deals": deals,
            "deal_map": deal_map}


def _with_accounts(cli, db_path: Path, files) -> None:
    result = cli("import-table", str(files["accounts"]), "--map", str(files["account_map"]),
                 db=db_path)
    assert result.returncode == 0, result.stderr


def _import(cli, db_path: Path, files, *options: str):
    return cli("import-deals", str(files["deals"]), "--map", str(files["deal_map"]), *options,
               db=db_path)


def _exported_deals(cli, db_path: Path, tmp_path: Path) -> dict[str, list]:
    out = tmp_path / f"export-{db_path.stem}.json"
    result = cli("export", str(out), db=db_path)
    assert result.returncode == 0, result.stderr
    document = json.loads(out.read_text(encoding="utf-8"))
    return {a["name"]: [{k: v for k, v in d.items() if k != "id"} for d in a["deals"]]
            for a in document["accounts"]}


def test_a_dry_run_lists_the_unknown_client_by_line(cli, db_path, files, tmp_path) -> None:
    _with_accounts(cli, db_path, files)
    result = _import(cli, db_path, files, "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "CSV, Windows-1251, delimiter ';', header on line 1, 4 rows" in result.stdout
    assert "deals to add: 3, to update: 0, unchanged: 0, of 2 account(s)" in result.stdout
    assert (f"line 5, ИНН: no account of the portfolio has the INN {INN_UNKNOWN} "
            "(ИП Незнакомцев)") in result.stdout
    assert "Dry run: nothing was written." in result.stdout
    assert all(not deals for deals in _exported_deals(cli, db_path, tmp_path).values())


def test_bad_rows_refuse_the_import_unless_skipped_and_a_second_import_adds_nothing(
        cli, db_path, files, tmp_path) -> None:
    _with_accounts(cli, db_path, files)
    refused = _import(cli, db_path, files)
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1
    assert "1 bad row(s), nothing imported" in refused.stderr and "Traceback" not in refused.stderr
    assert all(not deals for deals in _exported_deals(cli, db_path, tmp_path).values())

    done = _import(cli, db_path, files, "--skip-bad")
    assert done.returncode == 0, done.stderr
    assert "Imported 3 row(s): 3 deals added, 0 updated, 0 unchanged" in done.stdout
    again = _import(cli, db_path, files, "--skip-bad")
    assert "Imported 3 row(s): 0 deals added, 0 updated, 3 unchanged" in again.stdout
    assert _exported_deals(cli, db_path, tmp_path) == {
        "АО «Вектор»": [
            {"date": "2026-01-15", "amount": 1250000.5, "product_group": "Насосы",
             "reference": "РТУ-1"},
            {"date": "2026-03-16", "amount": 49999.5, "product_group": "Запчасти",
             "reference": "РТУ-2"}],
        "ООО Лето": [{"date": "2026-03-10", "amount": 15000, "product_group": "Сервис",
                      "reference": None}],
    }


@pytest.mark.parametrize("mapping, message", [
    ({"inn": "ИНН", "date": "Дата"}, "amount: map a column to the deal's amount"),
    ({"inn": "ИНН", "date": "Дата", "amount": "Цена"}, "no column is called 'Цена'"),
    ({"date": "Дата", "amount": "Сумма"}, "map a column to the client's INN or name"),
])
def test_a_bad_mapping_exits_2_and_writes_nothing(cli, db_path, files, mapping,
                                                  message) -> None:
    files["deal_map"].write_text(json.dumps(mapping, ensure_ascii=False), encoding="utf-8")
    result = _import(cli, db_path, files)
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert message in result.stderr and "Traceback" not in result.stderr


def test_deals_travel_in_a_bundle(cli, db_path, files, tmp_path) -> None:
    _with_accounts(cli, db_path, files)
    assert _import(cli, db_path, files, "--skip-bad").returncode == 0
    bundle = tmp_path / "portfolio.kamsync"
    sent = cli("sync", "export", "-o", str(bundle), "--no-password", db=db_path)
    assert sent.returncode == 0, sent.stderr
    colleague = tmp_path / "colleague.sqlite3"
    received = cli("sync", "import", str(bundle), db=colleague)
    assert received.returncode == 0, received.stderr
    assert _exported_deals(cli, colleague, tmp_path) == _exported_deals(cli, db_path, tmp_path)
