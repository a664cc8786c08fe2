"""User-facing, translated names of the domain's enum values."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from kam_desktop.domain.enums import TeamLevel

def category_label(value: str) -> str:
    return {
        "key": QCoreApplication.translate("labels", "Key"),
        "developing": QCoreApplication.translate("labels", "Developing key"),
        "maintained": QCoreApplication.translate("labels", "Maintained"),
        "occasional": QCoreApplication.translate("labels", "Occasional"),
    }[value]

def lifecycle_label(value: str) -> str:
    return {
        "prospect": QCoreApplication.translate("labels", "Prospect"),
        "developing": QCoreApplication.translate("labels", "Developing"),
        "key": QCoreApplication.translate("labels", "Key account"),
        "maintained": QCoreApplication.translate("labels", "Maintained"),
        "sleeping": QCoreApplication.translate("labels", "Sleeping"),
        "lost": QCoreApplication.translate("labels", "Lost"),
    }[value]


def role_label(value: str) -> str:
    return {
        "leader": QCoreApplication.translate("labels", "Leader"),
        "specifier": QCoreApplication.translate("labels", "Specifier"),
        "assistant": QCoreApplication.translate("labels", "Assistant"),
        "butler": QCoreApplication.translate("labels", "Butler"),
    }[value]


def role_guidance(value: str) -> str:
    """What the role means and how to work with it, in a sentence or two."""
    return {
        "leader": QCoreApplication.translate(
            "labels", "Decides in their area, and the purchase may touch their own "
            "performance targets: keep those targets in view in every proposal."),
        "specifier": QCoreApplication.translate(
            "labels", "Shapes the requirements early, then steps back, yet stays a key "
            "source of information: make them an ally, keep them informed, ask their advice."),
        "assistant": QCoreApplication.translate(
            "labels", "Acts on someone else's instruction, so the talk is mostly about "
            "price. Show that you make their task easier, and go beyond their area only "
            "with their permission."),
        "butler": QCoreApplication.translate(
            "labels", "Often our main contact, though neither interested nor involved, and "
            "may keep us from those who are. Respect their rights and act nothing behind "
            "their back; keep asking for other contacts, also through our team; win their "
            "trust patiently with reasons that matter to them."),
    }[value]


def stance_label(value: str) -> str:
    return {
        "supporter": QCoreApplication.translate("labels", "Supporter"),
        "neutral": QCoreApplication.translate("labels", "Neutral"),
        "opponent": QCoreApplication.translate("labels", "Opponent"),
    }[value]


def team_level_label(value: str) -> str:
    return {
        "executive": QCoreApplication.translate("labels", "Executive"),
        "manager": QCoreApplication.translate("labels", "Manager"),
        "specialist": QCoreApplication.translate("labels", "Specialist"),
    }[value]


def mirrors_text(mirrors) -> str:
    """Our people mirroring a contact (domain.rolemap.Mirror), executives named as such."""
    return ", ".join(f"{m.name} ({team_level_label(m.level.value).lower()})"
                     if m.level is TeamLevel.EXECUTIVE else m.name for m in mirrors)


def consent_label(value: str) -> str:
    """How a person agreed to our keeping their questionnaire."""
    return {
        "orally": QCoreApplication.translate("labels", "Orally, at a meeting"),
        "in_writing": QCoreApplication.translate("labels", "In writing"),
        "by_email": QCoreApplication.translate("labels", "By e-mail"),
    }[value]


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


def ladder_label(level: int) -> str:
    return {
        1: QCoreApplication.translate("labels", "Commodity broker"),
        2: QCoreApplication.translate("labels", "Provider"),
        3: QCoreApplication.translate("labels", "Value adder"),
        4: QCoreApplication.translate("labels", "Business partner"),
    }[level]


def today_kind_label(kind: str) -> str:
    return {
        "next_step": QCoreApplication.translate("labels", "Next step due"),
        "action": QCoreApplication.translate("labels", "Plan action due"),
        "cooling": QCoreApplication.translate("labels", "Cooling"),
        "reactivate": QCoreApplication.translate("labels", "Sleeping: wake it up"),
        "lost_actions": QCoreApplication.translate("labels", "Lost: close its plan"),
        "ladder": QCoreApplication.translate("labels", "Ladder assessment stale"),
        "goal": QCoreApplication.translate("labels", "Goal at risk"),
    }[kind]


def date_format() -> str:
    """The locale's short date with a four-digit year (23.11.2026, 11/23/2026)."""
    return QLocale().dateFormat(QLocale.FormatType.ShortFormat).replace("yy", "yyyy") \
        .replace("yyyyyyyy", "yyyy")
