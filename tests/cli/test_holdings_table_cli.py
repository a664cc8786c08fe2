"""import-table recognises subsidiaries by their holding's INN (or name): a row names
its holding, which must be an account of the portfolio or of an earlier line; an
unknown holding is reported by line and never becomes an account (``--skip-bad`` leaves
the row out); a holding that would make a company its own holding is refused."""
from __future__ import annotations

import json
from pathlib import Path

from kam_desktop.domain.inn import make_inn10

HOLDING, PLANT, OTHER, UNKNOWN = (make_inn10(f"7707{n}389") for n in (83, 84, 85, 86))


def _write(tmp_path: Path, lines: list[str]) -> tuple[Path, Path]:
    table = tmp_path / "заводы.csv"
    table.write_bytes("\r\n".join(["Клиент;ИНН;ИНН холдинга;Холдинг", *lines]).encode("cp1251"))
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"name": "Клиент", "inn": "ИНН", "parent_inn": "ИНН холдинга",
                                   "parent_name": "Холдинг"}, ensure_ascii=False),
                       encoding="utf-8")
    return table, mapping


def _parents(cli, db_path: Path) -> dict[str, str | None]:
    rows = json.loads(cli("accounts", "--json", db=db_path).stdout)
    names = {row["id"]: row["name"] for row in rows}
    return {row["name"]: names.get(row["parent_id"]) for row in rows}


def test_subsidiaries_join_their_holding_by_inn_and_unknown_ones_are_reported(
        cli, db_path, tmp_path) -> None:
    table, mapping = _write(tmp_path, [
        f"УГМК;{HOLDING};;",
        f"Ревдинский завод;{PLANT};{HOLDING};",
        f"Цех №3;{OTHER};;Ревдинский завод",
        f"Чужой завод;;{UNKNOWN};",
    ])
    refused = cli("import-table", str(table), "--map", str(mapping), db=db_path)
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1
    dry = cli("import-table", str(table), "--map", str(mapping), "--dry-run", db=db_path)
    assert f"line 5, ИНН холдинга: no account with the INN {UNKNOWN} to be the holding" \
        in dry.stdout
    assert "accounts to add: 3" in dry.stdout
    done = cli("import-table", str(table), "--map", str(mapping), "--skip-bad", db=db_path)
    assert done.returncode == 0, done.stderr
    assert _parents(cli, db_path) == {"УГМК": None, "Ревдинский завод": "УГМК",
                                      "Цех №3": "Ревдинский завод"}

    # a later file: the holding under its own plant would go round in a circle
    table, mapping = _write(tmp_path, [f"УГМК;{HOLDING};{OTHER};"])
    circle = cli("import-table", str(table), "--map", str(mapping), "--dry-run", db=db_path)
    assert "line 2, ИНН холдинга: would make the company its own holding" in circle.stdout
    again = cli("import-table", str(table), "--map", str(mapping), "--skip-bad", db=db_path)
    assert again.returncode == 0, again.stderr
    assert _parents(cli, db_path)["УГМК"] is None
