"""A bundle imported into an empty database: the fast way it is merged (as it is read, new
records inserted in bulk) gives exactly what the sender holds, and what the merge that
reads a bundle twice gives."""
from __future__ import annotations

import gc
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from kam_desktop.services import records, sync
from kam_desktop.services.errors import InputError
from kam_desktop.services.demo import load_demo
from kam_desktop.store.models import Account, Contact
from kam_desktop.sync.merge import Merge
from kam_desktop.sync.values import CODECS, Invalid
from fresh_databases import fresh_database

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))
from hub_support import normal_form  # noqa: E402


def _normal_form(db) -> dict:
    with db.engine.connect() as connection:
        return normal_form(connection)


def _derived(db) -> list[tuple]:
    """What each laptop derives for itself from the diary it holds."""
    with db.sessions() as session:
        return sorted(session.execute(select(Contact.id, Contact.last_met, Contact.next_met)))


@pytest.fixture(scope="module")
def sender(tmp_path_factory):
    """A demo portfolio with stamped changes (edits, a new holding, a new contact whose
    boss comes later in id order), and its bundle with the personal questionnaires."""
    folder = tmp_path_factory.mktemp("fresh")
    anna = fresh_database(folder / "anna" / "portfolio.sqlite3")
    with anna.transaction() as session:
        load_demo(session, accounts=12, seed=5, today=date(2026, 11, 1))
    with anna.sessions() as session:
        accounts = session.scalars(select(Account.id).order_by(Account.name)).all()
        people = session.scalars(select(Contact.id).where(Contact.account_id == accounts[3])
                                 .order_by(Contact.id.desc())).all()
    with anna.transaction() as session:
        records.update_record(session, kind="account", record_id=accounts[0],
                              changes={"notes": "Переговоры о рамочном договоре"})
        records.update_record(session, kind="account", record_id=accounts[1],
                              changes={"parent_id": accounts[2]})
        records.update_record(session, kind="contact", record_id=people[-1],
                              changes={"phone": "+7 (495) 100-20-30",
                                       "reports_to_id": people[0]})
        records.add_record(session, kind="contact", parent_id=accounts[3],
                           values={"name": "Орлова Анна", "interest": 7.5,
                                   "reports_to_id": people[0]})
    bundle = folder / "anna.kamsync"
    with anna.transaction() as session:
        sync.export_bundle(session, path=bundle, allow_unlocked=True, with_personal=True)
    yield anna, bundle, folder
    anna.close()


def test_a_fresh_import_holds_what_the_sender_holds(sender) -> None:
    anna, bundle, folder = sender
    boris = fresh_database(folder / "boris" / "portfolio.sqlite3")
    try:
        result = sync.receive_bundle(boris, path=bundle)
        assert result.added == 12
        assert _normal_form(boris) == _normal_form(anna)
        assert _derived(boris) == _derived(anna)
    finally:
        boris.close()


def test_merging_as_read_and_reading_twice_give_the_same_database(sender) -> None:
    """The merge that reads a bundle twice (the one a bundle with deletions takes)
    against the one that merges as it reads (taken here: nothing is deleted)."""
    _, bundle, folder = sender
    forms = []
    for name, as_read in (("vera", True), ("gleb", False)):
        db = fresh_database(folder / name / "portfolio.sqlite3")
        try:
            with db.transaction() as session:
                reader = sync.read_bundle(bundle, None)
                try:
                    merge = Merge(session.connection(), reader, lambda *_: None)
                    merge.check((lambda: None) if as_read else None)
                    assert merge.state.streamed == as_read
                    # merged as read: nothing is left for a second reading
                    left = [work for work in merge.state.work.values()
                            if work is None or work]
                    assert bool(left) != as_read
                    merge.apply()
                finally:
                    reader.close()
            forms.append(_normal_form(db))
        finally:
            db.close()
    assert forms[0] == forms[1]


