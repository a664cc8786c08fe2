"""User-facing words of the window: the glossary's names and terms and the roles'
guidance in the interface's language, and the texts only the window shows (the
questionnaire's questions, Today's kinds)."""
from __future__ import annotations

from decimal import Decimal
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from kam_desktop.domain import glossary, role_advice
from kam_desktop.domain.enums import LadderLevel, Role, TeamLevel


def interface_language() -> str:
    """The language of the installed translation ("en" without one): the glossary's
    words then match the window's other words."""
    code = QCoreApplication.translate("glossary", "en", "the code of this translation's language")
    return code if code in glossary.LANGUAGES else "en"


def name_of(value: Enum) -> str:
    """The glossary's name of a domain value (a category, a status…) in the window."""
    return glossary.name(interface_language(), value)


def rung(level: int) -> str:
    """A rung of the supplier ladder with its number: "3 — Value-adding supplier"."""
    return glossary.rung(interface_language(), LadderLevel(level))


def term(key: str) -> str:
    """A shared term of the glossary (a column title) in the window."""
    return glossary.term(interface_language(), key)


def role_guidance(value: str) -> str:
    """What the role means and how to work with it (domain.role_advice), in the window."""
    return role_advice.advice(interface_language(), Role(value))


def mirrors_text(mirrors) -> str:
    """Our people mirroring a contact (domain.rolemap.Mirror), executives named as such."""
    return ", ".join(f"{m.name} ({name_of(m.level).lower()})"
                     if m.level is TeamLevel.EXECUTIVE else m.name for m in mirrors)


def personal_question(field: str) -> tuple[str, str]:
    """(the question, why it matters) for a field of the personal questionnaire."""
    return {
        "education": (
            QCoreApplication.translate("labels", "Education"),
            QCoreApplication.translate("labels", "What and when they studied, or whether "
                                       "its absence is a sore point.")),
        "last_job": (
            QCoreApplication.translate("labels", "Previous employer and position"),
            QCoreApplication.translate("labels", "Where their habits and contacts come from.")),
        "cares_about": (
            QCoreApplication.translate("labels", "Company's welfare or their own?"),
            QCoreApplication.translate("labels", "Tells which arguments will move them.")),
        "interests": (
            QCoreApplication.translate("labels", "What they care about besides business"),
            QCoreApplication.translate("labels", "Common ground for a conversation.")),
        "relations_with_us": (
            QCoreApplication.translate("labels", "Relations with our people"),
            QCoreApplication.translate("labels", "Who, what kind, good or not, and why.")),
        "ethics": (
            QCoreApplication.translate("labels", "Moral or ethical considerations"),
            QCoreApplication.translate("labels", "What to avoid in dealing with them.")),
        "negotiation_style": (
            QCoreApplication.translate("labels", "Negotiation style"),
            QCoreApplication.translate("labels", "How to prepare for the meeting.")),
        "obligations": (
            QCoreApplication.translate("labels", "Obligations to us or to a competitor"),
            QCoreApplication.translate("labels", "Whose side they feel bound to.")),
        "key_problems": (
            QCoreApplication.translate("labels", "Company problems that matter most to them"),
            QCoreApplication.translate("labels", "And whether we can solve them.")),
        "competitor_edge": (
            QCoreApplication.translate("labels", "Could a competitor solve them better?"),
            QCoreApplication.translate("labels", "Where we are exposed.")),
    }[field]


def today_kind_label(kind: str) -> str:
    return {
        "next_step": QCoreApplication.translate("labels", "Next step due"),
        "action": QCoreApplication.translate("labels", "Plan action due"),
        "cooling": QCoreApplication.translate("labels", "Cooling"),
        "handover": QCoreApplication.translate("labels", "Hand over"),
        "reactivate": QCoreApplication.translate("labels", "Sleeping: wake it up"),
        "lost_actions": QCoreApplication.translate("labels", "Lost: close its plan"),
        "win_back": QCoreApplication.translate("labels", "Win-back action due"),
        "ladder": QCoreApplication.translate("labels", "Ladder assessment stale"),
        "goal": QCoreApplication.translate("labels", "Goal at risk"),
        "plan_review": QCoreApplication.translate("labels", "Plan due for review"),
    }[kind]


def handover_trigger_label(trigger: str) -> str:
    """What a crossed hand-over trigger (domain.handover.TRIGGERS) says."""
    return {
        "deals": QCoreApplication.translate("labels", "its deals reached the number set"),
        "amount": QCoreApplication.translate("labels", "a year's orders reached the amount set"),
        "share": QCoreApplication.translate("labels", "our share of its purchases reached the "
                                                      "percentage set"),
        "months": QCoreApplication.translate("labels", "a regular client for the months set"),
    }[trigger]


def dossier_part_label(part: str) -> str:
    """What a part of the dossier (domain.completeness.PARTS) is called where it is missing."""
    return {
        "profile": QCoreApplication.translate("labels", "legal name or INN, industry, region"),
        "motivation": QCoreApplication.translate("labels", "motivation segment"),
        "potential": QCoreApplication.translate("labels", "purchase potential"),
        "leader": QCoreApplication.translate("labels", "a leader on the role map"),
        "specifier": QCoreApplication.translate("labels", "a specifier on the role map"),
        "team": QCoreApplication.translate("labels", "our account team"),
        "ladder": QCoreApplication.translate("labels", "a recent ladder assessment"),
        "plan": QCoreApplication.translate("labels", "plan goals"),
        "value": QCoreApplication.translate("labels", "value delivered this year"),
        "next_step": QCoreApplication.translate("labels", "an open next step"),
    }[part]


def date_format() -> str:
    """The locale's short date with a four-digit year (23.11.2026, 11/23/2026)."""
    return QLocale().dateFormat(QLocale.FormatType.ShortFormat).replace("yy", "yyyy") \
        .replace("yyyyyyyy", "yyyy")


CURRENCY_SIGNS = {"RUB": "\u20bd", "USD": "$", "EUR": "\u20ac"}


def format_money(value: Any, decimals: int = 2, currency: str | None = None) -> str:
    """The amount in the interface's number format, with the currency's sign if given."""
    if value is None:
        return ""
    amount = Decimal(value)
    places = 0 if amount == amount.to_integral_value() else decimals
    text = QLocale().toString(float(amount), "f", places)
    return f"{text}\u00a0{CURRENCY_SIGNS.get(currency, currency)}" if currency else text
