"""The case forms of a Russian person's name, for finding where a text mentions them.

Notes are written in sentences: "встретился с Ивановым", "передал Ивановой И. П.",
"у Петра Сергеевича". The rules below decline the regular names — surnames in -ов/-ев/
-ин/-ын and their feminine -ова/-ева/-ина, adjectival ones (-ский/-ская, -ой, -ый),
surnames ending in a consonant or -а/-я, first names and patronymics (-ич, -на) — in the
six cases. Names that do not decline (-ко, -их/-ых, foreign ones ending in a vowel) keep
their one form; irregular ones beyond a few first names with a fleeting vowel (Пётр →
Петра, Павел → Павла, Лев → Льва) are not known. A name is written "Surname First
Patronymic", as the app keeps it.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

MALE, FEMALE = "m", "f"
#: the oblique cases' endings replacing ``cut`` letters of the nominative: genitive,
#: dative, accusative, instrumental, prepositional
Endings = tuple[int, tuple[str, str, str, str, str]]

_CYRILLIC = re.compile(r"^[А-ЯЁа-яё-]+$")
_HUSHING = "гкхжшчщц"  # after these an -ы is written -и
#: first names whose stem loses a vowel in the oblique cases
_FLEETING = {"Пётр": "Петр", "Петр": "Петр", "Павел": "Павл", "Лев": "Льв"}


def _declined(word: str, endings: Endings | None) -> list[str]:
    if endings is None:
        return [word]
    cut, oblique = endings
    stem = word[:len(word) - cut] if cut else word
    return [word, *(stem + ending for ending in oblique)]


def _a_declension(word: str) -> Endings:
    """Names in -а/-я of either gender (Никита, Анна, Ольга, Илья, Мария)."""
    if word.endswith("ия"):
        return 1, ("и", "и", "ю", "ей", "и")
    if word.endswith("я"):
        return 1, ("и", "е", "ю", "ей", "е")
    genitive = "и" if word[-2] in _HUSHING else "ы"
    instrumental = "ей" if word[-2] in "жшчщц" else "ой"
    return 1, (genitive, "е", "у", instrumental, "е")


def _surname_endings(word: str, gender: str) -> Endings | None:
    lower = word.lower()
    if lower.endswith(("ко", "их", "ых", "аго", "яго", "ово", "ого")):
        return None
    if gender == FEMALE:
        if lower.endswith(("ова", "ева", "ёва", "ина", "ына")):
            return 1, ("ой", "ой", "у", "ой", "ой")
        if lower.endswith("ая"):
            return 2, ("ой", "ой", "ую", "ой", "ой")
        if lower.endswith(("а", "я")):
            return _a_declension(lower)
        return None  # a woman's surname ending in a consonant does not decline
    if lower.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return 0, ("а", "у", "а", "ым", "е")
    if lower.endswith("ий"):
        return 2, ("ого", "ому", "ого", "им", "ом")
    if lower.endswith(("ый", "ой")):
        return 2, ("ого", "ому", "ого", "ым", "ом")
    if lower.endswith(("а", "я")):
        return _a_declension(lower)
    return _consonant_endings(lower)


def _consonant_endings(lower: str) -> Endings | None:
    """A man's name ending in a consonant, -й or -ь (Шмидт, Иван, Сергей, Игорь, Юрий)."""
    if lower.endswith("ий"):
        return 1, ("я", "ю", "я", "ем", "и")
    if lower.endswith(("й", "ь")):
        return 1, ("я", "ю", "я", "ем", "е")
    if lower[-1] in "аеёиоуыэюя":
        return None  # a foreign name ending in a vowel
    instrumental = "ем" if lower[-1] in "жшчщц" else "ом"
    return 0, ("а", "у", "а", instrumental, "е")


