"""F1 opens the guide to the method and the window, in the interface's language."""
from __future__ import annotations

import re

from PySide6.QtCore import QLocale, Qt

from kam_desktop.ui.guide import GuideDialog, guide_file
from kam_desktop.ui.main_window import MainWindow


def _anchors(html: str) -> tuple[set[str], set[str]]:
    return set(re.findall(r'href="#(\w+)"', html)), set(re.findall(r'name="(\w+)"', html))


def test_both_guides_have_the_same_sections_and_every_link_lands() -> None:
    english = guide_file(QLocale(QLocale.Language.English)).read_text(encoding="utf-8")
    russian = guide_file(QLocale(QLocale.Language.Russian)).read_text(encoding="utf-8")
    assert _anchors(english) == _anchors(russian)
    links, targets = _anchors(english)
    assert links == targets == {"method", "window", "keys", "team", "privacy"}
    assert "Лестница поставщиков" in russian and "Supplier ladder" in english


def test_f1_opens_the_guide_in_russian(qtbot, context, russian) -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Russian))  # as the app sets it with the language
    qtbot.addWidget(window := MainWindow(context))
    try:
        _open_guide(qtbot, window)
    finally:
        QLocale.setDefault(previous)


def _open_guide(qtbot, window) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.findChild(GuideDialog)
    assert guide is not None and guide.isVisible()
    text = guide.browser.toPlainText()
    assert "Лестница поставщиков" in text and "Ctrl+F" in text
    guide.browser.scrollToAnchor("privacy")
    guide.close()
