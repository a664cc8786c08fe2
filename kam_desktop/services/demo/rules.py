"""The weights, ranges and rules the demo draws with (the words are in words.json)."""
from __future__ import annotations

from decimal import Decimal

from kam_desktop.domain.enums import (
    ActionStatus,
    Category,
    DiaryKind,
    Lifecycle,
    Motivation,
    OpportunityStatus,
    Role,
    Stage,
    Stance,
    ValueKind,
)

HISTORY_DAYS = 730

# --- portfolio classification ------------------------------------------------------------

#: the stories of every twenty accounts, dealt from a shuffled deck: (category, stage,
#: primary motivation or None to draw one, how many). Each twenty has prospects, sleeping
#: and lost accounts to learn from, and one key account still buying on price.
STORIES = (
    (Category.KEY, Lifecycle.KEY, None, 3),
    (Category.KEY, Lifecycle.DEVELOPING, Motivation.PRICE, 1),
    (Category.DEVELOPING, Lifecycle.DEVELOPING, None, 4),
    (Category.DEVELOPING, Lifecycle.PROSPECT, None, 2),
    (Category.MAINTAINED, Lifecycle.MAINTAINED, None, 4),
    (Category.MAINTAINED, Lifecycle.SLEEPING, None, 1),
    (Category.MAINTAINED, Lifecycle.LOST, None, 1),
    (Category.OCCASIONAL, Lifecycle.MAINTAINED, None, 2),
    (Category.OCCASIONAL, Lifecycle.PROSPECT, None, 1),
    (Category.OCCASIONAL, Lifecycle.LOST, None, 1),
)
#: a key account values more than price (its price-driven one is a story of its own)
MOTIVATION_WEIGHTS = {
    Category.KEY: ((Motivation.NOVELTY, 30), (Motivation.BELONGING, 35),
                   (Motivation.STABILITY, 35)),
    Category.DEVELOPING: ((Motivation.PRICE, 25), (Motivation.NOVELTY, 30),
                          (Motivation.BELONGING, 25), (Motivation.STABILITY, 20)),
    Category.MAINTAINED: ((Motivation.PRICE, 15), (Motivation.NOVELTY, 10),
                          (Motivation.BELONGING, 30), (Motivation.STABILITY, 45)),
    Category.OCCASIONAL: ((Motivation.PRICE, 60), (Motivation.NOVELTY, 20),
                          (Motivation.STABILITY, 20)),
}
#: annual purchase potential in RUB, drawn log-uniformly between the bounds; with the
#: shares below about a fifth of the clients bring 80 % of the revenue (ABC class A)
POTENTIAL = {
    Category.KEY: (300e6, 2.5e9), Category.DEVELOPING: (60e6, 600e6),
    Category.MAINTAINED: (15e6, 150e6), Category.OCCASIONAL: (2e6, 30e6),
}
#: share of wallet (%) at the start of the history, and its change per year (points)
SHARE_START = {
    Category.KEY: (35, 70), Category.DEVELOPING: (8, 25),
    Category.MAINTAINED: (30, 65), Category.OCCASIONAL: (5, 20),
}
SHARE_TREND = {
    Category.KEY: (-3, 4), Category.DEVELOPING: (2, 8),
    Category.MAINTAINED: (-3, 2), Category.OCCASIONAL: (-2, 3),
}
SHARE_MIN, SHARE_MAX = 5.0, 70.0
QUARTER_SEASON = (0.85, 1.0, 1.05, 1.1)
#: deals per quarter, drawn between the bounds; the quarter's revenue is split among them
DEALS_PER_QUARTER = {
    Category.KEY: (3, 6), Category.DEVELOPING: (1, 4),
    Category.MAINTAINED: (2, 4), Category.OCCASIONAL: (1, 2),
}
#: the completed quarters whose revenue is also written as deals
DEAL_QUARTERS = 8
#: share of deals written without the ERP's document number
UNREFERENCED_SHARE = 0.1
#: the rung the client puts us on at the first assessment; a client buying on price sees
#: us as one supplier among many, whatever its size
LADDER_START = {
    Category.KEY: (3, 4), Category.DEVELOPING: (2, 3),
    Category.MAINTAINED: (2, 3), Category.OCCASIONAL: (1, 2),
}
LADDER_START_PRICE = (1, 2)
#: our own estimate against the rung the client's answers point to (+1: we rate ourselves
#: higher), dealt from a shuffled deck of these cards: four in ten assessments disagree, so
#: the six questions teach something
LADDER_GAPS = ((0, 6), (1, 3), (-1, 1))
#: how often the client told us the rung they put us on (else only their answers are known)
CLIENT_VIEW_KNOWN = 0.6
#: one account in eight was last assessed over a quarter ago (Today asks to reassess it)
LADDER_STALE = ((True, 1), (False, 7))

# --- people -------------------------------------------------------------------------------

