"""Messages the interface can translate.

The rules and services speak English. A :class:`Text` is the English sentence as a
plain string, and also carries its template and arguments, so that the interface can
look the template up in its translations and fill in the same arguments.
"""
from __future__ import annotations

from typing import Any


class Text(str):
    template: str
    args: dict[str, Any]

    def __new__(cls, template: str, **args: Any) -> "Text":
        text = super().__new__(cls, template.format(**args))
        text.template = template
        text.args = args
        return text
