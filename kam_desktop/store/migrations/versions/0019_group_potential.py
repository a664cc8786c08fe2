"""group_potential: the client's purchases of each product group, per year, with the
competitor supplying the rest (issue #21, part 4)

A new table; no existing row changes.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06 13:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'group_potential',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('account_id', sa.Uuid(), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('product_group', sa.String(length=200), nullable=False),
        sa.Column('amount', sa.Numeric(precision=16, scale=2), nullable=False),
        sa.Column('competitor', sa.String(length=200), nullable=True),
        sa.Column('competitor_share', sa.Float(), nullable=True),
        sa.Column('competitor_reason', sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(['account_id'], ['account.id'],
                                name=op.f('fk_group_potential_account_id_account'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_group_potential')),
        sa.UniqueConstraint('account_id', 'year', 'product_group',
                            name=op.f('uq_group_potential_account_id')),
    )
    with op.batch_alter_table('group_potential') as batch_op:
        batch_op.create_index(batch_op.f('ix_group_potential_account_id'), ['account_id'],
                              unique=False)


def downgrade() -> None:
    connection = op.get_bind()
    connection.execute(sa.text("DELETE FROM sync_clock WHERE table_name = 'group_potential'"))
    with op.batch_alter_table('group_potential') as batch_op:
        batch_op.drop_index(batch_op.f('ix_group_potential_account_id'))
    op.drop_table('group_potential')
