"""The language of the command line's messages: ``--lang`` before the command, else the
locale (LC_ALL, LC_MESSAGES, LANG: Russian when it starts with "ru"), else English.

The command line cannot use Qt, so it reads the window's Russian translation of its
messages (the context "messages" of resources/translations/kam_desktop_ru.ts, an XML
file shipped with the package) and fills in the arguments as the window does. The names
of values and the column titles come from the glossary (kam_desktop.domain.glossary).
"""
from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from functools import cache

from kam_desktop.domain.glossary import LANGUAGES
from kam_desktop.domain.text import Text
from kam_desktop.resources import RESOURCES

CONTEXT = "messages"
_language = "en"


def from_locale(environment: Mapping[str, str] = os.environ) -> str:
    """The language the locale asks for: the first of LC_ALL, LC_MESSAGES and LANG that
    is set decides, as for any program."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if environment.get(name):
            return "ru" if environment[name].lower().startswith("ru") else "en"
    return "en"


def set_language(language: str | None) -> str:
    """Speak ``language`` (None: the locale's) from now on; returns the one chosen."""
    global _language
    _language = language if language in LANGUAGES else from_locale()
    return _language


def language() -> str:
    return _language


@cache
def _translations(language: str) -> dict[str, str]:
    """The finished translations of the messages in ``language``'s .ts file."""
    found = {}
    root = ET.parse(RESOURCES / "translations" / f"kam_desktop_{language}.ts").getroot()
    for context in root.iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and translation.text:
                found[message.findtext("source")] = translation.text
    return found


def say(message: str) -> str:
    """``message`` in the chosen language when it is a translatable Text (with its
    arguments translated too), else as it is."""
    if not isinstance(message, Text):
        return message
    args = {name: say(value) for name, value in message.args.items()}
    template = _translations(_language).get(message.template, message.template)
    return template.format(**args)
