"""File → Synchronise with the team server, in the window, against a real PostgreSQL hub:
the progress names each stage, the summary lists what each account received and sent,
the open views refresh, the status bar tells when; Cancel stops between stages and
leaves both sides whole."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import create_engine, select
from sqlalchemy.engine import make_url

from kam_desktop.services import records
from kam_desktop.services.server import pull, push
from kam_desktop.store.models import Account
from kam_desktop.ui import settings
from kam_desktop.ui.context import AppContext
from kam_desktop.ui.team_server_page import KEYRING_SERVICE, ServerPlace
from kam_desktop.ui.team_sync import PULLING, PUSHING, SyncOutcome, TeamSyncSummary

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from fresh_databases import fresh_database  # noqa: E402
from keyring_support import MemoryKeyring, system_keyring  # noqa: E402


@pytest.fixture
def window(qtbot, qapp, db, hub, tmp_path):
    """The main window on a laptop holding one account of its own, Preferences set to
    the hub (its password in the keyring), and a colleague's account on the hub."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    QSettings().clear()
    colleague = fresh_database(tmp_path / "colleague" / "portfolio.sqlite3")
    for laptop, name in ((colleague, "ООО «От коллеги»"), (db, "АО «Своё»")):
        with laptop.transaction() as session:
            records.add_record(session, kind="account", parent_id=None, values={"name": name})
    push(colleague, url=hub)
    colleague.close()
    url = make_url(hub)
    place = ServerPlace(url.query["host"], 5432, url.database, url.username)
    for name, value in (("server_host", place.host), ("server_port", place.port),
                        ("server_database", place.database), ("server_login", place.login)):
        settings.set_value(name, value)
    from kam_desktop.ui.main_window import MainWindow

    with system_keyring(MemoryKeyring()) as keyring:
        keyring.set_password(KEYRING_SERVICE, place.key, "trusted here")
        main = MainWindow(AppContext(db))
        qtbot.addWidget(main)
        main.show()
        qtbot.waitUntil(lambda: not main.loading, timeout=10000)
        yield main
    QSettings().clear()


def _names(url: str) -> list[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return sorted(connection.execute(select(Account.name)).scalars())
    finally:
        engine.dispose()


def test_a_synchronisation_pulls_pushes_and_sums_up(qtbot, window, hub) -> None:
    sync = window.team_sync
    notices, stages = [], []
    window.context.changed.connect(notices.append)
    sync.synchronise()
    sync.worker.stage.connect(lambda stage, count: stages.append((stage, count)))
    qtbot.waitUntil(lambda: isinstance(sync.dialog, TeamSyncSummary), timeout=60000)
    assert (PULLING, 1) in stages and (PUSHING, 1) in stages
    summary = sync.dialog
    rows = {summary.table.item(row, 0).text(): [summary.table.item(row, column).text()
                                                for column in range(1, 5)]
            for row in range(summary.table.rowCount())}
    assert rows["ООО «От коллеги»"][0] and not rows["ООО «От коллеги»"][1]
    assert rows["АО «Своё»"][1] and not rows["АО «Своё»"][0]
    assert "received: 1, sent: 1" in summary.text.text()
    assert sync.status.text().startswith("Team server: last synchronised ")
    pulled = [notice for notice in notices if notice.accounts]
    assert pulled and not pulled[0].everything  # itemised: the accounts it changed
    qtbot.waitUntil(lambda: len(window.portfolio.model.all_rows) == 2, timeout=10000)
    assert _names(hub) == ["АО «Своё»", "ООО «От коллеги»"]


def test_cancel_stops_between_stages_and_leaves_both_sides_whole(qtbot, window, hub) -> None:
    sync = window.team_sync
    sync.synchronise()
    sync.cancel()  # before the pull merges anything
    qtbot.waitUntil(lambda: isinstance(sync.dialog, QMessageBox), timeout=60000)
    assert "synchronise again" in sync.dialog.text()
    assert sync.status.text() == "Team server: never synchronised"
    with window.context.db.sessions() as session:
        assert session.scalars(select(Account.name)).all() == ["АО «Своё»"]
    assert _names(hub) == ["ООО «От коллеги»"]
    sync.synchronise()  # run again, it completes
    qtbot.waitUntil(lambda: isinstance(sync.dialog, TeamSyncSummary), timeout=60000)
    assert _names(hub) == ["АО «Своё»", "ООО «От коллеги»"]


def test_a_refused_login_and_a_server_not_set_up_say_what_to_do(qtbot, window, hub,
                                                                 hub_url) -> None:
    import keyring

    sync = window.team_sync
    shown = None
    for login, url, advice in (("nobody", hub, "Check your login and password"),
                               ("kam", hub_url, "kam-desktop server init")):
        settings.set_value("server_login", login)
        settings.set_value("server_database", make_url(url).database)
        keyring.set_password(KEYRING_SERVICE, ServerPlace.chosen().key, "any")
        sync.synchronise()
        qtbot.waitUntil(lambda: sync.dialog is not shown and not sync.running, timeout=60000)
        shown = sync.dialog
        assert shown.objectName() == "team_sync_error"
        assert advice in shown.informativeText(), shown.text()
    assert sync.status.text() == "Team server: never synchronised"


def test_the_summary_counts_the_conflicts_resolved_on_either_side(qtbot, hub, tmp_path):
    """Two laptops change the same field; the second pushes without pulling first: the
    server's merge resolves the conflict (and logs it there), and the summary counts it
    with those resolved on the laptop."""
    anna, boris = (fresh_database(tmp_path / name / "portfolio.sqlite3")
                   for name in ("anna", "boris"))
    try:
        with anna.transaction() as session:
            account = records.add_record(session, kind="account", parent_id=None,
                                         values={"name": "АО «Общее»"})
        push(anna, url=hub)
        pull(boris, url=hub)
        for laptop, notes in ((boris, "от Бориса"), (anna, "от Анны")):
            with laptop.transaction() as session:
                records.update_record(session, kind="account", record_id=account,
                                      changes={"notes": notes})
        push(boris, url=hub)
        pushed = push(anna, url=hub)
    finally:
        anna.close()
        boris.close()
    summary = TeamSyncSummary(SyncOutcome(pulled=None, pushed=pushed))
    qtbot.addWidget(summary)
    assert [summary.table.item(0, column).text() for column in range(4)] == [
        "АО «Общее»", "", "1", "1"]
    assert "sent: 1. Conflicts: 1." in summary.text.text()
    assert "resolved on the team server" in summary.text.text()
    assert "File → Exchange conflicts" not in summary.text.text()
