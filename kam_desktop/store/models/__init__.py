"""The ORM entities of a key-account portfolio, one module per part of the dossier.

Every table has a UUID primary key so that rows keep their identity when data
moves between laptops. Money is ``Numeric(16, 2)`` in the account's currency.
Everything here is dialect-neutral: the same schema works on SQLite and on a
shared PostgreSQL server. Importing this package maps every table.
"""
from kam_desktop.store.models.base import DERIVED, NAMING, Base, Money, travels
from kam_desktop.store.models.account import (
    Account,
    Revenue,
    Potential,
    GroupPotential,
    Deal,
    LadderAssessment,
    CoolingReason,
    Handover,
    WorkloadFactors,
)
from kam_desktop.store.models.people import Contact, PersonalNotes, TeamMember, ErasureLog
from kam_desktop.store.models.diary import DiaryEntry, DiaryAttendee
from kam_desktop.store.models.plan import Opportunity, Goal, PlanAction
from kam_desktop.store.models.value import (
    ValueEntry,
    Statistic,
    InvolvementShare,
    SwitchingBarrier,
)
from kam_desktop.store.models.loss import Loss, WinBackAction
from kam_desktop.store.models.rolemap import MapSnapshot, MapSnapshotEntry
from kam_desktop.store.models.rates import ExchangeRate
from kam_desktop.store.models.sync import (
    SyncReplica,
    SyncClock,
    SyncTombstone,
    SyncConflict,
    SyncSeen,
    SyncImport,
)

__all__ = [
    "Base",
    "DERIVED",
    "travels",
    "Money",
    "NAMING",
    "Account",
    "Revenue",
    "Potential",
    "GroupPotential",
    "Deal",
    "LadderAssessment",
    "Contact",
    "PersonalNotes",
    "TeamMember",
    "DiaryEntry",
    "DiaryAttendee",
    "Opportunity",
    "Goal",
    "PlanAction",
    "ValueEntry",
    "Statistic",
    "InvolvementShare",
    "SwitchingBarrier",
    "CoolingReason",
    "Handover",
    "WorkloadFactors",
    "Loss",
    "WinBackAction",
    "ExchangeRate",
    "ErasureLog",
    "MapSnapshot",
    "MapSnapshotEntry",
    "SyncReplica",
    "SyncClock",
    "SyncTombstone",
    "SyncConflict",
    "SyncSeen",
    "SyncImport",
]
