"""The role map: the client's people on interest × involvement, moved by hand.

A card sits where the contact's scores put it, nudged aside only when it would cover
another card. Dragging a card (or the arrow keys) changes the scores as one undoable
edit; the role written on the card follows the card while it moves. Everything is drawn
from the scene's palette, so the map reads in dark mode and exports as it looks.

Snapshots keep the map as of a date; comparing one with the current map (or with another
snapshot) draws an arrow per person from where they stood to where they stand, and lists
who changed role.
"""
from __future__ import annotations

import html
import math
import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Callable

from PySide6.QtCore import QCoreApplication, QLineF, QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen, QPolygonF,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsObject,
    QGraphicsPolygonItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.cooling import days_since_last_contact_by_role
from kam_desktop.domain.enums import Role, Stance
from kam_desktop.domain.roles import HIGH_THRESHOLD, SCALE_MAX, SCALE_MIN, role_for
from kam_desktop.domain.rolemap import (
    LEADER_COOLING, NO_LEADER, ONLY_ASSISTANTS_AND_BUTLERS,
    OPPONENT_IN_KEY_ROLE, MapContact, MapWarning, Movement, days_since_contact, map_warnings,
    spread,
)
from kam_desktop.services.dossier import Dossier, Row
from kam_desktop.services.errors import InputError
from kam_desktop.services.snapshots_map import (
    MapSnapshotInfo, compare_map_snapshots, delete_map_snapshot, list_map_snapshots,
    restore_map_snapshot, save_map_snapshot,
)
from kam_desktop.store.snapshots import Snapshot
from kam_desktop.ui import settings
from kam_desktop.ui.context import AppContext, Change
from kam_desktop.ui.dossier import scene as scene_export
from kam_desktop.ui.dossier.scene import ZoomView, tool_button
from kam_desktop.ui.forms import DateField, MultilineField
from kam_desktop.ui.labels import role_guidance, role_label, stance_label
from kam_desktop.ui.messages import translated
from kam_desktop.ui.undo import Update, run_edit

UNIT = 70.0  # scene pixels per point of a score
SIDE = (SCALE_MAX - SCALE_MIN) * UNIT
CARD_W, CARD_H, CARD_GAP = 224.0, 64.0, 6.0
KEY_STEP = 0.5
SYMBOL = {Stance.SUPPORTER: "+", Stance.NEUTRAL: "=", Stance.OPPONENT: "\u2212"}
#: (colour on a light background, colour on a dark one)
STANCE_COLOURS = {Stance.SUPPORTER: ("#2e7d32", "#66bb6a"),
                  Stance.NEUTRAL: ("#616161", "#b0b0b0"),
                  Stance.OPPONENT: ("#c62828", "#ef5350")}
QUADRANT_TINTS = {Role.LEADER: "#1e88e5", Role.SPECIFIER: "#8e24aa",
                  Role.ASSISTANT: "#00897b", Role.BUTLER: "#757575"}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def stance_colour(stance: Stance, palette: QPalette) -> QColor:
    light, dark = STANCE_COLOURS[stance]
    return QColor(dark if is_dark(palette) else light)


def initials(name: str) -> str:
    """"Смирнова Анна" -> "СА": the first letters of up to three words."""
    letters = [word[0] for word in name.replace(".", " ").split() if word[0].isalpha()]
    return "".join(letters[:3]).upper()


def to_scene(interest: float, involvement: float) -> QPointF:
    return QPointF(involvement * UNIT, (SCALE_MAX - interest) * UNIT)


def to_scores(point: QPointF) -> tuple[float, float]:
    """(interest, involvement) at a scene point, kept on the scale, one decimal."""
    def clamp(value: float) -> float:
        return round(min(max(value, SCALE_MIN), SCALE_MAX), 1)
    return clamp(SCALE_MAX - point.y() / UNIT), clamp(point.x() / UNIT)


@dataclass(frozen=True)
class CardData:
    """What a card shows, read from the dossier."""

    contact_id: uuid.UUID
    name: str
    position: str
    stance: Stance
    counterpart: str
    days: int | None


