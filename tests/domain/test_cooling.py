from datetime import date

from kam_desktop.domain.cooling import (
    DEFAULT_COOLING_DAYS, cooling_roles, days_since_last_contact_by_role,
)
from kam_desktop.domain.enums import Role

TODAY = date(2025, 5, 20)
ROLES = {"ivanov": Role.LEADER, "petrova": Role.BUTLER, "sidorov": Role.LEADER,
         "orlova": Role.SPECIFIER}


def test_latest_contact_per_role():
    diary = [
        (date(2025, 5, 10), ["petrova"]),
        (date(2025, 3, 1), ["ivanov", "petrova"]),
        (date(2025, 4, 5), ["sidorov"]),
        (date(2025, 5, 30), ["orlova"]),  # planned, not held yet
        (date(2025, 5, 19), ["stranger"]),  # not a contact with a role
    ]
    assert days_since_last_contact_by_role(ROLES, diary, TODAY) == {
        Role.LEADER: 45, Role.BUTLER: 10, Role.SPECIFIER: None,
    }


def test_meeting_today_is_zero_days():
    days = days_since_last_contact_by_role(ROLES, [(TODAY, iter(["orlova"]))], TODAY)
    assert days[Role.SPECIFIER] == 0


def test_never_contacted_and_no_contacts():
    assert days_since_last_contact_by_role(ROLES, [], TODAY) == {
        Role.LEADER: None, Role.BUTLER: None, Role.SPECIFIER: None}
    assert days_since_last_contact_by_role({}, [(TODAY, ["x"])], TODAY) == {}


def test_cooling_roles():
    assert DEFAULT_COOLING_DAYS == 45
    assert cooling_roles({Role.LEADER: 45, Role.SPECIFIER: 46}) == [Role.SPECIFIER]
    assert cooling_roles({Role.LEADER: None, Role.SPECIFIER: 0}) == [Role.LEADER]
    assert cooling_roles({Role.LEADER: 10, Role.SPECIFIER: 10}, threshold=5) == [
        Role.LEADER, Role.SPECIFIER]


def test_butlers_and_assistants_never_cool_and_absent_roles_are_skipped():
    assert cooling_roles({Role.BUTLER: None, Role.ASSISTANT: 400}) == []
    assert cooling_roles({}) == []
