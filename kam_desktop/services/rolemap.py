"""Placing a client's contact on the role map: the interest and involvement scores
whose combination is the contact's role (see domain.roles)."""
from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from kam_desktop.services.records import update_record


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
