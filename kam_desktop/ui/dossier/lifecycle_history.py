"""The account's lifecycle history in its profile: each change of stage, newest first —
when, from which stage to which, why and by whom. Read only: the history is written by
the changes themselves (store.lifecycle_history)."""
from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget)

from kam_desktop.services.dossier import Dossier
from kam_desktop.ui.labels import name_of

#: rows shown before the table scrolls
ROWS_SHOWN = 4


class StageHistory(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("stage_history")
        self.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Change"), self.tr("Why"),
                                        self.tr("Who")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.setWordWrap(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedHeight(header.sizeHint().height()
                            + self.verticalHeader().defaultSectionSize() * ROWS_SHOWN + 4)

    def change_text(self, row: dict) -> str:
        if row["from_stage"] is None:
            return self.tr("started as “{stage}”").format(stage=name_of(row["to_stage"]))
        return f"{name_of(row['from_stage'])} → {name_of(row['to_stage'])}"

    def refresh(self, dossier: Dossier) -> None:
        rows = dossier.sections["lifecycle_change"]
        self.setRowCount(len(rows))
        for number, row in enumerate(rows):
            reason = " ".join((row["reason"] or "").split())
            day = QLocale().toString(row["date"], QLocale.FormatType.ShortFormat)
            for column, text in enumerate((day, self.change_text(row), reason,
                                           row["changed_by"] or "")):
                item = QTableWidgetItem(text)
                item.setToolTip(text if column == 2 and text else "")
                self.setItem(number, column, item)
