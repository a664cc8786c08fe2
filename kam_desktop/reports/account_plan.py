"""The written account plan [001, stage 3]: the plan in writing, for the team to discuss.

Internal: every page says so. Its sections: the account in brief with the plan's
progress and review; the situation (the supplier ladder with both views, the role map,
our account team); each goal mirrored to the client's, with its four-point strategy,
resources, dated actions with owners and the opportunities that serve it; the plan's
resources in all; the open opportunities; the risks the dossier shows.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from kam_desktop.domain import glossary
from kam_desktop.domain.issuer import Issuer
from kam_desktop.domain.plan_risks import Risk
from kam_desktop.domain.rolemap import LEADER_COOLING
from kam_desktop.reports.internal_pages import InternalPages
from kam_desktop.reports.internal_texts import author_line
from kam_desktop.reports.layout import CONTENT_WIDTH, data_table, heading, write_pdf
from kam_desktop.reports.markup import para
from kam_desktop.reports.plan_texts import plan_texts


def build_account_plan(data, language: str, path: Path, issuer: Issuer = Issuer()) -> None:
    """Write the plan of ``data`` (a services.reports.account_plan.AccountPlanData) in
    ``language`` to ``path``, replacing it only once the whole file is written."""
    words = plan_texts(language)
    pages = _PlanPages(data, language, issuer, words)
    story = (pages.cover() + [PageBreak()] + pages.situation() + [PageBreak()]
             + pages.goals() + pages.totals() + pages.opportunities() + pages.risks())
    write_pdf(path, story, title=words["aplan.title"], client=data.name,
              footer=words["page"], language=language, subject=words["aplan.subtitle"],
              notice=words["confidential"], author=issuer.author(),
              signature=author_line(words, issuer))


class _PlanPages(InternalPages):
    role_map_note = "aplan.rolemap.note"

    def cover(self) -> list[Flowable]:
        d, w, fmt = self.data, self.words, self.fmt
        pairs = self.brief_pairs([])
        if d.ladder is not None:
            pairs.append((w["aplan.ladder"], self.ladder_views()))
        if d.plan_total:
            pairs.append((w["aplan.progress"], w["plan.progress"].format(
                done=d.plan_done, total=d.plan_total,
                percent=fmt.percent(d.plan_done / d.plan_total, 0))))
        pairs = self.signed([*pairs, (w["aplan.review"], self.review_text())])
        return [Spacer(0, 30 * mm), para(w["aplan.title"], self.styles["title"]),
                para(w["aplan.subtitle"], self.styles["subtitle"]), self.facts(pairs)]

    def ladder_views(self) -> str:
        ladder, w = self.data.ladder, self.words
        our = glossary.rung(self.language, ladder.our_view)
        if ladder.client_view is None:
            return w["aplan.ladder.ours"].format(our=our)
        return w["aplan.ladder.views"].format(
            our=our, client=glossary.rung(self.language, ladder.client_view))

    def review_text(self) -> str:
        review, w = self.data.review, self.words
        if review is None:
            return w["aplan.review.none"]
        if review.last is None:
            return w["aplan.review.never"].format(months=review.months)
        return w["aplan.review.text"].format(last=self.fmt.date(review.last),
                                             due=self.fmt.date(review.due), months=review.months)

    def situation(self) -> list[Flowable]:
        story = [heading(self.words["aplan.situation"], self.styles["h1"])]
        return story + self.ladder() + self.role_map("h2") + self.team()

    def team(self) -> list[Flowable]:
        w = self.words
        story = self.section("aplan.team")
        if not self.data.team:
            return story + self.empty("aplan.team.empty")
        rows = [[self.cell(w[key], "head") for key in (
            "col.member", "col.level", "col.department", "col.mirrors")]]
        rows += [[self.cell(t.name), self.cell(self.name(t.level)),
                  self.cell(t.department or w["none"]), self.cell(t.mirrors or w["none"])]
                 for t in self.data.team]
        return story + data_table(rows, [48 * mm, 32 * mm, 46 * mm, CONTENT_WIDTH - 126 * mm])

    def goals(self) -> list[Flowable]:
        d, w = self.data, self.words
        story = [heading(w["aplan.goals"], self.styles["h1"])]
        if not d.goals:
            return story + self.empty("plan.empty")
        for number, goal in enumerate(d.goals, start=1):
            story += self.goal(number, goal)
        return story

    def goal(self, number: int, goal) -> list[Flowable]:
        w = self.words
        story = [CondPageBreak(50 * mm),
                 heading(w["aplan.goal"].format(number=number, goal=goal.our_goal),
                         self.styles["h2"])]
        pairs = [(w["aplan.client_goal"], goal.client_goal), (w["aplan.our_goal"], goal.our_goal)]
        if goal.measure:
            pairs.append((w["aplan.measure"], goal.measure))
        pairs += [(w["aplan.deadline"], self.date(goal.deadline)),
                  (w["aplan.done"], f"{goal.done} / {goal.total}"),
                  (w["aplan.resources"], w["aplan.resources.text"].format(
                      people=self.count(goal.people), days=self.count(goal.days),
                      budget=self.money(goal.budget)))]
        if goal.opportunities:
            pairs.append((w["aplan.serves"], "; ".join(goal.opportunities)))
        story.append(self.facts(pairs))
        story.append(heading(w["aplan.strategy"], self.styles["h3"]))
        if goal.strategy:
            story.append(self.facts([(w[field], text) for field, text in goal.strategy]))
        else:
            story += self.empty("aplan.strategy.empty")
        story.append(heading(w["aplan.actions"], self.styles["h3"]))
        if not goal.actions:
            return story + self.empty("aplan.actions.empty")
        rows = [[self.cell(w[key], "head") for key in (
            "col.action", "col.owner", "col.due", "col.status")]]
        for a in goal.actions:
            status = self.name(a.status) + (f" · {w['overdue']}" if a.overdue else "")
            rows.append([self.cell(a.title), self.cell(a.owner or w["none"]),
                         self.cell(self.date(a.due)), self.cell(status)])
        return story + data_table(rows, [CONTENT_WIDTH - 106 * mm, 40 * mm, 26 * mm,
                                         40 * mm]) + [Spacer(0, 2 * mm)]

    def count(self, value: int | None) -> str:
        return self.words["none"] if value is None else self.fmt.number(value)

    def totals(self) -> list[Flowable]:
        d, w = self.data, self.words
        if not d.goals:
            return []
        return self.section("aplan.totals") + [para(w["aplan.totals.text"].format(
            people=self.fmt.number(d.total_people), days=self.fmt.number(d.total_days),
            budget=self.fmt.money(d.total_budget)), self.styles["body"])]

    def risks(self) -> list[Flowable]:
        story = self.section("aplan.risks")
        if not self.data.risks:
            return story + self.empty("aplan.risks.none")
        return story + [para(f"• {self.risk_text(risk)}", self.styles["body"])
                        for risk in self.data.risks]

    def risk_text(self, risk: Risk) -> str:
        w, names = self.words, ", ".join(risk.names)
        if risk.code == LEADER_COOLING and risk.number is None:
            return w["risk.leader_never"].format(names=names)
        number = risk.number
        points = "" if number is None else self.fmt.number(number * 100, 1)
        return w[f"risk.{risk.code}"].format(names=names, days=number, count=number,
                                            points=points)
