"""``kam-desktop loss``: record a loss and its win-back action, list the losses as a table
and as JSON; bad input is one line on stderr, exit code 2, and changes nothing."""
from __future__ import annotations

import json


def _one_account(cli, db_path) -> None:
    document = {"format": "kam-desktop.accounts", "version": 1,
                "accounts": [{"name": "АО «Вектор»", "lifecycle": "key"}]}
    path = db_path.parent / "one.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert cli("import", str(path), db=db_path).returncode == 0


def test_a_loss_recorded_listed_and_given_a_win_back_action(cli, db_path) -> None:
    _one_account(cli, db_path)
    done = cli("loss", "record", "--account", "АО «Вектор»", "--cause", "delivery",
               "--details", "Две сорванные поставки", "--competitor", "«Бета»",
               "--date", "2026-05-04", "--win-back-possible", db=db_path)
    assert done.returncode == 0, done.stderr
    assert cli("loss", "action", "--account", "АО «Вектор»", "--title", "Показать склад",
               "--due", "2026-12-01", "--owner", "Анна", db=db_path).returncode == 0

    listed = json.loads(cli("loss", "list", "--json", db=db_path).stdout)
    assert [{k: v for k, v in line.items() if k != "id"} for line in listed] == [{
        "account": "АО «Вектор»", "date": "2026-05-04", "cause": "delivery",
        "details": "Две сорванные поставки", "competitor": "«Бета»", "could_have_done": None,
        "win_back_possible": True, "open_win_back_actions": 1,
        "next_win_back_due": "2026-12-01"}]
    accounts = json.loads(cli("accounts", "--json", db=db_path).stdout)
    assert accounts[0]["lifecycle"] == "lost"

    table = cli("--lang", "ru", "loss", "list", db=db_path).stdout.splitlines()
    assert table[0].split() == ["Дата", "Клиент", "Причина", "Конкурент", "Вернуть"]
    assert "Поставки" in table[1] and "1 открыто, ближайшее 2026-12-01" in table[1]


def test_bad_input_is_one_line_and_changes_nothing(cli, db_path) -> None:
    _one_account(cli, db_path)
    for args, message in (
            (("record", "--account", "АО «Вектор»", "--cause", "weather", "--details", "x"),
             "--cause: 'weather' is not one of: price, quality"),
            (("record", "--account", "Нет такого", "--cause", "price", "--details", "x"),
             "there is no account named 'Нет такого'"),
            (("action", "--account", "АО «Вектор»", "--title", "Позвонить"),
             "АО «Вектор» has no loss recorded")):
        refused = cli("loss", *args, db=db_path)
        assert refused.returncode == 2
        assert len(refused.stderr.splitlines()) == 1 and message in refused.stderr
    assert json.loads(cli("loss", "list", "--json", db=db_path).stdout) == []
    assert json.loads(cli("accounts", "--json", db=db_path).stdout)[0]["lifecycle"] == "key"
