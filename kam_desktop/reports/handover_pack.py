"""The hand-over pack: the dossier for the manager who takes a client on (seed 003).

Internal and confidential on every page. Its sections: the hand-over (to whom, from
whom, when, why) with the hand-overs so far, the account in brief, what the dossier
still lacks, the purchase history, the account team, the role map, the contacts'
personal notes (only when the receiver is on the account team: the data holds none
otherwise, and the pack says why), then the meeting pack's ladder, plan, diary, value,
barriers and opportunities.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from kam_desktop.domain.issuer import Issuer
from kam_desktop.reports.handover_texts import handover_texts
from kam_desktop.reports.internal_texts import author_line
from kam_desktop.reports.layout import CONTENT_WIDTH, data_table, heading, write_pdf
from kam_desktop.reports.markup import para
from kam_desktop.reports.plan_texts import PLAN_TEXTS
from kam_desktop.reports.meeting_pack import PackSections


def build_handover_pack(data, language: str, path: Path, issuer: Issuer = Issuer()) -> None:
    """Write the pack of ``data`` (a services.reports.handover_pack.HandoverPackData) in
    ``language`` to ``path``. ``issuer`` names its author."""
    pack = _HandoverPack(data, language, issuer)
    words = pack.words
    story = (pack.cover() + [PageBreak()] + pack.gaps() + pack.purchases() + pack.team()
             + [PageBreak()] + pack.role_map() + [PageBreak()] + pack.personal()
             + pack.ladder() + pack.plan() + pack.diary() + pack.value() + pack.barriers()
             + pack.opportunities())
    write_pdf(path, story, title=words["handover.title"], client=data.account.name,
              footer=words["page"], language=language, subject=words["handover.subtitle"],
              notice=words["confidential"], author=issuer.author(),
              signature=author_line(words, issuer))


class _HandoverPack(PackSections):
    """The meeting pack's sections over the account, with the hand-over's own."""

    def __init__(self, data, language: str, issuer: Issuer) -> None:
        super().__init__(data.account, language, issuer)
        self.pack = data
        words = handover_texts(language)
        # the personal notes are the contacts', not a meeting's attendees', and nobody is
        # highlighted on the role map: the account plan's note says only what roles are
        self.words = words | {"personal.title": words["handover.personal.title"],
                              "personal.empty": words["handover.personal.empty"],
                              "rolemap.note": PLAN_TEXTS[language]["aplan.rolemap.note"]}

    def cover(self) -> list[Flowable]:
        d, w, fmt = self.pack, self.words, self.fmt
        latest = d.handover
        pairs: list[tuple[str, object]] = [(w["account.title"], d.account.name),
                                           (w["handover.receiver"], d.receiver)]
        if latest is not None:
            pairs += [(w["handover.from"], latest.from_name or w["none"]),
                      (w["handover.date"], fmt.date(latest.date))]
            if latest.note:
                pairs.append((w["handover.note"], latest.note))
        pairs += [(w["account.category"], self.name(d.account.category)),
                  (w["account.stage"], self.name(d.account.lifecycle)),
                  (w["account.potential"], self.money(d.account.potential)),
                  (w["cover.date"], fmt.date(d.account.generated_on))]
        if self.issuer.person():
            pairs.append((w["cover.author"], self.issuer.person()))
        story = [Spacer(0, 30 * mm), para(w["handover.title"], self.styles["title"]),
                 para(w["handover.subtitle"], self.styles["subtitle"]), self.facts(pairs),
                 heading(w["handover.history"], self.styles["h2"])]
        if not d.handovers:
            return story + self.empty("handover.none")
        rows = [[w["col.date"], w["col.from"], w["col.to"], w["col.note"]]]
        rows += [[fmt.date(h.date), h.from_name or w["none"], h.to_name, h.note or ""]
                 for h in d.handovers]
        return story + data_table(rows, [24 * mm, 40 * mm, 40 * mm, CONTENT_WIDTH - 104 * mm])

    def gaps(self) -> list[Flowable]:
        found, w = self.pack.completeness, self.words
        story = [heading(w["gaps.title"], self.styles["h1"])]
        if not found.missing:
            return story + self.empty("gaps.none")
        story.append(para(w["gaps.text"].format(filled=found.filled, parts=len(found.parts)),
                          self.styles["body"]))
        return story + [para("• " + w[f"part.{part}"], self.styles["body"])
                        for part in found.missing]

    def purchases(self) -> list[Flowable]:
        p, w, fmt = self.pack.purchases, self.words, self.fmt
        story = self.section("purchases.title")
        if not p.deals:
            return story + self.empty("purchases.empty")
        interval = w["none"] if p.interval_days is None else fmt.number(round(p.interval_days))
        return story + [self.facts([
            (w["purchases.deals"], fmt.number(p.deals)),
            (w["purchases.total"], self.money(p.total)),
            (w["purchases.average"], self.money(p.average_deal)),
            (w["purchases.first"], self.date(p.first_deal)),
            (w["purchases.last"], self.date(p.last_deal)),
            (w["purchases.interval"], interval),
            (w["purchases.year"], fmt.number(p.deals_last_year))])]

    def team(self) -> list[Flowable]:
        w = self.words
        story = self.section("team.title")
        if not self.pack.team:
            return story + self.empty("team.empty")
        rows = [[w["col.member"], w["col.our_department"], w["col.level"], w["col.mirror"]]]
        rows += [[m.name, m.department or "", self.name(m.level), m.mirrors or ""]
                 for m in self.pack.team]
        return story + data_table(rows, [50 * mm, 45 * mm, 30 * mm, CONTENT_WIDTH - 125 * mm])

    def personal(self) -> list[Flowable]:
        if self.pack.receiver_on_team:
            return super().personal()
        w = self.words
        return [heading(w["personal.title"], self.styles["h1"]),
                para(w["handover.personal.left_out"].format(receiver=self.pack.receiver),
                     self.styles["body"])]
