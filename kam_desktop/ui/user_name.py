"""Asked once at first start: who is the user, so that Today, the portfolio and the
workload can show their own accounts first."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from kam_desktop.ui import settings
from kam_desktop.ui.preferences import clean_line


class UserNameDialog(QDialog):
    """The owners found in the portfolio to pick from, or a name to type; Skip asks
    nothing more (the name can be given in Preferences later)."""

    def __init__(self, owners: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("user_name_dialog")
        self.setWindowTitle(self.tr("Who are you?"))
        text = QLabel(self.tr("Choose your name as it is written in the accounts' Owner "
                              "field, or type it. Today, the portfolio and the workload will "
                              "show your accounts and those whose team you are on; one click "
                              "shows everyone's. You can change it in Preferences."))
        text.setWordWrap(True)
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.addItems(owners)
        self.name.setCurrentIndex(-1)
        self.name.lineEdit().setMaxLength(settings.TEXT_LIMIT)
        self.name.setAccessibleName(self.tr("Your name"))
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.skip_button = buttons.addButton(self.tr("Skip"),
                                             QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.name.currentTextChanged.connect(self._typed)
        self._typed(self.name.currentText())
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.name)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _typed(self, text: str) -> None:
        self.ok_button.setEnabled(bool(clean_line(text)))

    def done(self, result: int) -> None:
        """Either way, the question is not asked again."""
        settings.set_user_name_asked()
        if result == QDialog.DialogCode.Accepted:
            settings.set_value("user_name", clean_line(self.name.currentText()))
        super().done(result)
