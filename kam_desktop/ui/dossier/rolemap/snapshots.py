"""Snapshots of the role map: the row that saves, chooses for comparison and deletes
them, the dialog of a new snapshot, and how a comparison is drawn and told.

Comparing a snapshot with the current map (or with another snapshot) draws an arrow per
person from where they stood to where they stand, and lists who changed role.
"""
from __future__ import annotations

import math
import uuid
from datetime import date
from typing import Callable

from PySide6.QtCore import QCoreApplication, QLineF, QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGraphicsEllipseItem,
    QGraphicsLineItem,
    QGraphicsPolygonItem,
    QGraphicsSimpleTextItem,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.rolemap import Movement
from kam_desktop.services.errors import InputError
from kam_desktop.services.snapshots_map import MapSnapshotInfo
from kam_desktop.ui.dossier.rolemap.cards import initials, to_scene
from kam_desktop.ui.dossier.scene import tool_button
from kam_desktop.ui.forms import DateField, MultilineField
from kam_desktop.ui.labels import name_of
from kam_desktop.ui.messages import translated


class SnapshotRow(QWidget):
    """Save a snapshot, choose a snapshot to compare and what to compare it with, delete
    the chosen one. The two lists take the row's spare width and need little of their
    own: in a narrow window a snapshot's title is cut short, the page is not widened."""

    save_requested = Signal()
    delete_requested = Signal(object)  # the id of the snapshot chosen for comparison
    comparison_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.save_button = tool_button(
            self.tr("Save snapshot…"), self.tr("Keep the map as of a date, with a note"),
            lambda: self.save_requested.emit())
        self.compare_combo = QComboBox()
        self.compare_combo.setAccessibleName(self.tr("Snapshot to compare"))
        self.with_combo = QComboBox()
        self.with_combo.setAccessibleName(self.tr("Compare it with"))
        for combo in (self.compare_combo, self.with_combo):
            combo.setMinimumContentsLength(10)  # a date; the note shows as the row widens
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.currentIndexChanged.connect(self._chosen_changed)
        self.delete_button = tool_button(
            self.tr("Delete snapshot"), self.tr("Delete the snapshot chosen for comparison"),
            lambda: self.delete_requested.emit(self.chosen()[0]))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.save_button)
        layout.addSpacing(12)
        for text, combo, stretch in ((self.tr("Compare:"), self.compare_combo, 3),
                                     (self.tr("with:"), self.with_combo, 2)):
            label = QLabel(text)
            label.setBuddy(combo)
            layout.addWidget(label)
            layout.addWidget(combo, stretch)
        layout.addWidget(self.delete_button)
        self._chosen_changed()

    def fill(self, snapshots: list[MapSnapshotInfo]) -> None:
        """Refill both lists, keeping what was chosen while it still exists."""
        fillings = ((self.compare_combo, self.tr("No comparison")),
                    (self.with_combo, self.tr("the current map")))
        for combo, first in fillings:
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for info in snapshots:
                combo.addItem(snapshot_title(info), str(info.id))  # a QVariant compares text
                combo.setItemData(combo.count() - 1, info.note or None, Qt.ItemDataRole.ToolTipRole)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)
        self._chosen_changed()

    def compare(self, first_id: uuid.UUID, second_id: uuid.UUID | None = None) -> None:
        """Choose a snapshot to compare with another one, or with the current map."""
        self.with_combo.setCurrentIndex(max(self.with_combo.findData(str(second_id)), 0))
        self.compare_combo.setCurrentIndex(self.compare_combo.findData(str(first_id)))

    def chosen(self) -> tuple[uuid.UUID | None, uuid.UUID | None]:
        """The snapshot to compare (None: no comparison) and the one to compare it with
        (None: the current map)."""
        first, second = (combo.currentData() for combo in (self.compare_combo, self.with_combo))
        return (uuid.UUID(first) if first else None, uuid.UUID(second) if second else None)

    def _chosen_changed(self) -> None:
        comparing = self.chosen()[0] is not None
        self.with_combo.setEnabled(comparing)
        self.delete_button.setEnabled(comparing)
        self.comparison_changed.emit()


class SnapshotDialog(QDialog):
    """The date and the note of a new snapshot. ``save`` stores them or raises
    InputError, which is shown at its field while the dialog stays open."""

    def __init__(self, save: Callable[[date | None, str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save a snapshot of the role map"))
        self._save = save
        self.date = DateField("date")
        self.date.load(date.today())
        self.note = MultilineField("note")
        self.note.input.setPlaceholderText(self.tr("For example: after the meeting with the "
                                                   "technical director"))
        form = QFormLayout()
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("Note:"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        try:
            self._save(self.date.value(), self.note.value())
        except InputError as error:
            (self.note if error.where == "note" else self.date).show_error(
                translated(error.message))
            return
        super().accept()


def snapshot_title(info: MapSnapshotInfo) -> str:
    day = QLocale().toString(info.date, QLocale.FormatType.ShortFormat)
    note = info.note.splitlines()[0] if info.note else ""
    return f"{day} — {note}" if note else day


class MoveArrow(QGraphicsLineItem):
    """A person's way from the old position to the new one: a dot where they stood,
    their initials beside it, the head where they stand. Drawn above the cards, which
    are faded while a comparison is shown."""

    HEAD = 16.0

    def __init__(self, movement: Movement, palette: QPalette) -> None:
        start = to_scene(movement.before.interest, movement.before.involvement)
        end = to_scene(movement.after.interest, movement.after.involvement)
        super().__init__(QLineF(start, end))
        self.movement = movement
        colour = (palette.color(QPalette.ColorRole.Highlight) if movement.role_changed
                  else palette.color(QPalette.ColorRole.Text))
        self.setPen(QPen(colour, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        self.setZValue(3)
        angle = math.atan2(start.y() - end.y(), start.x() - end.x())
        spread_angle = math.radians(25)
        head = QPolygonF([end] + [end + QPointF(math.cos(angle + turn) * self.HEAD,
                                                math.sin(angle + turn) * self.HEAD)
                                  for turn in (spread_angle, -spread_angle)])
        tip = QGraphicsPolygonItem(head, self)
        tip.setPen(QPen(colour, 1))
        tip.setBrush(colour)
        dot = QGraphicsEllipseItem(QRectF(start.x() - 5, start.y() - 5, 10, 10), self)
        dot.setPen(QPen(colour, 1))
        dot.setBrush(palette.color(QPalette.ColorRole.Base))
        label = QGraphicsSimpleTextItem(initials(movement.name), self)
        bold = QFont(label.font())
        bold.setBold(True)
        label.setFont(bold)
        label.setBrush(colour)
        label.setPos(start + QPointF(7, -22))
        self.setToolTip(movement_text(movement))


def movement_text(movement: Movement) -> str:
    """One line about how a person changed, for the list and the arrow's tooltip."""
    translate = QCoreApplication.translate
    if movement.joined:
        return translate("RoleMapPage", "{name}: new on the map ({role})").format(
            name=movement.name, role=name_of(movement.role_after))
    if movement.left:
        return translate("RoleMapPage", "{name}: no longer on the map (was {role})").format(
            name=movement.name, role=name_of(movement.role_before))
    if movement.role_changed:
        return translate("RoleMapPage", "{name}: {before} → {after}").format(
            name=movement.name, before=name_of(movement.role_before),
            after=name_of(movement.role_after))
    return translate("RoleMapPage", "{name}: still {role}").format(
        name=movement.name, role=name_of(movement.role_after))


