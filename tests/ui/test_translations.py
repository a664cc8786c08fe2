"""Every user-visible string of the UI is translated into Russian and English."""
from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from kam_desktop.resources import RESOURCES

ROOT = Path(__file__).resolve().parents[2]
TOOLS = Path(sys.executable).parent


@pytest.mark.parametrize("language", ["ru", "en"])
def test_every_string_in_the_code_is_translated(language: str, tmp_path: Path) -> None:
    ts = tmp_path / f"kam_desktop_{language}.ts"
    shutil.copy(RESOURCES / "translations" / ts.name, ts)
    sources = sorted(str(p) for p in (ROOT / "kam_desktop" / "ui").rglob("*.py"))
    subprocess.run([str(TOOLS / "pyside6-lupdate"), "-silent", "-locations", "none",
                    *sources, "-ts", str(ts)], check=True, timeout=120)
    untranslated = [
        message.findtext("source")
        for message in ET.parse(ts).iter("message")
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert untranslated == [], f"run scripts/update-translations.sh and translate: {untranslated}"


def test_the_russian_translation_loads(qapp, tmp_path: Path) -> None:
    qm = tmp_path / "kam_desktop_ru.qm"
    subprocess.run([str(TOOLS / "pyside6-lrelease"), "-silent",
                    str(RESOURCES / "translations" / "kam_desktop_ru.ts"), "-qm", str(qm)],
                   check=True, timeout=120)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "&Quit") == "&Выход"
        assert QCoreApplication.translate("MainWindow", "%n account(s)", "", 3) == "3 клиента"
        locale = QLocale()
        QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
        try:  # a count of thousands in the window's words, as the other figures show it
            assert QCoreApplication.translate("MainWindow", "%n account(s)", "", 5000) == \
                "5\u00a0000 клиентов"
        finally:
            QLocale.setDefault(locale)
    finally:
        QCoreApplication.removeTranslator(translator)
