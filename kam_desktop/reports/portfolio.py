"""The portfolio report: the whole portfolio (or a filtered part) for internal use.

Its pages: a cover, a summary (totals, accounts by ABC class and by category), the ABC
(Pareto) curve and the potential-versus-share-of-wallet bubbles, the supplier-ladder
distribution and the value delivered by kind of work, and a table of every account.
The table is built from plain strings (a name or owner too long for its column
becomes a wrapping paragraph), so 5,000 accounts lay out in seconds.
"""
from __future__ import annotations

from collections import Counter
from decimal import Decimal
from pathlib import Path

from reportlab.lib.units import inch, mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from kam_desktop.domain import glossary
from kam_desktop.domain.abc import A_SHARE, B_SHARE, AbcClass
from kam_desktop.domain.enums import Category, LadderLevel
from kam_desktop.domain.issuer import Issuer
from kam_desktop.reports import bars, charts
from kam_desktop.reports.fonts import BOLD, REGULAR, text_width
from kam_desktop.reports.format import Formatter
from kam_desktop.reports.layout import (
    ACCENT,
    CELL_PADDING,
    CONTENT_WIDTH,
    RULE,
    STRIPE,
    Chart,
    data_table,
    grid,
    heading,
    make_styles,
    write_pdf,
)
from kam_desktop.reports.markup import para
from kam_desktop.reports.internal_texts import author_line, internal_texts

CHART_WIDTH_IN = CONTENT_WIDTH / inch
TABLE_FONT_SIZE = 7
#: an owner's name longer than this wraps (the account's name gets the rest)
OWNER_MAX = 30 * mm
#: the width below which the account names would wrap too often: the category and
#: stage then wrap between words instead
NAME_MIN = 40 * mm


def build_portfolio_report(data, language: str, path: Path,
                           issuer: Issuer = Issuer()) -> None:
    """Write the report of ``data`` (a services.reports.portfolio.PortfolioData) in
    ``language`` to ``path``, replacing it only once the whole file is written.
    ``issuer`` names its author."""
    words = internal_texts(language)
    page = _Report(data, language, issuer)
    story = page.cover() + [PageBreak()] + page.summary()
    if data.accounts:
        story += [PageBreak()] + page.concentration()
        story += [PageBreak()] + page.ladder_and_value()
        story += [PageBreak()] + page.table()
    write_pdf(path, story, title=words["portfolio.title"], client=words["internal"],
              footer=words["page"], language=language,
              subject=words["portfolio.subtitle"], notice=words["internal"],
              author=issuer.author(), signature=author_line(words, issuer))


def reach(revenues: list[Decimal], share: Decimal) -> int:
    """How many of the largest accounts it takes to reach ``share`` of the revenue
    (the account that reaches or crosses it counts, as in the ABC classes)."""
    ordered = sorted((r for r in revenues if r > 0), reverse=True)
    total, running = sum(ordered, Decimal(0)), Decimal(0)
    for number, revenue in enumerate(ordered, start=1):
        running += revenue
        if running >= share * total:
            return number
    return len(ordered)


