"""The role map's colours, shared with the org chart: a stance's colour for the palette
in use (light or dark) and the tint of each role's quadrant."""
from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from kam_desktop.domain.enums import Role, Stance

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
