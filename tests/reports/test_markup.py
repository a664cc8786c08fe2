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



def test_a_text_breaks_into_the_lines_reportlab_makes():
    """A text of one face is broken with its words' widths remembered: the lines, the
    room left on each and the height are ReportLab's own, in every style, at widths
    from a word's to a page's."""
    from reportlab.platypus import Paragraph

    from kam_desktop.reports.layout import cell_style, make_styles

    styles = [*make_styles().values(), cell_style(8, True, "R"), cell_style(8, False, "C")]
    words = "Автоматизация заказов через EDI № 229 · Логистика, Склад".split()
    texts = [" ".join(words[:n]) for n in range(1, len(words) + 1)] + TEXTS + [
        "Клиент подтвердил эффект письмом финансового директора; расчёт экономии "
        "согласован с отделом контроллинга и включён в годовой отчёт.",
        "Снижение брака на 12 % за квартал по данным отдела качества клиента. " * 6,
        "слово " * 80 + "сверхдлинноесловокотороенепомещаетсявстроку" * 3]
    fitted = 0
    for style in styles:
        for text in texts:
            for width in (30, 80, 120, 160, 200, 260, 400):
                ours, theirs = para(text, style), Paragraph(para(text, style).text, style)
                fitted += ours._plain_lines([width, width]) is not None
                assert ours.wrap(width, 1000) == theirs.wrap(width, 1000)
                mine, reportlab = dict(vars(ours.blPara)), dict(vars(theirs.blPara))
                lines, expected = mine.pop("lines"), reportlab.pop("lines")
                assert mine == reportlab
                if lines and isinstance(lines[0], tuple):  # a text of one face
                    assert [line[1] for line in lines] == [line[1] for line in expected]
                    assert [line[0] for line in lines] == [line[0] for line in expected]
                else:
                    assert repr(lines) == repr(expected)
    assert fitted > 100


def test_a_paragraph_splits_across_pages_as_reportlab_splits_it():
    from reportlab.platypus import Paragraph

    from kam_desktop.reports.layout import make_styles

    style = make_styles()["cell"]
    text = ("Клиент подтвердил эффект письмом финансового директора; расчёт экономии "
            "согласован с отделом контроллинга и включён в годовой отчёт.")
    for bold in (False, True):
        ours = para(text, style, bold=bold)
        theirs = Paragraph(ours.text, style)
        for height in (10, 20, 35):
            mine, reportlab = ours.split(150, height), theirs.split(150, height)
            assert [p.wrap(150, 1000) for p in mine] == [p.wrap(150, 1000) for p in reportlab]
            assert [p.blPara.lines for p in mine] == [p.blPara.lines for p in reportlab]
