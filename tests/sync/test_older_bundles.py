"""A bundle from a colleague whose version predates a field: the field arrives empty and
stamped as never written, so it never overrides what this laptop holds."""
from __future__ import annotations

import uuid

import pytest

from kam_desktop.store.clock import ZERO
from kam_desktop.sync.bundle.lines import MAY_LACK, parse_record
from kam_desktop.sync.values import Invalid


def _line(**fields) -> dict:
    return {"id": str(uuid.uuid4()), "f": fields, "s": {"*": [7 << 16, 0]}}


def test_a_field_the_sender_did_not_know_arrives_empty_and_never_written() -> None:
    line = _line(**{name: None for name in ("education", "last_job", "cares_about",
                                            "relations_with_us", "ethics",
                                            "negotiation_style", "obligations",
                                            "key_problems", "competitor_edge")},
                 interests="шахматы")
    record = parse_record(line, "personal_notes", True, 1)
    assert record.fields["interests"] == "шахматы"
    assert record.fields["consent_on"] is None and record.fields["consent_how"] is None
    assert record.stamp("consent_on") == ZERO and record.stamp("interests") == (7 << 16, 0)


def test_a_field_that_cannot_be_empty_is_still_required() -> None:
    assert not {"name", "interest"} & MAY_LACK["contact"]
    with pytest.raises(Invalid, match="interest is missing"):
        parse_record(_line(account_id=str(uuid.uuid4())), "contact", True, 1)
