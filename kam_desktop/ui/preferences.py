"""The preferences dialog: interface language, the cooling threshold and the KAM
workload norm."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

from kam_desktop.ui import settings


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        for code, name in (("", self.tr("As the system")), ("ru", "Русский"), ("en", "English")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.language()), 0))
        self.cooling = QSpinBox()
        self.cooling.setRange(1, 365)
        self.cooling.setSuffix(self.tr(" days"))
        self.cooling.setValue(settings.cooling_days())
        self.cooling.setToolTip(self.tr(
            "An account is cooling when nobody has met its leader or specifier for longer."))
        self.workload_norm = QSpinBox()
        self.workload_norm.setRange(1, 1000)
        self.workload_norm.setSuffix(self.tr(" typical accounts"))
        self.workload_norm.setValue(settings.workload_norm())
        self.workload_norm.setToolTip(self.tr(
            "How much one KAM can carry. A typical account weighs 1; the workload factors "
            "in each dossier make an account lighter (down to 0.5) or heavier (up to 2)."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Cooling after"), self.cooling)
        form.addRow(self.tr("Workload norm per KAM"), self.workload_norm)
        form.addRow(buttons)

    def chosen_language(self) -> str:
        return self.language.currentData()
