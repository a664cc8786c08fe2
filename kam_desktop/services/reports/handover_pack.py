"""The data of the hand-over pack: the dossier as the receiving manager needs it, internal
and confidential. It is the meeting pack's account (role map, ladder, plan, diary, value,
barriers, opportunities) with the purchase history, the account team, the parts the
dossier still lacks and the hand-overs so far. The contacts' personal notes go in only
when the receiver is on the account team: otherwise the data holds none."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.domain.completeness import Completeness
from kam_desktop.domain.deals import PurchaseMetrics
from kam_desktop.domain.enums import TeamLevel
from kam_desktop.domain.text import Text
from kam_desktop.services.dossier import load_dossier
from kam_desktop.services.errors import InputError
from kam_desktop.services.mine import fold_name
from kam_desktop.services.reports.account import find_account
from kam_desktop.services.reports.meeting_pack import (
    MeetingPackData, meeting_pack_data, personal_notes_of,
)
from kam_desktop.store.models import Handover


@dataclass(frozen=True)
class HandoverLine:
    date: date
    from_name: str | None
    to_name: str
    note: str | None


@dataclass(frozen=True)
class TeamLine:
    name: str
    department: str | None
    level: TeamLevel
    #: the client contact they mirror
    mirrors: str | None


@dataclass(frozen=True)
class HandoverPackData:
    #: the account as the meeting pack shows it; its ``personal_notes`` are every
    #: current contact's when the receiver is on the team, else none
    account: MeetingPackData
    #: as the team or the hand-over writes the name, else as given
    receiver: str
    receiver_on_team: bool
    #: every hand-over of the account, newest first
    handovers: tuple[HandoverLine, ...]
    #: the newest hand-over to the receiver (None: the pack is made before one)
    handover: HandoverLine | None
    purchases: PurchaseMetrics
    team: tuple[TeamLine, ...]
    completeness: Completeness


def handover_pack_data(session: Session, *, account_name: str, receiver: str,
                       today: date) -> HandoverPackData:
    """The pack for ``receiver`` taking the account on. An unknown account raises
    InputError naming it; so does an empty receiver."""
    if not fold_name(receiver):
        raise InputError("receiver", Text("say to whom the account is handed over"))
    account_id = find_account(session, None, account_name).id
    dossier = load_dossier(session, account_id, today=today)
    team = dossier.sections["team_member"]
    member = next((m["name"] for m in team if fold_name(m["name"]) == fold_name(receiver)),
                  None)
    account = meeting_pack_data(session, account_name=account_name, attendees=(), today=today)
    current = [c for c in dossier.sections["contact"] if c["left_on"] is None]
    account = replace(account, personal_notes=personal_notes_of(current) if member else ())
    handovers = tuple(HandoverLine(*row) for row in session.execute(
        select(Handover.date, Handover.from_name, Handover.to_name, Handover.note)
        .where(Handover.account_id == account_id)
        .order_by(Handover.date.desc(), Handover.to_name)))
    latest = next((h for h in handovers if fold_name(h.to_name) == fold_name(receiver)), None)
    return HandoverPackData(
        account=account, receiver=member or (latest and latest.to_name)
        or " ".join(receiver.split()), receiver_on_team=member is not None,
        handovers=handovers, handover=latest, purchases=dossier.purchases,
        team=tuple(TeamLine(m["name"], m["department"], m["level"], m["mirrors"])
                   for m in team),
        completeness=dossier.completeness)
