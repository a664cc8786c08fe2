"""The weights, ranges and rules the demo draws with (the words are in words.json)."""
from __future__ import annotations

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
)

HISTORY_DAYS = 730

# --- portfolio classification ------------------------------------------------------------

CATEGORY_WEIGHTS = (
    (Category.KEY, 18), (Category.DEVELOPING, 32),
    (Category.MAINTAINED, 30), (Category.OCCASIONAL, 20),
)
LIFECYCLE_WEIGHTS = {
    Category.KEY: ((Lifecycle.KEY, 84), (Lifecycle.MAINTAINED, 6), (Lifecycle.DEVELOPING, 5),
                   (Lifecycle.SLEEPING, 5)),
    Category.DEVELOPING: ((Lifecycle.DEVELOPING, 60), (Lifecycle.PROSPECT, 30),
                          (Lifecycle.SLEEPING, 5), (Lifecycle.LOST, 5)),
    Category.MAINTAINED: ((Lifecycle.MAINTAINED, 80), (Lifecycle.KEY, 4), (Lifecycle.SLEEPING, 12),
                          (Lifecycle.LOST, 4)),
    Category.OCCASIONAL: ((Lifecycle.PROSPECT, 30), (Lifecycle.DEVELOPING, 30),
                          (Lifecycle.SLEEPING, 25), (Lifecycle.LOST, 15)),
}
MOTIVATION_WEIGHTS = (
    (Motivation.PRICE, 30), (Motivation.NOVELTY, 20),
    (Motivation.BELONGING, 25), (Motivation.STABILITY, 25),
)
#: annual purchase potential in RUB, drawn log-uniformly between the bounds
POTENTIAL = {
    Category.KEY: (150e6, 1.2e9), Category.DEVELOPING: (60e6, 600e6),
    Category.MAINTAINED: (20e6, 200e6), Category.OCCASIONAL: (5e6, 60e6),
}
#: share of wallet (%) at the start of the history, and its change per year (points)
SHARE_START = {
    Category.KEY: (35, 70), Category.DEVELOPING: (8, 30),
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
#: the rung we start from on the supplier ladder
LADDER_START = {
    Category.KEY: (3, 4), Category.DEVELOPING: (2, 3),
    Category.MAINTAINED: (2, 3), Category.OCCASIONAL: (1, 2),
}

# --- people -------------------------------------------------------------------------------

#: roles of the contacts beyond the first four (one of each role comes first)
EXTRA_ROLE_WEIGHTS = ((Role.LEADER, 20), (Role.SPECIFIER, 25), (Role.ASSISTANT, 30),
                      (Role.BUTLER, 25))
#: a boss comes before the people reporting to him: leaders, then specifiers, …
ROLE_RANK = {Role.LEADER: 0, Role.SPECIFIER: 1, Role.ASSISTANT: 2, Role.BUTLER: 3}
STANCE_WEIGHTS = ((Stance.SUPPORTER, 40), (Stance.NEUTRAL, 45), (Stance.OPPONENT, 15))
#: share of contacts with a filled questionnaire
PERSONAL_SHARE = 0.8

# --- diary, opportunities, plan, value dossier --------------------------------------------

DIARY_PER_MONTH = ((1, 55), (2, 35), (3, 10))
DIARY_KIND_WEIGHTS = ((DiaryKind.MEETING, 25), (DiaryKind.CALL, 30), (DiaryKind.EMAIL, 25),
                      (DiaryKind.VISIT, 10), (DiaryKind.NOTE, 10))
#: next steps due this many days before today or earlier are done
DONE_BEFORE_DAYS = 21
OPPORTUNITY_STATUS_WEIGHTS = (
    (OpportunityStatus.IDEA, 25), (OpportunityStatus.EVALUATING, 25),
    (OpportunityStatus.IN_PROGRESS, 20), (OpportunityStatus.WON, 15),
    (OpportunityStatus.DROPPED, 15),
)
ACTION_STATUS_WEIGHTS = ((ActionStatus.PLANNED, 30), (ActionStatus.IN_PROGRESS, 25),
                         (ActionStatus.DONE, 35), (ActionStatus.DROPPED, 10))
#: due date of an action by its status, in days relative to today
ACTION_DUE = {
    ActionStatus.DONE: (-200, -5),
    ActionStatus.DROPPED: (-150, -10),
    ActionStatus.IN_PROGRESS: (-20, 60),
    ActionStatus.PLANNED: (-10, 150),
}
VALUE_COUNT = {
    Category.KEY: (8, 15), Category.DEVELOPING: (4, 10),
    Category.MAINTAINED: (4, 10), Category.OCCASIONAL: (3, 6),
}
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
