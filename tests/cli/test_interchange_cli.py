"""`kam-desktop import` and `export` as a user runs them: a real process, a real file.

A bad file must end with exit code 2 and one line on stderr, and must leave the
database file exactly as it was.
"""
from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from kam_desktop.services.interchange import import_document
from fresh_databases import fresh_database

ACCOUNT_ID = "5d0c1f7e-8a42-4c51-9b1e-0000000000a1"
CONTACT_ID = "5d0c1f7e-8a42-4c51-9b1e-0000000000c1"
MEMBER_ID = "5d0c1f7e-8a42-4c51-9b1e-0000000000d1"

GOOD = {
    "format": "kam-desktop.accounts",
    "version": 1,
    "accounts": [
        {
            "id": ACCOUNT_ID,
            "name": "АО «Вектор»",
            "inn": "7707083893",
            "category": "key",
            "lifecycle": "key",
            "revenue": [{"period": "2025", "amount": 500000}],
            "potentials": [{"year": 2025, "amount": 1234567.89}],
            "ladder": [{"date": "2025-02-01", "our_view": 2, "competitors": {"Альфа": 3}}],
            "contacts": [
                {"id": CONTACT_ID, "name": "Ольга Лебедева", "interest": 8, "involvement": 9},
                {"name": "Иван Сидоров", "reports_to": "Ольга Лебедева", "interest": 3},
            ],
            "team": [{"id": MEMBER_ID, "name": "Сергей Павлов", "mirrors": "Ольга Лебедева"}],
            "diary": [{"date": "2025-02-03", "kind": "call", "summary": "Первый звонок",
                       "attendees": ["Ольга Лебедева", "Сергей Павлов"]}],
            "value": [{"date": "2025-01-20", "kind": "consulting", "title": "Аудит склада",
                       "our_cost": 12000.5}],
            "involvement": {"search": {"Маркетинг": 60, "Продажи": 40}},
        },
        {"name": "ООО «Берег»"},
    ],
}

Change = Callable[[dict], None]


def vector(change: Callable[[dict], None]) -> Change:
    return lambda document: change(document["accounts"][0])


def contact(i: int, **values) -> Change:
    return vector(lambda account: account["contacts"][i].update(values))


def only_new_account(**values) -> Change:
    """A file with one account that is not in the database."""
    return lambda document: document.update(accounts=[{"name": "Новый", **values}])


