"""The one error a service raises for bad input."""
from __future__ import annotations


class InputError(ValueError):
    """Input that cannot be accepted. ``where`` names the place (a field, or a path in
    a file such as ``accounts[3].contacts[0].interest``); the message says what is
    wrong in words. Nothing has been written when it is raised."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}" if where else message)
        self.where = where
        self.message = message
