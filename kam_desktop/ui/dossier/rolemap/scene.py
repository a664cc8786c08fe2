"""The role map's scene: the four quadrants drawn behind the cards, the cards placed
where the contacts' scores put them (moved apart where they would overlap, with a line
back to their point; domain.maplabels), and the view whose arrow keys move the
selected card."""
from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from kam_desktop.domain.enums import Role
from kam_desktop.domain.roles import HIGH_THRESHOLD
from kam_desktop.domain.maplabels import Label, Rect, place_labels, stack_in_rows
from kam_desktop.services.dossier import Row
from kam_desktop.ui.dossier.rolemap.cards import (
    CARD_GAP, CARD_H, CARD_W, SIDE, UNIT, CardData, ContactCard, to_scene,
)
from kam_desktop.ui.dossier.rolemap.colours import QUADRANT_TINTS, is_dark
from kam_desktop.ui.dossier.scene import ZoomView
from kam_desktop.ui.labels import name_of

KEY_STEP = 0.5
#: where the axes' titles are written: the cards keep clear of them and of the scale's
#: numbers, so a card never stands left of the map or below it
INVOLVEMENT_TITLE = QRectF(0, SIDE + 22, SIDE, 22)
INTEREST_TITLE = QRectF(-64, 0, 22, SIDE)


class MapScene(QGraphicsScene):
    """The 2×2 grid with its labels, drawn behind the cards in the current palette;
    ``cards`` holds a card per contact on the map, by contact id."""

    card_moved = Signal(object)  # the card, while it is being dragged
    card_released = Signal(object)  # the card, after a drag that moved it

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cards: dict[uuid.UUID, ContactCard] = {}

    def place(self, contacts: list[Row], days: dict[uuid.UUID, int]) -> None:
        """Show exactly these contacts, each where its scores put it unless its card
        would cover another card or the axes (card_spots); ``days`` since each was
        last met."""
        for gone in set(self.cards) - {c["id"] for c in contacts}:
            card = self.cards.pop(gone)
            self.removeItem(card.leader)
            self.removeItem(card)
        exact = [to_scene(c["interest"], c["involvement"]) for c in contacts]
        for contact, point, spot in zip(contacts, exact, card_spots(exact)):
            data = _card_data(contact, days)
            card = self.cards.get(contact["id"])
            if card is None:
                card = self.cards[contact["id"]] = ContactCard(data)
                card.moved.connect(self.card_moved)
                card.released.connect(self.card_released)
                self.addItem(card)
                self.addItem(card.leader)
            card.place(data, point, QPointF(*spot.rect.centre))
        area = QRectF(-60, -10, SIDE + 75, SIDE + 60)
        self.setSceneRect(area.united(self.itemsBoundingRect()).adjusted(-8, -8, 8, 8))

    def selected_card(self) -> ContactCard | None:
        cards = [i for i in self.selectedItems() if isinstance(i, ContactCard)]
        return cards[0] if cards else None

    def fade_cards(self, faded: bool) -> None:
        """Fade the cards behind a comparison's arrows, or show them fully again."""
        for card in self.cards.values():
            card.setOpacity(0.45 if faded else 1.0)
            card.leader.setOpacity(0.45 if faded else 1.0)

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
            painter.drawText(area.adjusted(10, 6, -10, -6), align, name_of(role))

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
        painter.drawText(INVOLVEMENT_TITLE, Qt.AlignmentFlag.AlignCenter,
                         QCoreApplication.translate("RoleMapPage", "Involvement in the decision →"))
        painter.save()
        painter.translate(INTEREST_TITLE.center())
        painter.rotate(-90)  # written upwards, in a box as tall as the title's is wide
        painter.drawText(QRectF(-SIDE / 2, -INTEREST_TITLE.width() / 2, SIDE,
                                INTEREST_TITLE.width()), Qt.AlignmentFlag.AlignCenter,
                         QCoreApplication.translate("RoleMapPage", "Interest in the purchase →"))
        painter.restore()


#: how far the map grows (in its own sizes) before the cards go in rows beside it
MOST_ROOM = 4


def card_spots(points: list[QPointF]) -> list[Label]:
    """Where the cards of people at ``points`` go: each as near its point as the
    cards placed before it allow, never over another card, never left of the map or
    below it (where the scale and the axes' titles are written). Above and to the right
    the map has room to spare, grown until every card finds a spot."""
    anchors = [(p.x(), p.y()) for p in points]
    size = (CARD_W + CARD_GAP, CARD_H + CARD_GAP)
    room = 1.0
    while room <= MOST_ROOM:
        area = Rect(0, -room * SIDE / 2, SIDE + room * CARD_W * 1.5, SIDE)
        spots = place_labels(anchors, [size] * len(anchors), area)
        if spots is not None:
            return spots
        room *= 2
    # a crowd (a whole group's people) the search cannot seat: in rows beside the map,
    # each with its line to its point
    return stack_in_rows(anchors, [size] * len(anchors),
                         Rect(SIDE + CARD_GAP * 4, 0, SIDE + 4 * size[0], SIDE))


def _card_data(contact: Row, days: dict[uuid.UUID, int]) -> CardData:
    return CardData(contact["id"], contact["name"], contact["position"] or "",
                    contact["stance"], contact["mirrored_by"],
                    days.get(contact["id"]))


class MapView(ZoomView):
    """A zoomable map whose arrow keys ask to move the selected card."""

    step = Signal(object, float, float)  # card, interest change, involvement change

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)

    def keyPressEvent(self, event) -> None:
        moves = {Qt.Key.Key_Up: (KEY_STEP, 0.0), Qt.Key.Key_Down: (-KEY_STEP, 0.0),
                 Qt.Key.Key_Right: (0.0, KEY_STEP), Qt.Key.Key_Left: (0.0, -KEY_STEP)}
        card = self.scene().selected_card()
        if event.key() in moves and card is not None:
            self.step.emit(card, *moves[event.key()])
        else:
            super().keyPressEvent(event)
