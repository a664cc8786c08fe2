"""The built-in guide (F1): the method and the window in a few pages, in the interface's
language, read from resources/guide so that it is edited as a text, not as code."""
from __future__ import annotations

from PySide6.QtCore import QLocale, QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from kam_desktop.resources import RESOURCES
from kam_desktop.ui.geometry import restore_geometry

GUIDES = RESOURCES / "guide"


def guide_file(locale: QLocale | None = None):
    """The guide in the interface's language (Russian, else English)."""
    language = (locale or QLocale()).language()
    return GUIDES / ("guide.ru.html" if language == QLocale.Language.Russian else "guide.en.html")


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide_dialog")
        self.setWindowTitle(self.tr("KAM Desktop guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)  # the guide's links are its own sections
        self.browser.setHtml(guide_file().read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        restore_geometry(self, "guide", QSize(760, 640))
