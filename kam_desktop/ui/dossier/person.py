"""The person behind a contact and the personal-data law: their consent, asked when the
first personal note about them is written, and what we keep about them, written for
them on request."""
from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QWidget,
)

from kam_desktop.domain.enums import ConsentWay
from kam_desktop.services.contact_export import export_person
from kam_desktop.services.errors import InputError
from kam_desktop.ui.context import AppContext
from kam_desktop.ui.labels import name_of
from kam_desktop.ui.messages import explained


def consent_choices() -> list[tuple[str, str]]:
    return [(way.value, name_of(way)) for way in ConsentWay]


class ConsentDialog(QDialog):
    """When and how the person agreed to our keeping notes about them."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consent_dialog")
        self.setWindowTitle(self.tr("Consent of {name}").format(name=name))
        text = QLabel(self.tr(
            "This is the first personal note about {name}. Keep such notes only with the "
            "person's consent: when and how did they agree?").format(name=name))
        text.setWordWrap(True)
        self.on = QDateEdit(QDate.currentDate())
        self.on.setCalendarPopup(True)
        self.on.setMaximumDate(QDate.currentDate())
        self.how = QComboBox()
        for value, label in consent_choices():
            self.how.addItem(label, value)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(text)
        form.addRow(self.tr("Agreed on"), self.on)
        form.addRow(self.tr("How"), self.how)
        form.addRow(buttons)
        self.setMinimumWidth(460)

    def consent(self) -> dict[str, object]:
        chosen = self.on.date()
        return {"consent_on": date(chosen.year(), chosen.month(), chosen.day()),
                "consent_how": self.how.currentData()}


def ask_export(parent: QWidget, context: AppContext, contact_id: uuid.UUID, name: str) -> None:
    """Ask where to write what we keep about the person, then write it."""
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("person", "What we keep about {name}").format(
            name=name), f"{name}.pdf",
        "PDF (*.pdf);;JSON (*.json)")
    if path:
        export_to(parent, context, contact_id, Path(path))


def export_to(parent: QWidget, context: AppContext, contact_id: uuid.UUID,
              path: Path) -> bool:
    """Write what we keep about the person to ``path`` (PDF or JSON); a refusal is one
    dialog saying what is wrong and where."""
    language = "ru" if QLocale().language() == QLocale.Language.Russian else "en"
    try:
        context.read(lambda session: export_person(session, contact_id=contact_id, path=path,
                                                   today=date.today(), language=language))
    except (InputError, OSError) as error:
        box = QMessageBox(QMessageBox.Icon.Warning,
                          QCoreApplication.translate("person", "Nothing was exported"),
                          explained(error) if isinstance(error, InputError) else str(error),
                          parent=parent)
        box.setInformativeText(str(path))
        box.setObjectName("bad_input_dialog")
        box.open()
        return False
    return True
