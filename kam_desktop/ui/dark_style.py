"""The dark mode's style: loaded only when the system is in dark mode (ui.app)."""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle


class OutlinedChecks(QProxyStyle):
    """Fusion, with check boxes that show their frame on a dark background too (Fusion
    frames them in a shade of the window colour, invisible on a dark list)."""

    CHECKS = (QStyle.PrimitiveElement.PE_IndicatorCheckBox,
              QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
              QStyle.PrimitiveElement.PE_IndicatorRadioButton)

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        palette = option.palette
        if element in self.CHECKS and palette.color(QPalette.ColorRole.Base).lightness() < 128:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.PlaceholderText), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            frame = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5)
            if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
                painter.drawEllipse(frame)
            else:
                painter.drawRoundedRect(frame, 2, 2)
            painter.restore()
