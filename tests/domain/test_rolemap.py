from datetime import date

import pytest

from kam_desktop.domain.enums import Role, Stance, TeamLevel
from kam_desktop.domain.rolemap import (
    LEADER_COOLING, NO_LEADER, NO_TOP_TO_TOP, NOT_MIRRORED, ONLY_ASSISTANTS_AND_BUTLERS,
    OPPONENT_IN_KEY_ROLE, MapContact, MapWarning, Mirror, days_since_contact, map_warnings,
    mirrors_by_contact,
)

N = Stance.NEUTRAL
EXECUTIVE = (Mirror("Смирнова А.", TeamLevel.EXECUTIVE),)
SPECIALIST = (Mirror("Ким О.", TeamLevel.SPECIALIST),)


def person(name, interest, involvement, stance=N, mirrored_by=EXECUTIVE):
    return MapContact(name, interest, involvement, stance, mirrored_by)


def codes(warnings):
    return [w.code for w in warnings]


def test_a_healthy_map_has_no_warnings():
    contacts = [person("Орлов", 8, 9, Stance.SUPPORTER), person("Ким", 7, 2),
                person("Лебедева", 2, 2, Stance.OPPONENT)]  # an opposed butler is no alarm
    assert contacts[0].role is Role.LEADER
    assert map_warnings(contacts, 10, 45) == []


def test_no_contacts_means_no_leader_only():
    assert map_warnings([], None, 45) == [MapWarning(NO_LEADER)]


def test_only_assistants_and_butlers():
    contacts = [person("Ким", 4.9, 9), person("Лебедева", 0, 0)]
    assert codes(map_warnings(contacts, None, 45)) == [NO_LEADER, ONLY_ASSISTANTS_AND_BUTLERS]


def test_a_specifier_is_enough_to_drop_the_all_assistants_warning():
    contacts = [person("Ким", 5, 0), person("Лебедева", 0, 0)]
    assert codes(map_warnings(contacts, None, 45)) == [NO_LEADER]


def test_opponents_in_key_roles_are_named():
    contacts = [person("Орлов", 10, 10, Stance.OPPONENT), person("Ким", 5, 4.9, Stance.OPPONENT),
                person("Пак", 4.9, 10, Stance.OPPONENT)]
    assert map_warnings(contacts, 0, 45) == [MapWarning(OPPONENT_IN_KEY_ROLE, ("Орлов", "Ким"))]


@pytest.mark.parametrize("days, warned", [(45, False), (46, True), (None, True), (0, False)])
def test_leader_cooling_threshold(days, warned):
    contacts = [person("Орлов", 9, 9), person("Белов", 6, 6)]
    expected = [MapWarning(LEADER_COOLING, ("Орлов", "Белов"), days)] if warned else []
    assert map_warnings(contacts, days, 45) == expected


def test_without_a_leader_there_is_no_cooling_warning():
    assert LEADER_COOLING not in codes(map_warnings([person("Ким", 9, 1)], None, 45))


def test_contacts_nobody_of_our_team_mirrors():
    contacts = [person("Орлов", 9, 9), person("Ким", 9, 1, mirrored_by=())]
    assert map_warnings(contacts, 1, 45) == [MapWarning(NOT_MIRRORED, ("Ким",))]


def test_a_contact_mirrored_by_a_team_member_is_not_reported_unmirrored():
    """The account team's "mirrors" is the relation: a contact no longer needs a text of
    their own to count as mirrored."""
    orlov, kim = object(), object()
    mirrors = mirrors_by_contact([(kim, "Ким О.", TeamLevel.SPECIALIST), (None, "Никто", None)])
    contacts = [person("Орлов", 9, 9, mirrored_by=mirrors.get(orlov, ())),
                person("Ким", 3, 3, mirrored_by=mirrors.get(kim, ()))]
    assert [w for w in map_warnings(contacts, 1, 45) if w.code == NOT_MIRRORED] == [
        MapWarning(NOT_MIRRORED, ("Орлов",))]


def test_top_to_top_needs_one_of_our_executives_on_a_leader():
    specialist_on_leader = person("Орлов", 9, 9, mirrored_by=SPECIALIST)
    executive_on_specifier = person("Ким", 9, 1)
    assert not specialist_on_leader.top_to_top and not executive_on_specifier.top_to_top
    assert map_warnings([specialist_on_leader, executive_on_specifier], 1, 45) == [
        MapWarning(NO_TOP_TO_TOP, ("Орлов",))]
    both = person("Орлов", 9, 9, mirrored_by=SPECIALIST + EXECUTIVE)
    assert both.top_to_top and map_warnings([both], 1, 45) == []


def test_mirrors_by_contact_puts_executives_first():
    mirrors = mirrors_by_contact([("c", "Акулов", TeamLevel.SPECIALIST),
                                  ("c", "Яшин", TeamLevel.EXECUTIVE),
                                  ("c", "Борисова", None)])
    assert [m.name for m in mirrors["c"]] == ["Яшин", "Акулов", "Борисова"]


def test_days_since_contact_takes_the_latest_held_meeting():
    today = date(2025, 5, 20)
    diary = [(date(2025, 5, 1), ["a", "b"]), (date(2025, 5, 18), ["a"]),
             (date(2025, 6, 1), ["c", "b"]), (today, iter(["d"]))]
    assert days_since_contact(diary, today) == {"a": 2, "b": 19, "d": 0}
    assert days_since_contact([], today) == {}
