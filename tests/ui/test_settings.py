"""The declared preferences: values kept inside their declarations, the dialog built
from them, and settings from an older release brought up to date."""
from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from kam_desktop.ui import settings
from kam_desktop.ui.issuer import SVG_HEIGHT, current_issuer
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


SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40">'
       '<rect x="0" y="0" width="40" height="40" fill="#1f5f8b"/></svg>')


def _fill_issuer(dialog: PreferencesDialog, logo) -> None:
    for name, text in (("company_name", " ООО «Поставщик» "), ("user_name", "Мария Ковалёва"),
                       ("user_position", "ключевой менеджер"), ("user_phone", "+7 495 123-45-67"),
                       ("user_email", "m.kovaleva@example.ru")):
        dialog.texts[name].setText(text)
    assert dialog.choose_logo(str(logo))


def test_who_the_reports_are_from_is_set_once_in_preferences(qtbot, tmp_path) -> None:
    logo = tmp_path / "logo.svg"
    logo.write_text(SVG)
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    _fill_issuer(dialog, logo)
    assert not dialog.thumbnail.pixmap().isNull()
    dialog.accept()
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted
    dialog.store()
    assert settings.value("company_name") == "ООО «Поставщик»"
    assert settings.value("company_logo") == str(logo)

    issuer = current_issuer()  # what the reports get
    assert issuer.signature() == ("ООО «Поставщик» · Мария Ковалёва, ключевой менеджер · "
                                  "+7 495 123-45-67 · m.kovaleva@example.ru")
    picture = Image.open(io.BytesIO(issuer.logo))  # the SVG drawn as a PNG, sharp
    assert picture.format == "PNG" and picture.size == (3 * SVG_HEIGHT, SVG_HEIGHT)
    assert picture.getpixel((SVG_HEIGHT // 2, SVG_HEIGHT // 2))[:3] == (31, 95, 139)
    assert picture.getpixel((2 * SVG_HEIGHT, SVG_HEIGHT // 2))[3] == 0  # transparent

    logo.unlink()  # moved away since: the reports go on without it
    assert current_issuer().logo is None and current_issuer().company == "ООО «Поставщик»"


def test_a_logo_that_does_not_load_is_refused_where_it_is_chosen(qtbot, tmp_path) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    text = tmp_path / "logo.png"
    text.write_text("not a picture")
    assert not dialog.choose_logo(str(text))
    box = dialog.findChild(QMessageBox, "bad_input_dialog")
    assert box is not None and box.informativeText() == str(text)
    assert dialog.texts["company_logo"].text() == ""


def test_a_bad_e_mail_is_explained_and_nothing_is_kept(qtbot) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.texts["user_email"].setText("m.kovaleva at example")
    dialog.accept()
    assert dialog.result() != PreferencesDialog.DialogCode.Accepted
    box = dialog.findChild(QMessageBox, "bad_input_dialog")
    assert "is not an e-mail address" in box.text() and box.informativeText() == "Your e-mail"
    assert settings.value("user_email") == ""


def test_a_free_text_preference_refuses_control_characters() -> None:
    with pytest.raises(ValueError):
        settings.set_value("user_name", "Мария\x07")
    QSettings().setValue("preferences/user_name", "x" * 10_000)  # written by hand
    assert settings.value("user_name") == ""