def _changed(bundle: Path, out: Path) -> Path:
    """``bundle`` with its last contact line broken: refused as the merge reads it."""
    with zipfile.ZipFile(bundle) as archive, zipfile.ZipFile(out, "w") as copy:
        for name in archive.namelist():
            data = archive.read(name)
            if name == "tables/contact.jsonl":
                data = data[:-3] + b" }\n"
            copy.writestr(name, data)
    return out


def test_garbage_collection_is_as_it_was_once_a_bundle_is_merged(sender) -> None:
    """It waits while the merge runs (many objects, few of them garbage), and runs again
    after where it ran before, also after a refusal; where it was off, it stays off."""
    _, bundle, folder = sender
    was = gc.isenabled()
    try:
        for on in (True, False):
            (gc.enable if on else gc.disable)()
            for bundle_given, refused in ((bundle, False),
                                          (_changed(bundle, folder / f"gc-{on}.kamsync"), True)):
                db = fresh_database(folder / f"gc-{on}-{refused}" / "portfolio.sqlite3")
                try:
                    if refused:
                        with pytest.raises(InputError, match="contact.jsonl, line"):
                            sync.receive_bundle(db, path=bundle_given)
                    else:
                        sync.receive_bundle(db, path=bundle_given)
                    assert gc.isenabled() == on
                finally:
                    db.close()
    finally:
        (gc.enable if was else gc.disable)()


def _quick(codec, value) -> bool:
    try:
        return bool(codec.quick(value))
    except (TypeError, ValueError):
        return False


_FIELDS = [(table, name) for table, codecs in CODECS.items() for name in codecs]
#: forms on either side of what a column takes
_FORMS = [
    "00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-00000000000A",
    "00000000-0000-4000-8000-000000000001\n", "2026-11-01", "2026-02-30", "1899-12-31",
    "2200-01-01", 11.0, 101, 2200, "20261101", "2026-11-01\n", "0.00", "12.50", "012.50", "12.5", "1e3",
    "-1.00", "9999999999999.99", "99999999999999.00", "12.50\n", "key", "neutral",
    "training", "Рога\x07и копыта", "x" * 201, "\ud800", "2026-11-01T10:00:00+00:00", "",
    None, True, 0, -1, 2 ** 53 + 1, 40000, 1.5, 1e16, float("nan"), float("inf"), [], {}]


def _agrees(table: str, name: str, value) -> None:
    codec = CODECS[table][name]
    if _quick(codec, value):
        codec.decode(value)  # raises Invalid for a value the column cannot take


def test_a_form_that_passes_the_quick_test_passes_the_full_check() -> None:
    """The quick tests that let most values through in one step let through nothing
    the full check of the column refuses."""
    for table, name in _FIELDS:
        for value in _FORMS:
            _agrees(table, name, value)


@given(st.sampled_from(_FIELDS), st.one_of(
    st.booleans(), st.integers(), st.floats(), st.text(max_size=30),
    st.dates().map(str), st.decimals(places=2).map(str), st.uuids().map(str)))
def test_a_value_that_passes_the_quick_test_passes_the_full_check(field, value) -> None:
    _agrees(*field, value)


def test_the_quick_tests_pass_the_usual_values_of_each_kind() -> None:
    quick = {(table, name): CODECS[table][name] for table, name in _FIELDS}
    assert _quick(quick["contact", "account_id"], "00000000-0000-4000-8000-000000000001")
    assert _quick(quick["contact", "name"], "Орлова Анна")
    assert _quick(quick["contact", "stance"], "neutral")
    assert _quick(quick["deal", "date"], "2026-11-01")
    assert _quick(quick["revenue", "amount"], "1250.00")
    assert _quick(quick["diary_entry", "done"], True)


@pytest.mark.parametrize(("table", "name", "value"), [
    ("contact", "account_id", "00000000-0000-4000-8000-000000000001\n"),
    ("revenue", "amount", "1250.00\n"),
    ("deal", "date", "2026-11-01\n"),
])
def test_a_form_followed_by_a_line_break_is_refused(table, name, value) -> None:
    with pytest.raises(Invalid):
        CODECS[table][name].check(value)
