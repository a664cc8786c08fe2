"""``kam-desktop groups``: estimate a product group, read the account's share by group
(the hand-computed 37,5 % and +17,5 points) as a table and as JSON, and where to grow;
bad input is one line on stderr, exit code 2, and changes nothing."""
from __future__ import annotations

import json


def _account(cli, db_path) -> None:
    deals = [{"date": day, "amount": amount, "product_group": "Подшипники"}
             for day, amount in (("2025-03-10", 300000), ("2025-09-01", 150000),
                                 ("2024-05-05", 200000))]
    document = {"format": "kam-desktop.accounts", "version": 1,
                "accounts": [{"name": "АО «Вектор»", "deals": deals}]}
    path = db_path.parent / "one.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert cli("import", str(path), db=db_path).returncode == 0


def test_an_estimate_and_the_share_it_gives(cli, db_path) -> None:
    _account(cli, db_path)
    for year, amount in (("2024", "1000000"), ("2025", "1200000")):
        done = cli("groups", "estimate", "--account", "АО «Вектор»", "--year", year,
                   "--group", "Подшипники", "--potential", amount, "--competitor",
                   "ТПК Восток", "--competitor-share", "50", "--why", "Склад рядом",
                   db=db_path)
        assert done.returncode == 0, done.stderr
    shown = json.loads(cli("groups", "show", "--account", "АО «Вектор»", "--period", "2025",
                           "--groups", "Уплотнения;Подшипники", "--json", db=db_path).stdout)
    assert shown == [
        {"group": "Уплотнения", "listed": True, "potential": None, "revenue": "0",
         "share": None, "change": None, "competitor": None, "competitor_share": None,
         "competitor_reason": None},
        {"group": "Подшипники", "listed": True, "potential": "1200000.00",
         "revenue": "450000.00", "share": "0.375", "change": "0.175",
         "competitor": "ТПК Восток", "competitor_share": 50.0,
         "competitor_reason": "Склад рядом"}]
    table = cli("--lang", "ru", "groups", "show", "--account", "АО «Вектор»", "--period",
                "2025", db=db_path).stdout.splitlines()
    assert table[1].split()[:2] == ["Товарная", "группа"]
    assert "37.5 %" in table[2] and "+17.5" in table[2]
    # the same estimate again replaces it rather than adding a second one
    again = cli("groups", "estimate", "--account", "АО «Вектор»", "--year", "2025",
                "--group", "подшипники", "--potential", "1500000", db=db_path)
    assert again.returncode == 0, again.stderr


def test_bad_input_is_one_line_and_changes_nothing(cli, db_path) -> None:
    _account(cli, db_path)
    for args, message in (
            (("estimate", "--account", "АО «Вектор»", "--year", "2025", "--group", "Х",
              "--potential", "-5"), "--potential"),
            (("estimate", "--account", "АО «Вектор»", "--year", "2025", "--group", "Х",
              "--potential", "5", "--competitor-share", "130"), "--competitor-share"),
            (("show", "--account", "Нет такого"), "there is no account named 'Нет такого'"),
            (("show", "--account", "АО «Вектор»", "--period", "2025-Q7"), "--period")):
        refused = cli("groups", *args, db=db_path)
        assert refused.returncode == 2, refused.stdout
        assert len(refused.stderr.splitlines()) == 1 and message in refused.stderr
    shown = json.loads(cli("groups", "show", "--account", "АО «Вектор»", "--period", "2025",
                           "--json", db=db_path).stdout)
    assert [line["group"] for line in shown] == ["Подшипники"]
    assert shown[0]["potential"] is None


def test_where_to_grow(cli, db_path) -> None:
    _account(cli, db_path)
    assert cli("groups", "estimate", "--account", "АО «Вектор»", "--year", "2020",
               "--group", "Подшипники", "--potential", "2000000", db=db_path).returncode == 0
    grown = json.loads(cli("groups", "grow", "--json", db=db_path).stdout)
    assert grown[0]["group"] == "Подшипники" and grown[0]["accounts"][0]["account"] == \
        "АО «Вектор»"