def _first_name_forms(word: str, gender: str) -> list[str]:
    lower = word.lower()
    if lower.endswith(("а", "я")):
        return _declined(word, _a_declension(lower))
    if gender == FEMALE:
        return [word]  # Любовь, Нинель and foreign names: one form is safe
    stem = _FLEETING.get(word)
    if stem is not None:
        return [word, *(stem + ending for ending in ("а", "у", "а", "ом", "е"))]
    return _declined(word, _consonant_endings(lower))


def _patronymic_forms(word: str) -> list[str]:
    if word.endswith("ич"):
        return _declined(word, (0, ("а", "у", "а", "ем", "е")))
    if word.endswith("на"):
        return _declined(word, (1, ("ы", "е", "у", "ой", "е")))
    return [word]


def gender_of(surname: str, first: str | None, patronymic: str | None) -> str:
    """Read from the patronymic, else the surname's or the first name's ending."""
    if patronymic:
        return FEMALE if patronymic.endswith("на") else MALE
    if surname.lower().endswith(("ова", "ева", "ёва", "ина", "ына", "ая")):
        return FEMALE
    if first and first.lower().endswith(("а", "я")) and first not in ("Никита", "Илья", "Фома"):
        return FEMALE
    return MALE


def case_forms(full_name: str) -> list[tuple[str, ...]]:
    """The name's words in each of the six cases, the nominative first: for "Иванов Иван
    Петрович" ("Иванов", "Иван", "Петрович"), ("Иванова", "Ивана", "Петровича"), … A name
    not written in Cyrillic, or of one word, has its one form."""
    words = full_name.split()
    if len(words) < 2 or not all(_CYRILLIC.match(w) for w in words):
        return [tuple(words)]
    surname, first, *rest = words
    patronymic = rest[0] if rest else None
    gender = gender_of(surname, first, patronymic)
    columns = [_declined(surname, _surname_endings(surname, gender)),
               _first_name_forms(first, gender)]
    if patronymic:
        columns.append(_patronymic_forms(patronymic))
    columns += [[w] for w in rest[1:]]
    return list(dict.fromkeys(
        tuple(column[case] if case < len(column) else column[0] for column in columns)
        for case in range(6)))


def name_mentions(full_name: str) -> tuple[set[str], set[str]]:
    """The ways a text names the person, in every case: (phrases, surnames alone). The
    phrases are the full name, "Surname I. O.", "Surname I.O.", "I. O. Surname", the
    surname with the first name, and the first name with the patronymic; the surname
    alone is given apart, since it is a mention only where no other person's first name
    or initials follow it ("Иванову" but not "Ивановой М. С.", his wife)."""
    phrases: set[str] = {full_name}
    surnames: set[str] = set()
    forms = case_forms(full_name)
    initials = [f"{w[0]}." for w in forms[0][1:]]
    for words in forms:
        phrases.add(" ".join(words))
        if len(words) < 2:
            continue
        surname, first, *rest = words
        phrases |= {f"{surname} {' '.join(initials)}", f"{surname} {''.join(initials)}",
                    f"{' '.join(initials)} {surname}", f"{''.join(initials)} {surname}",
                    f"{surname} {first}"}
        if rest:
            phrases.add(f"{first} {rest[0]}")
        surnames.add(surname)
    return phrases, surnames


def mention_pattern(mentions: Iterable[str]) -> re.Pattern | None:
    """One expression finding any of ``mentions`` as whole words, longest first, with
    "е" and "ё" taken as the same letter. A mention of one Cyrillic word (a surname
    alone) is not one where another capitalised word or initial follows it: that names
    someone else of the family."""
    alternatives = []
    for mention in sorted({m for m in mentions if m.strip()}, key=len, reverse=True):
        escaped = re.sub("[её]", "[её]", re.sub("[ЕЁ]", "[ЕЁ]", re.escape(mention)))
        if _CYRILLIC.match(mention):
            escaped += r"(?!\s+[А-ЯЁ])"
        alternatives.append(escaped)
    if not alternatives:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")
