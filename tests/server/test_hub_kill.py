"""``sync push`` and ``sync pull`` killed with SIGKILL at random moments of their run:
afterwards the side being written to holds all of the sync or none of it and is sound —
the hub keeps no stamp without its record, no record with other stamps than the laptop's,
no seen vector ahead of what it holds; the laptop passes its integrity check — and a
repeated sync completes to the very state an uninterrupted one reaches.

The moments are drawn from a seeded generator over the length of an uninterrupted run
(start-up, reading, merging, committing); KAM_DEEP=1 tries more of them."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import create_engine, select

from kam_desktop.services import records
from kam_desktop.store.database import Database, make_engine, open_database
from kam_desktop.store.integrity import check_database
from kam_desktop.store.models import Account

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hub_support import hub_problems, normal_form, normal_form_at  # noqa: E402

MOMENTS = random.Random(13).sample(range(15, 100), 12 if os.environ.get("KAM_DEEP") == "1"
                                   else 3)


def _sync_process(laptop: Path, command: str, url: str) -> subprocess.Popen:
    env = {name: value for name, value in os.environ.items()
           if name not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    return subprocess.Popen([sys.executable, "-m", "kam_desktop", "--db", str(laptop),
                             "sync", command, "--server", url],
                            env={**env, "LANG": "C.UTF-8"}, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)


def _timed_run(laptop: Path, command: str, url: str) -> float:
    started = time.monotonic()
    process = _sync_process(laptop, command, url)
    _, errors = process.communicate(timeout=300)
    assert process.returncode == 0, errors
    return time.monotonic() - started


def _killed_after(laptop: Path, command: str, url: str, seconds: float) -> None:
    process = _sync_process(laptop, command, url)
    time.sleep(seconds)
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=60)


def _form_of(path: Path) -> dict:
    engine = make_engine(path)
    try:
        assert check_database(engine).ok
        with engine.connect() as connection:
            return normal_form(connection)
    finally:
        engine.dispose()


def _stamped_laptop(cli, path: Path) -> None:
    """A demo portfolio with a stamped change in every account (the demo's own records
    carry no stamps)."""
    assert cli("demo", "--accounts", "6", db=path).returncode == 0
    db: Database = open_database(path)
    with db.transaction() as session:
        for number, account in enumerate(session.scalars(select(Account.id)).all()):
            records.update_record(session, kind="account", record_id=account,
                                  changes={"notes": f"changed {number}"})
            records.add_record(session, kind="contact", parent_id=account,
                               values={"name": f"Новый Контакт{number}"})
    db.close()


def test_a_killed_push_leaves_the_hub_sound_and_a_repeat_completes_it(cli, postgres,
                                                                      tmp_path):
    laptop = tmp_path / "laptop.sqlite3"
    _stamped_laptop(cli, laptop)
    laptop_form = _form_of(laptop)
    uninterrupted = postgres.url(postgres.new_hub())
    empty = normal_form_at(uninterrupted)
    duration = _timed_run(laptop, "push", uninterrupted)
    pushed = normal_form_at(uninterrupted)
    killed = postgres.url(postgres.new_hub())  # the same hub replica, from one template
    for percent in MOMENTS:
        _killed_after(laptop, "push", killed, duration * percent / 100)
        assert normal_form_at(killed) in (empty, pushed), percent
        hub_engine, laptop_engine = create_engine(killed), make_engine(laptop)
        try:
            with hub_engine.connect() as hub, laptop_engine.connect() as own:
                assert hub_problems(hub, own) == [], percent
        finally:
            hub_engine.dispose()
            laptop_engine.dispose()
        assert _form_of(laptop) == laptop_form  # a push only reads the laptop
    assert cli("sync", "push", "--server", killed, db=laptop).returncode == 0
    assert normal_form_at(killed) == pushed


def test_a_killed_pull_leaves_the_laptop_sound_and_a_repeat_completes_it(cli, postgres,
                                                                         tmp_path):
    sender = tmp_path / "sender.sqlite3"
    _stamped_laptop(cli, sender)
    url = postgres.url(postgres.new_hub())
    assert cli("sync", "push", "--server", url, db=sender).returncode == 0
    receivers = [tmp_path / "whole.sqlite3", tmp_path / "killed.sqlite3"]
    for receiver in receivers:  # made, so that a kill cannot fall in their creation
        open_database(receiver).close()
    empty = _form_of(receivers[1])
    duration = _timed_run(receivers[0], "pull", url)
    pulled = _form_of(receivers[0])
    assert pulled == _form_of(sender)
    for percent in MOMENTS:
        _killed_after(receivers[1], "pull", url, duration * percent / 100)
        assert _form_of(receivers[1]) in (empty, pulled), percent
    assert cli("sync", "pull", "--server", url, db=receivers[1]).returncode == 0
    assert _form_of(receivers[1]) == pulled
