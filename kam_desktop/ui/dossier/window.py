"""The dossier window of one account: a side list of sections and the open section.

Pages are built the first time they are shown, so opening a dossier costs one page,
not ten; every built page is refreshed when the account changes. A page offers
``refresh(dossier, account_id)`` and ``select(record_id)``.

The side list keeps the width of its titles whatever the page; each page sits in a
scroll area, so a page wider than the window scrolls instead of widening the window for
the rest of its life (a stack of pages is as large as its largest page).
"""
from __future__ import annotations

import uuid
from typing import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QDialog,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.services.dossier import Dossier, load_dossier
from kam_desktop.services.errors import InputError
from kam_desktop.services.handover import receivers
from kam_desktop.ui import settings
from kam_desktop.store.changes import Changes
from kam_desktop.ui.context import AppContext
from kam_desktop.ui.dossier.completeness import CompletenessBar
from kam_desktop.ui.dossier.handover import HandoverDialog
from kam_desktop.ui.messages import explained
from kam_desktop.ui.undo import run_edit
from kam_desktop.ui.geometry import ScrollingPage, restore_geometry
from kam_desktop.ui.labels import term


def section_pages() -> list[tuple[str, str, Callable[[AppContext], QWidget]]]:
    """(key, title, page class) for every section, in the order the side list shows them."""
    from kam_desktop.ui.dossier.barriers import BarriersPage
    from kam_desktop.ui.dossier.contacts import ContactsPage
    from kam_desktop.ui.dossier.deals import DealsPage
    from kam_desktop.ui.dossier.diary import DiaryPage
    from kam_desktop.ui.dossier.group import GroupPage
    from kam_desktop.ui.dossier.groups import GroupSharePage
    from kam_desktop.ui.dossier.involvement import InvolvementPage
    from kam_desktop.ui.dossier.ladder import LadderPage
    from kam_desktop.ui.dossier.losses import LossPage
    from kam_desktop.ui.dossier.opportunities import OpportunitiesPage
    from kam_desktop.ui.dossier.orgchart import OrgChartPage
    from kam_desktop.ui.dossier.plan import PlanPage
    from kam_desktop.ui.dossier.profile import ProfilePage
    from kam_desktop.ui.dossier.rolemap import RoleMapPage
    from kam_desktop.ui.dossier.team import TeamPage
    from kam_desktop.ui.dossier.value import ValuePage
    from kam_desktop.ui.dossier.workload import WorkloadPage

    return [
        ("profile", QCoreApplication.translate("DossierWindow", "Profile and classification"), ProfilePage),
        ("group", QCoreApplication.translate("DossierWindow", "Holding and subsidiaries"), GroupPage),
        ("deals", QCoreApplication.translate("DossierWindow", "Deals"), DealsPage),
        ("groups", QCoreApplication.translate("DossierWindow", "Share by product group"),
         GroupSharePage),
        ("contacts", QCoreApplication.translate("DossierWindow", "Contacts"), ContactsPage),
        ("rolemap", QCoreApplication.translate("DossierWindow", "Role map"), RoleMapPage),
        ("orgchart", QCoreApplication.translate("DossierWindow", "Org chart"), OrgChartPage),
        ("team", QCoreApplication.translate("DossierWindow", "Account team"), TeamPage),
        ("diary", QCoreApplication.translate("DossierWindow", "Diary"), DiaryPage),
        ("ladder", term("ladder"), LadderPage),
        ("opportunities", QCoreApplication.translate("DossierWindow", "Opportunities"), OpportunitiesPage),
        ("plan", QCoreApplication.translate("DossierWindow", "Development plan"), PlanPage),
        ("value", QCoreApplication.translate("DossierWindow", "Value dossier"), ValuePage),
        ("involvement", QCoreApplication.translate("DossierWindow", "Involvement map"), InvolvementPage),
        ("barriers", QCoreApplication.translate("DossierWindow", "Barriers and cooling"), BarriersPage),
        ("losses", QCoreApplication.translate("DossierWindow", "Loss and win-back"), LossPage),
        ("workload", QCoreApplication.translate("DossierWindow", "KAM workload"), WorkloadPage),
    ]


