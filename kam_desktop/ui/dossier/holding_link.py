"""A subsidiary's holding named as a link that opens the holding's dossier (its group
section), in the profile and the group section alike."""
from __future__ import annotations

import html
import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from kam_desktop.ui.context import AppContext


def holding_link(context: AppContext) -> QLabel:
    """A line that names the company's holding as a link to its dossier."""
    label = QLabel()
    label.setObjectName("holding_link")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                  | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
    label.linkActivated.connect(
        lambda target: context.open_requested.emit(uuid.UUID(target), "group", None))
    return label


def show_holding(label: QLabel, holding_id: uuid.UUID | None, name: str | None) -> None:
    """"Part of the holding <name>"; without a name (a form that shows it already) only
    the link to the holding's dossier."""
    label.setVisible(holding_id is not None)
    if holding_id is None:
        return
    if name is None:
        label.setText(f'<a href="{holding_id}">' + html.escape(QCoreApplication.translate(
            "GroupPage", "Open the holding's dossier")) + "</a>")
    else:
        label.setText(QCoreApplication.translate("GroupPage", "Part of the holding {link}")
                      .format(link=f'<a href="{holding_id}">{html.escape(name)}</a>'))