class ContactCard(QGraphicsObject):
    """One contact; its centre minus ``offset`` is where the scores put it."""

    moved = Signal(object)  # the card, while it is being dragged
    released = Signal(object)  # the card, after a drag that moved it

    def __init__(self, data: CardData) -> None:
        super().__init__()
        self.data = data
        self.offset = QPointF()
        self._pressed_at: QPointF | None = None
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
                      | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(1)

    def scores(self) -> tuple[float, float]:
        return to_scores(self.pos() - self.offset)

    def role(self) -> Role:
        return role_for(*self.scores())

    def place(self, data: CardData, exact: QPointF, shown: QPointF) -> None:
        self.data = data
        self.offset = shown - exact
        self.setPos(shown)
        interest, involvement = self.scores()
        self.setToolTip("\n".join(filter(None, [
            data.name, data.position,
            f"{role_label(self.role().value)} · {stance_label(data.stance.value)}",
            QCoreApplication.translate("RoleMapPage", "Interest {interest}, involvement "
                                       "{involvement}").format(interest=interest,
                                                               involvement=involvement),
            QCoreApplication.translate("RoleMapPage", "Our counterpart: {name}").format(
                name=data.counterpart or "—"),
            QCoreApplication.translate("RoleMapPage", "Last met: {days}").format(
                days=self.days_text())])))
        self.update()

    def days_text(self) -> str:
        if self.data.days is None:
            return self.tr("not met")
        return self.tr("%n d", "", self.data.days)

    def boundingRect(self) -> QRectF:
        return QRectF(-CARD_W / 2 - 2, -CARD_H / 2 - 2, CARD_W + 4, CARD_H + 4)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        palette = self.scene().palette()
        colour = stance_colour(self.data.stance, palette)
        rect = QRectF(-CARD_W / 2, -CARD_H / 2, CARD_W, CARD_H)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = (palette.color(QPalette.ColorRole.Highlight) if self.isSelected() else colour)
        painter.setPen(QPen(border, 3 if self.isSelected() else 1.5))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 6, 6)
        painter.fillRect(QRectF(rect.left(), rect.top() + 4, 5, rect.height() - 8), colour)

        font = QFont(self.scene().font())  # not the painter's: the last card may have left it bold
        bold = QFont(font)
        bold.setBold(True)
        text = palette.color(QPalette.ColorRole.Text)
        faint = palette.color(QPalette.ColorRole.PlaceholderText)
        left, width = rect.left() + 12, rect.width() - 20
        badge = QRectF(rect.right() - 26, rect.top() + 5, 20, 20)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(badge)
        painter.setFont(bold)
        painter.setPen(QColor("#ffffff") if not is_dark(palette) else QColor("#101010"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, SYMBOL[self.data.stance])

        line = QFontMetricsF(font).height()
        painter.setPen(text)
        painter.drawText(QRectF(left, rect.top() + 5, width - 24, line),
                         Qt.AlignmentFlag.AlignLeft,
                         QFontMetricsF(bold).elidedText(self.data.name, Qt.TextElideMode.ElideRight,
                                                        width - 24))
        painter.setFont(font)
        painter.setPen(faint)
        painter.drawText(QRectF(left, rect.top() + 5 + line, width - 24, line),
                         Qt.AlignmentFlag.AlignLeft,
                         QFontMetricsF(font).elidedText(self.data.position,
                                                        Qt.TextElideMode.ElideRight, width - 24))
        bottom = QRectF(left, rect.top() + 7 + 2 * line, width, line)
        mirror = (f"\u2194 {initials(self.data.counterpart)}" if self.data.counterpart
                  else "\u2194 ?")
        right = f"{mirror} · {self.days_text()}"
        painter.setPen(text)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignRight, right)
        painter.setFont(bold)
        room = width - QFontMetricsF(font).horizontalAdvance(right) - 6
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft,
                         QFontMetricsF(bold).elidedText(role_label(self.role().value),
                                                        Qt.TextElideMode.ElideRight, room))

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange:
            exact = value - self.offset
            low, high = SCALE_MIN * UNIT, SCALE_MAX * UNIT
            exact = QPointF(min(max(exact.x(), low), high), min(max(exact.y(), low), high))
            return exact + self.offset
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            self.moved.emit(self)
        return super().itemChange(change, value)

    def mousePressEvent(self, event) -> None:
        self.scene().clearSelection()  # one card at a time: a drag moves only this one
        super().mousePressEvent(event)
        self.setSelected(True)
        self._pressed_at = self.pos()

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if self._pressed_at is not None and self.pos() != self._pressed_at:
            self.released.emit(self)
        self._pressed_at = None


