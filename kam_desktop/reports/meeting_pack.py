"""The meeting pack: the internal briefing a team takes into a meeting with a client.

Every page, the cover included, says it is confidential. Its sections: the account in
brief, the role map with the attendees highlighted, the personal notes of the
attendees (the data holds no one else's), the supplier ladder, the development plan,
the diary, the value delivered with what each of our people and departments delivered,
the switching barriers and the open opportunities.
"""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from reportlab.lib.units import inch, mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from kam_desktop.domain import glossary
from kam_desktop.domain.enums import Role
from kam_desktop.domain.issuer import Issuer
from kam_desktop.reports import charts
from kam_desktop.reports.format import Formatter
from kam_desktop.reports.layout import CONTENT_WIDTH, RULE, Chart, data_table, grid, \
    heading, make_styles, write_pdf
from kam_desktop.reports.markup import para
from kam_desktop.reports.internal_texts import author_line, internal_texts
from kam_desktop.reports.labels import PERSONAL
from kam_desktop.reports.texts import plural

ROLE_MAP_WIDTH_IN = CONTENT_WIDTH / inch * 0.85


def build_meeting_pack(data, language: str, path: Path, issuer: Issuer = Issuer()) -> None:
    """Write the pack of ``data`` (a services.reports.meeting_pack.MeetingPackData) in
    ``language`` to ``path``, replacing it only once the whole file is written.
    ``issuer`` names its author."""
    words = internal_texts(language)
    pack = PackSections(data, language, issuer)
    story = (pack.cover() + [PageBreak()] + pack.role_map() + [PageBreak()]
             + pack.personal() + pack.ladder() + pack.plan() + pack.diary()
             + pack.value() + pack.barriers() + pack.opportunities())
    write_pdf(path, story, title=words["meeting.title"], client=data.name,
              footer=words["page"], language=language,
              subject=words["meeting.subtitle"], notice=words["confidential"],
              author=issuer.author(), signature=author_line(words, issuer))


