"""The DejaVu Sans family, registered once with ReportLab so that every report embeds a
TrueType font with full Cyrillic (the built-in PDF fonts have none)."""
from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kam_desktop.resources import RESOURCES

FONTS = RESOURCES / "fonts"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"


def font_file(name: str) -> Path:
    return FONTS / f"{name}.ttf"


@cache
def register_fonts() -> str:
    """Register the family (idempotent) and return its name for styles."""
    for name in (REGULAR, BOLD, ITALIC, BOLD_ITALIC):
        pdfmetrics.registerFont(TTFont(name, str(font_file(name))))
    # <b> and <i> inside paragraphs pick the right face through these mappings
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)
    return REGULAR
