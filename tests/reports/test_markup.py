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


TEXTS = ["Автоматизация заказов через EDI № 229", "  двойные   пробелы\tи табуляция  ",
         "цены\xa0в ₽ — «кавычки» 'и' \"ещё\"", "$x^2$", "a", " ", "", "x" * 300,
         "AT&T", "<b>", "строка\nвторая", "конец пробелом ", "\u200bневидимый"]


def test_a_plain_text_makes_the_paragraph_the_parser_would():
    """A text with nothing to parse skips the parser: its paragraph is the one the
    parser makes, fragment for fragment, so it breaks and draws the same."""
    from xml.sax.saxutils import escape

    from reportlab.platypus import Paragraph

    from kam_desktop.reports.layout import make_styles

    for style in make_styles().values():
        for text in TEXTS:
            for bold in (False, True):
                body = escape(text).replace("\n", "<br/>")
                parsed = Paragraph(f"<b>{body}</b>" if bold else body, style)
                ours = para(text, style, bold=bold)
                assert ours.text == parsed.text
                assert [f.__dict__ for f in ours.frags] == [f.__dict__ for f in parsed.frags]
                assert ours.wrap(200, 1000) == parsed.wrap(200, 1000)
