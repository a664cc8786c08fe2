"""index open next steps

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 12:49:34.929680
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('diary_entry', schema=None) as batch_op:
        batch_op.create_index('ix_diary_entry_open_steps', ['done', 'next_step_due'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('diary_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_diary_entry_open_steps')