BAD_DOCUMENTS = [
    # (change to GOOD, where, words of the message)
    (lambda d: d.update(format="something.else"), "format", "not a KAM Desktop accounts file"),
    (lambda d: d.update(version=2), "version", "the file is from a newer version of KAM Desktop"),
    (vector(lambda a: a.pop("name")), "accounts[0].name", "missing; this key is required"),
    (vector(lambda a: a.update(name="")), "accounts[0].name", "must not be empty"),
    (vector(lambda a: a.update(name="ООО «Берег»")), "accounts[1].name",
     "accounts[0] has the same name"),
    (lambda d: d["accounts"][1].update(id=ACCOUNT_ID), "accounts[1].id",
     "accounts[0] has the same id"),
    (vector(lambda a: a.update(industy="Химия")), "accounts[0].industy",
     "unknown key 'industy'; did you mean 'industry'?"),
    (contact(0, interest="высокий"), "accounts[0].contacts[0].interest",
     "expected a number, found the text 'высокий'"),
    (contact(0, involvement=False), "accounts[0].contacts[0].involvement",
     "expected a number, found false"),
    (vector(lambda a: a.update(category="gold")), "accounts[0].category",
     "'gold' is not one of: key, developing, maintained, occasional"),
    (contact(0, interest=11), "accounts[0].contacts[0].interest", "11 is not between 0 and 10"),
    (vector(lambda a: a["ladder"][0].update(our_view=0)), "accounts[0].ladder[0].our_view",
     "0 is not between 1 and 4"),
    (vector(lambda a: a["diary"][0].update(date="2025-13-01")), "accounts[0].diary[0].date",
     "'2025-13-01' is not a date; write it as YYYY-MM-DD"),
    (vector(lambda a: a.update(inn="7707083890")), "accounts[0].inn",
     "the INN's check digit does not match"),
    (vector(lambda a: a.update(lifecycle="lost")), "accounts[0].lifecycle_reason",
     "a lost account needs a lifecycle_reason"),
    (contact(1, reports_to="Пётр Никто"), "accounts[0].contacts[1].reports_to",
     "'Пётр Никто' is not a contact of this account"),
    (contact(0, reports_to="Иван Сидоров"), "accounts[0].contacts[0].reports_to",
     "reports_to goes round in a circle: Ольга Лебедева → Иван Сидоров → Ольга Лебедева"),
    (vector(lambda a: a["team"][0].update(mirrors="Сергей Павлов")), "accounts[0].team[0].mirrors",
     "'Сергей Павлов' is not a contact of this account"),
    (vector(lambda a: a["diary"][0]["attendees"].append("Гость")),
     "accounts[0].diary[0].attendees[2]",
     "'Гость' is neither a contact nor a team member of this account"),
    (contact(1, name="Ольга Лебедева", reports_to=None), "accounts[0].contacts[1].name",
     "contacts[0] has the same name"),
    (vector(lambda a: a["involvement"]["search"].update(Продажи=45)),
     "accounts[0].involvement.search", "the shares sum to 105 %, not 100 %"),
    (vector(lambda a: a["potentials"][0].update(amount=10.005)),
     "accounts[0].potentials[0].amount",
     "10.005 has more than two decimal places"),
    (vector(lambda a: a["value"][0].update(our_cost=-5)), "accounts[0].value[0].our_cost",
     "an amount of money cannot be negative"),
    (contact(0, id="5d0c1f7e-8a42"), "accounts[0].contacts[0].id",
     "'5d0c1f7e-8a42' is not a UUID"),
    (only_new_account(contacts=[{"id": CONTACT_ID, "name": "Ольга Лебедева"}]),
     "accounts[0].contacts[0].id", "this id belongs to a contact of another account"),
    (vector(lambda a: a["team"].append({"id": CONTACT_ID, "name": "Двойник"})),
     "accounts[0].team[1].id", "contacts[0] has the same id"),
    (only_new_account(id=CONTACT_ID), "accounts[0].id",
     "this id belongs to a contact in the database, not to an account"),
    (lambda d: d["accounts"][1].update(id="5d0c1f7e-8a42-4c51-9b1e-0000000000ff"),
     "accounts[1].name", "the database already has another account named 'ООО «Берег»'"),
]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def portfolio(db_path: Path) -> Path:
    """A database file holding GOOD, closed (so no WAL file is pending)."""
    db = fresh_database(db_path)
    with db.transaction() as session:
        import_document(session, json.loads(json.dumps(GOOD)))
    db.close()
    return db_path


def write_json(path: Path, document: dict) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def assert_refused(result, where: str, words: str) -> None:
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.splitlines()
    assert "Traceback" not in result.stderr and len(lines) == 1, result.stderr
    assert lines[0].startswith(f"kam-desktop: error: {where}: "), lines[0]
    assert words in lines[0], lines[0]


@pytest.mark.parametrize("change, where, words", BAD_DOCUMENTS,
                         ids=[f"{i}-{where}" for i, (_, where, _) in enumerate(BAD_DOCUMENTS)])
def test_a_bad_document_is_refused_and_changes_nothing(
        cli, portfolio, tmp_path, change, where, words) -> None:
    document = copy.deepcopy(GOOD)
    change(document)
    path = write_json(tmp_path / "bad.json", document)
    before = digest(portfolio)
    result = cli("import", str(path), db=portfolio)
    assert_refused(result, where, words)
    assert digest(portfolio) == before


@pytest.mark.parametrize("content, words", [
    ('{"format": "kam-desktop.accounts", "version": 1\n "accounts": []}'.encode(),
     "not valid JSON: Expecting ',' delimiter at line 2, column 2"),
    (b"[]", "expected a JSON object, found a list"),
    ('{"name": "Вектор"}'.encode("cp1251"), "the file is not UTF-8 text"),
])
def test_a_file_that_is_not_a_document_is_refused(cli, portfolio, tmp_path, content,
                                                  words) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    before = digest(portfolio)
    assert_refused(cli("import", str(path), db=portfolio), str(path), words)
    assert digest(portfolio) == before


