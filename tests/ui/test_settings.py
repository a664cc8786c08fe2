"""The declared preferences: values kept inside their declarations, the dialog built
from them, and settings from an older release brought up to date."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from kam_desktop.ui import settings
from kam_desktop.ui.preferences import PreferencesDialog


def test_a_stored_value_outside_its_range_reads_as_the_default() -> None:
    QSettings().setValue("preferences/workload_norm", 5000)
    assert settings.value("workload_norm") == settings.OPTIONS["workload_norm"].default
    QSettings().setValue("preferences/language", "de")
    assert settings.value("language") == ""


def test_a_value_outside_its_declaration_is_refused() -> None:
    with pytest.raises(ValueError):
        settings.set_value("cooling_days", 0)
    settings.set_value("cooling_days", 30)
    assert settings.value("cooling_days") == 30


def test_the_dialog_offers_every_numeric_preference_with_its_range(qtbot) -> None:
    settings.set_value("cooling_days", 60)
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    numeric = [o for o in settings.OPTIONS.values() if isinstance(o.default, int)]
    assert sorted(dialog.numbers) == sorted(o.name for o in numeric)
    for option in numeric:
        spin = dialog.numbers[option.name]
        assert (spin.minimum(), spin.maximum()) == (option.low, option.high)
        assert spin.toolTip()
    assert dialog.numbers["cooling_days"].value() == 60
    dialog.numbers["cooling_days"].setValue(90)
    dialog.store()
    assert settings.value("cooling_days") == 90


def test_settings_from_before_the_version_are_brought_up_to_date() -> None:
    stored = QSettings()
    stored.remove(settings._VERSION_KEY)
    stored.setValue("preferences/cooling_days", -3)  # an early build wrote it
    stored.setValue("preferences/workload_norm", 20)
    settings.upgrade()
    assert not stored.contains("preferences/cooling_days")
    assert stored.value("preferences/workload_norm", type=int) == 20
    assert stored.value(settings._VERSION_KEY, type=int) == settings.VERSION
    stored.setValue("preferences/cooling_days", -3)
    settings.upgrade()  # already up to date: left alone
    assert stored.contains("preferences/cooling_days")
