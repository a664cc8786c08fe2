"""A re-import reads fast: the records a laptop holds with the very same stamps are not
taken, so their fields are not checked one by one; any record it takes still is."""
from __future__ import annotations

import hashlib
import json
import re
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


def _rewritten(bundle: Path, out: Path, member: str, change) -> Path:
    """``bundle`` as a newer bundle of the same laptop whose ``member`` lines (bytes)
    ``change(lines, manifest)`` rewrote, with the manifest's counts and digests made to
    match."""
    with zipfile.ZipFile(bundle) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(members.pop("manifest.json"))
    manifest["made_hlc"] += 1  # else an older bundle from the same laptop: nothing new
    lines = members[member].splitlines()
    change(lines, manifest)
    members[member] = b"".join(line + b"\n" for line in lines)
    manifest["bundle"] = str(uuid.uuid4())
    manifest["members"] = {name: {"lines": data.count(b"\n"),
                                  "sha256": hashlib.sha256(data).hexdigest()}
                           for name, data in members.items()}
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        for name, data in members.items():
            archive.writestr(name, data)
    return out


def _repacked(bundle: Path, out: Path, change) -> Path:
    """``bundle`` as a newer bundle of the same laptop whose first account line
    ``change(line, manifest)`` rewrote (parsed, and written back not as compact as
    KAM Desktop writes it)."""
    def rewrite(lines: list[bytes], manifest: dict) -> None:
        first = json.loads(lines[0])
        change(first, manifest)
        lines[0] = json.dumps(first, ensure_ascii=False).encode()
    return _rewritten(bundle, out, "tables/account.jsonl", rewrite)


def _garbled(line: bytes, stamps: bytes | None = None) -> bytes:
    """A record line whose fields are no JSON at all, with its id and its stamps (or
    ``stamps``) where KAM Desktop writes them; its empty fields still say so (a line
    skipped unparsed must keep a reference empty where this laptop's is, e.g. the
    account's holding)."""
    at = line.rfind(b',"s":{')
    tail = line[at:]
    empty = b" ".join(re.findall(rb'"[a-z_]+":null', line[50:at]))
    return (line[:50] + b"\x00 not JSON " + empty
            + (tail if stamps is None else b',"s":' + stamps + b"}"))


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


def test_a_line_held_with_the_same_stamps_is_not_even_parsed(received, tmp_path) -> None:
    bundle, boris = received
    before = dump(boris)

    def garble(lines: list[bytes], _manifest: dict) -> None:
        lines[0] = _garbled(lines[0])

    result = sync.receive_bundle(boris, path=_rewritten(
        bundle, tmp_path / "garbled.kamsync", "tables/account.jsonl", garble))
    assert not result.already_imported and not any(c.changed for _, c in result.accounts)
    assert dump(boris) == before


def test_a_line_with_other_stamps_is_parsed_and_refused(received, tmp_path) -> None:
    bundle, boris = received
    before = dump(boris)

    def garble(lines: list[bytes], manifest: dict) -> None:
        stamp = [manifest["made_hlc"], manifest["source"]]
        lines[0] = _garbled(lines[0], json.dumps({"*": stamp}).encode())

    with pytest.raises(InputError) as refused:
        sync.receive_bundle(boris, path=_rewritten(
            bundle, tmp_path / "garbled.kamsync", "tables/account.jsonl", garble))
    assert "tables/account.jsonl, line 1" in str(refused.value)
    assert dump(boris) == before


def test_a_bundle_refused_at_its_last_line_leaves_nothing_of_what_was_merged_as_read(
        received, tmp_path) -> None:
    """Where nothing is deleted, records are merged as they are read: a line refused
    after thousands were written still leaves the database as it was."""
    bundle, _ = received
    carl = fresh_database(tmp_path / "carl" / "portfolio.sqlite3")
    before = dump(carl)
    with zipfile.ZipFile(bundle) as archive:
        last = [name for name in archive.namelist()
                if name.startswith("tables/") and archive.read(name)][-1]

    def from_the_future(lines: list[bytes], manifest: dict) -> None:
        line = json.loads(lines[-1])
        line["s"] = {"*": [manifest["made_hlc"] + 1, manifest["source"]]}
        lines[-1] = json.dumps(line, ensure_ascii=False, separators=(",", ":")).encode()

    with pytest.raises(InputError) as refused:
        sync.receive_bundle(carl, path=_rewritten(bundle, tmp_path / "late.kamsync", last,
                                                  from_the_future))
    assert "stamped later than the bundle" in str(refused.value)
    assert dump(carl) == before
    with carl.sessions() as session:
        assert session.scalar(select(Account.name).limit(1)) is None
    carl.close()
