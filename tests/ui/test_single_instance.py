"""One window per database: a second start hands its arguments to the running window
and exits. Two QApplications cannot run in one process, so the running window is
played by its server object and its lock, held here."""
from __future__ import annotations

import uuid
from pathlib import Path

from kam_desktop.store import window_lock
from kam_desktop.ui.app import run_gui
from kam_desktop.ui.single_instance import InstanceServer, hand_over, receive_message, server_name


def _listening(qtbot, db_path: Path) -> tuple[InstanceServer, list[dict]]:
    server = InstanceServer(server_name(db_path))
    assert server.listening
    arrived: list[dict] = []
    server.arrived.connect(arrived.append)
    return server, arrived


def test_the_socket_is_named_by_the_database_whatever_its_spelling(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "portfolio.sqlite3"
    assert server_name(Path("portfolio.sqlite3")) == server_name(db) \
        == server_name(tmp_path / "sub" / ".." / "portfolio.sqlite3")
    assert server_name(tmp_path / "other.sqlite3") != server_name(db)


def test_a_message_reaches_the_running_window(qtbot, tmp_path) -> None:
    server, arrived = _listening(qtbot, tmp_path / f"{uuid.uuid4()}.sqlite3")
    assert hand_over(server.server.serverName(), {"receive": "/home/a/b.kamsync"})
    qtbot.waitUntil(lambda: arrived == [{"receive": "/home/a/b.kamsync"}], timeout=5000)
    assert hand_over(server.server.serverName(), {})
    qtbot.waitUntil(lambda: len(arrived) == 2, timeout=5000)
    server.server.close()
    assert not hand_over(server.server.serverName(), {}, seconds=0.3)  # nobody listens


def test_a_second_start_on_the_database_hands_over_and_exits(
        qtbot, tmp_path, monkeypatch) -> None:
    db = tmp_path / "portfolio.sqlite3"
    held = window_lock.hold(db)  # the first window
    assert held is not None
    server, arrived = _listening(qtbot, db)
    monkeypatch.chdir(tmp_path)
    bundle = Path("from-colleague.kamsync")  # as the desktop may give it: relative
    try:
        assert run_gui(db, receive=bundle) == 0
        qtbot.waitUntil(lambda: arrived == [{"receive": str(tmp_path / bundle.name)}],
                        timeout=5000)
        assert run_gui(db) == 0  # started again: the window comes to the front
        qtbot.waitUntil(lambda: arrived[-1:] == [{}], timeout=5000)
    finally:
        server.server.close()
        held.release()
    assert receive_message(None) == {}


def test_the_lock_goes_with_its_holder(tmp_path) -> None:
    db = tmp_path / "portfolio.sqlite3"
    assert not window_lock.open_in_window(db)
    held = window_lock.hold(db)
    assert window_lock.hold(db) is None and window_lock.open_in_window(db)
    held.release()
    assert not window_lock.open_in_window(db)
    again = window_lock.hold(db)
    assert again is not None
    again.release()
