"""The details Today writes for an item, read as the user reads them."""
from __future__ import annotations

import uuid
from datetime import date

from kam_desktop.services.today import TodayItem
from kam_desktop.ui.today import TodayModel


def _asleep(reason: str) -> TodayItem:
    return TodayItem("reactivate", uuid.uuid4(), "АО «Вектор»", None, reason, date(2026, 3, 20),
                     261)


def test_a_sleeping_clients_reason_reads_as_one_sentence(qapp) -> None:
    model = TodayModel()
    text = model.details(_asleep("Закупки только аварийные."))
    assert text.startswith("Asleep: Закупки только аварийные. Reactivating")
    assert ".." not in text
    assert model.details(_asleep("")).startswith("Asleep: no reason recorded. ")
