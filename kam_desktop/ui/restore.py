"""File → Restore from a backup…: the backups beside the database, newest first, and
what restoring one does, said before it is done."""
from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.services.restore import BackupInfo


class RestoreDialog(QDialog):
    """Pick a backup; accepting it is the confirmation (the dialog says what follows)."""

    def __init__(self, found: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(720, 460)
        self.found = found
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([self.tr("Written on"), self.tr("Why"), self.tr("Size")])
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for entry in found:
            item = QTreeWidgetItem([self._when(entry), self._reason(entry.reason),
                                    QLocale().formattedDataSize(
                                        entry.size, 1,
                                        QLocale.DataSizeFormat.DataSizeTraditionalFormat)])
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, str(entry.path))
            self.list.addTopLevelItem(item)
        for column in (0, 2):
            self.list.resizeColumnToContents(column)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setObjectName("restore_explanation")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore this backup"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemSelectionChanged.connect(self._explain)
        self.list.itemDoubleClicked.connect(lambda *_: self.accept())
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Backups are written at start-up before the database is updated, before an "
            "exchange, before a restore, and when you ask for one."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(self.explanation)
        layout.addWidget(self.buttons)
        if found:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self._explain()

    def chosen(self) -> BackupInfo | None:
        index = self.list.indexOfTopLevelItem(self.list.currentItem()) \
            if self.list.currentItem() else -1
        return self.found[index] if index >= 0 else None

    def _explain(self) -> None:
        entry = self.chosen()
        self.restore_button.setEnabled(entry is not None)
        if entry is None:
            self.explanation.setText(self.tr("There are no backups of this database yet."))
            return
        self.explanation.setText(self.tr(
            "The portfolio goes back to how it was on {when}: what was written since then "
            "leaves it. The database as it is now is kept as a backup first, so this too "
            "can be undone by restoring that backup. People erased since then stay erased. "
            "The undo history is cleared.").format(when=self._when(entry)))

    @staticmethod
    def _when(entry: BackupInfo) -> str:
        moment = QDateTime.fromSecsSinceEpoch(int(entry.taken_at.timestamp())).toLocalTime()
        return QLocale().toString(moment, QLocale.FormatType.ShortFormat)

    def _reason(self, reason: str) -> str:
        return {"manual": self.tr("by hand"),
                "pre-migration": self.tr("before an update of the database"),
                "pre-sync": self.tr("before an exchange"),
                "before-restore": self.tr("before a restore")}.get(reason, reason)
