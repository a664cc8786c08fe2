"""`kam-desktop sync` as a user runs it: real processes, real files.

Every kind of bad bundle ends with exit code 2, one line on stderr saying what is wrong,
and the database file exactly as it was; an import killed at any moment leaves the
database either as before or fully imported, and sound.
"""
from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from kam_desktop.services import records
from kam_desktop.services.errors import InputError
from kam_desktop.services.sync import receive_bundle
from kam_desktop.store.clock import SHAPES
from kam_desktop.store.models import Account
from kam_desktop.store.database import open_database
from fresh_databases import fresh_database

PASSWORD = "Пароль для коллеги 42"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _checkpoint(path: Path) -> None:
    """Fold the write-ahead log into the file, so that its bytes are the whole state."""
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


@pytest.fixture(scope="module")
def sent(tmp_path_factory) -> dict[str, Path]:
    """A colleague's portfolio and the bundles made from it: plain, encrypted, and the
    password file."""
    folder = tmp_path_factory.mktemp("colleague")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    db = folder / "colleague.sqlite3"
    command = [sys.executable, "-m", "kam_desktop", "--db", str(db)]
    subprocess.run(command + ["demo", "--accounts", "12", "--seed", "3"], check=True, env=env,
                   capture_output=True, timeout=300)
    password = folder / "password.txt"
    password.write_text(PASSWORD + "\n", encoding="utf-8")
    plain, locked = folder / "plain.kamsync", folder / "locked.kamsync"
    subprocess.run(command + ["sync", "export", "-o", str(plain), "--no-password"], check=True,
                   env=env, capture_output=True, timeout=300)
    subprocess.run(command + ["sync", "export", "-o", str(locked), "--password-file",
                              str(password)], check=True, env=env, capture_output=True,
                   timeout=300)
    return {"db": db, "plain": plain, "locked": locked, "password": password}


@pytest.fixture
def mine(cli, tmp_path: Path) -> Path:
    """This laptop's database, with an account of its own, settled on disk."""
    path = tmp_path / "mine.sqlite3"
    database = fresh_database(path)
    with database.transaction() as session:
        records.add_record(session, kind="account", parent_id=None,
                           values={"name": "АО «Своё»", "notes": "только здесь"})
    database.close()
    _checkpoint(path)
    return path


# --- the commands -----------------------------------------------------------------------------


def test_import_prints_the_summary_and_a_second_import_changes_nothing(cli, sent, mine) -> None:
    first = cli("sync", "import", str(sent["plain"]), db=mine)
    assert first.returncode == 0, first.stderr
    assert "12 account(s) added, 0 updated, 0 deleted, 0 conflict(s)" in first.stdout
    assert first.stdout.count("  added: ") == 12
    listed = json.loads(cli("accounts", "--json", db=mine).stdout)
    assert len(listed) == 13
    _checkpoint(mine)
    before = _digest(mine)
    again = cli("sync", "import", str(sent["plain"]), db=mine)
    assert again.returncode == 0 and "Already imported" in again.stdout
    _checkpoint(mine)
    assert _digest(mine) == before


def test_an_encrypted_bundle_needs_its_password(cli, sent, mine) -> None:
    result = cli("sync", "import", str(sent["locked"]), "--password-file",
                 str(sent["password"]), db=mine)
    assert result.returncode == 0, result.stderr
    assert "12 account(s) added" in result.stdout
    assert PASSWORD.encode() not in sent["locked"].read_bytes()
    with zipfile.ZipFile(sent["plain"]) as plain:
        account = plain.read("tables/account.jsonl")
    assert account[:40] not in sent["locked"].read_bytes()


