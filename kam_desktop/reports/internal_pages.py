"""What the internal reports (the meeting pack, the account plan) share: their cells,
facts and sections, and the role map, the supplier ladder and the open opportunities as
both print them."""
from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import inch, mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from kam_desktop.domain import glossary
from kam_desktop.domain.enums import Role
from kam_desktop.domain.issuer import Issuer
from kam_desktop.reports import charts
from kam_desktop.reports.format import Formatter
from kam_desktop.reports.internal_texts import internal_texts
from kam_desktop.reports.layout import CONTENT_WIDTH, RULE, Chart, data_table, grid, \
    heading, make_styles
from kam_desktop.reports.markup import para

ROLE_MAP_WIDTH_IN = CONTENT_WIDTH / inch * 0.85


class InternalPages:
    """The sections of an internal report of one account; ``data`` has the account's
    ``currency``, its ``people`` (services.reports.meeting_pack.MapPerson), ``ladder``
    and ``opportunities``."""

    #: the words under the role map (the meeting pack's names its highlighted attendees)
    role_map_note = "rolemap.note"

    def __init__(self, data, language: str, issuer: Issuer,
                 words: dict[str, str] | None = None) -> None:
        self.data = data
        self.issuer = issuer
        self.language = language
        self.words = words or internal_texts(language)
        self.fmt = Formatter(language, data.currency, 0)
        self.styles = make_styles()

    def cell(self, text: object, style: str = "cell") -> Flowable:
        return para(text, self.styles[style])

    def name(self, value) -> str:
        return glossary.name(self.language, value)

    def date(self, day) -> str:
        return self.words["none"] if day is None else self.fmt.date(day)

    def money(self, amount: Decimal | None) -> str:
        return self.words["none"] if amount is None else self.fmt.money(amount)

    def facts(self, pairs: list[tuple[str, object]]) -> Flowable:
        return grid([[self.cell(k, "muted"), para(v, self.styles["body"], bold=True)]
                     for k, v in pairs], [55 * mm, CONTENT_WIDTH - 55 * mm], [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 0)])

    def empty(self, key: str) -> list[Flowable]:
        return [para(self.words[key], self.styles["body"])]

    def section(self, key: str, style: str = "h2") -> list[Flowable]:
        return [CondPageBreak(40 * mm), heading(self.words[key], self.styles[style])]

    def brief_pairs(self, after_name: list[tuple[str, object]]) -> list[tuple[str, object]]:
        """The cover's facts of the account in brief (services.reports.meeting_pack.
        AccountBrief), with ``after_name`` right after its names."""
        d, w, fmt = self.data, self.words, self.fmt
        pairs: list[tuple[str, object]] = [(w["account.title"], d.name)]
        if d.legal_name and d.legal_name != d.name:
            pairs.append((w["cover.legal"], d.legal_name))
        pairs += [*after_name, (w["account.category"], self.name(d.category)),
                  (w["meeting.abc"], d.abc.value if d.abc else w["none"]),
                  (w["account.stage"], self.name(d.lifecycle))]
        if d.motivation is not None:
            pairs.append((w["account.motivation"], self.name(d.motivation)))
        for key, value in (("account.industry", d.industry), ("account.region", d.region),
                           ("account.owner", d.owner)):
            if value:
                pairs.append((w[key], value))
        for key, count in (("account.staff", d.staff), ("account.sites", d.sites)):
            if count is not None:
                pairs.append((w[key], fmt.number(count)))
        pairs.append((w["account.potential"], self.money(d.potential)))
        if d.revenue_period:
            pairs.append((w["account.revenue"].format(period=fmt.period(d.revenue_period)),
                          self.money(d.revenue)))
            if d.share_of_wallet is not None:
                pairs.append((w["account.share"], fmt.percent(d.share_of_wallet)))
        return pairs

    def signed(self, pairs: list[tuple[str, object]]) -> list[tuple[str, object]]:
        """``pairs`` with the cover's date and author."""
        pairs = [*pairs, (self.words["cover.date"], self.fmt.date(self.data.generated_on))]
        if self.issuer.person():
            pairs.append((self.words["cover.author"], self.issuer.person()))
        return pairs

    def role_map(self, level: str = "h1") -> list[Flowable]:
        d, w = self.data, self.words
        story = [heading(w["rolemap.title"], self.styles[level])]
        if not d.people:
            return story + self.empty("rolemap.empty")
        chart = charts.role_map(
            [(p.name, p.involvement, p.interest, p.attendee) for p in d.people],
            tuple(self.name(r) for r in (Role.LEADER, Role.SPECIFIER, Role.ASSISTANT,
                                         Role.BUTLER)),
            x_label=w["rolemap.involvement"], y_label=w["rolemap.interest"],
            highlight_label=w["rolemap.attendee"], width_in=ROLE_MAP_WIDTH_IN)
        image = Chart(chart.drawing, CONTENT_WIDTH * 0.85, h_align="CENTER")
        rows = [[self.cell(w[key], "head") for key in (
            "col.contact", "col.position", "col.role", "col.stance", "col.mirror")]]
        rows += [[para(p.name, self.styles["cell"], bold=p.attendee), self.cell(p.position or ""),
                  self.cell(self.name(p.role)), self.cell(self.name(p.stance)),
                  self.cell(p.mirrored_by)]
                 for p in d.people]
        widths = [44 * mm, CONTENT_WIDTH - 134 * mm, 27 * mm, 27 * mm, 36 * mm]
        notes = [para(w[self.role_map_note], self.styles["muted"])]
        if chart.numbered:  # the table is the legend of the dots' numbers
            rows = [[self.cell(w["col.number"], "head_right"), *rows[0]]] + [
                [self.cell(n, "cell_right"), *row] for n, row in enumerate(rows[1:], start=1)]
            widths = [10 * mm, widths[0], widths[1] - 10 * mm, *widths[2:]]
            notes.append(para(w["rolemap.numbered"], self.styles["muted"]))
        return story + [image, *notes, Spacer(0, 3 * mm), *data_table(rows, widths)]

    def ladder(self) -> list[Flowable]:
        w, fmt, ladder = self.words, self.fmt, self.data.ladder
        story = self.section("ladder.latest")
        if ladder is None:
            return story + self.empty("ladder.empty")
        if ladder.trend is None:
            trend = w["ladder.trend.first"]
        else:
            key = "ladder.trend.up" if ladder.trend > 0 else \
                "ladder.trend.down" if ladder.trend < 0 else "ladder.trend.same"
            trend = w[key].format(n=abs(ladder.trend), date=fmt.date(ladder.previous_date))
        pairs = [(w["ladder.date"], fmt.date(ladder.date)),
                 (w["ladder.our"], glossary.rung(self.language, ladder.our_view)),
                 (w["ladder.trend"], trend)]
        if ladder.client_view is not None:
            pairs.append((w["ladder.client"],
                          glossary.rung(self.language, ladder.client_view)))
        if ladder.suggested is not None:
            pairs.append((w["ladder.suggested"],
                          glossary.rung(self.language, ladder.suggested)))
        if ladder.competitors:
            pairs.append((w["ladder.competitors"],
                          ", ".join(f"{name} ({level})" for name, level in ladder.competitors)))
        if ladder.next_steps:
            pairs.append((w["ladder.next"], ladder.next_steps))
        return story + [self.facts(pairs)]

    def opportunities(self) -> list[Flowable]:
        d, w = self.data, self.words
        story = self.section("opps.title")
        if not d.opportunities:
            return story + self.empty("opps.empty")
        rows = [[self.cell(w["col.opportunity"], "head"), self.cell(w["col.class"], "head"),
                 self.cell(w["col.status"], "head"),
                 self.cell(w["col.benefit_opp"], "head_right"),
                 self.cell(w["col.cost_opp"], "head_right")]]
        rows += [[self.cell(o.title), self.cell(self.name(o.opportunity_class)),
                  self.cell(self.name(o.status)), self.cell(self.money(o.benefit), "cell_right"),
                  self.cell(self.money(o.cost), "cell_right")] for o in d.opportunities]
        return story + data_table(rows, [CONTENT_WIDTH - 128 * mm, 32 * mm, 24 * mm,
                                         36 * mm, 36 * mm])

