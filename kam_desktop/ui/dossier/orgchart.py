"""The client's org chart, built from "reports to", with our account team beside it and
a line from each of our people to the client contact they mirror.

A solid, heavier line is a top-to-top link (one of our executives mirrors a leader); a
dashed one any other mirror. Selecting a card brings its lines forward; double-clicking opens the
person's card in Contacts (or, for our people, the account team). Everyone who left the
client is off the chart, as on the role map.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QGraphicsItem, QGraphicsObject, QGraphicsPathItem, QGraphicsScene, QGraphicsSimpleTextItem,
    QHBoxLayout, QLabel, QVBoxLayout, QWidget,
)

from kam_desktop.domain.enums import Role, Stance
from kam_desktop.domain.orgchart import org_layout
from kam_desktop.domain.roles import is_top_to_top
from kam_desktop.services.dossier import Dossier, Row
from kam_desktop.ui.context import AppContext
from kam_desktop.ui.dossier import scene as scene_export
from kam_desktop.ui.dossier.rolemap.colours import QUADRANT_TINTS, SYMBOL, is_dark, stance_colour
from kam_desktop.ui.dossier.scene import ZoomView, tool_button
from kam_desktop.ui.labels import name_of

CARD_W, CARD_H = 250.0, 62.0
GAP_X, GAP_Y = 22.0, 54.0
TEAM_GAP = 150.0  # between the client's chart and our team's column


@dataclass(frozen=True)
class Person:
    """A card: a client contact (with role and stance) or one of our people."""

    person_id: uuid.UUID
    name: str
    detail: str
    role: Role | None = None
    stance: Stance | None = None

    @property
    def ours(self) -> bool:
        return self.role is None


class OrgCard(QGraphicsObject):
    opened = Signal(object)  # the card, on a double click

    def __init__(self, person: Person) -> None:
        super().__init__()
        self.person = person
        self.lines: list[QGraphicsPathItem] = []
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setZValue(2)
        tip = [person.name, person.detail]
        if not person.ours:
            tip.append(f"{name_of(person.role)} · {name_of(person.stance)}")
        self.setToolTip("\n".join(filter(None, tip)))

    def boundingRect(self) -> QRectF:
        return QRectF(-2, -2, CARD_W + 4, CARD_H + 4)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        palette = self.scene().palette()
        person = self.person
        accent = (palette.color(QPalette.ColorRole.Highlight) if person.ours
                  else stance_colour(person.stance, palette))
        rect = QRectF(0, 0, CARD_W, CARD_H)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = palette.color(QPalette.ColorRole.Highlight) if self.isSelected() else accent
        painter.setPen(QPen(border, 3 if self.isSelected() else 1.2))
        painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase if person.ours
                                       else QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 6, 6)
        painter.fillRect(QRectF(0, 4, 5, CARD_H - 8), accent)

        font = QFont(self.scene().font())
        bold = QFont(font)
        bold.setBold(True)
        line = QFontMetricsF(font).height()
        left, width = 12.0, CARD_W - 20
        name_width = width - (24 if not person.ours else 0)
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(QRectF(left, 5, name_width, line), Qt.AlignmentFlag.AlignLeft,
                         QFontMetricsF(bold).elidedText(person.name, Qt.TextElideMode.ElideRight,
                                                        name_width))
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(QRectF(left, 5 + line, width, line), Qt.AlignmentFlag.AlignLeft,
                         QFontMetricsF(font).elidedText(person.detail, Qt.TextElideMode.ElideRight,
                                                        width))
        if person.ours:
            return
        badge = QRectF(CARD_W - 26, 5, 20, 20)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawEllipse(badge)
        painter.setFont(bold)
        painter.setPen(QColor("#101010") if is_dark(palette) else QColor("#ffffff"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, SYMBOL[person.stance])
        tint = QColor(QUADRANT_TINTS[person.role])
        if is_dark(palette):
            tint = tint.lighter(150)
        painter.setPen(tint)
        painter.drawText(QRectF(left, 7 + 2 * line, width, line), Qt.AlignmentFlag.AlignLeft,
                         name_of(person.role))

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            for path in self.lines:
                path.setZValue(1.5 if value else 1)
                pen = path.pen()
                pen.setColor(self._line_colour(bool(value)))
                path.setPen(pen)
        return super().itemChange(change, value)

    def _line_colour(self, selected: bool) -> QColor:
        palette = self.scene().palette()
        if selected:
            return palette.color(QPalette.ColorRole.Highlight)
        return palette.color(QPalette.ColorRole.PlaceholderText)

    def mouseDoubleClickEvent(self, event) -> None:
        self.opened.emit(self)
        super().mouseDoubleClickEvent(event)

    def top(self) -> QPointF:
        return self.pos() + QPointF(CARD_W / 2, 0)

    def bottom(self) -> QPointF:
        return self.pos() + QPointF(CARD_W / 2, CARD_H)

    def left(self) -> QPointF:
        return self.pos() + QPointF(0, CARD_H / 2)

    def right(self) -> QPointF:
        return self.pos() + QPointF(CARD_W, CARD_H / 2)


def mirror_lines(contacts: list[Row], team: list[Row]) -> list[tuple[uuid.UUID, uuid.UUID, bool]]:
    """(team member id, contact id, top-to-top) for every member mirroring a contact on
    the chart: top-to-top when one of our executives mirrors a leader."""
    roles = {c["id"]: c["role"] for c in contacts}
    return [(m["id"], m["mirrors_id"], is_top_to_top(m["level"], roles[m["mirrors_id"]]))
            for m in team if m["mirrors_id"] in roles]


class OrgChartPage(QWidget):
    #: the parts of the dossier it shows (services.dossier.PARTS), read when first shown
    reads = ("people",)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.account_id: uuid.UUID | None = None
        self.cards: dict[uuid.UUID | str, OrgCard] = {}
        self.scene = QGraphicsScene(self)
        self.view = ZoomView(self.scene)
        self.view.setAccessibleName(self.tr("Org chart"))
        self.view.setDragMode(ZoomView.DragMode.ScrollHandDrag)

        tools = QHBoxLayout()
        for text, name, slot in (
                ("\u2212", self.tr("Zoom out"), lambda: self.view.zoom(1 / 1.25)),
                ("+", self.tr("Zoom in"), lambda: self.view.zoom(1.25)),
                (self.tr("Fit"), self.tr("Fit the chart to the window"), self.view.fit)):
            tools.addWidget(tool_button(text, name, slot))
        self.legend = QLabel(self.tr(
            "Lines from our team: solid — top-to-top (our executive mirrors a leader), "
            "dashed — other mirrors. Double-click a card to open it."))
        self.legend.setWordWrap(True)
        self.legend.setEnabled(False)
        tools.addWidget(self.legend, 1)
        tools.addWidget(tool_button(self.tr("Export PNG…"), self.tr("Export the chart as a picture"),
                                     lambda: self._ask_and_export("png")))
        tools.addWidget(tool_button(self.tr("Export SVG…"), self.tr("Export the chart as a drawing"),
                                     lambda: self._ask_and_export("svg")))
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)

    # --- drawing ---------------------------------------------------------------------
    def refresh(self, dossier: Dossier, account_id: uuid.UUID) -> None:
        self.account_id = account_id
        contacts = [c for c in dossier.sections["contact"] if c["left_on"] is None]
        team = dossier.sections["team_member"]
        selected = [c.person.person_id for c in self.cards.values() if c.isSelected()]
        self.scene.clear()
        self.cards = {}
        layout = org_layout([(c["id"], c["reports_to_id"]) for c in contacts])
        by_id = {c["id"]: c for c in contacts}
        for contact_id, slot in layout.slots.items():
            self._add(self._contact(by_id[contact_id]),
                      QPointF(slot.column * (CARD_W + GAP_X), slot.row * (CARD_H + GAP_Y)))
        for boss, report in layout.links:
            self._draw_report_line(self.cards[boss], self.cards[report])
        chart_width = max(layout.columns * (CARD_W + GAP_X) - GAP_X, CARD_W)
        if layout.loose:
            chart_width = self._place_loose([by_id[c] for c in layout.loose],
                                            layout.rows * (CARD_H + GAP_Y), chart_width)
        self._place_team(team, contacts, chart_width + TEAM_GAP)
        self._show_message(contacts, layout)
        rect = self.scene.itemsBoundingRect().adjusted(-16, -16, 16, 16)
        self.scene.setSceneRect(rect)
        for person_id in selected:
            if person_id in self.cards:
                self.cards[person_id].setSelected(True)
        if self.view.fitting:
            self.view.fit()

    def _contact(self, contact: Row) -> Person:
        return Person(contact["id"], contact["name"], contact["position"] or "",
                      contact["role"], contact["stance"])

    def _add(self, person: Person, at: QPointF) -> OrgCard:
        card = OrgCard(person)
        card.setPos(at)
        card.opened.connect(self._open)
        self.scene.addItem(card)
        self.cards[person.person_id] = card
        return card

    def _heading(self, text: str, at: QPointF) -> None:
        heading = QGraphicsSimpleTextItem(text)
        font = QFont(self.scene.font())
        font.setBold(True)
        heading.setFont(font)
        heading.setBrush(self.scene.palette().color(QPalette.ColorRole.Text))
        heading.setPos(at - QPointF(0, QFontMetricsF(font).height() + 6))
        self.scene.addItem(heading)

    def _place_loose(self, people: list[Row], top: float, width: float) -> float:
        """The people in no tree, in a grid below the trees. Returns the chart's width."""
        per_row = max(int((width + GAP_X) // (CARD_W + GAP_X)), 3)
        top += 24 if top else 28
        self._heading(self.tr("Not yet placed in the structure"), QPointF(0, top))
        for index, contact in enumerate(people):
            row, column = divmod(index, per_row)
            self._add(self._contact(contact), QPointF(column * (CARD_W + GAP_X),
                                                      top + row * (CARD_H + GAP_X)))
        return max(width, min(per_row, len(people)) * (CARD_W + GAP_X) - GAP_X)

    def _place_team(self, team: list[Row], contacts: list[Row], left: float) -> None:
        if not team:
            return
        self._heading(self.tr("Our team"), QPointF(left, 0))
        for index, member in enumerate(team):
            detail = " · ".join(filter(None, [name_of(member["level"]),
                                              member["department"]]))
            self._add(Person(member["id"], member["name"], detail),
                      QPointF(left, index * (CARD_H + GAP_X)))
        lines = mirror_lines(contacts, team)
        lanes: dict[float, int] = {}  # lines running under the same row share its gap
        track = (TEAM_GAP - 40) / max(len(lines), 1)
        for index, (member_id, contact_id, top_to_top) in enumerate(lines):
            target = self.cards[contact_id]
            lane = lanes[target.y()] = lanes.get(target.y(), -1) + 1
            self._draw_mirror_line(self.cards[member_id], target, top_to_top,
                                   left - 20 - index * min(track, 10), lane % 3)

    def _line(self, path: QPainterPath, width: float, style: Qt.PenStyle) -> QGraphicsPathItem:
        colour = self.scene.palette().color(QPalette.ColorRole.PlaceholderText)
        pen = QPen(colour, width, style)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        item = self.scene.addPath(path, pen)
        item.setZValue(1)
        return item

    def _draw_report_line(self, boss: OrgCard, report: OrgCard) -> None:
        start, end = boss.bottom(), report.top()
        middle = (start.y() + end.y()) / 2
        path = QPainterPath(start)
        path.lineTo(start.x(), middle)
        path.lineTo(end.x(), middle)
        path.lineTo(end)
        item = self._line(path, 1.4, Qt.PenStyle.SolidLine)
        boss.lines.append(item)
        report.lines.append(item)

    def _draw_mirror_line(self, ours: OrgCard, theirs: OrgCard, top_to_top: bool,
                          corridor: float, lane: int) -> None:
        """Route the line around the cards: left from our card to its own track in the
        corridor beside the chart, down or up it, along the gap under the contact's row
        (``lane`` keeps lines under the same row apart) and up into the card."""
        start, end = ours.left(), theirs.pos() + QPointF(CARD_W - 18 - 8 * lane, CARD_H)
        channel = end.y() + 7 + 5 * lane
        path = QPainterPath(start)
        for point in (QPointF(corridor, start.y()), QPointF(corridor, channel),
                      QPointF(end.x(), channel), end):
            path.lineTo(point)
        item = self._line(path, 2.6 if top_to_top else 1.2,
                          Qt.PenStyle.SolidLine if top_to_top else Qt.PenStyle.DashLine)
        ours.lines.append(item)
        theirs.lines.append(item)

    def _show_message(self, contacts: list[Row], layout) -> None:
        if not contacts:
            text = self.tr("No contacts yet: add the client's people in Contacts.")
        elif not layout.links:
            text = self.tr("Nobody's manager is known yet: set \u201cReports to\u201d in Contacts "
                           "to build the chart.")
        else:
            text = ""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- actions ---------------------------------------------------------------------
    def select(self, record_id: uuid.UUID) -> None:
        card = self.cards.get(record_id)
        if card is not None:
            self.scene.clearSelection()
            card.setSelected(True)
            self.view.ensureVisible(card)

    def _open(self, card: OrgCard) -> None:
        if card.person.ours:
            self.context.open_requested.emit(self.account_id, "team", card.person.person_id)
        else:
            self.context.open_requested.emit(self.account_id, "contacts", card.person.person_id)

    def export_png(self, path: str) -> None:
        scene_export.export_png(self.scene, path)

    def export_svg(self, path: str) -> None:
        scene_export.export_svg(self.scene, path, self.tr("Org chart"))

    def _ask_and_export(self, kind: str) -> None:
        try:
            scene_export.ask_and_export(self, self.scene, kind, self.tr("Export the org chart"),
                                        "org-chart")
        except OSError as error:
            self.message.setText(self.tr("Could not write {path}").format(path=error.args[0]))
            self.message.setVisible(True)
