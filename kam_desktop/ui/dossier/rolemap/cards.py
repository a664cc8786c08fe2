"""A contact's card on the role map, and where scores sit on the map.

A card sits where the contact's scores put it, moved aside (``offset``) only when it
would cover another card or the axes' titles; then a line runs from the card to a dot
at the contact's point. Dragging it keeps it on the scale; the role written on the card
follows the card while it moves. Everything is drawn from the scene's palette, so the
card reads in dark mode and exports as it looks.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject

from kam_desktop.domain.maplabels import Rect

from kam_desktop.domain.enums import Role, Stance
from kam_desktop.domain.roles import SCALE_MAX, SCALE_MIN, role_for
from kam_desktop.ui.dossier.rolemap.colours import SYMBOL, is_dark, stance_colour
from kam_desktop.ui.labels import mirrors_text, name_of

UNIT = 70.0  # scene pixels per point of a score
SIDE = (SCALE_MAX - SCALE_MIN) * UNIT
CARD_W, CARD_H, CARD_GAP = 224.0, 64.0, 6.0


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
    #: our people mirroring the contact (domain.rolemap.Mirror), executives first
    mirrored_by: tuple
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
        #: the line to the contact's point; the scene shows it beneath every card
        self.leader = Leader(self)

    def scores(self) -> tuple[float, float]:
        return to_scores(self.pos() - self.offset)

    def role(self) -> Role:
        return role_for(*self.scores())

    def place(self, data: CardData, exact: QPointF, shown: QPointF) -> None:
        self.data = data
        self.offset = shown - exact
        self.setPos(shown)
        self.leader.follow(self.offset)
        interest, involvement = self.scores()
        self.setToolTip("\n".join(filter(None, [
            data.name, data.position,
            f"{name_of(self.role())} · {name_of(data.stance)}",
            QCoreApplication.translate("RoleMapPage", "Interest {interest}, involvement "
                                       "{involvement}").format(interest=interest,
                                                               involvement=involvement),
            QCoreApplication.translate("RoleMapPage", "Mirrored by: {names}").format(
                names=mirrors_text(data.mirrored_by) or "—"),
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
        mirrors = self.data.mirrored_by
        mirror = (f"\u2194 {initials(mirrors[0].name)}" if mirrors else "\u2194 ?") + (
            f" +{len(mirrors) - 1}" if len(mirrors) > 1 else "")
        right = f"{mirror} · {self.days_text()}"
        painter.setPen(text)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignRight, right)
        painter.setFont(bold)
        room = width - QFontMetricsF(font).horizontalAdvance(right) - 6
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft,
                         QFontMetricsF(bold).elidedText(name_of(self.role()),
                                                        Qt.TextElideMode.ElideRight, room))

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange:
            exact = value - self.offset
            low, high = SCALE_MIN * UNIT, SCALE_MAX * UNIT
            exact = QPointF(min(max(exact.x(), low), high), min(max(exact.y(), low), high))
            return exact + self.offset
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            self.leader.setPos(self.pos())
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




class Leader(QGraphicsItem):
    """The line from a card moved aside to the dot at its contact's point. It stands
    where its card stands (so it follows a drag) but beneath every card: a line to a
    card further off never runs over a nearer one."""

    DOT = 4.0

    def __init__(self, card: ContactCard) -> None:
        super().__init__()
        self.card = card
        self.setZValue(0.5)
        self.point = QPointF()
        self.start = QPointF()

    def follow(self, offset: QPointF) -> None:
        """Point at ``-offset`` from the card's centre (hidden when it is zero)."""
        self.prepareGeometryChange()
        self.setPos(self.card.pos())
        self.point = -offset
        card = Rect.around(0, 0, CARD_W, CARD_H)
        self.start = QPointF(*card.nearest(self.point.x(), self.point.y()))
        self.setVisible(not offset.isNull())

    def boundingRect(self) -> QRectF:
        return QRectF(self.start, self.point).normalized().adjusted(
            -self.DOT - 1, -self.DOT - 1, self.DOT + 1, self.DOT + 1)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        palette = self.scene().palette()
        colour = palette.color(QPalette.ColorRole.Text)
        colour.setAlpha(140)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour, 1))
        painter.drawLine(self.start, self.point)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(stance_colour(self.card.data.stance, palette))
        painter.drawEllipse(self.point, self.DOT, self.DOT)
