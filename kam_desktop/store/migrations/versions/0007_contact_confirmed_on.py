"""contact: the day the person was last confirmed in post

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 03:10:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('contact') as batch_op:
        batch_op.add_column(sa.Column('confirmed_on', sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('contact') as batch_op:
        batch_op.drop_column('confirmed_on')
