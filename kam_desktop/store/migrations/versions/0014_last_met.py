"""when each account and contact was last met, kept beside them (store.last_met)

``last_met`` is the day of the latest diary entry (of the account; attended by the
contact) dated on or before the day of the migration, ``next_met`` the earliest dated
after it. Both are derived here from the diary; from now on every write keeps them.
Two covering indexes let them be derived from indexes alone; a third finds the last entry
of a kind per account (the plan reviews Today lists) without reading the whole diary.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06 11:00:00
"""
from datetime import date

from alembic import op
import sqlalchemy as sa


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

_CONTACT_DAYS = ("SELECT {aggregate}(e.date) FROM diary_attendee a "
                 "JOIN diary_entry e ON e.id = a.entry_id "
                 "WHERE a.contact_id = contact.id AND e.date {compare} :today")
_ACCOUNT_DAYS = ("SELECT {aggregate}(date) FROM diary_entry "
                 "WHERE account_id = account.id AND date {compare} :today")


def upgrade() -> None:
    for table in ('account', 'contact'):
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(sa.Column('last_met', sa.Date(), nullable=True))
            batch_op.add_column(sa.Column('next_met', sa.Date(), nullable=True))
            batch_op.create_index(batch_op.f(f'ix_{table}_next_met'), ['next_met'], unique=False)
    with op.batch_alter_table('diary_entry') as batch_op:
        batch_op.create_index('ix_diary_entry_account_date', ['account_id', 'date'], unique=False)
        batch_op.create_index('ix_diary_entry_kind_account_date', ['kind', 'account_id', 'date'],
                              unique=False)
    with op.batch_alter_table('diary_attendee') as batch_op:
        batch_op.create_index('ix_diary_attendee_contact_entry', ['contact_id', 'entry_id'],
                              unique=False)
    today = date.today()
    for table, days in (('contact', _CONTACT_DAYS), ('account', _ACCOUNT_DAYS)):
        op.get_bind().execute(sa.text(
            f"UPDATE {table} SET last_met = ({days.format(aggregate='max', compare='<=')}), "
            f"next_met = ({days.format(aggregate='min', compare='>')})"
        ).bindparams(sa.bindparam('today', today, type_=sa.Date())))


def downgrade() -> None:
    with op.batch_alter_table('diary_attendee') as batch_op:
        batch_op.drop_index('ix_diary_attendee_contact_entry')
    with op.batch_alter_table('diary_entry') as batch_op:
        batch_op.drop_index('ix_diary_entry_kind_account_date')
        batch_op.drop_index('ix_diary_entry_account_date')
    for table in ('contact', 'account'):
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_index(batch_op.f(f'ix_{table}_next_met'))
            batch_op.drop_column('next_met')
            batch_op.drop_column('last_met')
