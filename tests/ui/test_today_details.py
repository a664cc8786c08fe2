"""The details Today writes for an item, read as the user reads them."""
from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QLocale

from kam_desktop.services.today import TodayItem
from kam_desktop.ui.today import TodayModel


def _asleep(reason: str, last_deal: date | None = None) -> TodayItem:
    return TodayItem("reactivate", uuid.uuid4(), "АО «Вектор»", None, reason, date(2026, 3, 20),
                     261, last_deal=last_deal)


def test_a_sleeping_clients_reason_reads_as_one_sentence(qapp) -> None:
    model = TodayModel()
    text = model.details(_asleep("Закупки только аварийные."))
    assert text.startswith("Asleep: Закупки только аварийные; no deal recorded. Reactivating")
    assert ".." not in text
    assert model.details(_asleep("")).startswith("Asleep: no reason recorded; ")


def test_a_sleeping_clients_last_deal_is_named(qapp) -> None:
    text = TodayModel().details(_asleep("Заморозили закупки", date(2025, 11, 4)))
    shown = QLocale().toString(date(2025, 11, 4), QLocale.FormatType.ShortFormat)
    assert text.startswith(f"Asleep: Заморозили закупки; last deal {shown}. ")
