"""Importing an interchange file as it is read, a batch of accounts at a time
(import_file): the same database as the whole document gives, and a fault anywhere in
the file, however late, refused with nothing written."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from interchange_sample import FULL, export, full_document, load, snapshot
from kam_desktop.services import demo
from kam_desktop.services.errors import InputError
from kam_desktop.services.interchange import import_file, read_document, write_document
from kam_desktop.services.interchange.inserting import BATCH
from fresh_databases import fresh_database

ACCOUNTS = 2 * BATCH + 30  # three batches, the last one short


@pytest.fixture(scope="module")
def portfolio(tmp_path_factory) -> tuple[object, Path]:
    """A demo portfolio of three batches of accounts, and its interchange file."""
    folder = tmp_path_factory.mktemp("streamed")
    source = fresh_database(folder / "source.sqlite3")
    with source.transaction() as session:
        demo.load_demo(session, accounts=ACCOUNTS, seed=3, today=date(2025, 6, 1))
    path = folder / "portfolio.json"
    write_document(path, export(source))
    yield source, path
    source.close()


def streamed(db, path: Path):
    with db.transaction() as session:
        return import_file(session, path)


def test_the_streamed_import_makes_what_the_whole_document_makes(
        db, portfolio, tmp_path) -> None:
    source, path = portfolio
    document = read_document(path)
    batch = {account["name"]: i // BATCH for i, account in enumerate(document["accounts"])}
    # a holding of a later batch than the account naming it, so matched at the end
    assert any(batch[account["parent"]] > batch[account["name"]]
               for account in document["accounts"] if account.get("parent"))
    whole = fresh_database(tmp_path / "whole.sqlite3")
    try:
        expected = load(whole, document)
        summary = streamed(db, path)
        assert summary == expected and len(summary.added) == ACCOUNTS
        assert export(db) == export(whole) == export(source)
    finally:
        whole.close()
    before = snapshot(db)
    again = streamed(db, path)
    assert (again.added, again.updated, len(again.unchanged)) == ([], [], ACCOUNTS)
    assert snapshot(db) == before


def _write(path: Path, document: dict) -> Path:
    write_document(path, document)
    return path


def _refused(db, path: Path, tmp_path: Path) -> InputError:
    load(db, full_document(tmp_path))  # a database that holds something
    before = snapshot(db)
    with pytest.raises(InputError) as refused:
        streamed(db, path)
    assert snapshot(db) == before
    return refused.value


def test_a_bad_record_in_the_last_account_changes_nothing(db, portfolio, tmp_path) -> None:
    document = read_document(portfolio[1])
    last = document["accounts"][-1]
    last["contacts"][0]["interest"] = 11
    error = _refused(db, _write(tmp_path / "late.json", document), tmp_path)
    assert error.where == f"accounts[{ACCOUNTS - 1}].contacts[0].interest"
    assert "11 is not between 0 and 10" in str(error)


def test_an_id_given_again_batches_later_is_refused(db, portfolio, tmp_path) -> None:
    document = read_document(portfolio[1])
    accounts = document["accounts"]
    accounts[-1]["contacts"][0]["id"] = accounts[0]["contacts"][0]["id"]
    error = _refused(db, _write(tmp_path / "twice.json", document), tmp_path)
    assert error.where == f"accounts[{ACCOUNTS - 1}].contacts[0].id"
    assert "accounts[0].contacts[0] has the same id" in str(error)


def test_broken_json_in_the_last_account_changes_nothing_and_says_where(
        db, portfolio, tmp_path) -> None:
    text = portfolio[1].read_text(encoding="utf-8")
    cut = text.rindex('"name": ')
    path = tmp_path / "broken.json"
    path.write_text(text[:cut] + '"name" ' + text[cut + 8:], encoding="utf-8")
    error = _refused(db, path, tmp_path)
    line = text.count("\n", 0, cut) + 1
    assert f"not valid JSON: Expecting ':' delimiter at line {line}," in str(error)


def test_a_document_cut_short_changes_nothing(db, portfolio, tmp_path) -> None:
    text = portfolio[1].read_text(encoding="utf-8").rstrip()
    path = tmp_path / "cut.json"
    path.write_text(text[:-1], encoding="utf-8")  # the document's last brace gone
    assert "not valid JSON: Expecting" in str(_refused(db, path, tmp_path))


@pytest.mark.parametrize("change, where, words", [
    (lambda d: d.update(extra=1), "extra", "unknown key 'extra'"),
    (lambda d: d["accounts"].append(d["accounts"][0]), "accounts[2].name",
     "accounts[0] has the same name"),
])
def test_a_fault_found_at_the_end_of_the_file_changes_nothing(db, tmp_path, change, where,
                                                     words) -> None:
    document = json.loads(FULL)
    change(document)
    error = _refused(db, _write(tmp_path / "after.json", document), tmp_path)
    assert error.where == where and words in str(error)


def test_a_file_laid_out_otherwise_is_read_whole(db, tmp_path) -> None:
    document = json.loads(FULL)
    reordered = {"accounts": document["accounts"], "version": 1, "format": document["format"]}
    assert streamed(db, _write(tmp_path / "reordered.json", reordered)).added == [
        account["name"] for account in document["accounts"]]
