"""The role map: the client's people on interest × involvement, moved by hand, with
snapshots to compare. ``page`` assembles the ``cards`` on the ``scene`` and the
``snapshots`` row; ``edits`` are its undoable changes."""
from kam_desktop.ui.dossier.rolemap.page import RoleMapPage

__all__ = ["RoleMapPage"]
