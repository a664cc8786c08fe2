"""an account's holding: the parent account of a subsidiary

Every account stands alone after the upgrade (no parent); nothing else changes.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06 13:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('account') as batch_op:
        batch_op.add_column(sa.Column('parent_id', sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f('ix_account_parent_id'), ['parent_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_account_parent_id_account'), 'account',
                                    ['parent_id'], ['id'], ondelete='SET NULL')


def downgrade() -> None:
    with op.batch_alter_table('account') as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_account_parent_id_account'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_account_parent_id'))
        batch_op.drop_column('parent_id')
