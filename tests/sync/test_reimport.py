"""A re-import reads fast: the records a laptop holds with the very same stamps are not
taken, so their fields are not checked one by one; any record it takes still is."""
from __future__ import annotations

import hashlib
import json
import uuid
import zipfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from kam_desktop.services import sync
from kam_desktop.services.demo import load_demo
from kam_desktop.services.errors import InputError
from kam_desktop.store.models import Account
from fresh_databases import fresh_database
from sync_support import dump

BAD_NAME = "Рога\x07и копыта"  # a control character: no form would store it


def _repacked(bundle: Path, out: Path, change) -> Path:
    """``bundle`` as a newer bundle of the same laptop whose first account line
    ``change`` rewrote, with the manifest's counts and digests made to match."""
    with zipfile.ZipFile(bundle) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(members.pop("manifest.json"))
    lines = [json.loads(line) for line in members["tables/account.jsonl"].splitlines()]
    manifest["made_hlc"] += 1  # else an older bundle from the same laptop: nothing new
    change(lines[0], manifest)
    members["tables/account.jsonl"] = b"".join(
        json.dumps(line, ensure_ascii=False).encode() + b"\n" for line in lines)
    manifest["bundle"] = str(uuid.uuid4())
    manifest["members"] = {name: {"lines": data.count(b"\n"),
                                  "sha256": hashlib.sha256(data).hexdigest()}
                           for name, data in members.items()}
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        for name, data in members.items():
            archive.writestr(name, data)
    return out


@pytest.fixture
def received(tmp_path):
    """Anna's bundle, and Boris's database that has received it."""
    anna = fresh_database(tmp_path / "anna" / "portfolio.sqlite3")
    boris = fresh_database(tmp_path / "boris" / "portfolio.sqlite3")
    with anna.transaction() as session:
        load_demo(session, accounts=3, seed=4, today=date(2026, 11, 1))
    bundle = tmp_path / "anna.kamsync"
    with anna.transaction() as session:
        sync.export_bundle(session, path=bundle, allow_unlocked=True)
    sync.receive_bundle(boris, path=bundle)
    yield bundle, boris
    anna.close()
    boris.close()


def _names(db) -> list[str]:
    with db.sessions() as session:
        return sorted(session.scalars(select(Account.name)))


def test_a_record_held_with_the_same_stamps_is_not_taken_whatever_its_line_says(
        received, tmp_path) -> None:
    bundle, boris = received
    before = dump(boris)

    def rename(line: dict, _manifest: dict) -> None:
        line["f"]["name"] = BAD_NAME

    result = sync.receive_bundle(boris, path=_repacked(bundle, tmp_path / "same.kamsync",
                                                       rename))
    assert not result.already_imported and not any(c.changed for _, c in result.accounts)
    assert dump(boris) == before and BAD_NAME not in _names(boris)


def test_a_record_with_a_newer_stamp_has_every_field_checked(received, tmp_path) -> None:
    bundle, boris = received
    before = dump(boris)

    def rename_later(line: dict, manifest: dict) -> None:
        line["f"]["name"] = BAD_NAME
        line["s"]["name"] = [manifest["made_hlc"], manifest["source"]]

    with pytest.raises(InputError) as refused:
        sync.receive_bundle(boris, path=_repacked(bundle, tmp_path / "newer.kamsync",
                                                  rename_later))
    message = str(refused.value)
    assert "tables/account.jsonl, line 1" in message and "name" in message
    assert dump(boris) == before