class MapScene(QGraphicsScene):
    """The 2×2 grid with its labels, drawn behind the cards in the current palette."""

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        palette = self.palette()
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Base))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        middle = HIGH_THRESHOLD * UNIT
        quadrants = {Role.SPECIFIER: QRectF(0, 0, middle, middle),
                     Role.LEADER: QRectF(middle, 0, SIDE - middle, middle),
                     Role.BUTLER: QRectF(0, middle, middle, SIDE - middle),
                     Role.ASSISTANT: QRectF(middle, middle, SIDE - middle, SIDE - middle)}
        title = QFont(self.font())
        title.setPointSizeF(title.pointSizeF() * 1.5)
        title.setBold(True)
        for role, area in quadrants.items():
            tint = QColor(QUADRANT_TINTS[role])
            tint.setAlpha(45 if is_dark(palette) else 22)
            painter.fillRect(area, tint)
            label = QColor(QUADRANT_TINTS[role]).lighter(150 if is_dark(palette) else 100)
            label.setAlpha(200)
            painter.setPen(label)
            painter.setFont(title)
            align = ((Qt.AlignmentFlag.AlignTop if role in (Role.LEADER, Role.SPECIFIER)
                      else Qt.AlignmentFlag.AlignBottom)
                     | (Qt.AlignmentFlag.AlignRight if role in (Role.LEADER, Role.ASSISTANT)
                        else Qt.AlignmentFlag.AlignLeft))
            painter.drawText(area.adjusted(10, 6, -10, -6), align, role_label(role.value))

        line = palette.color(QPalette.ColorRole.Text)
        line.setAlpha(90)
        painter.setPen(QPen(line, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(0, 0, SIDE, SIDE))
        painter.setPen(QPen(line, 2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(middle, 0), QPointF(middle, SIDE))
        painter.drawLine(QPointF(0, middle), QPointF(SIDE, middle))

        font = QFont(self.font())
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        for score in (0, 5, 10):
            at = score * UNIT
            painter.drawText(QRectF(at - 20, SIDE + 4, 40, 18), Qt.AlignmentFlag.AlignCenter,
                             str(score))
            painter.drawText(QRectF(-44, SIDE - at - 9, 38, 18),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(score))
        axis = QFont(font)
        axis.setBold(True)
        painter.setFont(axis)
        painter.drawText(QRectF(0, SIDE + 22, SIDE, 22), Qt.AlignmentFlag.AlignCenter,
                         QCoreApplication.translate("RoleMapPage", "Involvement in the decision →"))
        painter.save()
        painter.translate(-40, SIDE / 2)
        painter.rotate(-90)
        painter.drawText(QRectF(-SIDE / 2, -24, SIDE, 22), Qt.AlignmentFlag.AlignCenter,
                         QCoreApplication.translate("RoleMapPage", "Interest in the purchase →"))
        painter.restore()


class MapView(ZoomView):
    """A zoomable map whose arrow keys ask to move the selected card."""

    step = Signal(object, float, float)  # card, interest change, involvement change

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)

    def keyPressEvent(self, event) -> None:
        moves = {Qt.Key.Key_Up: (KEY_STEP, 0.0), Qt.Key.Key_Down: (-KEY_STEP, 0.0),
                 Qt.Key.Key_Right: (0.0, KEY_STEP), Qt.Key.Key_Left: (0.0, -KEY_STEP)}
        cards = [i for i in self.scene().selectedItems() if isinstance(i, ContactCard)]
        if event.key() in moves and cards:
            self.step.emit(cards[0], *moves[event.key()])
        else:
            super().keyPressEvent(event)


# --- snapshots ---------------------------------------------------------------------
@dataclass(frozen=True)
class SaveMapSnapshot:
    """An undoable saving of a snapshot: undone, it deletes the snapshot again."""

    account_id: uuid.UUID
    on: date | None
    note: str

    def apply(self, session) -> "DeleteMapSnapshot":
        return DeleteMapSnapshot(save_map_snapshot(session, account_id=self.account_id,
                                                   on=self.on, note=self.note))


@dataclass(frozen=True)
class DeleteMapSnapshot:
    snapshot_id: uuid.UUID

    def apply(self, session) -> "RestoreMapSnapshot":
        return RestoreMapSnapshot(self.snapshot_id,
                                  delete_map_snapshot(session, snapshot_id=self.snapshot_id))


@dataclass(frozen=True)
class RestoreMapSnapshot:
    snapshot_id: uuid.UUID
    deleted: Snapshot = field(compare=False)

    def apply(self, session) -> DeleteMapSnapshot:
        restore_map_snapshot(session, deleted=self.deleted)
        return DeleteMapSnapshot(self.snapshot_id)


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
            name=movement.name, role=role_label(movement.role_after.value))
    if movement.left:
        return translate("RoleMapPage", "{name}: no longer on the map (was {role})").format(
            name=movement.name, role=role_label(movement.role_before.value))
    if movement.role_changed:
        return translate("RoleMapPage", "{name}: {before} → {after}").format(
            name=movement.name, before=role_label(movement.role_before.value),
            after=role_label(movement.role_after.value))
    return translate("RoleMapPage", "{name}: still {role}").format(
        name=movement.name, role=role_label(movement.role_after.value))


class RoleMapPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.account_id: uuid.UUID | None = None
        self.cards: dict[uuid.UUID, ContactCard] = {}
        self.warnings: list[MapWarning] = []
        self.arrows: list[MoveArrow] = []
        self.movements: list[Movement] = []
        self.scene = MapScene(self)
        self.view = MapView(self.scene)
        self.view.setAccessibleName(self.tr("Role map"))
        self.view.step.connect(self._step)
        self.scene.selectionChanged.connect(self._show_guidance)

        self.zoom_out = tool_button("\u2212", self.tr("Zoom out"), lambda: self.view.zoom(1 / 1.25))
        self.zoom_in = tool_button("+", self.tr("Zoom in"), lambda: self.view.zoom(1.25))
        self.fit_button = tool_button(self.tr("Fit"), self.tr("Fit the map to the window"),
                                       self.view.fit)
        self.png_button = tool_button(self.tr("Export PNG…"), self.tr("Export the map as a picture"),
                                       lambda: self._ask_and_export("png"))
        self.svg_button = tool_button(self.tr("Export SVG…"), self.tr("Export the map as a drawing"),
                                       lambda: self._ask_and_export("svg"))
        tools = QHBoxLayout()
        for button in (self.zoom_out, self.zoom_in, self.fit_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.png_button)
        tools.addWidget(self.svg_button)

        self.save_snapshot_button = tool_button(
            self.tr("Save snapshot…"), self.tr("Keep the map as of a date, with a note"),
            self._ask_snapshot)
        self.compare_combo = QComboBox()
        self.compare_combo.setAccessibleName(self.tr("Snapshot to compare"))
        self.compare_combo.setMinimumContentsLength(36)
        self.with_combo = QComboBox()
        self.with_combo.setAccessibleName(self.tr("Compare it with"))
        self.with_combo.setMinimumContentsLength(30)
        for combo in (self.compare_combo, self.with_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.currentIndexChanged.connect(self._show_comparison)
        self.delete_snapshot_button = tool_button(
            self.tr("Delete snapshot"), self.tr("Delete the snapshot chosen for comparison"),
            self._delete_snapshot)
        history = QHBoxLayout()
        history.addWidget(self.save_snapshot_button)
        history.addSpacing(12)
        compare_label = QLabel(self.tr("Compare:"))
        compare_label.setBuddy(self.compare_combo)
        history.addWidget(compare_label)
        history.addWidget(self.compare_combo)
        with_label = QLabel(self.tr("with:"))
        with_label.setBuddy(self.with_combo)
        history.addWidget(with_label)
        history.addWidget(self.with_combo)
        history.addWidget(self.delete_snapshot_button)
        history.addStretch(1)

        self.guidance_title = QLabel()
        self.guidance_title.setObjectName("guidance_title")
        self.guidance_title.setWordWrap(True)
        self.guidance = QLabel()
        self.guidance.setObjectName("guidance")
        self.guidance.setWordWrap(True)
        self.guidance.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.warning_label = QLabel()
        self.warning_label.setObjectName("warnings")
        self.warning_label.setWordWrap(True)
        self.warning_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.warning_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        warning_scroll = QScrollArea()
        warning_scroll.setWidgetResizable(True)
        warning_scroll.setFrameShape(QFrame.Shape.NoFrame)
        warning_scroll.setWidget(self.warning_label)
        hint = QLabel(self.tr("Drag a card, or select it and use the arrow keys, to change "
                              "interest and involvement."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        side = QVBoxLayout()
        side.addWidget(self.guidance_title)
        side.addWidget(self.guidance)
        side.addSpacing(8)
        warnings_title = QLabel(self.tr("Warnings"))
        warnings_title.setStyleSheet("font-weight: 600;")
        side.addWidget(warnings_title)
        side.addWidget(warning_scroll, 1)
        self.changes_title = QLabel(self.tr("Who changed role"))
        self.changes_title.setStyleSheet("font-weight: 600;")
        self.changes_list = QListWidget()
        self.changes_list.setAccessibleName(self.tr("Who changed role"))
        self.changes_list.setUniformItemSizes(True)
        self.changes_list.setWordWrap(False)
        self.changes_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.changes_legend = QLabel(self.tr("Arrows run from the earlier position to the "
                                             "later one; highlighted arrows mark a change of role."))
        self.changes_legend.setWordWrap(True)
        self.changes_legend.setEnabled(False)
        side.addWidget(self.changes_title)
        side.addWidget(self.changes_list, 1)
        side.addWidget(self.changes_legend)
        side.addWidget(hint)
        panel = QWidget()
        panel.setLayout(side)
        panel.setFixedWidth(300)
        panel.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)

        body = QHBoxLayout()
        body.addWidget(self.view, 1)
        body.addWidget(panel)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addLayout(history)
        layout.addLayout(body, 1)
        self._show_guidance()
        self._show_comparison()

    def warning_text(self, warning: MapWarning) -> str:
        names = ", ".join(warning.names)
        if warning.code == NO_LEADER:
            return self.tr("No leader identified: find out who decides and whose targets the "
                           "purchase touches.")
        if warning.code == ONLY_ASSISTANTS_AND_BUTLERS:
            return self.tr("Every known contact is an assistant or a butler: ask them, with "
                           "respect, for access to the people who decide.")
        if warning.code == OPPONENT_IN_KEY_ROLE:
            return self.tr("An opponent holds a key role: {names}. Learn their objections and "
                           "who can win them over.").format(names=names)
        if warning.code == LEADER_COOLING and warning.days is None:
            return self.tr("Nobody from our team has met the leader yet: {names}.").format(names=names)
        if warning.code == LEADER_COOLING:
            return self.tr("No contact with the leader for %n day(s): {names}.", "",
                           warning.days).format(names=names)
        return self.tr("Nobody on our side mirrors: {names}.").format(names=names)

    def _show_warnings(self, texts: list[str]) -> None:
        if not texts:
            self.warning_label.setText(self.tr("Nothing to warn about."))
            return
        self.warning_label.setText("".join(f"<p>\u26a0 {html.escape(text)}</p>" for text in texts))

    # --- reading -------------------------------------------------------------------
    def refresh(self, dossier: Dossier, account_id: uuid.UUID) -> None:
        self.account_id = account_id
        contacts = [c for c in dossier.sections["contact"] if c["left_on"] is None]
        today = date.today()
        meetings = [(e["date"], e["attendee_ids"]) for e in dossier.sections["diary_entry"]]
        days = days_since_contact(meetings, today)
        by_role = days_since_last_contact_by_role(
            {c["id"]: c["role"] for c in contacts}, meetings, today)
        self._place_cards(contacts, days)
        self.warnings = map_warnings(
            [MapContact(c["name"], c["interest"], c["involvement"], c["stance"],
                        c["our_counterpart"]) for c in contacts],
            by_role.get(Role.LEADER), settings.value("cooling_days"))
        self._show_warnings([self.warning_text(w) for w in self.warnings])
        self._show_guidance()
        self._fill_snapshots(self.context.read(lambda s: list_map_snapshots(s, account_id)))

    def _place_cards(self, contacts: list[Row], days: dict[uuid.UUID, int]) -> None:
        for gone in set(self.cards) - {c["id"] for c in contacts}:
            self.scene.removeItem(self.cards.pop(gone))
        exact = [to_scene(c["interest"], c["involvement"]) for c in contacts]
        across, down = CARD_W + CARD_GAP, CARD_H + CARD_GAP
        shown = spread([(p.x() / across, p.y() / down) for p in exact], 1.0)
        for contact, point, (x, y) in zip(contacts, exact, shown):
            card = self.cards.get(contact["id"])
            if card is None:
                card = self.cards[contact["id"]] = ContactCard(self._card_data(contact, days))
                card.moved.connect(self._card_moved)
                card.released.connect(self._commit_drag)
                self.scene.addItem(card)
            card.place(self._card_data(contact, days), point, QPointF(x * across, y * down))
        area = QRectF(-60, -10, SIDE + 75, SIDE + 60)
        cards = self.scene.itemsBoundingRect()
        self.scene.setSceneRect(area.united(cards).adjusted(-8, -8, 8, 8))
        if self.view.fitting:
            self.view.fit()

    @staticmethod
    def _card_data(contact: Row, days: dict[uuid.UUID, int]) -> CardData:
        return CardData(contact["id"], contact["name"], contact["position"] or "",
                        contact["stance"], (contact["our_counterpart"] or "").strip(),
                        days.get(contact["id"]))

    def select(self, record_id: uuid.UUID) -> None:
        card = self.cards.get(record_id)
        if card is not None:
            self.scene.clearSelection()
            card.setSelected(True)
            self.view.ensureVisible(card)
            self.view.setFocus()

    def selected_card(self) -> ContactCard | None:
        cards = [i for i in self.scene.selectedItems() if isinstance(i, ContactCard)]
        return cards[0] if cards else None

    def _show_guidance(self) -> None:
        card = self.selected_card()
        if card is None:
            title = self.tr("No contact selected")
            self.guidance_title.setText(f"<b>{title}</b>")
            self.guidance.setText(self.tr("Select a card to see what its role means and how "
                                          "to work with the person."))
            return
        role = card.role().value
        self.guidance_title.setText(f"<b>{role_label(role)}</b> — {card.data.name}")
        self.guidance.setText(role_guidance(role))

    def _card_moved(self, card: ContactCard) -> None:
        card.update()  # the role on the card follows it across the lines
        if card is self.selected_card():
            self._show_guidance()

    def _fill_snapshots(self, snapshots: list[MapSnapshotInfo]) -> None:
        """Refill both combos, keeping what was chosen while it still exists."""
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
        self._show_comparison()

    def compare(self, first_id: uuid.UUID, second_id: uuid.UUID | None = None) -> None:
        """Compare a snapshot with another one, or with the current map."""
        self.with_combo.setCurrentIndex(max(self.with_combo.findData(str(second_id)), 0))
        self.compare_combo.setCurrentIndex(self.compare_combo.findData(str(first_id)))

    @staticmethod
    def _chosen(combo: QComboBox) -> uuid.UUID | None:
        data = combo.currentData()
        return uuid.UUID(data) if data else None

    def _show_comparison(self) -> None:
        for arrow in self.arrows:
            self.scene.removeItem(arrow)
        self.arrows, self.movements = [], []
        self.changes_list.clear()
        first, second = self._chosen(self.compare_combo), self._chosen(self.with_combo)
        comparing = first is not None
        self.with_combo.setEnabled(comparing)
        self.delete_snapshot_button.setEnabled(comparing)
        self.changes_title.setVisible(comparing)
        self.changes_list.setVisible(comparing)
        self.changes_legend.setVisible(comparing)
        for card in self.cards.values():
            card.setOpacity(0.45 if comparing else 1.0)
        if not comparing:
            return
        try:
            self.movements = self.context.read(
                lambda s: compare_map_snapshots(s, first_id=first, second_id=second))
        except InputError as error:  # deleted meanwhile; the next refresh drops it
            self._show_warnings([translated(error.message)])
            return
        palette = self.scene.palette()
        for movement in self.movements:
            if movement.moved:
                arrow = MoveArrow(movement, palette)
                self.scene.addItem(arrow)
                self.arrows.append(arrow)
        changed = [m for m in self.movements if m.role_changed]
        for movement in changed:
            item = QListWidgetItem(movement_text(movement))
            item.setToolTip(movement_text(movement))
            self.changes_list.addItem(item)
        if not changed:
            item = QListWidgetItem(self.tr("Nobody changed role."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.changes_list.addItem(item)

    # --- writing -------------------------------------------------------------------
    def _snapshot_change(self) -> Change:
        return Change(frozenset({"map_snapshot"}), frozenset({self.account_id}))

    def _ask_snapshot(self) -> None:
        dialog = SnapshotDialog(self.save_snapshot, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def save_snapshot(self, on: date | None, note: str) -> None:
        """Save the map as a snapshot (one undo step); raises InputError on bad input."""
        run_edit(self.context, self.tr("Save a snapshot of the role map"),
                 SaveMapSnapshot(self.account_id, on, note), self._snapshot_change())

    def _delete_snapshot(self) -> None:
        snapshot_id = self._chosen(self.compare_combo)
        if snapshot_id is None:
            return
        try:
            run_edit(self.context, self.tr("Delete a snapshot of the role map"),
                     DeleteMapSnapshot(snapshot_id), self._snapshot_change())
        except InputError as error:
            self._show_warnings([translated(error.message)])

    def _commit_drag(self, card: ContactCard) -> None:
        interest, involvement = card.scores()
        self._save(card, {"interest": interest, "involvement": involvement}, None)

    def _step(self, card: ContactCard, interest_step: float, involvement_step: float) -> None:
        """One arrow press. Presses along one axis merge into one undo step; the reverse
        of a merged step must cover every field the presses changed, hence the axis in
        the merge key."""
        interest, involvement = card.scores()
        new = dict(zip(("interest", "involvement"),
                       to_scores(to_scene(interest + interest_step, involvement + involvement_step))))
        field = "interest" if interest_step else "involvement"
        self._save(card, {field: new[field]}, ("rolemap", card.data.contact_id, field))

    def _save(self, card: ContactCard, scores: dict[str, float], merge_key: tuple | None) -> None:
        change = Change(frozenset({"contact"}), frozenset({self.account_id}))
        text = self.tr("Move {name} on the role map").format(name=card.data.name)
        try:
            run_edit(self.context, text, Update("contact", card.data.contact_id, scores), change,
                     merge_key)
        except InputError as error:  # e.g. the contact was deleted meanwhile
            self._show_warnings([translated(error.message)])

    # --- export --------------------------------------------------------------------
    def export_png(self, path: str) -> None:
        scene_export.export_png(self.scene, path)

    def export_svg(self, path: str) -> None:
        scene_export.export_svg(self.scene, path, self.tr("Role map"))

    def _ask_and_export(self, kind: str) -> None:
        try:
            scene_export.ask_and_export(self, self.scene, kind, self.tr("Export the role map"),
                                        "role-map")
        except OSError as error:
            self._show_warnings([self.tr("Could not write {path}").format(path=error.args[0])])
