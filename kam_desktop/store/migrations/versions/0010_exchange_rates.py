"""exchange_rate: the portfolio's exchange rates, to compare accounts kept in different
currencies

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 08:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'exchange_rate',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('currency', sa.String(length=3), nullable=False),
        sa.Column('base', sa.String(length=3), nullable=False),
        sa.Column('period', sa.String(length=10), nullable=False),
        sa.Column('rate', sa.Numeric(precision=20, scale=8), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_exchange_rate')),
        sa.UniqueConstraint('currency', 'base', 'period',
                            name=op.f('uq_exchange_rate_currency')),
    )


def downgrade() -> None:
    op.drop_table('exchange_rate')
