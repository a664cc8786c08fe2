"""the portfolio's and the product groups' sums read from indexes alone (issue #15)

The portfolio's figures count and sum, per account, its deals (their newest date and
total), its contacts (their names, for the search) and its value given this year. The
indexes by account held the dates but not the amounts and names, so each of some 110,000
deals, 33,000 contacts and 34,000 value entries at 5,000 accounts was also read from its
table: about a tenth of the portfolio's read. Each index now carries the column summed:
- deals by account and date, with the amount;
- present people by account and role, with the name;
- value entries by account and date, with the client's benefit.
The same queries use them as before (Today, the completeness, the dashboard). A new index
holds an account's deals by product group, with their dates and amounts: the dashboard's
revenue by group (two years of deals) read each deal from the table too. Nothing else
changes.

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-07 08:00:00
"""
from alembic import op


revision = '0023'
down_revision = '0022'
branch_labels = None
depends_on = None

#: (table, index, its columns before, the column it now carries)
INDEXES = (
    ("deal", "ix_deal_account_date", ["account_id", "date"], "amount"),
    ("contact", "ix_contact_account_roles", ["account_id", "left_on", "interest", "involvement"],
     "name"),
    ("value_entry", "ix_value_entry_account_date", ["account_id", "date"], "client_benefit"),
)
#: the new index: (its name, table, columns)
GROUPS = ("ix_deal_account_groups", "deal", ["account_id", "product_group", "date", "amount"])


def upgrade() -> None:
    for table, name, columns, carried in INDEXES:
        op.drop_index(name, table_name=table)
        op.create_index(name, table, [*columns, carried], unique=False)
    op.create_index(*GROUPS, unique=False)


def downgrade() -> None:
    op.drop_index(GROUPS[0], table_name=GROUPS[1])
    for table, name, columns, _carried in INDEXES:
        op.drop_index(name, table_name=table)
        op.create_index(name, table, columns, unique=False)
