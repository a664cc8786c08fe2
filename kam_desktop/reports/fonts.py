"""The DejaVu Sans family, registered once with ReportLab so that every report embeds a
TrueType font with full Cyrillic (the built-in PDF fonts have none).

The charts come from matplotlib as SVG naming the family "DejaVu Sans"; svglib is told
that this family is these very fonts, so a chart's words are set in the fonts the
report embeds anyway (and svglib never looks for a font of the system's)."""
from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont

from kam_desktop.resources import RESOURCES

FONTS = RESOURCES / "fonts"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
#: the family's name in matplotlib's SVG, and the weight it writes for each face
SVG_FAMILY = "DejaVu Sans"
SVG_WEIGHTS = {REGULAR: "normal", BOLD: "700"}


def font_file(name: str) -> Path:
    return FONTS / f"{name}.ttf"


@cache
def register_fonts() -> str:
    """Register the family (idempotent) and return its name for styles."""
    from svglib.fonts import register_font as register_svg_font

    for name, weight in SVG_WEIGHTS.items():  # this registers the font with ReportLab too
        register_svg_font(SVG_FAMILY, str(font_file(name)), weight=weight, rlgFontName=name)
    for name in (ITALIC, BOLD_ITALIC):
        pdfmetrics.registerFont(TTFont(name, str(font_file(name))))
    # <b> and <i> inside paragraphs pick the right face through these mappings
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)
    return REGULAR


@lru_cache(maxsize=1 << 16)
def text_width(text: str, font: str, size: float) -> float:
    """``stringWidth``, remembered: tables measure the same words (categories, dates,
    "—") many times, a column's widths are measured again to fit it, and paragraphs
    are broken into lines by the widths of words that recur in every report."""
    return stringWidth(text, font, size)
