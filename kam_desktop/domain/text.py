"""Messages the interface can translate.

The rules and services speak English. A :class:`Text` is the English sentence as a
plain string, and also carries its template and arguments, so that the interface can
look the template up in its translations and fill in the same arguments.
"""
from __future__ import annotations

import re
from enum import Enum
from typing import Any

from kam_desktop.domain.glossary import name

#: characters no text may hold (tab and line breaks are allowed)
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


class Text(str):
    template: str
    args: dict[str, Any]

    def __new__(cls, template: str, **args: Any) -> "Text":
        text = super().__new__(cls, template.format(**args))
        text.template = template
        text.args = args
        return text


class Joined(tuple):
    """Values named together in a message ("2026 / Pipes"): an enumeration's value by its
    glossary name, in English here and in the window's language in the window
    (ui.messages.translated)."""

    def names(self, language: str) -> str:
        return " / ".join(name(language, value) if isinstance(value, Enum) else str(value)
                          for value in self)

    def __format__(self, spec: str) -> str:
        return self.names("en")


def string_problem(value: str, limit: int) -> Text | None:
    """Why the string ``value`` is not text a field may hold: longer than ``limit``, a
    broken character, or a control character."""
    if len(value) > limit:
        return Text("is longer than {length} characters", length=limit)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate such as "\ud800" is not text
        return Text("the text holds a broken character")
    control = CONTROL_CHARACTERS.search(value)
    if control:
        return Text("the text holds a control character ({code}); only tabs and line "
                    "breaks are allowed", code=f"U+{ord(control.group()):04X}")
    return None
