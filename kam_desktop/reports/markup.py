"""The one way user text enters a report.

ReportLab paragraphs parse their text as markup: an unescaped ``<img src=…>`` would
be fetched, ``</para>`` would break the paragraph. Every piece of text that comes from
the database goes through :func:`para`, which escapes it, so it prints literally.
"""
from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph


def para(text: object, style: ParagraphStyle, *, bold: bool = False) -> Paragraph:
    """A paragraph showing ``text`` literally; line breaks in it are kept."""
    body = escape("" if text is None else str(text)).replace("\n", "<br/>")
    return Paragraph(f"<b>{body}</b>" if bold else body, style)
