"""Placing a client's contact on the role map: the interest and involvement scores
whose combination is the contact's role (see domain.roles); and every account's map
counted for the portfolio's role coverage."""
from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from kam_desktop.domain.enums import Stance, TeamLevel
from kam_desktop.domain.roles import HIGH_THRESHOLD
from kam_desktop.domain.rolemap import MapCounts
from kam_desktop.services.records import update_record
from kam_desktop.store.models import Contact, TeamMember


def place_contact_on_map(session: Session, *, contact_id: uuid.UUID,
                         interest: float | None = None,
                         involvement: float | None = None) -> dict[str, float]:
    """Move a contact on the map: set the scores given (each on the 0–10 scale), keep
    the others. Returns the old values of the scores that changed; placing the contact
    with them undoes the move."""
    scores = {name: value for name, value in (("interest", interest),
                                              ("involvement", involvement))
              if value is not None}
    return update_record(session, kind="contact", record_id=contact_id, changes=scores)


def portfolio_map_counts(run, *, today: date, ids: Mapping[object, uuid.UUID]
                         ) -> dict[uuid.UUID, MapCounts]:
    """Each account's MapCounts over its current contacts (none left by ``today``), in
    one statement (``run`` executes a Core select; ``ids``: each account's id under the
    text a driver sends it as). The roles follow domain.roles.role_for: a high interest
    is a key role, with a high involvement too a leader."""
    mirrors = select(TeamMember.mirrors_id.label("contact"), func.count().label("all"),
                     func.count().filter(TeamMember.level == TeamLevel.EXECUTIVE)
                     .label("executives")).where(TeamMember.mirrors_id.is_not(None)
                                                 ).group_by(TeamMember.mirrors_id).subquery()
    key = Contact.interest >= HIGH_THRESHOLD
    leader = key & (Contact.involvement >= HIGH_THRESHOLD)
    counted = select(
        type_coerce(Contact.account_id, String), func.count(), func.count().filter(leader),
        func.count().filter(key), func.count().filter(key & (Contact.stance == Stance.OPPONENT)),
        func.count().filter(leader & mirrors.c.all.is_(None)),
        func.count().filter(leader & (func.coalesce(mirrors.c.executives, 0) == 0)),
    ).outerjoin(mirrors, mirrors.c.contact == Contact.id).where(
        Contact.left_on.is_(None) | (Contact.left_on > today)).group_by(Contact.account_id)
    return {ids[raw_id]: MapCounts(*counts) for raw_id, *counts in run(counted).all()}
