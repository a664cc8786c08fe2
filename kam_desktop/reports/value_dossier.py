"""The value dossier: the client-facing account of the value we delivered.

Its pages: a cover, a one-page summary, value by kind of work, by year and by the
client's department (chart and table each), our performance figures, the history of
the relationship as milestones, the full list of entries, and the closing argument: what
changing supplier would mean (the switching barriers, the benefits the client has
acknowledged per year, the work a newcomer would have to match). Everything shown comes
from :class:`ValueDossierData`, whose fields are the report's allow-list.
"""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from reportlab.lib.units import inch, mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from kam_desktop.domain import glossary
from kam_desktop.domain.enums import ValueKind
from kam_desktop.domain.issuer import Issuer
from kam_desktop.reports import bars, charts
from kam_desktop.reports.format import Formatter
from kam_desktop.reports.layout import (
    ACCENT,
    CONTENT_WIDTH,
    RULE,
    STRIPE,
    Chart,
    Logo,
    data_table,
    grid,
    heading,
    make_styles,
    write_pdf,
)
from kam_desktop.reports.markup import para
from kam_desktop.reports.texts import plural, texts

#: how many entries the summary page names
TOP_ENTRIES = 5
#: how many entry titles the closing section names per kind of work
SERVICE_TITLES = 6
#: the summary gives about this many characters of each description (the entry list
#: gives all of them)
SUMMARY_DESCRIPTION = 300
CHART_WIDTH_IN = CONTENT_WIDTH / inch


def build_value_dossier(data, language: str, path: Path, issuer: Issuer = Issuer()) -> None:
    """Write the dossier of ``data`` (a services.reports.value_dossier.ValueDossierData)
    in ``language`` ("ru" or "en") to ``path``, replacing it only once the whole file is
    written. ``issuer`` (our company and the manager) is on the cover and every foot."""
    words = texts(language)
    amounts = [e.client_benefit for e in data.entries]
    amounts += [e.our_cost for e in data.entries if e.our_cost is not None]
    whole = all(amount == amount.to_integral_value() for amount in amounts)
    page = _Page(data, issuer, language, Formatter(language, data.currency, 0 if whole else 2))
    story = page.cover() + [PageBreak()] + page.summary()
    if data.entries:
        story += [PageBreak()] + page.by_kind()
        story += [PageBreak()] + page.by_year() + page.by_department()
    story += [PageBreak()] + page.statistics() + page.history()
    if data.entries:
        story += [PageBreak()] + page.entry_list()
    story += [PageBreak()] + page.closing()
    write_pdf(path, story, title=words["dossier.title"], client=data.client_name,
              footer=words["page"], language=language,
              subject=words["dossier.subtitle"], author=issuer.author(),
              signature=issuer.signature())


def excerpt(text: str, limit: int | None) -> tuple[str, int]:
    """The start of ``text`` up to ``limit`` characters (at a space when one is near
    the end) and how many characters that leaves out; all of it without a limit."""
    if limit is None or len(text) <= limit:
        return text, 0
    space = text.rfind(" ", 0, limit + 1)
    kept = text[:space if space > limit * 0.7 else limit].rstrip()
    return kept, len(text) - len(kept)


