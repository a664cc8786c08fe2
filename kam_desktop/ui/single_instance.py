"""One window per database: the running window listens on a local socket named from
the database's path; a second start on the same database (the desktop opening a
``.kamsync`` file, or the user starting the app again) sends it its arguments and
exits. Which start is the first is decided by the database's window lock
(kam_desktop.store.window_lock).

A message is one line of JSON: ``{"receive": "/absolute/path.kamsync"}``, or ``{}`` to
bring the window to the front.
"""
from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

#: how long a second start tries to reach a first one that has taken the lock but is
#: not listening yet
HAND_OVER_SECONDS = 5.0
MESSAGE_LIMIT = 64 * 1024


def server_name(db_path: Path) -> str:
    """The socket's name: the same for every spelling of the database's path."""
    digest = hashlib.sha256(str(Path(db_path).resolve()).encode("utf-8")).hexdigest()
    return f"kam-desktop-{digest[:32]}"


class InstanceServer(QObject):
    """Listens for later starts on the same database; ``arrived`` gives each message."""

    arrived = Signal(dict)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(name)  # a crashed window's socket file (we hold the lock)
        self.listening = self.server.listen(name)
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.setParent(self)
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > MESSAGE_LIMIT:
                socket.abort()
            return
        line = bytes(socket.readLine(MESSAGE_LIMIT).data())
        socket.disconnectFromServer()
        try:
            message = json.loads(line)
        except ValueError:
            return
        if isinstance(message, dict):
            self.arrived.emit(message)


def hand_over(name: str, message: dict, seconds: float = HAND_OVER_SECONDS) -> bool:
    """Send ``message`` to the window listening on ``name``; False when none answers
    within ``seconds``."""
    deadline = time.monotonic() + seconds
    payload = json.dumps(message).encode("utf-8") + b"\n"
    while True:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(500):
            socket.write(payload)
            sent = socket.waitForBytesWritten(2000) or socket.bytesToWrite() == 0
            socket.disconnectFromServer()
            return sent
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)


def receive_message(receive: Path | None) -> dict:
    """The message of a start: the file to receive with its absolute path (the running
    window has another working folder), or nothing but "come to the front"."""
    return {"receive": str(Path(receive).resolve())} if receive is not None else {}