def test_export_of_named_accounts_carries_only_them(cli, sent, tmp_path) -> None:
    names = [row["name"] for row in json.loads(cli("accounts", "--json", db=sent["db"]).stdout)]
    out = tmp_path / "two.kamsync"
    result = cli("sync", "export", "-o", str(out), "--account", names[0], "--account",
                 names[3], "--no-password", db=sent["db"])
    assert result.returncode == 0, result.stderr
    assert "Bundle of 2 account(s)" in result.stdout
    target = tmp_path / "target.sqlite3"
    imported = cli("sync", "import", str(out), db=target)
    assert imported.returncode == 0, imported.stderr
    got = sorted(row["name"] for row in json.loads(cli("accounts", "--json", db=target).stdout))
    assert got == sorted([names[0], names[3]])


def test_export_of_an_unknown_account_is_refused(cli, sent, tmp_path) -> None:
    result = cli("sync", "export", "-o", str(tmp_path / "x.kamsync"), "--account", "Нет такого",
                 db=sent["db"])
    assert result.returncode == 2 and "no account is called 'Нет такого'" in result.stderr
    assert not (tmp_path / "x.kamsync").exists()


@pytest.mark.parametrize("weak", ["qwerty123", "letmein", "Kam2024"])
def test_a_guessable_password_is_refused_in_one_line(cli, sent, tmp_path, weak) -> None:
    password = tmp_path / "weak.txt"
    password.write_text(weak + "\n", encoding="utf-8")
    out = tmp_path / "weak.kamsync"
    result = cli("sync", "export", "-o", str(out), "--password-file", str(password),
                 db=sent["db"])
    assert result.returncode == 2 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("kam-desktop: error: password: the password is too easy to guess")
    assert "for example " in line and weak not in line
    assert list(tmp_path.glob("*.kamsync")) == []


def test_personal_notes_leave_unlocked_only_with_no_password(cli, sent, tmp_path) -> None:
    out = tmp_path / "open.kamsync"
    refused = cli("sync", "export", "-o", str(out), "--with-personal", db=sent["db"])
    assert refused.returncode == 2 and not out.exists()
    (line,) = refused.stderr.splitlines()
    assert "personal notes unlocked" in line and "--no-password" in line
    allowed = cli("sync", "export", "-o", str(out), "--with-personal", "--no-password",
                  db=sent["db"])
    assert allowed.returncode == 0 and out.exists() and "(encrypted)" not in allowed.stdout
    both = cli("sync", "export", "-o", str(tmp_path / "both.kamsync"), "--no-password",
               "--password-file", str(sent["password"]), db=sent["db"])
    assert both.returncode == 2 and not (tmp_path / "both.kamsync").exists()


def test_conflicts_are_listed_and_given_as_json(cli, sent, tmp_path) -> None:
    ours, theirs = tmp_path / "ours.sqlite3", tmp_path / "theirs.sqlite3"
    for target in (ours, theirs):
        assert cli("sync", "import", str(sent["plain"]), db=target).returncode == 0
    name = json.loads(cli("accounts", "--json", db=ours).stdout)[0]["name"]
    for target, notes in ((ours, "Наш вариант"), (theirs, "Их вариант")):
        database = open_database(target)
        with database.transaction() as session:
            account = session.scalar(select(Account.id).where(Account.name == name))
            records.update_record(session, kind="account", record_id=account,
                                  changes={"notes": notes})
        database.close()
    bundle = tmp_path / "theirs.kamsync"
    assert cli("sync", "export", "-o", str(bundle), "--no-password", db=theirs).returncode == 0
    merged = cli("sync", "import", str(bundle), db=ours)
    assert merged.returncode == 0 and "1 conflict(s)" in merged.stdout
    listed = cli("sync", "conflicts", db=ours)
    assert listed.returncode == 0 and name in listed.stdout and "notes" in listed.stdout
    (entry,) = json.loads(cli("sync", "conflicts", "--json", db=ours).stdout)
    assert {entry["value"], entry["other_value"]} == {"Наш вариант", "Их вариант"}
    assert entry["field"] == "notes" and entry["account"] == name


# --- bad bundles --------------------------------------------------------------------------------


