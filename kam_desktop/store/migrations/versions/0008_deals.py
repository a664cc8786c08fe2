"""deal: the client's purchases, usually imported from the ERP

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-08 10:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'deal',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('account_id', sa.Uuid(), nullable=False),
        sa.Column('date', sa.Date(), nullable=False),
        sa.Column('amount', sa.Numeric(precision=16, scale=2), nullable=False),
        sa.Column('product_group', sa.String(length=200), nullable=True),
        sa.Column('reference', sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(['account_id'], ['account.id'],
                                name=op.f('fk_deal_account_id_account'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_deal')),
    )
    with op.batch_alter_table('deal') as batch_op:
        batch_op.create_index(batch_op.f('ix_deal_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_deal_date'), ['date'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('deal') as batch_op:
        batch_op.drop_index(batch_op.f('ix_deal_date'))
        batch_op.drop_index(batch_op.f('ix_deal_account_id'))
    op.drop_table('deal')
