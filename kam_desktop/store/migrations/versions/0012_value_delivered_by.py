"""value_entry: who on our side delivered it (a team member and/or our department)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 07:45:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('value_entry') as batch_op:
        batch_op.add_column(sa.Column('delivered_by_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('delivered_by_department', sa.String(length=200),
                                      nullable=True))
        batch_op.create_index(batch_op.f('ix_value_entry_delivered_by_id'), ['delivered_by_id'],
                              unique=False)
        batch_op.create_foreign_key(
            batch_op.f('fk_value_entry_delivered_by_id_team_member'), 'team_member',
            ['delivered_by_id'], ['id'], ondelete='SET NULL')


def downgrade() -> None:
    with op.batch_alter_table('value_entry') as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_value_entry_delivered_by_id_team_member'),
                                 type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_value_entry_delivered_by_id'))
        batch_op.drop_column('delivered_by_department')
        batch_op.drop_column('delivered_by_id')
