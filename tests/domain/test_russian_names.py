"""The case forms of Russian names, as notes use them."""
from __future__ import annotations

import pytest

from kam_desktop.domain.russian_names import case_forms, mention_pattern, name_mentions


def _blank(name: str, text: str) -> str:
    phrases, surnames = name_mentions(name)
    return mention_pattern(phrases | surnames).sub("[…]", text)


@pytest.mark.parametrize(("name", "forms"), [
    ("Иванов Иван Петрович", [("Иванов", "Иван", "Петрович"), ("Иванова", "Ивана", "Петровича"),
                              ("Иванову", "Ивану", "Петровичу"),
                              ("Ивановым", "Иваном", "Петровичем"),
                              ("Иванове", "Иване", "Петровиче")]),
    ("Иванова Мария Петровна", [("Иванова", "Мария", "Петровна"),
                                ("Ивановой", "Марии", "Петровны"),
                                ("Ивановой", "Марии", "Петровне"),
                                ("Иванову", "Марию", "Петровну"),
                                ("Ивановой", "Марией", "Петровной")]),
    ("Толстой Лев Николаевич", [("Толстой", "Лев", "Николаевич"),
                                ("Толстого", "Льва", "Николаевича"),
                                ("Толстому", "Льву", "Николаевичу"),
                                ("Толстым", "Львом", "Николаевичем"),
                                ("Толстом", "Льве", "Николаевиче")]),
])
def test_regular_names_decline_in_every_case(name, forms) -> None:
    assert case_forms(name) == forms


def test_adjectival_and_indeclinable_surnames() -> None:
    assert [f[0] for f in case_forms("Достоевская Анна Григорьевна")] == [
        "Достоевская", "Достоевской", "Достоевской", "Достоевскую", "Достоевской"]
    assert {f[0] for f in case_forms("Коваленко Сергей Юрьевич")} == {"Коваленко"}
    assert {f[0] for f in case_forms("Шмидт Ольга")} == {"Шмидт"}  # a woman's: one form
    assert case_forms("John Smith") == [("John", "Smith")]


def test_erasing_ivanov_blanks_his_declined_mentions_only() -> None:
    name = "Иванов Иван Петрович"
    assert _blank(name, "Встретился с Ивановым, передал Иванову И. П. договор") == \
        "Встретился с […], передал […] договор"
    assert _blank(name, "у Ивана Петровича, И.П. Иванову") == "у […], […]"
    assert _blank(name, "Ивановская область, Иваненко, Иванченко") == \
        "Ивановская область, Иваненко, Иванченко"
    # his wife and a namesake with other initials keep their names
    assert _blank(name, "Ивановой М. С. и Иванова Мария") == "Ивановой М. С. и Иванова Мария"


def test_e_and_yo_are_the_same_letter() -> None:
    assert _blank("Петров Пётр Сергеевич", "у Петра Сергеевича и Петра Сергеевича") == \
        "у […] и […]"
    assert _blank("Семенов Артём", "звонил Семёнову") == "звонил […]"
