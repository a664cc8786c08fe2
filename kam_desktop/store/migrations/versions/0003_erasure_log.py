"""erasure log

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 13:32:19.386843
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('erasure_log',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('erased_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('erased_by', sa.String(length=200), nullable=True),
    sa.Column('account_id', sa.Uuid(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_erasure_log'))
    )


def downgrade() -> None:
    op.drop_table('erasure_log')
