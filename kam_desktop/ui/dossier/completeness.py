"""The dossier's completeness at the top of its window: a compact bar, and the missing
parts as links that open the section where each is filled in."""
from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from kam_desktop.domain.completeness import Completeness
from kam_desktop.ui.labels import dossier_part_label

#: the dossier section where each part of domain.completeness.PARTS is filled in
SECTION_OF_PART = {"profile": "profile", "motivation": "profile", "potential": "profile",
                   "leader": "rolemap", "specifier": "rolemap", "team": "team",
                   "ladder": "ladder", "plan": "plan", "value": "value", "next_step": "diary"}


class CompletenessBar(QWidget):
    section_requested = Signal(str)  # a dossier section's key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setFixedWidth(140)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.summary = QLabel()
        self.missing = QLabel()
        self.missing.setObjectName("missing_parts")
        self.missing.setWordWrap(True)
        self.missing.setTextFormat(Qt.TextFormat.RichText)
        self.missing.linkActivated.connect(self._open)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.bar)
        layout.addWidget(self.missing, 1)

    def show_completeness(self, found: Completeness) -> None:
        self.bar.setRange(0, len(found.parts))
        self.bar.setValue(found.filled)
        self.summary.setText(self.tr("Dossier {filled} of {parts}").format(
            filled=found.filled, parts=len(found.parts)))
        links = ", ".join(f'<a href="{part}">{html.escape(dossier_part_label(part))}</a>'
                          for part in found.missing)
        self.missing.setText(self.tr("Missing: {parts}").format(parts=links) if links
                             else self.tr("Every part the method asks for is filled in."))

    def _open(self, part: str) -> None:
        self.section_requested.emit(SECTION_OF_PART[part])