class DossierWindow(QMainWindow):
    def __init__(self, context: AppContext, account_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context = context
        self.account_id = account_id
        self.dossier: Dossier | None = None
        self.sections = QListWidget()
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = QStackedWidget()
        self.keys: list[str] = []
        self._factories: list[Callable[[AppContext], QWidget]] = []
        self._built: dict[int, QWidget] = {}
        for key, title, factory in section_pages():
            self.keys.append(key)
            self._factories.append(factory)
            self.sections.addItem(title)
            self.pages.addWidget(QWidget())  # replaced by the page when first shown
        self.sections.setFixedWidth(self._sections_width())
        self.sections.currentRowChanged.connect(self._show_row)
        self.completeness = CompletenessBar()
        self.completeness.section_requested.connect(self.show_section)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.completeness)
        body = QHBoxLayout()
        body.addWidget(self.sections)
        body.addWidget(self.pages, 1)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_diary_entry)
        reports = self.addToolBar(self.tr("Reports"))
        reports.setObjectName("reports_toolbar")
        reports.setMovable(False)
        action = reports.addAction(self.tr("Reports…"), self.reports)
        action.setShortcut(QKeySequence.StandardKey.Print)
        action.setToolTip(self.tr("The value dossier for the client, the meeting pack, the "
                                  "portfolio report (Ctrl+P)"))
        handover = reports.addAction(self.tr("Hand over…"), self.hand_over)
        handover.setToolTip(self.tr("Pass the account to a client manager or a project "
                                    "manager, with the hand-over pack"))
        self.addActions(context.undo_actions(self))  # Ctrl+Z works in the dossier too
        context.changed.connect(self._on_changed)
        restore_geometry(self, "dossier_window", QSize(1180, 760))
        self.refresh()
        self.sections.setCurrentRow(0)

    def page(self, key: str) -> QWidget:
        """The page of section ``key``, built if it was not yet."""
        row = self.keys.index(key)
        if row not in self._built:
            page = self._factories[row](self.context)
            placeholder = self.pages.widget(row)
            self.pages.insertWidget(row, ScrollingPage(page))
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
            self._built[row] = page
            if self.dossier is not None:
                page.refresh(self.dossier, self.account_id)
        return self._built[row]

    def current_page(self) -> QWidget:
        return self.page(self.keys[self.pages.currentIndex()])

    def _sections_width(self) -> int:
        """Wide enough for the longest section title, with room for a scroll bar."""
        return (self.sections.sizeHintForColumn(0) + 2 * self.sections.frameWidth()
                + self.sections.verticalScrollBar().sizeHint().width())

    def _show_row(self, row: int) -> None:
        if row >= 0:
            self.page(self.keys[row])
            self.pages.setCurrentIndex(row)

    def show_section(self, key: str, record_id: uuid.UUID | None = None) -> None:
        """Open section ``key``, with the record ``record_id`` selected when given."""
        if key in self.keys:
            self.sections.setCurrentRow(self.keys.index(key))
            if record_id is not None:
                self.page(key).select(record_id)

    def reports(self) -> None:
        from kam_desktop.ui.reports_dialog import ReportsDialog

        ReportsDialog(self.context, self.account_id, self).exec()

    def offer_handover_pack(self, receiver: str) -> QDialog:
        """The reports dialog showing the hand-over pack for ``receiver``."""
        from kam_desktop.ui.reports_dialog import ReportsDialog

        dialog = ReportsDialog(self.context, self.account_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.choose_handover_pack(receiver)
        dialog.open()
        return dialog

    def hand_over(self) -> HandoverDialog | None:
        """Ask to whom, record the hand-over (undoable) and offer the receiver's pack."""
        people = self.context.read(lambda s: receivers(s, account_id=self.account_id))
        dialog = HandoverDialog(self.dossier.account["name"], self.dossier.account["owner"],
                                people, self)
        dialog.accepted.connect(lambda: self._record_handover(dialog))
        dialog.open()
        return dialog

    def _record_handover(self, dialog: HandoverDialog) -> None:
        operation = dialog.operation(self.account_id)
        try:
            run_edit(self.context, self.tr("Hand over to {name}").format(
                name=operation.to_name.strip()), operation)
        except InputError as error:
            QMessageBox.warning(self, self.tr("The account was not handed over"),
                                explained(error))
            return
        if dialog.make_pack.isChecked():
            self.offer_handover_pack(operation.to_name)

    def new_diary_entry(self) -> None:
        """Ctrl+N anywhere in the dossier: a diary entry dated today, ready for typing."""
        self.show_section("diary")
        self.page("diary").new_entry()

    def refresh(self) -> None:
        try:
            cost = settings.value("person_day_cost")
            dossier = self.context.read(
                lambda s: load_dossier(s, self.account_id, person_day_cost=cost))
        except InputError:  # the account was deleted (perhaps by an import or an undo)
            self.close()
            return
        self.dossier = dossier
        self.setWindowTitle(dossier.account["name"])
        self.completeness.show_completeness(dossier.completeness)
        for page in self._built.values():
            page.refresh(dossier, self.account_id)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(self.account_id):
            self.refresh()

    def closeEvent(self, event) -> None:
        self.context.changed.disconnect(self._on_changed)
        super().closeEvent(event)
