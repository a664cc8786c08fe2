"""indexes for Today's reads (issue #15)

Today selects, for the whole portfolio, the accounts at a stage (sleeping, lost, the
prospects to hand over), the deals and ladder assessments of an account by date and the
goals near their deadline: each is a search of one of these indexes instead of a scan of
its table. Nothing else changes. (An index led by a plan action's status was tried and
left out: without statistics SQLite then searched every open action of the portfolio
where an account's few goals were the way in.)

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-06 13:30:00
"""
from alembic import op


revision = '0021'
down_revision = '0020'
branch_labels = None
depends_on = None

#: (table, index, columns)
INDEXES = (
    ("account", "ix_account_lifecycle", ["lifecycle"]),
    ("deal", "ix_deal_account_date", ["account_id", "date"]),
    ("ladder_assessment", "ix_ladder_assessment_account_date", ["account_id", "date"]),
    ("goal", "ix_goal_deadline", ["deadline"]),
)


def upgrade() -> None:
    for table, name, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for table, name, _columns in INDEXES:
        op.drop_index(name, table_name=table)