#: roles of the contacts beyond the first four (one of each role comes first)
EXTRA_ROLE_WEIGHTS = ((Role.LEADER, 20), (Role.SPECIFIER, 25), (Role.ASSISTANT, 30),
                      (Role.BUTLER, 25))
#: a boss comes before the people reporting to him: leaders, then specifiers, …
ROLE_RANK = {Role.LEADER: 0, Role.SPECIFIER: 1, Role.ASSISTANT: 2, Role.BUTLER: 3}
STANCE_WEIGHTS = ((Stance.SUPPORTER, 40), (Stance.NEUTRAL, 45), (Stance.OPPONENT, 15))
#: share of contacts with a filled questionnaire; we hardly know a prospect's people yet
PERSONAL_SHARE = {Lifecycle.PROSPECT: 0.3}
PERSONAL_SHARE_DEFAULT = 0.8

# --- diary, opportunities, plan, value dossier --------------------------------------------

DIARY_PER_MONTH = ((1, 55), (2, 35), (3, 10))
DIARY_KIND_WEIGHTS = ((DiaryKind.MEETING, 25), (DiaryKind.CALL, 30), (DiaryKind.EMAIL, 25),
                      (DiaryKind.VISIT, 10), (DiaryKind.NOTE, 10))
#: next steps overdue by more than this many days are done; of those overdue by fewer,
#: one in eight is still open (dealt from a deck, so a small demo has a few too)
DONE_BEFORE_DAYS = 7
OVERDUE_STEP_OPEN = ((True, 1), (False, 7))
#: an active account's leader and specifier were met within the last weeks, except in one
#: account in twelve (dealt from a deck): Today shows it as cooling
COOLING = ((True, 1), (False, 11))
#: where each active account's plan stands with its regular review (domain.plan_review):
#: reviewed within its cadence, overdue, or never reviewed
PLAN_REVIEWS = (("recent", 28), ("late", 1), ("never", 1))
#: how many sites (plants, branches) a client has: one to three, or a holding's five
SITES = (1, 2, 3, 5)
#: a prospect was first met this many days ago; the diary starts there
FIRST_CONTACT_DAYS = (45, 180)
#: after it went quiet a sleeping account hears from us in this share of months, and not
#: in the last ones: the last contact was long ago
WAKE_ATTEMPT_SHARE = 0.15
WAKE_ATTEMPT_NOT_WITHIN_DAYS = 75
OPPORTUNITY_STATUS_WEIGHTS = (
    (OpportunityStatus.IDEA, 25), (OpportunityStatus.EVALUATING, 25),
    (OpportunityStatus.IN_PROGRESS, 20), (OpportunityStatus.WON, 15),
    (OpportunityStatus.DROPPED, 15),
)
#: what became of the opportunities of a prospect (not bought yet) and of a lost account
PROSPECT_OPPORTUNITY_STATUSES = (OpportunityStatus.IDEA, OpportunityStatus.EVALUATING,
                                 OpportunityStatus.IN_PROGRESS)
LOST_OPPORTUNITY_STATUSES = (OpportunityStatus.WON, OpportunityStatus.DROPPED)
ACTION_STATUS_WEIGHTS = ((ActionStatus.PLANNED, 30), (ActionStatus.IN_PROGRESS, 25),
                         (ActionStatus.DONE, 35), (ActionStatus.DROPPED, 10))
#: a lost account's plan is closed: done before the loss, dropped after
LOST_ACTION_STATUS_WEIGHTS = ((ActionStatus.DONE, 60), (ActionStatus.DROPPED, 40))
#: due date of an action by its status, in days relative to today
ACTION_DUE = {
    ActionStatus.DONE: (-200, -5),
    ActionStatus.DROPPED: (-150, -10),
    ActionStatus.IN_PROGRESS: (-2, 120),
    ActionStatus.PLANNED: (3, 150),
}
VALUE_COUNT = {
    Category.KEY: (8, 15), Category.DEVELOPING: (4, 10),
    Category.MAINTAINED: (4, 10), Category.OCCASIONAL: (3, 6),
}
#: what we may already have done for a prospect, and how many times
PROSPECT_VALUE_KINDS = (ValueKind.SAMPLES, ValueKind.TESTING, ValueKind.CONSULTING)
PROSPECT_VALUE_COUNT = (1, 2)
STAGES = tuple(Stage)
#: shares are whole multiples of this (30-40-30 style)
INVOLVEMENT_STEP = 5

# --- KAM workload ----------------------------------------------------------------------------

#: distance from our Moscow office (1–5) of a region missing from distance_from_office
DISTANCE_UNLISTED = 3
#: accounts whose workload was never assessed, and factors left out of an assessment
WORKLOAD_UNASSESSED = 0.1
FACTOR_SKIPPED = {Lifecycle.PROSPECT: 0.4}
FACTOR_SKIPPED_DEFAULT = 0.03

#: roughly what a unit of each currency was worth in roubles, for the demo's rates
DEMO_RATES = {"USD": Decimal("85"), "EUR": Decimal("95"), "CNY": Decimal("11.8")}
