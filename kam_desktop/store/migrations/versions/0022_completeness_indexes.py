"""indexes for the completeness of every dossier (issue #15)

The completeness asks, for each part of a dossier, which accounts hold it. Three of the
parts had no index holding every column they ask about, so each entry found was read
from its table, a page of a 1.5 GB file at 20,000 accounts, and the read grew faster than
the portfolio:
- the roles: an account's present people by interest and involvement;
- the value given this year: an account's value entries by date;
- the open next steps: the index of open steps by due date found every open entry of the
  portfolio (38,000 at 5,000 accounts, a tenth of them with a step written). A partial
  index holds only the entries with a step written, by done and account.
Nothing else changes.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-07 03:20:00
"""
import sqlalchemy as sa
from alembic import op


revision = '0022'
down_revision = '0021'
branch_labels = None
depends_on = None

STEP_WRITTEN = "next_step IS NOT NULL AND next_step != ''"
#: (table, index, columns, condition of a partial index or None)
INDEXES = (
    ("contact", "ix_contact_account_roles", ["account_id", "left_on", "interest", "involvement"],
     None),
    ("value_entry", "ix_value_entry_account_date", ["account_id", "date"], None),
    ("diary_entry", "ix_diary_entry_step_accounts", ["done", "account_id"], STEP_WRITTEN),
)


def upgrade() -> None:
    for table, name, columns, condition in INDEXES:
        where = {} if condition is None else {"sqlite_where": sa.text(condition),
                                              "postgresql_where": sa.text(condition)}
        op.create_index(name, table, columns, unique=False, **where)


def downgrade() -> None:
    for table, name, _columns, _condition in INDEXES:
        op.drop_index(name, table_name=table)
