"""Who the reports are from, as set in Preferences: our company, its logo and the user.

A logo may be PNG, JPEG or SVG; the reports take PNG, so it is handed to them as one
(an SVG drawn here by Qt SVG at a size that prints sharply on a cover).
"""
from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPainter
from PySide6.QtSvg import QSvgRenderer

from kam_desktop.domain.issuer import Issuer
from kam_desktop.services.reports.issuer import make_issuer
from kam_desktop.ui import settings

#: the height an SVG logo is drawn at: 28 mm on the cover at about 300 dpi
SVG_HEIGHT = 330


def logo_picture(path: str) -> QImage | None:
    """The logo at ``path`` as a picture, or None when it is not a PNG, JPEG or SVG
    picture that loads."""
    if path.lower().endswith(".svg"):
        renderer = QSvgRenderer(path)
        size = renderer.defaultSize()
        if not renderer.isValid() or size.isEmpty():
            return None
        width = max(1, round(SVG_HEIGHT * size.width() / size.height()))
        picture = QImage(QSize(width, SVG_HEIGHT), QImage.Format.Format_ARGB32)
        picture.fill(Qt.GlobalColor.transparent)
        painter = QPainter(picture)
        renderer.render(painter)
        painter.end()
        return picture
    reader = QImageReader(path)
    if bytes(reader.format()).decode() not in ("png", "jpeg"):
        return None
    picture = reader.read()
    return None if picture.isNull() else picture


def png_bytes(picture: QImage) -> bytes:
    content = QByteArray()
    buffer = QBuffer(content)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(buffer, "PNG")
    return bytes(content.data())


def current_issuer() -> Issuer:
    """The issuer of the reports from Preferences; a logo that no longer loads (moved,
    deleted) is left out rather than stopping the report."""
    path = settings.value("company_logo")
    picture = logo_picture(path) if path else None
    return make_issuer(company=settings.value("company_name"),
                       logo=None if picture is None else png_bytes(picture),
                       name=settings.value("user_name"),
                       position=settings.value("user_position"),
                       phone=settings.value("user_phone"), email=settings.value("user_email"))
