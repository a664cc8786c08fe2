"""The team server in the window: Preferences keeps where it is and the login in the
settings and the password only in the system keyring (or asks for it each time); the
File-menu synchronisation says what is wrong when the server cannot be reached, and the
status bar tells when the database last synchronised."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QInputDialog, QMessageBox

from kam_desktop.ui import settings
from kam_desktop.ui.preferences import PreferencesDialog
from kam_desktop.ui.team_server_page import KEYRING_SERVICE, ServerPlace
from keyring_support import MemoryKeyring, no_keyring, system_keyring

PASSWORD = "Секрет-команды-42"


def _fill(page, host="db.example.com", port=5433, database="kam", login="anna") -> None:
    page.host.setText(host)
    page.port.setValue(port)
    page.database.setText(database)
    page.login.setText(login)


def test_the_password_goes_to_the_keyring_and_never_to_the_settings(qtbot) -> None:
    with system_keyring(MemoryKeyring()) as keyring:
        dialog = PreferencesDialog()
        qtbot.addWidget(dialog)
        page = dialog.server
        assert page.remember.isEnabled()
        _fill(page)
        page.remember.setChecked(True)
        page.password.setText(PASSWORD)
        assert dialog.problem() is None
        dialog.store()
        QSettings().sync()
        stored = Path(QSettings().fileName()).read_bytes()
        assert PASSWORD.encode() not in stored and b"db.example.com" in stored
        place = ServerPlace.chosen()
        assert place == ServerPlace("db.example.com", 5433, "kam", "anna")
        assert keyring.kept == {(KEYRING_SERVICE, "anna@db.example.com:5433/kam"): PASSWORD}

        again = PreferencesDialog()
        qtbot.addWidget(again)
        assert again.server.remember.isChecked() and again.server.password.text() == ""
        again.server.remember.setChecked(False)  # forget it: asked each time
        again.store()
        assert keyring.kept == {}


def test_without_a_keyring_the_password_is_asked_each_time(qtbot, shown_window) -> None:
    with no_keyring():
        dialog = PreferencesDialog()
        qtbot.addWidget(dialog)
        page = dialog.server
        assert not page.remember.isEnabled() and not page.password.isEnabled()
        assert "no keyring" in page.keyring_note.text()
        _fill(page)
        dialog.store()
        window = shown_window()
        window.team_sync.synchronise()
        asked = window.team_sync.dialog
        assert isinstance(asked, QInputDialog) and asked.isVisible()
        assert "anna" in asked.labelText()
        asked.reject()


def test_a_server_with_spaces_in_its_name_is_refused_at_its_field(qtbot) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    _fill(dialog.server, host="db example")
    text, where = dialog.problem()
    assert "spaces" in text and where == "Server"


def test_an_unreachable_server_is_one_dialog_saying_what_to_do(qtbot, shown_window) -> None:
    with system_keyring(MemoryKeyring()) as keyring:
        place = ServerPlace("127.0.0.1", 1, "kam", "anna")  # nothing listens on port 1
        for name, value in (("server_host", place.host), ("server_port", place.port),
                            ("server_database", place.database),
                            ("server_login", place.login)):
            settings.set_value(name, value)
        keyring.set_password(KEYRING_SERVICE, place.key, PASSWORD)
        window = shown_window()
        sync = window.team_sync
        assert sync.status.text() == "Team server: never synchronised"
        assert sync.status.isVisible()
        sync.synchronise()
        qtbot.waitUntil(lambda: isinstance(sync.dialog, QMessageBox), timeout=30000)
        box = sync.dialog
        assert box.objectName() == "team_sync_error"
        assert "No team server answers at" in box.text() and PASSWORD not in box.text()
        assert "Check the network" in box.informativeText()
        assert sync.status.text() == "Team server: never synchronised"
        assert not sync.running


def test_synchronising_before_the_server_is_set_says_where_to_set_it(shown_window) -> None:
    window = shown_window()
    # a laptop that only passes files is not told about a server in its status bar
    assert not window.team_sync.status.isVisible()
    window.team_sync.synchronise()
    assert "Preferences → Team server" in window.team_sync.dialog.text()
