"""Switching barriers we have built, and the reasons the relationship cooled or was lost."""
from __future__ import annotations

import uuid
from datetime import date
from typing import Any, Callable

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from kam_desktop.services.dossier import Dossier
from kam_desktop.ui.context import AppContext
from kam_desktop.ui.dossier.profile import hint_label
from kam_desktop.ui.forms import DateField, MultilineField
from kam_desktop.ui.sections import Column, RecordSection, fit_columns


def short_date(value: date | None) -> str:
    return QLocale().toString(value, QLocale.FormatType.ShortFormat) if value else ""


def date_order(value: date | None) -> int:
    return value.toordinal() if value else 0


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


class TextFirstSection(RecordSection):
    """A section whose record is mostly one text: a new record opens with that text
    selected, so typing replaces the suggested wording at once."""

    text_editor: MultilineField

    def __init__(self, context: AppContext, kind: str, columns: list[Column],
                 new_values: Callable[[], dict[str, Any]], noun: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, kind, columns, new_values, noun, parent)
        fit_columns(self.table)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)

    def add(self) -> None:
        super().add()
        if self.current_id() is not None:
            self.text_editor.setFocus()
            self.text_editor.input.selectAll()


class BarrierSection(TextFirstSection):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        columns = [
            Column(self.tr("Since"), lambda r: short_date(r["since"]), lambda r: date_order(r["since"])),
            Column(self.tr("Barrier"), lambda r: _one_line(r["description"])),
        ]
        super().__init__(context, "switching_barrier", columns, self._new_barrier,
                         self.tr("switching barrier"), parent)
        self.text_editor = self.add_editor(self.tr("Barrier"),
                                           MultilineField("description"))
        self.add_editor(self.tr("Since"), DateField("since"))

    def _new_barrier(self) -> dict[str, Any]:
        return {"description": self.tr("Describe the barrier"), "since": date.today()}

    def refresh(self, dossier: Dossier, account_id: uuid.UUID) -> None:
        self.set_rows(dossier.sections["switching_barrier"], account_id, account_id)


class CoolingSection(TextFirstSection):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        columns = [
            Column(self.tr("Date"), lambda r: short_date(r["date"]), lambda r: date_order(r["date"])),
            Column(self.tr("Reason"), lambda r: _one_line(r["reason"])),
        ]
        super().__init__(context, "cooling_reason", columns, self._new_reason,
                         self.tr("cooling reason"), parent)
        self.add_editor(self.tr("Date"), DateField("date"))
        self.text_editor = self.add_editor(self.tr("Reason"),
                                           MultilineField("reason"))

    def _new_reason(self) -> dict[str, Any]:
        return {"date": date.today(), "reason": self.tr("Describe why the relationship cooled")}

    def refresh(self, dossier: Dossier, account_id: uuid.UUID) -> None:
        self.set_rows(dossier.sections["cooling_reason"], account_id, account_id)


def _titled(title: str, explanation: str, section: RecordSection) -> QWidget:
    pane = QWidget()
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 0, 0, 0)
    heading = QLabel(title)
    font = heading.font()
    font.setBold(True)
    heading.setFont(font)
    text = hint_label()
    text.setText(explanation)
    layout.addWidget(heading)
    layout.addWidget(text)
    layout.addWidget(section, 1)
    section.layout().setContentsMargins(0, 0, 0, 0)
    return pane


class BarriersPage(QWidget):
    #: the parts of the dossier it shows (services.dossier.PARTS), read when first shown
    reads = ("barriers",)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.barriers = BarrierSection(context)
        self.cooling = CoolingSection(context)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(_titled(
            self.tr("Switching barriers"),
            self.tr("What we have built into the client's work that makes leaving us costly: "
                    "shared software, documents kept in our client portal, joint processes."),
            self.barriers))
        splitter.addWidget(_titled(
            self.tr("Cooling and loss reasons"),
            self.tr("When and why the relationship cooled or the client left. Studying these "
                    "teaches more than satisfaction scores do."),
            self.cooling))
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def refresh(self, dossier: Dossier, account_id: uuid.UUID) -> None:
        self.barriers.refresh(dossier, account_id)
        self.cooling.refresh(dossier, account_id)
