"""The meeting pack: the internal briefing a team takes into a meeting with a client.

Every page, the cover included, says it is confidential. Its sections: the account in
brief, the role map with the attendees highlighted, the personal notes of the
attendees (the data holds no one else's), the supplier ladder, the development plan,
the diary, the value delivered with what each of our people and departments delivered,
the switching barriers and the open opportunities. Each attendee comes with the guidance
of their role on the map (domain.role_advice).
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from kam_desktop.domain.issuer import Issuer
from kam_desktop.domain.role_advice import advice
from kam_desktop.reports.internal_pages import InternalPages
from kam_desktop.reports.internal_texts import author_line, internal_texts
from kam_desktop.reports.labels import PERSONAL
from kam_desktop.reports.layout import CONTENT_WIDTH, data_table, heading, write_pdf
from kam_desktop.reports.markup import para
from kam_desktop.reports.texts import plural


def build_meeting_pack(data, language: str, path: Path, issuer: Issuer = Issuer()) -> None:
    """Write the pack of ``data`` (a services.reports.meeting_pack.MeetingPackData) in
    ``language`` to ``path``, replacing it only once the whole file is written.
    ``issuer`` names its author."""
    words = internal_texts(language)
    pack = _Pack(data, language, issuer)
    story = (pack.cover() + [PageBreak()] + pack.role_map() + [PageBreak()]
             + pack.personal() + pack.ladder() + pack.plan() + pack.diary()
             + pack.value() + pack.barriers() + pack.opportunities())
    write_pdf(path, story, title=words["meeting.title"], client=data.name,
              footer=words["page"], language=language,
              subject=words["meeting.subtitle"], notice=words["confidential"],
              author=issuer.author(), signature=author_line(words, issuer))


class _Pack(InternalPages):
    def cover(self) -> list[Flowable]:
        d, w = self.data, self.words
        pairs = self.signed(self.brief_pairs([(w["meeting.attendees"], ", ".join(d.attendees)
                                               or w["meeting.no_attendees"])]))
        return [Spacer(0, 30 * mm), para(w["meeting.title"], self.styles["title"]),
                para(w["meeting.subtitle"], self.styles["subtitle"]), self.facts(pairs)]

    def personal(self) -> list[Flowable]:
        w, questions = self.words, PERSONAL[self.language]
        story = [heading(w["personal.title"], self.styles["h1"]),
                 para(w["personal.warning"], self.styles["muted"]), Spacer(0, 2 * mm)]
        if not self.data.personal_notes:
            return story + self.empty("personal.empty")
        for person in self.data.personal_notes:
            title = person.name + (f" — {person.position}" if person.position else "")
            part = ", ".join(self.name(value) for value in (person.role, person.contact_type)
                             if value is not None)
            story += [CondPageBreak(30 * mm), para(title, self.styles["body"], bold=True),
                      para(w["personal.role"].format(part=part, advice=advice(
                          self.language, person.role)), self.styles["muted"])]
            if person.answers:
                story.append(self.facts([(questions[f], text) for f, text in person.answers]))
            else:
                story += self.empty("personal.none")
            story.append(Spacer(0, 3 * mm))
        return story

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
