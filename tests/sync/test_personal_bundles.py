"""Bundles carry the personal questionnaires only when the sender asks; one without them
never deletes or blanks the receiver's, and erasures travel in both kinds."""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from kam_desktop.services import records, sync
from kam_desktop.services.erasure import erase_contact
from kam_desktop.services.errors import InputError
from kam_desktop.store.database import Database
from kam_desktop.store.models import Contact, PersonalNotes, SyncClock, SyncReplica, SyncSeen
from kam_desktop.sync.bundle import write_bundle
from kam_desktop.sync.state import export_state
from fresh_databases import fresh_database
from sync_support import person_with_notes

NOTES = "tables/personal_notes.jsonl"


def _send(db: Database, path: Path, *, personal: bool) -> Path:
    with db.transaction() as session:
        result = sync.export_bundle(session, path=path, allow_unlocked=True,
                                    with_personal=personal)
    assert result.personal is personal
    return path


def _receive(db: Database, path: Path) -> sync.ImportResult:
    return sync.receive_bundle(db, path=path)


def _notes(db: Database) -> dict:
    with db.sessions() as session:
        return {n.contact_id: (n.interests, n.education)
                for n in session.scalars(select(PersonalNotes))}


@pytest.fixture
def pair(tmp_path):
    """Anna and Boris, both holding Anna's account and its contact's questionnaire."""
    anna = fresh_database(tmp_path / "anna" / "portfolio.sqlite3")
    boris = fresh_database(tmp_path / "boris" / "portfolio.sqlite3")
    _, person = person_with_notes(anna, interests="шахматы", education="МГУ")
    _receive(boris, _send(anna, tmp_path / "first.kamsync", personal=True))
    yield anna, boris, person
    anna.close()
    boris.close()


def test_without_them_the_receiver_keeps_its_own_and_with_them_takes_the_changes(
        pair, tmp_path) -> None:
    anna, boris, person = pair
    assert _notes(boris) == {person: ("шахматы", "МГУ")}
    with anna.transaction() as session:
        records.update_record(session, kind="personal_notes", record_id=person,
                              changes={"interests": "горные лыжи"})
        records.update_record(session, kind="contact", record_id=person,
                              changes={"position": "Директор"})
    without = _send(anna, tmp_path / "without.kamsync", personal=False)
    with zipfile.ZipFile(without) as bundle:
        manifest = json.loads(bundle.read("manifest.json"))
        assert manifest["personal"] is False
        assert NOTES not in bundle.namelist() and NOTES not in manifest["members"]
        assert b"\xd0\xb3\xd0\xbe\xd1\x80" not in b"".join(  # "гор": not even in a stamp
            bundle.read(name) for name in bundle.namelist())
    result = _receive(boris, without)
    assert result.updated == 1
    assert _notes(boris) == {person: ("шахматы", "МГУ")}  # kept, not blanked or deleted
    assert _position(boris, person) == "Директор"

    with_them = _send(anna, tmp_path / "with.kamsync", personal=True)
    with zipfile.ZipFile(with_them) as bundle:
        assert json.loads(bundle.read("manifest.json"))["personal"] is True
        assert NOTES in bundle.namelist()
    _receive(boris, with_them)
    assert _notes(boris) == {person: ("горные лыжи", "МГУ")}


def _position(db: Database, person) -> str | None:
    with db.sessions() as session:
        return session.get(Contact, person).position


def test_an_older_bundle_with_them_still_brings_them_after_a_newer_one_without(
        pair, tmp_path) -> None:
    anna, boris, person = pair
    with anna.transaction() as session:
        records.update_record(session, kind="personal_notes", record_id=person,
                              changes={"education": "МФТИ"})
    older_with = _send(anna, tmp_path / "older.kamsync", personal=True)
    newer_without = _send(anna, tmp_path / "newer.kamsync", personal=False)
    _receive(boris, newer_without)
    result = _receive(boris, older_with)
    assert not result.already_imported
    assert _notes(boris) == {person: ("шахматы", "МФТИ")}
    assert _receive(boris, older_with).already_imported


def test_the_receiver_does_not_count_as_seen_the_notes_left_out(pair, tmp_path) -> None:
    """What a laptop has seen decides what the team server sends it: a bundle without the
    questionnaires must not make it look as if Boris had seen Anna's newest one."""
    anna, boris, person = pair
    with anna.transaction() as session:
        records.update_record(session, kind="personal_notes", record_id=person,
                              changes={"interests": "яхты"})
        stamp = session.get(SyncClock, ("personal_notes", person)).stamps
    _receive(boris, _send(anna, tmp_path / "without.kamsync", personal=False))
    with boris.sessions() as session:
        anna_no = session.scalar(select(SyncReplica.no).where(SyncReplica.is_self.is_(False)))
        seen = session.scalar(select(SyncSeen.hlc).where(SyncSeen.replica_no == anna_no))
    newest_note = max(hlc for hlc, _ in stamp.values())
    assert seen < newest_note


def test_an_erasure_travels_in_a_bundle_without_them(pair, tmp_path) -> None:
    anna, boris, person = pair
    with anna.transaction() as session:
        erase_contact(session, contact_id=person, erased_by="Анна")
    result = _receive(boris, _send(anna, tmp_path / "erasure.kamsync", personal=False))
    assert result.erased == [person]
    assert _notes(boris) == {}
    with boris.sessions() as session:
        assert session.get(Contact, person) is None


def test_a_bundle_that_says_it_holds_none_but_does_is_refused(pair, tmp_path) -> None:
    anna, boris, _ = pair
    forged = tmp_path / "forged.kamsync"
    with anna.transaction() as session:
        state = export_state(session.connection(), None)  # with the questionnaires
        state.manifest.personal = False
        write_bundle(forged, state.manifest, state.tables, state.tombstones, state.seen)
    with pytest.raises(InputError, match="holds no personal questionnaires, yet it does"):
        _receive(boris, forged)
