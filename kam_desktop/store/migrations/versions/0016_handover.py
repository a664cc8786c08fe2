"""handover: an account passed from one of our managers to another (seed 003)

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06 11:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'handover',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('account_id', sa.Uuid(), nullable=False),
        sa.Column('date', sa.Date(), nullable=False),
        sa.Column('from_name', sa.String(length=200), nullable=True),
        sa.Column('to_name', sa.String(length=200), nullable=False),
        sa.Column('note', sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(['account_id'], ['account.id'],
                                name=op.f('fk_handover_account_id_account'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_handover')),
    )
    with op.batch_alter_table('handover') as batch_op:
        batch_op.create_index(batch_op.f('ix_handover_account_id'), ['account_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('handover') as batch_op:
        batch_op.drop_index(batch_op.f('ix_handover_account_id'))
    op.drop_table('handover')
