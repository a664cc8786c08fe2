"""Turning an opportunity into a goal of the account development plan: the goal it
serves from then on."""
from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from kam_desktop.domain.text import Text
from kam_desktop.services.errors import InputError
from kam_desktop.services.records import add_record, update_record
from kam_desktop.store.models import Opportunity


@dataclass(frozen=True)
class GoalMade:
    goal_id: uuid.UUID
    #: the goal the opportunity served before (None: none), which undoing links again
    previous_goal_id: uuid.UUID | None


def make_goal_of_opportunity(session: Session, *, opportunity_id: uuid.UUID,
                             client_goal: str) -> GoalMade:
    """A new plan goal whose own goal is the opportunity's title, mirroring
    ``client_goal`` (the client's goal it serves), with no deadline yet; the
    opportunity is linked to it."""
    opportunity = session.get(Opportunity, opportunity_id)
    if opportunity is None:
        raise InputError("opportunity", Text("the record no longer exists"))
    previous = opportunity.goal_id
    goal_id = add_record(session, kind="goal", parent_id=opportunity.account_id,
                         values={"our_goal": opportunity.title, "client_goal": client_goal})
    update_record(session, kind="opportunity", record_id=opportunity_id,
                  changes={"goal_id": goal_id})
    return GoalMade(goal_id, previous)
