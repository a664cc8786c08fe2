"""The page an empty database shows instead of Today and the portfolio."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    """Shown on an empty database: the ways to get a first account in."""

    create_requested = Signal()
    import_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QWidget()
        column.setFixedWidth(540)
        column_layout = QVBoxLayout(column)
        title = QLabel(self.tr("Welcome to KAM Desktop"))
        title.setStyleSheet("font-size: 20pt; font-weight: 600;")
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        text = QLabel(self.tr(
            "Your portfolio is empty. Create your first key account, bring your accounts in "
            "from an interchange file, or explore the application on a demo portfolio."))
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column_layout.addWidget(title)
        column_layout.addWidget(text)
        for label, signal in ((self.tr("Create the first account…"), self.create_requested),
                              (self.tr("Import an interchange file…"), self.import_requested),
                              (self.tr("Load the demo portfolio"), self.demo_requested)):
            button = QPushButton(label)
            button.clicked.connect(signal)
            column_layout.addWidget(button)
        # stretches rather than alignment flags: only they let the wrapped text take
        # the height it needs
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