def _members(bundle: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(bundle) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _pack(path: Path, members: list[tuple[str, bytes]], *, declare: bool = True,
          manifest: dict | None = None) -> Path:
    """A ZIP of ``members`` whose manifest (when ``declare``) counts and hashes them, so
    that only the flaw each test puts in is wrong."""
    base = manifest or {}
    if declare:
        base = dict(base)
        base["members"] = {name: {"lines": data.count(b"\n"),
                                  "sha256": hashlib.sha256(data).hexdigest()}
                           for name, data in members if name != "manifest.json"}
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(base))
        for name, data in members:
            archive.writestr(name, data)
    return path


def _lines(data: bytes) -> list[dict]:
    return [json.loads(line) for line in data.splitlines()]


def _jsonl(rows: list) -> bytes:
    return b"".join(json.dumps(row, ensure_ascii=False).encode() + b"\n" for row in rows)


def _variant(sent: dict[str, Path], tmp: Path, kind: str) -> Path:
    members = _members(sent["plain"])
    manifest = json.loads(members.pop("manifest.json"))
    rest = list(members.items())
    out = tmp / f"{kind}.kamsync"
    if kind == "truncated":
        data = sent["plain"].read_bytes()
        out.write_bytes(data[: len(data) * 2 // 3])
    elif kind == "corrupted":
        data = bytearray(sent["plain"].read_bytes())
        start = data.find(b"tables/diary_entry.jsonl") + 200
        for offset in range(start, start + 64):
            data[offset] ^= 0x5A
        out.write_bytes(bytes(data))
    elif kind == "not a bundle":
        out.write_bytes(b"%PDF-1.7 this is something else entirely\n" * 50)
    elif kind == "newer format":
        _pack(out, rest, manifest={**manifest, "version": 2})
    elif kind == "newer cipher":
        data = bytearray(sent["locked"].read_bytes())
        data[8] = 2  # the format version byte of the encrypted header
        out.write_bytes(bytes(data))
    elif kind == "unexpected member":
        _pack(out, rest + [("notes.txt", b"hello\n")], manifest=manifest)
    elif kind == "duplicate member":
        import warnings
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            _pack(out, rest + [("tables/account.jsonl", members["tables/account.jsonl"])],
                  manifest=manifest)
    elif kind == "parent path":
        _pack(out, rest + [("../../portfolio.sqlite3", b"x\n")], manifest=manifest)
    elif kind == "bomb":
        bomb = b" " * (48 << 20) + b"\n"
        _pack(out, [(n, d) for n, d in rest if n != "tables/goal.jsonl"]
              + [("tables/goal.jsonl", bomb)], manifest=manifest)
    elif kind == "huge line":
        accounts = _lines(members["tables/account.jsonl"])
        accounts[0]["f"]["notes"] = random.Random(1).randbytes(1 << 20).hex()  # no bomb
        _pack(out, [(n, d) for n, d in rest if n != "tables/account.jsonl"]
              + [("tables/account.jsonl", _jsonl(accounts))], manifest=manifest)
    elif kind == "deep nesting":
        line = b"[" * 50_000 + b"]" * 50_000 + b"\n"
        _pack(out, [(n, d) for n, d in rest if n != "tables/statistic.jsonl"]
              + [("tables/statistic.jsonl", line)], manifest=manifest)
    elif kind == "nested record":
        ladder = _lines(members["tables/ladder_assessment.jsonl"])
        value: object = 1
        for _ in range(12):
            value = [value]
        ladder[0]["f"]["competitors"] = {"Альфа": value}
        _pack(out, [(n, d) for n, d in rest if n != "tables/ladder_assessment.jsonl"]
              + [("tables/ladder_assessment.jsonl", _jsonl(ladder))], manifest=manifest)
    elif kind == "schema break":
        contacts = _lines(members["tables/contact.jsonl"])
        contacts[3]["f"]["interest"] = 11
        _pack(out, [(n, d) for n, d in rest if n != "tables/contact.jsonl"]
              + [("tables/contact.jsonl", _jsonl(contacts))], manifest=manifest)
    elif kind in HOSTILE_VALUES:
        table, field, raw = HOSTILE_VALUES[kind]
        member = f"tables/{table}.jsonl"
        rows = members[member].decode().splitlines()
        rows[0] = json.dumps(json.loads(rows[0]) | {"f": json.loads(rows[0])["f"]
                                                    | {field: "\ue000"}},
                             ensure_ascii=False).replace('"\ue000"', raw)
        _pack(out, [(n, d) for n, d in rest if n != member]
              + [(member, ("\n".join(rows) + "\n").encode())], declare=False,
              manifest=manifest)
    elif kind == "a stamp at the top of the clock":
        accounts = _lines(members["tables/account.jsonl"])
        accounts[0]["s"] = {"*": [(1 << 63) - 1, 0]}
        _pack(out, [(n, d) for n, d in rest if n != "tables/account.jsonl"]
              + [("tables/account.jsonl", _jsonl(accounts))], declare=False, manifest=manifest)
    elif kind == "a manifest dated 2100":
        _pack(out, rest, manifest={**manifest, "made_hlc": int(4.1e12) << 16})
    elif kind == "escape codes for a date":
        _pack(out, rest, manifest={**manifest, "made_at": "\u001b[2J2026-12-06T10:00:00"})
    elif kind == "missing parent":
        goals = _lines(members["tables/goal.jsonl"])
        lost = {goal["id"] for goal in goals[:2]}
        _pack(out, [(n, d) for n, d in rest if n != "tables/goal.jsonl"]
              + [("tables/goal.jsonl", _jsonl([g for g in goals if g["id"] not in lost]))],
              manifest=manifest)
    elif kind == "changed line":
        accounts = members["tables/account.jsonl"].replace("ООО".encode(), "ОАО".encode(), 1)
        _pack(out, [(n, accounts if n == "tables/account.jsonl" else d) for n, d in rest],
              declare=False, manifest=manifest)
    elif kind == "duplicate record":
        accounts = _lines(members["tables/account.jsonl"])
        _pack(out, [(n, d) for n, d in rest if n != "tables/account.jsonl"]
              + [("tables/account.jsonl", _jsonl(accounts + accounts[-1:]))], manifest=manifest)
    else:
        raise AssertionError(kind)
    return out


#: values a hostile bundle may carry, as written in the file (not as Python writes them)
HOSTILE_VALUES = {
    "NUL in a name": ("account", "name", '"Берег\\u0000Плюс"'),
    "escape codes in notes": ("account", "notes", '"\\u001b[2J\\u001b[31mсюрприз"'),
    "a count of 400 digits": ("opportunity", "people", "9" * 400),
    "a giant exponent": ("statistic", "value", "1e1000000"),
    "the year 9999": ("diary_entry", "date", '"9999-12-31"'),
    "NaN for a number": ("contact", "interest", "NaN"),
    "a key given twice": ("contact", "interest", '5, "interest": 6'),
    # white space before the colon (JSON allows it) hid the repeated key from a count
    "a key given twice, spaced": ("contact", "interest", '5, "interest" : 6'),
}
HOSTILE = {
    "NUL in a name": "control character (U+0000)",
    "escape codes in notes": "control character (U+001B)",
    "a count of 400 digits": "is too large",
    "a giant exponent": "is too large",
    "the year 9999": "is not between 1900 and 2199",
    "NaN for a number": "NaN is not a number",
    "a key given twice": "a key appears twice in one object",
    "a key given twice, spaced": "a key appears twice in one object",
    "a stamp at the top of the clock": "a change is dated 6429-10-17, in the future",
    "a manifest dated 2100": "is dated 2099-12-03, in the future",
    "escape codes for a date": "the time the bundle was made is not valid",
}
BAD = {
    **HOSTILE,
    "truncated": "the bundle is damaged or incomplete",
    "corrupted": "the bundle is damaged",
    "not a bundle": "this is not a KAM Desktop bundle",
    "newer format": "made by a newer version of KAM Desktop (format 2)",
    "newer cipher": "made by a newer version of KAM Desktop (format 2)",
    "unexpected member": "unexpected member: 'notes.txt'",
    "duplicate member": "holds 'tables/account.jsonl' twice",
    "parent path": "unsafe path: '../../portfolio.sqlite3'",
    "bomb": "decompression bomb",
    "huge line": "a line is longer than 1 MB",
    "deep nesting": "nested too deeply",
    "nested record": "nested too deeply",
    "schema break": "interest: 11 is not between 0 and 10",
    "missing parent": "which the bundle does not hold",
    "changed line": "does not match the manifest",
    "duplicate record": "not in order of their ids, or one appears twice",
}


@pytest.mark.parametrize("kind", list(BAD))
def test_a_bad_bundle_is_refused_and_changes_nothing(cli, sent, mine, tmp_path, kind) -> None:
    bundle = _variant(sent, tmp_path, kind)
    before = _digest(mine)
    args = ["sync", "import", str(bundle)]
    if kind == "newer cipher":
        args += ["--password-file", str(sent["password"])]
    result = cli(*args, db=mine)
    assert result.returncode == 2, result.stdout
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert BAD[kind] in result.stderr
    _checkpoint(mine)
    assert _digest(mine) == before
    assert not (mine.parent / "backups").exists()  # refused before the backup


def test_a_wrong_or_missing_password_is_one_clear_message(cli, sent, mine, tmp_path) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("не тот пароль", encoding="utf-8")
    before = _digest(mine)
    result = cli("sync", "import", str(sent["locked"]), "--password-file", str(wrong), db=mine)
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "cannot be decrypted: the password is wrong, or the file was damaged or altered" \
        in result.stderr
    missing = cli("sync", "import", str(sent["locked"]), db=mine)
    assert missing.returncode == 2 and "encrypted: give its password" in missing.stderr
    _checkpoint(mine)
    assert _digest(mine) == before


def test_flipping_any_byte_of_an_encrypted_bundle_is_refused(cli, sent, mine, tmp_path) -> None:
    """The command line is run on a flip in the header, one in the ciphertext and one in
    its tag (exit code 2, one line); the other flips go to the service it calls."""
    data = sent["locked"].read_bytes()
    rng = random.Random(6)
    positions = [0, 8, 9, 10, 12, 20, 30, 36, 37, 100, len(data) // 2, len(data) - 17,
                 len(data) - 1] + rng.sample(range(37, len(data)), 3)
    through_the_command_line = {0, len(data) // 2, len(data) - 1}
    before = _digest(mine)
    expected = ("cannot be decrypted", "not a KAM Desktop bundle", "newer version",
                "key-derivation settings")
    for position in positions:
        tampered = bytearray(data)
        tampered[position] ^= 0x01
        bundle = tmp_path / f"flip{position}.kamsync"
        bundle.write_bytes(bytes(tampered))
        if position in through_the_command_line:
            result = cli("sync", "import", str(bundle), "--password-file",
                         str(sent["password"]), db=mine)
            assert result.returncode == 2, (position, result.stdout)
            assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
            message = result.stderr
        else:
            database = open_database(mine)
            try:
                with pytest.raises(InputError) as refused:
                    receive_bundle(database, path=bundle, password=PASSWORD)
            finally:
                database.close()
            message = str(refused.value)
        assert any(text in message for text in expected), (position, message)
    _checkpoint(mine)
    assert _digest(mine) == before


# --- killed in the middle -----------------------------------------------------------------------


def _state(path: Path) -> list:
    """The portfolio and its stamps, read with plain sqlite3 (as after a crash)."""
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        queries = [f"SELECT {', '.join((shape.key, *shape.fields))} FROM {name}"
                   for name, shape in SHAPES.items()]  # without this laptop's own times
        queries += [f"SELECT * FROM {table}" for table in ("sync_clock", "sync_tombstone",
                                                           "sync_seen")]
        return [sorted(connection.execute(query).fetchall(), key=repr) for query in queries]


def test_an_import_killed_at_any_moment_is_all_or_nothing(sent, tmp_path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    big = tmp_path / "big.sqlite3"
    subprocess.run([sys.executable, "-m", "kam_desktop", "--db", str(big), "demo",
                    "--accounts", "120", "--seed", "9"], check=True, env=env,
                   capture_output=True, timeout=300)
    bundle = tmp_path / "big.kamsync"
    subprocess.run([sys.executable, "-m", "kam_desktop", "--db", str(big), "sync", "export",
                    "-o", str(bundle), "--no-password"], check=True, env=env,
                   capture_output=True, timeout=300)
    original = tmp_path / "original.sqlite3"
    subprocess.run([sys.executable, "-m", "kam_desktop", "--db", str(original), "sync",
                    "import", str(sent["plain"])], check=True, env=env, capture_output=True,
                   timeout=300)
    _checkpoint(original)
    before = _state(original)
    reference = tmp_path / "reference.sqlite3"
    shutil.copy(original, reference)
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "kam_desktop", "--db", str(reference), "sync",
                    "import", str(bundle)], check=True, env=env, capture_output=True,
                   timeout=300)
    full = time.monotonic() - started
    after = _state(reference)
    assert after != before

    rng = random.Random(20261123)

    def killed_after(attempt: str, delay: float) -> bool:
        """Kill an import after ``delay`` seconds; True if it had committed by then."""
        target = tmp_path / f"killed{attempt}.sqlite3"
        shutil.copy(original, target)
        process = subprocess.Popen([sys.executable, "-m", "kam_desktop", "--db", str(target),
                                    "sync", "import", str(bundle)], env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        state = _state(target)
        assert state in (before, after), (
            f"attempt {attempt}: a half-imported database; tables differing from before: "
            f"{[i for i, (a, b) in enumerate(zip(state, before)) if a != b]}, from after: "
            f"{[i for i, (a, b) in enumerate(zip(state, after)) if a != b]}")
        target.unlink()
        return state == after

    outcomes = [killed_after(str(n), rng.uniform(0.2, full * 1.05)) for n in range(22)]
    # the kills must fall on both sides of the commit, else the test proves little; a
    # machine busier than when the import was timed moves the commit later, so kills are
    # added until each side has one (the all-or-nothing check holds on every one of them)
    for extra in range(12):
        if all(outcomes):
            outcomes.append(killed_after(f"early{extra}", rng.uniform(0.05, 0.3)))
        elif not any(outcomes):
            outcomes.append(killed_after(f"late{extra}", full * (1.2 + 0.4 * extra)))
    assert 0 < sum(outcomes) < len(outcomes)


def test_with_personal_decides_whether_the_questionnaires_travel(cli, sent, tmp_path) -> None:
    without, with_them = tmp_path / "without.kamsync", tmp_path / "with.kamsync"
    plain = cli("sync", "export", "-o", str(without), db=sent["db"])
    assert plain.returncode == 0, plain.stderr
    assert "no personal questionnaires" in plain.stdout
    asked = cli("sync", "export", "-o", str(with_them), "--with-personal", "--password-file",
                str(sent["password"]), db=sent["db"])
    assert asked.returncode == 0 and "carries the personal questionnaires" in asked.stdout
    with zipfile.ZipFile(without) as bundle:
        manifest = json.loads(bundle.read("manifest.json"))
        assert manifest["personal"] is False
        assert "tables/personal_notes.jsonl" not in bundle.namelist()
    # the receiver's own questionnaires stay: a bundle without them removes none
    receiver = tmp_path / "receiver.sqlite3"
    assert cli("sync", "import", str(with_them), "--password-file", str(sent["password"]),
               db=receiver).returncode == 0
    notes = "SELECT contact_id, interests FROM personal_notes ORDER BY contact_id"
    with sqlite3.connect(receiver) as connection:
        before = connection.execute(notes).fetchall()
    assert before
    assert cli("sync", "import", str(without), db=receiver).returncode == 0
    with sqlite3.connect(receiver) as connection:
        assert connection.execute(notes).fetchall() == before