def test_a_missing_file_is_refused(cli, portfolio, tmp_path) -> None:
    path = tmp_path / "nowhere.json"
    before = digest(portfolio)
    assert_refused(cli("import", str(path), db=portfolio), str(path), "cannot read the file")
    assert digest(portfolio) == before


def test_a_good_import_prints_a_summary(cli, db_path, tmp_path) -> None:
    path = write_json(tmp_path / "good.json", GOOD)
    result = cli("import", str(path), db=db_path)
    assert result.returncode == 0, result.stderr
    assert "2 added, 0 updated, 0 unchanged" in result.stdout
    assert "АО «Вектор»" in result.stdout

    result = cli("import", str(path), db=db_path)
    assert result.returncode == 0, result.stderr
    assert "0 added, 0 updated, 2 unchanged" in result.stdout


def test_export_then_import_changes_nothing(cli, portfolio, tmp_path) -> None:
    path = tmp_path / "out.json"
    result = cli("export", str(path), "--account", "АО «Вектор»", db=portfolio)
    assert result.returncode == 0, result.stderr
    exported = json.loads(path.read_text(encoding="utf-8"))
    assert [a["name"] for a in exported["accounts"]] == ["АО «Вектор»"]
    assert exported["accounts"][0]["potentials"][0]["amount"] == 1234567.89
    assert '"amount": 1234567.89' in path.read_text(encoding="utf-8")

    before = digest(portfolio)
    result = cli("import", str(path), db=portfolio)
    assert result.returncode == 0, result.stderr
    assert "0 added, 0 updated, 1 unchanged" in result.stdout
    assert digest(portfolio) == before


def test_export_of_an_unknown_account_is_refused(cli, portfolio, tmp_path) -> None:
    path = tmp_path / "out.json"
    result = cli("export", str(path), "--account", "Нет такого", db=portfolio)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "kam-desktop: error: there is no account named 'Нет такого'"]
    assert not path.exists()


#: hostile files found by feeding the command line: (raw JSON replacing a value, where)
HOSTILE_RAW = [
    ('"statistics": [{"name": "OTIF", "period": "2025", "value": ' + "9" * 400 + "}]",
     "bad.json", "is not a number any field can hold"),
    ('"ladder": [{"date": "2025-01-10", "our_view": 1e1000000}]', "bad.json",
     "is not a number any field can hold"),
    ('"opportunities": [{"title": "t", "class": "grow_usage", "days": 1e1000000}]', "bad.json",
     "is not a number any field can hold"),
    ('"goals": [{"client_goal": "c", "our_goal": "o", "resources": {"budget": 1e1000000}}]',
     "bad.json", "is not a number any field can hold"),
    ('"name": "Берег\\u0000Плюс"', "accounts[0].name", "control character (U+0000)"),
    ('"notes": "\\u001b[2J\\u001b[31mсюрприз"', "accounts[0].notes", "control character (U+001B)"),
]


@pytest.mark.parametrize("raw, where, words", HOSTILE_RAW,
                         ids=[f"{i}-{where}" for i, (_, where, _) in enumerate(HOSTILE_RAW)])
def test_a_hostile_value_is_refused_in_one_line_and_quickly(cli, portfolio, tmp_path, raw, where,
                                                            words) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"format": "kam-desktop.accounts", "version": 1, "accounts": [{'
                    + (raw if raw.startswith('"name"') else f'"name": "Новый", {raw}') + "}]}",
                    encoding="utf-8")
    before = digest(portfolio)
    result = cli("import", str(path), db=portfolio)
    assert_refused(result, str(path) if where == "bad.json" else where, words)
    assert digest(portfolio) == before


def test_a_float_format_version_is_refused(cli, portfolio, tmp_path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"format": "kam-desktop.accounts", "version": 1.0, "accounts": []}')
    before = digest(portfolio)
    assert_refused(cli("import", str(path), db=portfolio), "version",
                   "expected a whole number such as 1, found the number 1.0")
    assert digest(portfolio) == before
