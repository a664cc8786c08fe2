"""The one way user text enters a report.

ReportLab paragraphs parse their text as markup: an unescaped ``<img src=…>`` would
be fetched, ``</para>`` would break the paragraph. Every piece of text that comes from
the database goes through :func:`para`, which escapes it, so it prints literally.
(Table cells given as plain ``str`` are never parsed, so they need no escaping.)

Most text has nothing the parser would act on (no ``&``, ``<``, ``>`` or line break):
such a paragraph is given the very fragment the parser would make, and the parse
(a third of a paragraph's cost, in a dossier of 1,500 of them) is skipped.
"""
from __future__ import annotations

from weakref import WeakKeyDictionary
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getAscentDescent
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paraparser import ParaFrag

from kam_desktop.reports.fonts import text_width

#: the characters that make the parser split a text into several fragments
_MARKUP = frozenset("&<>\n")
#: per style, the fragment the parser makes of a plain and of a bold text
_FRAGMENTS: WeakKeyDictionary[ParagraphStyle, dict[bool, ParaFrag]] = WeakKeyDictionary()


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

    def breakLines(self, width):  # noqa: N802
        return self._plain_lines(width) or super().breakLines(width)

    def _plain_lines(self, width):
        """What ReportLab's breakLines gives a text of one face (most table cells), by
        its own rule and sums: words fill a line while they fit (the spaces may shrink
        by the style's spaceShrinkage). Each word's width is remembered (text_width),
        where ReportLab measures every word anew. None for any other paragraph, and
        where a word is wider than its line: ReportLab breaks those."""
        style, frags = self.style, self.frags
        if len(frags) != 1 or not hasattr(frags[0], "text") or self.bulletText \
                or style.wordWrap or style.endDots or style.shaping \
                or style.hyphenationLang or style.uriWasteReduce \
                or style.embeddedHyphenation \
                or hasattr(frags[0], "cbDefn") or hasattr(frags[0], "backColor"):
            return None
        frag = frags[0]
        words = frag.text.split()
        if not words or "\xa0" in frag.text or "\xad" in frag.text:
            return None  # nothing to show, or blanks and hyphens ReportLab treats apart
        font, size = frag.fontName, frag.fontSize
        rooms = list(width) if isinstance(width, (list, tuple)) else [width]
        space = text_width(" ", font, size)
        shrink = style.spaceShrinkage * space
        lines, line, used, room, widest = [], [], -space, rooms[0], 0
        for word in words:
            measured = text_width(word, font, size)
            if measured > rooms[min(len(lines), len(rooms) - 1)]:
                return None
            wider = used + space + measured
            if wider > room + shrink * len(line) and line:
                widest = max(widest, used)
                lines.append((room - used, line))
                line, used = [word], measured
                room = rooms[min(len(lines), len(rooms) - 1)]
            else:
                line.append(word)
                used = wider
        widest = max(widest, used)
        lines.append((room - used, line))
        self.height = self._splitLongWordCount = self._hyphenations = 0
        self._width_max = widest
        ascent, descent = getAscentDescent(font, size)
        return frag.clone(kind=0, lines=lines, ascent=ascent, descent=descent, fontSize=size)


def _fragment(style: ParagraphStyle, bold: bool) -> ParaFrag:
    made = _FRAGMENTS.setdefault(style, {})
    if bold not in made:
        made[bold] = Paragraph("<b>x</b>" if bold else "x", style).frags[0]
    return made[bold]


def para(text: object, style: ParagraphStyle, *, bold: bool = False) -> Paragraph:
    """A paragraph showing ``text`` literally; line breaks in it are kept."""
    text = "" if text is None else str(text)
    body = escape(text).replace("\n", "<br/>")
    markup = f"<b>{body}</b>" if bold else body
    if not _MARKUP.isdisjoint(text):
        return _Paragraph(markup, style)
    # the parser reads the markup as ReportLab cleans it: blanks run together
    plain = cleanBlockQuotedText(text)
    cleaned = cleanBlockQuotedText(markup) if bold else plain
    if not plain or cleaned != (f"<b>{plain}</b>" if bold else plain):
        return _Paragraph(markup, style)  # empty, or blanks just inside the <b>
    frags = [_fragment(style, bold).clone(text=plain)]
    textTransformFrags(frags, style)
    return _Paragraph(cleaned, style, frags=frags)
