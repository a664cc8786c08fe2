"""The preferences dialog, built from the declared options (kam_desktop.ui.settings): the
interface language, every numeric preference with its range, unit and help, and every
labelled text preference (the user's name)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from kam_desktop.ui import settings


def _words(text: str) -> str:
    return QCoreApplication.translate(settings.CONTEXT, text) if text else ""


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        form = QFormLayout(self)
        self.language = QComboBox()
        for code, name in (("", self.tr("As the system")), ("ru", "Русский"), ("en", "English")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.value("language")), 0))
        form.addRow(_words(settings.OPTIONS["language"].label), self.language)
        #: option name -> its field, for every numeric preference
        self.numbers: dict[str, QSpinBox] = {}
        for option in settings.OPTIONS.values():
            if not isinstance(option.default, int):
                continue
            spin = QSpinBox()
            spin.setRange(option.low, option.high)
            spin.setSuffix(_words(option.suffix))
            spin.setToolTip(_words(option.tip))
            spin.setValue(settings.value(option.name))
            spin.setAccessibleName(_words(option.label))
            form.addRow(_words(option.label), spin)
            self.numbers[option.name] = spin
        # option name -> its field, for every free-text preference
        self.texts: dict[str, QLineEdit] = {}
        for option in settings.OPTIONS.values():
            if option.default != "" or option.choices or not option.label:
                continue
            line = QLineEdit(settings.value(option.name))
            line.setMaxLength(settings.TEXT_LIMIT)
            line.setToolTip(_words(option.tip))
            line.setAccessibleName(_words(option.label))
            form.addRow(_words(option.label), line)
            self.texts[option.name] = line
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen_language(self) -> str:
        return self.language.currentData()

    def store(self) -> None:
        """Keep the numbers and texts chosen (the language is switched by the window)."""
        for name, spin in self.numbers.items():
            settings.set_value(name, spin.value())
        for name, line in self.texts.items():
            settings.set_value(name, clean_line(line.text()))


def clean_line(text: str) -> str:
    """A typed line as kept: without control characters and extra spaces."""
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())
