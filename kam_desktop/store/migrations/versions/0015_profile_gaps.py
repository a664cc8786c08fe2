"""contact type (decision maker, influencer, user); the company's staff and sites; what a
department does at a stage of the involvement map

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06 11:10:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('contact') as batch_op:
        batch_op.add_column(sa.Column('contact_type', sa.String(32), nullable=True))
    with op.batch_alter_table('account') as batch_op:
        batch_op.add_column(sa.Column('staff', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('sites', sa.Integer(), nullable=True))
    with op.batch_alter_table('involvement_share') as batch_op:
        batch_op.add_column(sa.Column('role_text', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('involvement_share') as batch_op:
        batch_op.drop_column('role_text')
    with op.batch_alter_table('account') as batch_op:
        batch_op.drop_column('sites')
        batch_op.drop_column('staff')
    with op.batch_alter_table('contact') as batch_op:
        batch_op.drop_column('contact_type')
