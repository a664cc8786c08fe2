"""The team server in Preferences: where it is (server, port, database), the user's own
login, and the password — kept in the system keyring (the ``keyring`` package: the
Windows Credential Manager, the macOS Keychain, the Secret Service on Linux) or asked
at each synchronisation. It is never written to the settings or any other plain file;
on a system without a keyring it is asked each time, and the page says why."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget,
)

from kam_desktop.ui import settings

# the keyring's service name the passwords are kept under
KEYRING_SERVICE = "KAM Desktop team server"


@dataclass(frozen=True)
class ServerPlace:
    """Where the team server is and who logs in, as Preferences keeps it."""

    host: str
    port: int
    database: str
    login: str

    @classmethod
    def chosen(cls) -> ServerPlace:
        return cls(settings.value("server_host"), settings.value("server_port"),
                   settings.value("server_database"), settings.value("server_login"))

    @property
    def complete(self) -> bool:
        return bool(self.host and self.database and self.login)

    @property
    def key(self) -> str:
        """The keyring entry of this login on this server."""
        return f"{self.login}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None) -> str:
        from kam_desktop.services.server import server_url

        return server_url(host=self.host, port=self.port, database=self.database,
                          login=self.login, password=password)


def _keyring():
    """The system keyring, or None when there is none that works here."""
    try:
        import keyring
        from keyring.backends import fail
        backend = keyring.get_keyring()
    except Exception:  # not installed, or a backend that fails to load
        return None
    if isinstance(backend, fail.Keyring):
        return None
    return backend


def keyring_available() -> bool:
    return _keyring() is not None


def stored_password(place: ServerPlace) -> str | None:
    """The password kept in the keyring for ``place``, or None (none kept, no keyring,
    or a keyring that refuses: a locked one, say)."""
    backend = _keyring()
    if backend is None or not place.complete:
        return None
    try:
        return backend.get_password(KEYRING_SERVICE, place.key)
    except Exception:
        return None


def keep_password(place: ServerPlace, password: str | None) -> bool:
    """Keep ``password`` in the keyring for ``place`` (None: forget the one kept);
    False when the keyring refused."""
    backend = _keyring()
    if backend is None:
        return password is None
    try:
        if password is None:
            if backend.get_password(KEYRING_SERVICE, place.key) is not None:
                backend.delete_password(KEYRING_SERVICE, place.key)
        else:
            backend.set_password(KEYRING_SERVICE, place.key, password)
    except Exception:
        return False
    return True


def _label(name: str) -> str:
    return QCoreApplication.translate(settings.CONTEXT, settings.OPTIONS[name].label)


class TeamServerPage(QWidget):
    """The Preferences page of the team server."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        place = ServerPlace.chosen()
        self.host = QLineEdit(place.host)
        self.port = QSpinBox()
        self.port.setRange(settings.OPTIONS["server_port"].low,
                           settings.OPTIONS["server_port"].high)
        self.port.setValue(place.port)
        self.database = QLineEdit(place.database)
        self.login = QLineEdit(place.login)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"))
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setEnabled(False)
        kept = stored_password(place) is not None
        if keyring_available():
            self.remember.setChecked(kept)
            if kept:
                self.password.setPlaceholderText(self.tr("kept in the system keyring"))
            self.keyring_note.setText(self.tr(
                "Unticked, the password is asked at each synchronisation. It is never "
                "written to the settings."))
        else:
            self.remember.setEnabled(False)
            self.keyring_note.setText(self.tr(
                "This system has no keyring to keep the password in (on Linux: the Secret "
                "Service of GNOME Keyring or KWallet), so it is asked at each "
                "synchronisation."))
        self.password.setEnabled(self.remember.isChecked())
        self.remember.toggled.connect(self.password.setEnabled)
        box = QGroupBox(self.tr("Team server"))
        form = QFormLayout(box)
        for name, field in (("server_host", self.host), ("server_port", self.port),
                            ("server_database", self.database), ("server_login", self.login)):
            field.setAccessibleName(_label(name))
            field.setToolTip(QCoreApplication.translate(settings.CONTEXT,
                                                        settings.OPTIONS[name].tip))
            form.addRow(_label(name), field)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.remember)
        form.addRow(self.keyring_note)
        about = QLabel(self.tr(
            "File → Synchronise with the team server pulls your colleagues' changes from "
            "the team's PostgreSQL server, then pushes yours. Your administrator gives you "
            "the server, the database and your login."))
        about.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(about)
        layout.addStretch(1)

    def problem(self) -> tuple[str, str] | None:
        """What is wrong with the texts typed and in which field, or None."""
        for name, line in (("server_host", self.host), ("server_database", self.database),
                           ("server_login", self.login)):
            text = line.text().strip()
            if settings.OPTIONS[name].parse(text) is None or " " in text:
                return self.tr("Write it without spaces or control characters."), _label(name)
        return None

    def place(self) -> ServerPlace:
        return ServerPlace(self.host.text().strip(), self.port.value(),
                           self.database.text().strip(), self.login.text().strip())

    def store(self) -> bool:
        """Keep the server's place in the settings and the password in the keyring (or
        forget it there); False when the keyring refused to keep it."""
        before, place = ServerPlace.chosen(), self.place()
        settings.set_value("server_host", place.host)
        settings.set_value("server_port", place.port)
        settings.set_value("server_database", place.database)
        settings.set_value("server_login", place.login)
        if not keyring_available():
            return True
        if not self.remember.isChecked():
            return keep_password(before, None) and keep_password(place, None)
        if self.password.text():
            return keep_password(place, self.password.text())
        if place != before:  # the same password, for the login or server as changed
            kept = stored_password(before)
            return kept is None or (keep_password(place, kept) and keep_password(before, None))
        return True
