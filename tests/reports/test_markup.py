"""The one escaping helper."""
from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle

from kam_desktop.reports.markup import para


def test_markup_is_shown_not_obeyed():
    paragraph = para('<b>&</para><img src="http://x">', ParagraphStyle("p"))
    assert paragraph.getPlainText() == '<b>&</para><img src="http://x">'


def test_line_breaks_and_none():
    assert "<br/>" in para("a\nb", ParagraphStyle("p")).text
    assert para(None, ParagraphStyle("p")).getPlainText() == ""
