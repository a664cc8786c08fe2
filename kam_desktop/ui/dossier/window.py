"""The dossier window of one account: a side list of sections and the open section."""
from __future__ import annotations

import uuid
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QMainWindow, QStackedWidget, QWidget

from kam_desktop.services.dossier import Dossier, load_dossier
from kam_desktop.services.errors import InputError
from kam_desktop.ui.context import AppContext, Change


class SectionPage(Protocol):
    """What every page of the dossier offers the window."""

    def refresh(self, dossier: Dossier, account_id: uuid.UUID) -> None: ...


def section_pages(context: AppContext) -> list[tuple[str, str, QWidget]]:
    """(key, title, page) for every section, in the order the side list shows them."""
    from kam_desktop.ui.dossier.barriers import BarriersPage
    from kam_desktop.ui.dossier.contacts import ContactsPage
    from kam_desktop.ui.dossier.involvement import InvolvementPage
    from kam_desktop.ui.dossier.diary import DiaryPage
    from kam_desktop.ui.dossier.ladder import LadderPage
    from kam_desktop.ui.dossier.opportunities import OpportunitiesPage
    from kam_desktop.ui.dossier.plan import PlanPage
    from kam_desktop.ui.dossier.profile import ProfilePage
    from kam_desktop.ui.dossier.team import TeamPage
    from kam_desktop.ui.dossier.value import ValuePage

    def tr(text: str) -> str:
        return QCoreApplication.translate("DossierWindow", text)

    return [
        ("profile", tr("Profile and classification"), ProfilePage(context)),
        ("contacts", tr("Contacts"), ContactsPage(context)),
        ("team", tr("Account team"), TeamPage(context)),
        ("diary", tr("Diary"), DiaryPage(context)),
        ("ladder", tr("Supplier ladder"), LadderPage(context)),
        ("opportunities", tr("Opportunities"), OpportunitiesPage(context)),
        ("plan", tr("Development plan"), PlanPage(context)),
        ("value", tr("Value dossier"), ValuePage(context)),
        ("involvement", tr("Involvement map"), InvolvementPage(context)),
        ("barriers", tr("Barriers and cooling"), BarriersPage(context)),
    ]


class DossierWindow(QMainWindow):
    def __init__(self, context: AppContext, account_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context = context
        self.account_id = account_id
        self.sections = QListWidget()
        self.sections.setMaximumWidth(200)
        self.pages = QStackedWidget()
        self.keys: list[str] = []
        for key, title, page in section_pages(context):
            self.keys.append(key)
            self.sections.addItem(title)
            self.pages.addWidget(page)
        self.sections.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.sections.setCurrentRow(0)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.sections)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_diary_entry)
        context.changed.connect(self._on_changed)
        geometry = QSettings().value("dossier_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 720)
        self.refresh()

    def page(self, key: str) -> QWidget:
        return self.pages.widget(self.keys.index(key))

    def show_section(self, key: str) -> None:
        if key in self.keys:
            self.sections.setCurrentRow(self.keys.index(key))

    def new_diary_entry(self) -> None:
        """Ctrl+N anywhere in the dossier: a diary entry dated today, ready for typing."""
        self.show_section("diary")
        self.page("diary").new_entry()

    def refresh(self) -> None:
        try:
            dossier = self.context.read(lambda s: load_dossier(s, self.account_id))
        except InputError:  # the account was deleted (perhaps by an import)
            self.close()
            return
        self.dossier = dossier
        self.setWindowTitle(dossier.account["name"])
        for index in range(self.pages.count()):
            self.pages.widget(index).refresh(dossier, self.account_id)

    def _on_changed(self, change: Change) -> None:
        if not change.accounts or self.account_id in change.accounts:
            self.refresh()

    def closeEvent(self, event) -> None:
        QSettings().setValue("dossier_window/geometry", self.saveGeometry())
        self.context.changed.disconnect(self._on_changed)
        super().closeEvent(event)
