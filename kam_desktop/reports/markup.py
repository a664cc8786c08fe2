"""The one way user text enters a report.

ReportLab paragraphs parse their text as markup: an unescaped ``<img src=…>`` would
be fetched, ``</para>`` would break the paragraph. Every piece of text that comes from
the database goes through :func:`para`, which escapes it, so it prints literally.
(Table cells given as plain ``str`` are never parsed, so they need no escaping.)
"""
from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph


class _Paragraph(Paragraph):
    """A paragraph that breaks its lines once per width. A table measures each cell
    paragraph when it lays out, again when it splits across pages and again when it
    draws, always at the column's width; the lines come out the same every time."""

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        # a split that finds no room drops the lines (blPara): break them again then
        if self._wrapped is None or self._wrapped[0] != availWidth \
                or not hasattr(self, "blPara"):
            self._wrapped = availWidth, super().wrap(availWidth, availHeight)
        return self._wrapped[1]


def para(text: object, style: ParagraphStyle, *, bold: bool = False) -> Paragraph:
    """A paragraph showing ``text`` literally; line breaks in it are kept."""
    body = escape("" if text is None else str(text)).replace("\n", "<br/>")
    return _Paragraph(f"<b>{body}</b>" if bold else body, style)

