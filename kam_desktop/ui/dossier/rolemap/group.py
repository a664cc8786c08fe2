"""The role map across a holding's group: the people of every company of the group on
one map, each card marked with its company. Only this account's own cards can be moved;
the other companies' people are edited in their own dossiers."""
from __future__ import annotations

import uuid

from PySide6.QtWidgets import QGraphicsItem

from kam_desktop.services.holdings import group_contacts
from kam_desktop.ui.context import AppContext
from kam_desktop.ui.dossier.rolemap.cards import ContactCard

Row = dict


def other_companies_contacts(context: AppContext, account_id: uuid.UUID) -> list[Row]:
    """The people of the rest of ``account_id``'s group, as the map's cards read them:
    the company before the position, mirrored by none of this account's team."""
    return [row | {"position": " · ".join(filter(None, [row["company"], row["position"]])),
                   "mirrored_by": ()}
            for row in context.read(lambda s: group_contacts(s, account_id=account_id))
            if row["account_id"] != account_id]


def lock(cards: dict[uuid.UUID, ContactCard], others: set[uuid.UUID]) -> None:
    """Only this account's cards move; the others' are read-only."""
    for contact_id, card in cards.items():
        card.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, contact_id not in others)