class _Report:
    def __init__(self, data, language: str, issuer: Issuer) -> None:
        self.data = data
        self.issuer = issuer
        self.language = language
        self.words = internal_texts(language)
        self.fmt = Formatter(language, data.currency, 0)
        self.styles = make_styles()
        #: the accounts whose money could be brought to the report's currency: the basis
        #: of totals and charts
        self.counted = [a for a in data.accounts if a.compared]

    def cell(self, text: object, style: str = "cell") -> Flowable:
        return para(text, self.styles[style])

    def name(self, value) -> str:
        return glossary.name(self.language, value)

    def money(self, amount: Decimal | None, currency: str) -> str:
        """An amount for the accounts table: the currency is in the column's header,
        so only an account billed in another currency names its own."""
        if amount is None:
            return self.words["none"]
        if currency == self.data.currency:
            return self.fmt.number(amount)
        return f"{self.fmt.number(amount)} {currency}"

    def scale(self, peak: float) -> tuple[float, str]:
        key = "unit.million" if peak >= 2e6 else "unit.thousand"
        return (1e6 if peak >= 2e6 else 1e3), \
            self.words[key].format(currency=self.fmt.currency_label)

    def image(self, drawing) -> Chart:
        return Chart(drawing, CONTENT_WIDTH)

    # --- sections --------------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        data, words, styles, fmt = self.data, self.words, self.styles, self.fmt
        selection = []
        if data.categories is not None:
            selection.append(", ".join(self.name(c) for c in data.categories))
        if data.owners is not None:
            selection.append(", ".join(data.owners))
        facts = [(words["portfolio.accounts"], fmt.number(len(data.accounts))),
                 (words["portfolio.filter"], "; ".join(selection)
                  or words["portfolio.filter.all"]),
                 (words["cover.date"], fmt.date(data.generated_on))]
        if self.issuer.person():
            facts.append((words["cover.author"], self.issuer.person()))
        table = grid([[self.cell(label, "muted"), para(value, styles["body"], bold=True)]
                      for label, value in facts], [45 * mm, CONTENT_WIDTH - 45 * mm], [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ])
        basis = words["portfolio.basis"].format(year=data.revenue_year,
                                                this_year=data.generated_on.year,
                                                date=fmt.date(data.generated_on))
        return [Spacer(0, 55 * mm), para(words["portfolio.title"], styles["title"]),
                para(words["portfolio.subtitle"], styles["subtitle"]), table,
                Spacer(0, 14 * mm), para(basis, styles["body"])]

    def summary(self) -> list[Flowable]:
        data, words, styles, fmt = self.data, self.words, self.styles, self.fmt
        story: list[Flowable] = [heading(words["summary.title"], styles["h1"])]
        if not data.accounts:
            return story + [para(words["portfolio.empty"], styles["body"])]
        counted = self.counted
        revenue = sum((a.revenue_main or Decimal(0) for a in counted), Decimal(0))
        known = [a for a in counted if a.share_of_wallet is not None]
        potential = sum((a.potential_main for a in known), Decimal(0))
        known_revenue = sum((a.revenue_main for a in known), Decimal(0))
        value = sum((a.value_main or Decimal(0) for a in counted), Decimal(0))
        cards = [
            (words["portfolio.accounts"], fmt.number(len(data.accounts)), ""),
            (words["summary.revenue"].format(year=data.revenue_year), fmt.money(revenue), ""),
            (words["summary.share"],
             fmt.percent(known_revenue / potential) if potential else words["none"],
             words["summary.share.note"]),
            (words["summary.value"], fmt.money(value), words["summary.value.note"]),
        ]
        boxes = [[self.cell(label, "muted"), para(figure, styles["figure"]),
                  self.cell(note, "muted")] for label, figure, note in cards]
        half = CONTENT_WIDTH / 2
        story += [grid([boxes[0:2], boxes[2:4]], [half, half], [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, -1), STRIPE),
            ("LINEBEFORE", (0, 0), (-1, -1), 2, ACCENT),
            ("INNERGRID", (0, 0), (-1, -1), 4, "white"),
            ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ])]
        story += self.conversion_notes()
        story += self.breakdown("summary.abc", "col.abc", list(AbcClass),
                                lambda a: a.abc, lambda c: c.value, revenue)
        story += self.breakdown("summary.categories", "col.category", list(Category),
                                lambda a: a.category, self.name, revenue)
        return story

    def conversion_notes(self) -> list[Flowable]:
        """Which rates the totals were converted at, and the accounts left out for want
        of one."""
        data, words, fmt = self.data, self.words, self.fmt
        notes = []
        if data.rates:
            notes.append(words["portfolio.converted"].format(
                currency=data.currency, year=data.revenue_year,
                this_year=data.generated_on.year,
                rates="; ".join(f"1 {code} = {fmt.statistic(rate)} {fmt.currency_label}"
                                for code, rate in sorted(data.rates.items()))))
        notes += [words["portfolio.missing"].format(
            currency=missing.currency, period=missing.period, names=", ".join(missing.accounts))
            for missing in data.missing]
        return [para(note, self.styles["muted"]) for note in notes]

    def breakdown(self, title: str, column: str, keys: list, key_of, name_of,
                  revenue: Decimal) -> list[Flowable]:
        """Accounts, revenue, its share and value delivered per class or category."""
        words, fmt = self.words, self.fmt
        counts = Counter(key_of(a) for a in self.data.accounts)
        rows = [[words[column], words["col.accounts"], words["col.revenue"], words["col.share"],
                 words["col.value_year"]]]
        for key in keys:
            if not counts[key]:
                continue
            members = [a for a in self.counted if key_of(a) == key]
            earned = sum((a.revenue_main or Decimal(0) for a in members), Decimal(0))
            delivered = sum((a.value_main or Decimal(0) for a in members), Decimal(0))
            rows.append([name_of(key), fmt.number(counts[key]), fmt.money(earned),
                         fmt.percent(earned / revenue) if revenue else words["none"],
                         fmt.money(delivered)])
        numbers = [22 * mm, 38 * mm, 20 * mm, 38 * mm]
        return [heading(words[title], self.styles["h2"]),
                *data_table(rows, [CONTENT_WIDTH - sum(numbers), *numbers], align="LRRRR")]

    def concentration(self) -> list[Flowable]:
        data, words, styles, fmt = self.data, self.words, self.styles, self.fmt
        story: list[Flowable] = [heading(words["pareto.title"], styles["h1"])]
        revenues = [a.revenue_main for a in self.counted
                    if a.revenue_main is not None and a.revenue_main > 0]
        if revenues:
            story += [self.image(charts.pareto_chart(
                [float(r) for r in revenues], x_label=words["pareto.x"],
                y_label=words["pareto.y"], percent=lambda v: fmt.percent(v, 0),
                width_in=CHART_WIDTH_IN)), Spacer(0, 2 * mm),
                para(words["pareto.text"].format(
                    a=fmt.number(reach(revenues, A_SHARE)),
                    ab=fmt.number(reach(revenues, B_SHARE)),
                    count=fmt.number(len(revenues))), styles["body"])]
        else:
            story.append(para(words["pareto.empty"].format(year=data.revenue_year),
                              styles["body"]))
        story.append(heading(words["bubbles.title"], styles["h1"]))
        shown = [a for a in self.counted if a.share_of_wallet is not None
                 and a.revenue_main and a.revenue_main > 0]
        if not shown:
            return story + [para(words["bubbles.empty"], styles["body"])]
        divisor, unit = self.scale(max(float(a.potential_main) for a in shown))
        categories = list(Category)
        drawing = charts.bubble_chart(
            [(float(a.potential_main) / divisor, float(a.share_of_wallet) * 100,
              float(a.revenue_main), categories.index(a.category)) for a in shown],
            [self.name(c) for c in categories],
            x_label=words["bubbles.x"].format(unit=unit), y_label=words["bubbles.y"],
            x_format=self.fmt.statistic, y_format=lambda v: fmt.number(v),
            width_in=CHART_WIDTH_IN)
        return story + [self.image(drawing), Spacer(0, 2 * mm), para(words["bubbles.note"].format(
            year=data.revenue_year, count=fmt.number(len(data.accounts) - len(shown))),
            styles["muted"])]

    def ladder_and_value(self) -> list[Flowable]:
        data, words, styles, fmt = self.data, self.words, self.styles, self.fmt
        levels = Counter(a.ladder_level for a in data.accounts)
        labels = [glossary.rung(self.language, level) for level in
                  reversed(LadderLevel)] + [words["ladder.none"]]
        counts = [float(levels[level.value]) for level in reversed(LadderLevel)]
        counts.append(float(levels[None]))
        story: list[Flowable] = [heading(words["ladder.title"], styles["h1"]), self.image(
            bars.bar_chart(labels, [(words["ladder.axis"], counts, charts.BENEFIT_COLOUR)],
                             axis_format=fmt.number, axis_label=words["ladder.axis"],
                             horizontal=True, width_in=CHART_WIDTH_IN, integer=True))]
        story.append(heading(words["kinds.title"], styles["h1"]))
        if not data.value_by_kind:
            return story + [para(words["kinds.empty"], styles["body"])]
        total = sum((amount for _, amount in data.value_by_kind), Decimal(0))
        divisor, unit = self.scale(float(data.value_by_kind[0][1]))
        story.append(self.image(bars.bar_chart(
            [self.name(kind) for kind, _ in data.value_by_kind],
            [(words["chart.benefit"], [float(v) / divisor for _, v in data.value_by_kind],
              charts.BENEFIT_COLOUR)], axis_format=fmt.statistic, axis_label=unit,
            horizontal=True, width_in=CHART_WIDTH_IN)))
        rows = [[words["col.kind"], words["col.benefit"], words["col.share"]]]
        rows += [[self.name(kind), fmt.money(amount), fmt.percent(amount / total)]
                 for kind, amount in data.value_by_kind]
        closing = [words["total"], fmt.money(total), fmt.percent(1)]
        return story + [Spacer(0, 3 * mm), *data_table(
            rows, [CONTENT_WIDTH - 62 * mm, 40 * mm, 22 * mm], align="LRR", total=closing)]

    def table(self) -> list[Flowable]:
        words, fmt = self.words, self.fmt
        currency = self.fmt.currency_label
        header = [words["col.account"], words["col.category"], words["col.stage"],
                  words["col.abc"], f"{words['col.potential']}, {currency}", words["col.sow"],
                  words["col.ladder"], f"{words['col.value_year']}, {currency}",
                  words["col.owner"]]
        none = words["none"]
        rows = [[a.name, self.name(a.category), self.name(a.lifecycle),
                 a.abc.value if a.abc else none,
                 self.money(a.potential, a.currency),
                 none if a.share_of_wallet is None else fmt.percent(a.share_of_wallet),
                 none if a.ladder_level is None else str(a.ladder_level),
                 self.money(a.value_this_year, a.currency), a.owner or none]
                for a in self.data.accounts]
        # the names get what the other columns leave: headers may wrap between words,
        # figures never, owners beyond OWNER_MAX; the category, stage and owner wrap
        # between words only where the names would be left less than NAME_MIN (data_table
        # makes a paragraph of any text wider than its column)
        def longest(texts, font: str, *, words: bool) -> float:
            return max(text_width(part, font, TABLE_FONT_SIZE) for text in set(texts)
                       for part in (text.split(" ") if words else [text]))

        def widths_for(wrapping: tuple[int, ...]) -> list[float]:
            widths = [0.0] * len(header)
            for column in range(1, 9):
                widths[column] = CELL_PADDING + max(
                    longest([header[column]], BOLD, words=True),
                    longest([row[column] for row in rows], REGULAR, words=column in wrapping))
            widths[8] = min(widths[8], CELL_PADDING + OWNER_MAX)
            widths[0] = CONTENT_WIDTH - sum(widths)
            return widths

        widths = widths_for(())
        if widths[0] < NAME_MIN:
            widths = widths_for((1, 2, 8))
        return [heading(words["table.title"], self.styles["h1"]),
                para(words["table.note"].format(rungs="; ".join(
                    glossary.rung(self.language, level) for level in LadderLevel)),
                    self.styles["muted"]), Spacer(0, 3 * mm),
                *data_table([header, *rows], widths, align="LLLCRRRRL", size=TABLE_FONT_SIZE)]
