"""The one error of the exchange: a bundle that cannot be read, or cannot be merged."""
from __future__ import annotations

from kam_desktop.domain.text import Text


class BundleError(ValueError):
    """The bundle is refused; ``message`` says why in one sentence (a translatable
    :class:`Text`). Nothing has been written when it is raised."""

    def __init__(self, message: Text) -> None:
        super().__init__(message)
        self.message = message