class _Page:
    """The sections of one dossier, sharing its data, words, formats and styles."""

    def __init__(self, data, issuer: Issuer, language: str, fmt: Formatter) -> None:
        self.data = data
        self.issuer = issuer
        self.language = language
        self.words = texts(language)
        self.kinds = glossary.NAMES[language][ValueKind]
        self.fmt = fmt
        self.styles = make_styles()

    # --- helpers ---------------------------------------------------------------------

    def cell(self, text: object, style: str = "cell") -> Flowable:
        return para(text, self.styles[style])

    def money(self, amount: Decimal | None) -> str:
        return "" if amount is None else self.fmt.money(amount)

    def period_text(self) -> str:
        data, words, fmt = self.data, self.words, self.fmt
        if data.date_from and data.date_to:
            return fmt.date_range(data.date_from, data.date_to)
        if data.date_from:
            return words["period.from"].format(date=fmt.date(data.date_from))
        if data.date_to:
            return words["period.to"].format(date=fmt.date(data.date_to))
        if data.entries:
            return fmt.date_range(data.entries[0].date, data.entries[-1].date)
        return words["period.all"]

    def ratio_card(self) -> tuple[str, str]:
        """The value-to-revenue figure and, beneath it, exactly what it divides by."""
        data, words, fmt = self.data, self.words, self.fmt
        if data.departments is not None:
            return "—", words["summary.ratio.departments"]
        if data.value_to_revenue is None:
            return words["summary.ratio.none"], ""
        parts = [fmt.period(part.period) if part.whole else words["summary.ratio.part"].format(
            period=fmt.period(part.period), inside=part.days_inside, days=part.days)
            for part in data.revenue.parts]
        return fmt.percent(data.value_to_revenue), words["summary.ratio.note"].format(
            amount=fmt.money(data.revenue.amount), periods=", ".join(parts))

    def chart(self, labels: list[str], groups, horizontal: bool) -> Chart:
        words = self.words
        peak = max([float(g.client_benefit) for g in groups] +
                   [float(g.our_cost) for g in groups if g.our_cost is not None] + [1.0])
        scale, unit = (1e6, "unit.million") if peak >= 2e6 else (1e3, "unit.thousand")
        series = [(words["chart.benefit"], [float(g.client_benefit) / scale for g in groups],
                   charts.BENEFIT_COLOUR)]
        if self.data.show_cost:
            series.append((words["chart.cost"], [float(g.our_cost) / scale for g in groups],
                           charts.COST_COLOUR))
        drawing = bars.bar_chart(
            labels, series, horizontal=horizontal, width_in=CHART_WIDTH_IN,
            axis_format=self.fmt.statistic,
            axis_label=words[unit].format(currency=self.fmt.currency_label))
        return Chart(drawing, CONTENT_WIDTH)

    def group_table(self, title_key: str, labels: list[str], groups) -> list[Flowable]:
        words, data = self.words, self.data
        total = data.total.client_benefit
        header = [words[title_key], words["col.count"], words["col.benefit"]]
        if data.show_cost:
            header.append(words["col.cost"])
        header.append(words["col.share"])
        rows = [header]
        for label, group in zip(labels, groups):
            row = [label, self.fmt.number(group.count), self.money(group.client_benefit)]
            if data.show_cost:
                row.append(self.money(group.our_cost))
            share = group.client_benefit / total if total else Decimal(0)
            row.append(self.fmt.percent(share))
            rows.append(row)
        closing = [words["total"], self.fmt.number(data.total.count),
                   self.fmt.money(data.total.client_benefit)]
        if data.show_cost:
            closing.append(self.fmt.money(data.total.our_cost))
        closing.append(self.fmt.percent(1 if total else 0))
        numbers = [20 * mm, 34 * mm] + ([34 * mm] if data.show_cost else []) + [18 * mm]
        widths = [CONTENT_WIDTH - sum(numbers), *numbers]
        return data_table(rows, widths, align="L" + "R" * len(numbers), total=closing)

    # --- sections --------------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        data, words, styles, fmt = self.data, self.words, self.styles, self.fmt
        facts = [(words["cover.client"], data.client_name)]
        if data.legal_name and data.legal_name != data.client_name:
            facts.append((words["cover.legal"], data.legal_name))
        for key, text in (("cover.supplier", self.issuer.company),
                          ("cover.manager", self.issuer.person()),
                          ("cover.contacts", self.issuer.contacts())):
            if text:
                facts.append((words[key], text))
        facts.append((words["cover.period"], self.period_text()))
        if data.departments is not None:
            facts.append((words["cover.departments"], ", ".join(data.departments)))
        facts.append((words["cover.date"], fmt.date(data.generated_on)))
        table = grid([[self.cell(label, "muted"), para(value, styles["body"], bold=True)]
                      for label, value in facts], [45 * mm, CONTENT_WIDTH - 45 * mm], [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ])
        top: list[Flowable] = [Spacer(0, 55 * mm)]
        if self.issuer.logo:
            logo = Logo(self.issuer.logo, 70 * mm, 28 * mm)
            top = [Spacer(0, 6 * mm), logo, Spacer(0, 49 * mm - logo.drawHeight)]
        return [*top, para(words["dossier.title"], styles["title"]),
                para(words["dossier.subtitle"], styles["subtitle"]), table,
                Spacer(0, 14 * mm), para(words["cover.intro"], styles["body"])]

    def summary(self) -> list[Flowable]:
        data, words, styles, fmt = self.data, self.words, self.styles, self.fmt
        story: list[Flowable] = [heading(words["summary.title"], styles["h1"])]
        if not data.entries:
            return story + [para(words["summary.empty"], styles["body"])]
        cards = [(words["summary.benefit"], fmt.money(data.total.client_benefit),
                  words["summary.benefit.note"])]
        if data.show_cost:
            cards.append((words["summary.cost"], fmt.money(data.total.our_cost),
                          words["summary.cost.note"]))
        cards.append((words["summary.ratio"], *self.ratio_card()))
        cards.append((words["summary.acknowledged"],
                      words["summary.acknowledged.value"].format(
                          ack=fmt.number(data.total.acknowledged_count),
                          count=fmt.number(data.total.count)),
                      words["summary.acknowledged.note"]))
        boxes = [[self.cell(label, "muted"), para(figure, styles["figure"]),
                  self.cell(note, "muted")] for label, figure, note in cards]
        half = CONTENT_WIDTH / 2
        pairs = [boxes[i:i + 2] for i in range(0, len(boxes), 2)]
        commands = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, -1), STRIPE),
            ("LINEBEFORE", (0, 0), (-1, -1), 2, ACCENT),
            ("INNERGRID", (0, 0), (-1, -1), 4, "white"),
            ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ]
        if len(pairs[-1]) == 1:  # an odd number of figures: leave the last place blank
            pairs[-1].append(self.cell(""))
            commands += [("BACKGROUND", (1, -1), (1, -1), "white"),
                         ("LINEBEFORE", (1, -1), (1, -1), 4, "white")]
        table = grid(pairs, [half, half], commands)
        story += [table, Spacer(0, 8 * mm)]
        leading = ", ".join(self.kinds[g.key].lower() for g in data.by_kind[:3])
        story.append(para(words["summary.text"].format(
            count=fmt.number(data.total.count),
            entries=plural(self.language, data.total.count, "entries"), kinds=leading),
            styles["body"]))
        top = sorted(data.entries, key=lambda e: e.client_benefit, reverse=True)[:TOP_ENTRIES]
        rows = [[words["col.date"], words["col.entry"], words["col.benefit"]]]
        rows += [[fmt.date(e.date), self.entry_cell(e, cut=SUMMARY_DESCRIPTION),
                  self.money(e.client_benefit)] for e in top]
        story += [heading(words["summary.top"], styles["h2"]),
                  *data_table(rows, [22 * mm, CONTENT_WIDTH - 58 * mm, 36 * mm], align="LLR")]
        return story

    def entry_cell(self, entry, *, details: bool = False,
                   cut: int | None = None) -> list[Flowable]:
        """Title in bold, then the description; ``details`` adds the kind and department;
        ``cut`` shortens a longer description to about that many characters and says so.
        (A paragraph each: a paragraph in one face breaks and draws much faster than
        one mixing faces and sizes.)"""
        cell = [para(entry.title, self.styles["cell"], bold=True)]
        kept, more = excerpt(entry.description, cut)
        if kept:
            cell.append(self.cell(kept + ("…" if more else ""), "cell"))
        if more:
            cell.append(self.cell(self.words["summary.cut"].format(
                count=self.fmt.number(more),
                characters=plural(self.language, more, "characters")), "cell_note"))
        if details:
            where = self.kinds[entry.kind] + (f" · {entry.department}" if entry.department
                                              else "")
            cell.append(self.cell(where, "cell_note"))
        return cell

    def by_kind(self) -> list[Flowable]:
        groups = self.data.by_kind
        labels = [self.kinds[g.key] for g in groups]
        return [heading(self.words["kind.title"], self.styles["h1"]),
                self.chart(labels, groups, horizontal=True), Spacer(0, 5 * mm),
                *self.group_table("col.kind", labels, groups)]

    def by_year(self) -> list[Flowable]:
        groups = self.data.by_year
        labels = [str(g.key) for g in groups]
        story: list[Flowable] = [heading(self.words["year.title"], self.styles["h1"])]
        if len(groups) > 1:
            story += [self.chart(labels, groups, horizontal=False), Spacer(0, 5 * mm)]
        return story + self.group_table("col.year", labels, groups)

    def by_department(self) -> list[Flowable]:
        groups = self.data.by_department
        labels = [g.key if g.key is not None else self.words["department.none"] for g in groups]
        story: list[Flowable] = [CondPageBreak(90 * mm),
                                 heading(self.words["department.title"], self.styles["h2"])]
        if len(groups) > 1:
            story += [self.chart(labels, groups, horizontal=True), Spacer(0, 5 * mm)]
        return story + self.group_table("col.department", labels, groups)

    def statistics(self) -> list[Flowable]:
        words, styles = self.words, self.styles
        story: list[Flowable] = [heading(words["statistics.title"], styles["h1"])]
        if not self.data.statistics:
            return story + [para(words["statistics.empty"], styles["body"])]
        rows = [[words["col.statistic"], words["col.period"], words["col.value"]]]
        rows += [[s.name, self.fmt.period(s.period) if s.period else "—",
                  self.fmt.statistic(s.value)] for s in self.data.statistics]
        return story + [para(words["statistics.intro"], styles["muted"]), Spacer(0, 3 * mm),
                        *data_table(rows, [CONTENT_WIDTH - 64 * mm, 32 * mm, 32 * mm],
                                    align="LLR")]

    def history(self) -> list[Flowable]:
        words, styles, fmt = self.words, self.styles, self.fmt
        story: list[Flowable] = [Spacer(0, 6 * mm),
                                 heading(words["history.title"], styles["h1"])]
        if not self.data.milestones:
            return story + [para(words["history.empty"], styles["body"])]
        rows = [[words["col.date"], words["col.event"]]]
        for event in self.data.milestones:
            if event.level is not None:
                key = "history.first_level" if event.first_level else "history.level"
                text = words[key].format(level=glossary.name(self.language, event.level))
            elif event.best_of_year:
                text = words["history.best"].format(year=event.date.year, title=event.title)
            else:
                text = words["history.special"].format(title=event.title)
            rows.append([fmt.date(event.date), text])
        return story + data_table(rows, [26 * mm, CONTENT_WIDTH - 26 * mm])

    def entry_list(self) -> list[Flowable]:
        data, words, fmt = self.data, self.words, self.fmt
        header = [words["col.date"], words["col.entry"], words["col.benefit"]]
        if data.show_cost:
            header.append(words["col.cost"])
        header.append("✓")
        rows = [header]
        for entry in data.entries:
            row = [fmt.date(entry.date), self.entry_cell(entry, details=True),
                   self.money(entry.client_benefit)]
            if data.show_cost:
                row.append(self.money(entry.our_cost))
            row.append("✓" if entry.acknowledged else "")
            rows.append(row)
        closing = [words["total"], "", fmt.money(data.total.client_benefit)]
        if data.show_cost:
            closing.append(fmt.money(data.total.our_cost))
        closing.append(fmt.number(data.total.acknowledged_count))
        widths = [22 * mm, 0, 31 * mm] + ([31 * mm] if data.show_cost else []) + [9 * mm]
        widths[1] = CONTENT_WIDTH - sum(widths)
        return [heading(words["list.title"], self.styles["h1"]),
                para(words["list.ack_note"], self.styles["muted"]), Spacer(0, 3 * mm),
                *data_table(rows, widths, align="LL" + "R" * (len(widths) - 3) + "C",
                            total=closing)]

    def closing(self) -> list[Flowable]:
        """What changing supplier would mean: the closing argument of the dossier."""
        words, styles = self.words, self.styles
        return [heading(words["closing.title"], styles["h1"]),
                para(words["closing.intro"], styles["body"]), Spacer(0, 4 * mm),
                *self.barriers(), *self.acknowledged(), *self.services()]

    def barriers(self) -> list[Flowable]:
        words, styles = self.words, self.styles
        story: list[Flowable] = [heading(words["closing.barriers"], styles["h2"])]
        if not self.data.barriers:
            return story + [para(words["closing.barriers.empty"], styles["body"])]
        rows = [[words["col.since"], words["col.barrier"]]]
        rows += [[self.fmt.date(b.since) if b.since else "—", self.cell(b.description)]
                 for b in self.data.barriers]
        return story + data_table(rows, [24 * mm, CONTENT_WIDTH - 24 * mm])

    def acknowledged(self) -> list[Flowable]:
        """Per year of the entries: what the client confirmed against the year's benefit
        (the same figures as the value by year)."""
        data, words, fmt = self.data, self.words, self.fmt
        story: list[Flowable] = [CondPageBreak(50 * mm),
                                 heading(words["closing.acknowledged"], self.styles["h2"])]
        if not data.entries:
            return story + [para(words["summary.empty"], self.styles["body"])]
        confirmed = {group.key: group for group in data.acknowledged_by_year}
        rows = [[words["col.year"], words["col.acknowledged_count"],
                 words["col.acknowledged_benefit"], words["col.year_benefit"],
                 words["col.share"]]]
        for year in data.by_year:
            count, benefit = ((confirmed[year.key].count, confirmed[year.key].client_benefit)
                              if year.key in confirmed else (0, Decimal(0)))
            share = benefit / year.client_benefit if year.client_benefit else Decimal(0)
            rows.append([str(year.key), fmt.number(count), fmt.money(benefit),
                         fmt.money(year.client_benefit), fmt.percent(share)])
        benefit = sum((group.client_benefit for group in data.acknowledged_by_year), Decimal(0))
        total = data.total.client_benefit
        closing = [words["total"], fmt.number(data.total.acknowledged_count),
                   fmt.money(benefit), fmt.money(total),
                   fmt.percent(benefit / total if total else 0)]
        numbers = [30 * mm, 38 * mm, 38 * mm, 20 * mm]
        return story + [para(words["closing.acknowledged.note"], self.styles["muted"]),
                        Spacer(0, 3 * mm),
                        *data_table(rows, [CONTENT_WIDTH - sum(numbers), *numbers],
                                    align="LRRRR", total=closing)]

    def services(self) -> list[Flowable]:
        data, words, styles = self.data, self.words, self.styles
        story: list[Flowable] = [CondPageBreak(50 * mm),
                                 heading(words["closing.services"], styles["h2"])]
        if not data.services:
            return story + [para(words["summary.empty"], styles["body"])]
        rows = [[words["col.kind"], words["col.count"], words["col.services"]]]
        for group in data.services:
            named = "; ".join(group.titles[:SERVICE_TITLES])
            rest = len(group.titles) - SERVICE_TITLES
            if rest > 0:
                named += "; " + words["closing.services.more"].format(
                    count=self.fmt.number(rest), entries=plural(self.language, rest, "entries"))
            rows.append([self.kinds[group.kind], self.fmt.number(len(group.titles)),
                         self.cell(named)])
        return story + [para(words["closing.services.intro"], styles["muted"]),
                        Spacer(0, 3 * mm),
                        *data_table(rows, [48 * mm, 18 * mm, CONTENT_WIDTH - 66 * mm],
                                    align="LRL")]
