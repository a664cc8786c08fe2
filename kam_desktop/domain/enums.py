"""The closed vocabularies of the domain.

The values are the snake_case English words used in the database and in the
interchange format; user-facing labels live in the UI's translations.
"""
from __future__ import annotations

from enum import Enum, IntEnum


class Category(str, Enum):
    KEY = "key"
    DEVELOPING = "developing"  # could be key if we were a more attractive supplier
    MAINTAINED = "maintained"
    OCCASIONAL = "occasional"


class Motivation(str, Enum):
    PRICE = "price"
    NOVELTY = "novelty"
    BELONGING = "belonging"
    STABILITY = "stability"


class Lifecycle(str, Enum):
    PROSPECT = "prospect"
    DEVELOPING = "developing"
    KEY = "key"
    MAINTAINED = "maintained"
    SLEEPING = "sleeping"
    LOST = "lost"

    @property
    def needs_reason(self) -> bool:
        return self in (Lifecycle.SLEEPING, Lifecycle.LOST)


class Stance(str, Enum):
    SUPPORTER = "supporter"
    NEUTRAL = "neutral"
    OPPONENT = "opponent"


class Role(str, Enum):
    LEADER = "leader"
    SPECIFIER = "specifier"
    ASSISTANT = "assistant"
    BUTLER = "butler"


class ContactType(str, Enum):
    """What part a contact plays in the purchase besides the role on the map [002]: the
    one who decides (ЛПР), one who influences the decision (ЛВР), or a user of what we
    supply."""

    DECISION_MAKER = "decision_maker"
    INFLUENCER = "influencer"
    USER = "user"


class TeamLevel(str, Enum):
    """How senior one of our people on an account is: top-to-top selling [004] is our
    executives dealing with the client's leaders."""

    EXECUTIVE = "executive"
    MANAGER = "manager"
    SPECIALIST = "specialist"


class DiaryKind(str, Enum):
    MEETING = "meeting"
    CALL = "call"
    EMAIL = "email"
    VISIT = "visit"
    NOTE = "note"
    #: the team went through the account's written plan (domain.plan_review)
    PLAN_REVIEW = "plan_review"


class OpportunityClass(str, Enum):
    GROW_USAGE = "grow_usage"
    IMPROVE_SERVICE = "improve_service"
    EXPAND_BUSINESS = "expand_business"


class OpportunityStatus(str, Enum):
    IDEA = "idea"
    EVALUATING = "evaluating"
    IN_PROGRESS = "in_progress"
    WON = "won"
    DROPPED = "dropped"


class ActionStatus(str, Enum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class ValueKind(str, Enum):
    INVESTMENT = "investment"
    TRAINING = "training"
    CONSULTING = "consulting"
    PROTOTYPE = "prototype"
    TESTING = "testing"
    RESERVE_STOCK = "reserve_stock"
    TRADE_SAVINGS = "trade_savings"
    AUTOMATION = "automation"
    SAMPLES = "samples"
    EQUIPMENT = "equipment"
    SPECIAL_SERVICE = "special_service"
    EXPEDITED_DELIVERY = "expedited_delivery"
    PROBLEM_SOLVING = "problem_solving"
    SPECIAL_EVENT = "special_event"


class Stage(str, Enum):
    """Stages of the service "conveyor" in the functional involvement map."""

    SEARCH = "search"
    NEED_IDENTIFICATION = "need_identification"
    PROJECT_IMPLEMENTATION = "project_implementation"
    SERVICE_PROGRAMMES = "service_programmes"
    REPEAT_SALE = "repeat_sale"


class LadderLevel(IntEnum):
    """Rungs of the supplier ladder, as the client sees us."""

    COMMODITY_BROKER = 1
    PROVIDER = 2
    VALUE_ADDER = 3
    BUSINESS_PARTNER = 4


#: Keys of the personal questionnaire of a contact (sensitive personal data).
PERSONAL_FIELDS: tuple[str, ...] = (
    "education",
    "last_job",
    "cares_about",
    "interests",
    "relations_with_us",
    "ethics",
    "negotiation_style",
    "obligations",
    "key_problems",
    "competitor_edge",
)

#: Keys of the record of the person's consent to the questionnaire: the day they agreed
#: and how (personal data too: erased with the person, never client-facing).
CONSENT_FIELDS: tuple[str, ...] = ("consent_on", "consent_how")


class ConsentWay(str, Enum):
    """How a person agreed to our keeping their personal questionnaire."""

    ORALLY = "orally"
    IN_WRITING = "in_writing"
    BY_EMAIL = "by_email"


#: Keys of the six diagnostic questions of a supplier-ladder assessment.
LADDER_QUESTIONS: tuple[str, ...] = (
    "needs_us_as_much",
    "deals_with_competitors",
    "likes_discussing_business",
    "buys_from_competitors",
    "drives_us_mad",
    "postpones_visits",
)