class PackSections:
    """The sections of an internal pack about one account (the hand-over pack adds its
    own to them)."""

    def __init__(self, data, language: str, issuer: Issuer) -> None:
        self.data = data
        self.issuer = issuer
        self.language = language
        self.words = internal_texts(language)
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

    # --- sections --------------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        d, w, fmt = self.data, self.words, self.fmt
        pairs: list[tuple[str, object]] = [(w["account.title"], d.name)]
        if d.legal_name and d.legal_name != d.name:
            pairs.append((w["cover.legal"], d.legal_name))
        pairs += [(w["meeting.attendees"], ", ".join(d.attendees) or w["meeting.no_attendees"]),
                  (w["account.category"], self.name(d.category)),
                  (w["meeting.abc"], d.abc.value if d.abc else w["none"]),
                  (w["account.stage"], self.name(d.lifecycle))]
        if d.motivation is not None:
            pairs.append((w["account.motivation"], self.name(d.motivation)))
        for key, value in (("account.industry", d.industry), ("account.region", d.region),
                           ("account.owner", d.owner)):
            if value:
                pairs.append((w[key], value))
        pairs.append((w["account.potential"], self.money(d.potential)))
        if d.revenue_period:
            pairs.append((w["account.revenue"].format(period=fmt.period(d.revenue_period)),
                          self.money(d.revenue)))
            if d.share_of_wallet is not None:
                pairs.append((w["account.share"], fmt.percent(d.share_of_wallet)))
        pairs.append((w["cover.date"], fmt.date(d.generated_on)))
        if self.issuer.person():
            pairs.append((w["cover.author"], self.issuer.person()))
        return [Spacer(0, 30 * mm), para(w["meeting.title"], self.styles["title"]),
                para(w["meeting.subtitle"], self.styles["subtitle"]), self.facts(pairs)]

    def role_map(self) -> list[Flowable]:
        d, w = self.data, self.words
        story = [heading(w["rolemap.title"], self.styles["h1"])]
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
        notes = [para(w["rolemap.note"], self.styles["muted"])]
        if chart.numbered:  # the table is the legend of the dots' numbers
            rows = [[self.cell(w["col.number"], "head_right"), *rows[0]]] + [
                [self.cell(n, "cell_right"), *row] for n, row in enumerate(rows[1:], start=1)]
            widths = [10 * mm, widths[0], widths[1] - 10 * mm, *widths[2:]]
            notes.append(para(w["rolemap.numbered"], self.styles["muted"]))
        return story + [image, *notes, Spacer(0, 3 * mm), *data_table(rows, widths)]

    def personal(self) -> list[Flowable]:
        w, questions = self.words, PERSONAL[self.language]
        story = [heading(w["personal.title"], self.styles["h1"]),
                 para(w["personal.warning"], self.styles["muted"]), Spacer(0, 2 * mm)]
        if not self.data.personal_notes:
            return story + self.empty("personal.empty")
        for person in self.data.personal_notes:
            title = person.name + (f" — {person.position}" if person.position else "")
            story += [CondPageBreak(30 * mm), para(title, self.styles["body"], bold=True)]
            if person.answers:
                story.append(self.facts([(questions[f], text) for f, text in person.answers]))
            else:
                story += self.empty("personal.none")
            story.append(Spacer(0, 3 * mm))
        return story

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

    def plan(self) -> list[Flowable]:
        d, w, fmt = self.data, self.words, self.fmt
        story = self.section("plan.title")
        if not d.goals:
            return story + self.empty("plan.empty")
        if d.plan_total:
            story.append(para(w["plan.progress"].format(
                done=d.plan_done, total=d.plan_total,
                percent=fmt.percent(d.plan_done / d.plan_total, 0)), self.styles["body"]))
        else:
            story += self.empty("plan.no_actions")
        rows = [[self.cell(w["col.goal"], "head"), self.cell(w["col.deadline"], "head"),
                 self.cell(w["col.progress"], "head_right")]]
        rows += [[self.cell(f"{g.client_goal} → {g.our_goal}"), self.cell(self.date(g.deadline)),
                  self.cell(f"{g.done} / {g.total}", "cell_right")] for g in d.goals]
        story += [Spacer(0, 2 * mm), *data_table(rows, [CONTENT_WIDTH - 50 * mm, 26 * mm,
                                                        24 * mm])]
        story.append(heading(w["plan.open"], self.styles["h2"]))
        if not d.open_actions:
            return story + self.empty("plan.none_open")
        rows = [[self.cell(w["col.action"], "head"), self.cell(w["col.owner"], "head"),
                 self.cell(w["col.due"], "head"), self.cell(w["col.status"], "head")]]
        for a in d.open_actions:
            status = self.name(a.status) + (f" · {w['overdue']}" if a.overdue else "")
            rows.append([self.cell(a.title), self.cell(a.owner or w["none"]),
                         self.cell(self.date(a.due)), self.cell(status)])
        return story + data_table(rows, [CONTENT_WIDTH - 106 * mm, 40 * mm, 26 * mm, 40 * mm])

    def diary(self) -> list[Flowable]:
        d, w = self.data, self.words
        story = self.section("diary.title")
        if not d.diary:
            story += self.empty("diary.empty")
        else:
            rows = [[self.cell(w["col.date"], "head"), self.cell(w["col.kind_diary"], "head"),
                     self.cell(w["col.summary"], "head")]]
            for e in d.diary:
                text = [self.cell(e.summary)]
                if e.attendees:
                    text.append(self.cell(", ".join(e.attendees), "cell_note"))
                rows.append([self.cell(self.date(e.date)), self.cell(self.name(e.kind)), text])
            story += data_table(rows, [22 * mm, 22 * mm, CONTENT_WIDTH - 44 * mm])
        story.append(heading(w["diary.steps"], self.styles["h2"]))
        if not d.open_steps:
            return story + self.empty("diary.no_steps")
        rows = [[self.cell(w["col.due"], "head"), self.cell(w["col.next"], "head")]]
        rows += [[self.cell(self.date(e.next_step_due)), self.cell(e.next_step)]
                 for e in d.open_steps]
        return story + data_table(rows, [22 * mm, CONTENT_WIDTH - 22 * mm])

    def value(self) -> list[Flowable]:
        d, w, fmt = self.data, self.words, self.fmt
        story = self.section("value.title")
        if not d.value.count:
            return story + self.empty("value.empty")
        story.append(para(w["value.text"].format(
            count=fmt.number(d.value.count),
            entries=plural(self.language, d.value.count, "entries"),
            benefit=fmt.money(d.value.client_benefit), cost=fmt.money(d.value.our_cost),
            ack=fmt.number(d.value.acknowledged_count)), self.styles["body"]))
        if d.value_to_revenue is not None:
            story.append(para(w["value.ratio"].format(percent=fmt.percent(d.value_to_revenue)),
                              self.styles["body"]))
        return story + self.credits()

    def credits(self) -> list[Flowable]:
        """Who on our side delivered the value: each team member and each department."""
        d, w, fmt = self.data, self.words, self.fmt
        story = [Spacer(0, 3 * mm), para(w["credit.note"], self.styles["muted"])]
        for title, groups in (("col.member", d.credits_by_person),
                              ("col.our_department", d.credits_by_department)):
            rows = [[w[title], w["col.count"], w["col.benefit"]]]
            rows += [[key if key is not None else w["credit.none"], fmt.number(totals.count),
                      fmt.money(totals.client_benefit)] for key, totals in groups]
            story += [Spacer(0, 2 * mm), *data_table(
                rows, [CONTENT_WIDTH - 64 * mm, 24 * mm, 40 * mm], align="LRR",
                total=[w["total"], fmt.number(d.value.count),
                       fmt.money(d.value.client_benefit)])]
        return story

    def barriers(self) -> list[Flowable]:
        d, w = self.data, self.words
        story = self.section("barriers.title")
        if not d.barriers:
            return story + self.empty("barriers.empty")
        rows = [[self.cell(w["col.since"], "head"), self.cell(w["col.barrier"], "head")]]
        rows += [[self.cell(self.date(since)), self.cell(text)] for since, text in d.barriers]
        return story + data_table(rows, [28 * mm, CONTENT_WIDTH - 28 * mm])

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
