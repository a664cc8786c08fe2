"""The preferences dialog, built from the declared options (kam_desktop.ui.settings): the
interface language, every numeric preference with its range, unit and help (those of
the plan reviews and hand-overs on a page of their own), who the reports are from
(our company, its logo, the user's name and contacts), the product groups
(kam_desktop.ui.product_groups) and the team server (kam_desktop.ui.team_server_page);
and, for the window's database,
the main currency and the exchange rates (kam_desktop.ui.rates)."""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QMessageBox, QPushButton, QSpinBox, QTabWidget, QVBoxLayout, QWidget,
)

from kam_desktop.ui import settings
from kam_desktop.ui.issuer import logo_picture
from kam_desktop.ui.product_groups import ProductGroupsPage
from kam_desktop.ui.team_server_page import TeamServerPage

#: an address with something on both sides of one "@" and a dot in its domain
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
LOGO_PREVIEW = (160, 48)  # the most room the logo's thumbnail takes


def _words(text: str) -> str:
    return QCoreApplication.translate(settings.CONTEXT, text) if text else ""


def _page(*boxes: QWidget) -> QWidget:
    """A tab of the dialog: its boxes at the top."""
    page = QWidget()
    layout = QVBoxLayout(page)
    for box in boxes:
        layout.addWidget(box)
    layout.addStretch(1)
    return page


class PreferencesDialog(QDialog):
    """The preferences; with a database's ``context``, also its Currencies page (the main
    currency and the exchange rates, which are kept in the database)."""

    def __init__(self, parent: QWidget | None = None, context=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(560)
        general = QGroupBox(self.tr("General"))
        form = QFormLayout(general)
        self.language = QComboBox()
        for code, name in (("", self.tr("As the system")), ("ru", "Русский"), ("en", "English")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.value("language")), 0))
        form.addRow(_words(settings.OPTIONS["language"].label), self.language)
        #: option name -> its field, for every numeric preference
        self.numbers: dict[str, QSpinBox] = {}
        #: option name -> its field, for every free text (a file's is read-only)
        self.texts: dict[str, QLineEdit] = {}
        issuer = QGroupBox(self.tr("Who the reports are from"))
        issuer_form = QFormLayout(issuer)
        plans = QGroupBox(self.tr("Plan reviews and hand-overs"))
        forms = {"": form, settings.PLANS: QFormLayout(plans)}
        for option in settings.OPTIONS.values():
            if option.page == settings.SERVER:
                continue  # on the page of its own, below
            if isinstance(option.default, int):
                spin = QSpinBox()
                spin.setRange(option.low, option.high)
                spin.setSuffix(_words(option.suffix))
                spin.setValue(settings.value(option.name))
                self.numbers[option.name] = spin
                self._add(forms[option.page], option, spin)
            elif not option.choices and option.label:
                line = QLineEdit(settings.value(option.name))
                self.texts[option.name] = line
                self._add(issuer_form, option, self._file_row(option, line) if option.files
                          else line)
        note = QLabel(self.tr("The value dossier shows them on its cover and at the foot of "
                              "every page; the internal reports name you as their author."))
        note.setWordWrap(True)
        note.setEnabled(False)
        issuer_form.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.pages = QTabWidget()
        self.pages.addTab(_page(general, issuer), self.tr("General"))
        self.pages.addTab(_page(plans), self.tr("Plans and hand-overs"))
        self.product_groups = ProductGroupsPage(context)
        self.pages.addTab(self.product_groups, self.tr("Product groups"))
        self.server = TeamServerPage()
        self.numbers["server_port"] = self.server.port
        self.pages.addTab(self.server, self.tr("Team server"))
        self.rates = None
        if context is not None:
            from kam_desktop.ui.rates import RatesPage

            self.rates = RatesPage(context)
            self.pages.addTab(self.rates, self.tr("Currencies"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(buttons)

    def _add(self, form: QFormLayout, option: settings.Option, field: QWidget) -> None:
        field.setToolTip(_words(option.tip))
        field.setAccessibleName(_words(option.label))
        form.addRow(_words(option.label), field)

    def _file_row(self, option: settings.Option, line: QLineEdit) -> QWidget:
        """The logo file's name, a thumbnail of the picture, Choose… and Remove."""
        line.setReadOnly(True)
        line.setPlaceholderText(self.tr("None"))
        self.logo, self.logo_option = line, option
        self.thumbnail = QLabel()
        self.thumbnail.setFixedSize(*LOGO_PREVIEW)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._ask_for_logo)
        self.remove_logo = QPushButton(self.tr("Remove"))
        self.remove_logo.clicked.connect(lambda: self.show_logo(""))
        self.show_logo(line.text())
        buttons = QHBoxLayout()
        for widget in (self.thumbnail, choose, self.remove_logo):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        row = QWidget()
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(line)
        layout.addLayout(buttons)
        return row

    def show_logo(self, path: str) -> None:
        self.logo.setText(path)
        picture = logo_picture(path) if path else None
        self.thumbnail.setPixmap(QPixmap() if picture is None else QPixmap.fromImage(
            picture).scaled(*LOGO_PREVIEW, Qt.AspectRatioMode.KeepAspectRatio,
                            Qt.TransformationMode.SmoothTransformation))
        self.remove_logo.setEnabled(bool(path))

    def _ask_for_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, _words(self.logo_option.label),
                                              self.logo.text(), self.logo_option.files)
        if path:
            self.choose_logo(path)

    def choose_logo(self, path: str) -> bool:
        """Take the logo at ``path`` if it loads; else say so and keep the one there was."""
        if logo_picture(path) is None:
            self._warn(self.tr("This file cannot be used as the logo: it is not a PNG, SVG or "
                               "JPEG picture that can be read."), path)
            return False
        self.show_logo(path)
        return True

    def problem(self) -> tuple[str, str] | None:
        """What is wrong with the texts typed and in which field, in words, or None."""
        for name, line in self.texts.items():
            where = _words(settings.OPTIONS[name].label)
            if settings.OPTIONS[name].parse(line.text().strip()) is None:
                return self.tr("The text is too long or holds a control character."), where
        for page in (self.server, self.rates, self.product_groups):
            if page is not None and page.problem() is not None:
                return page.problem()
        email = self.texts["user_email"].text().strip()
        if email and not _EMAIL.match(email):
            return self.tr("{email} is not an e-mail address.").format(email=email), \
                _words(settings.OPTIONS["user_email"].label)
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem is not None:
            self._warn(*problem)
            return
        super().accept()

    def _warn(self, text: str, where: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Preferences"), text, parent=self)
        box.setInformativeText(where)
        box.setObjectName("bad_input_dialog")
        box.open()

    def chosen_language(self) -> str:
        return self.language.currentData()

    def store(self) -> None:
        """Keep the values chosen (the language is switched by the window)."""
        for name, spin in self.numbers.items():
            settings.set_value(name, spin.value())
        for name, line in self.texts.items():
            settings.set_value(name, clean_line(line.text()))
        self.product_groups.store()
        if self.rates is not None:
            settings.set_value("main_currency", self.rates.chosen_currency())
        if not self.server.store():
            QMessageBox.warning(self, self.tr("Preferences"), self.tr(
                "The system keyring did not keep the password: it will be asked at each "
                "synchronisation."))


def clean_line(text: str) -> str:
    """A typed line as kept: without control characters and extra spaces."""
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())
