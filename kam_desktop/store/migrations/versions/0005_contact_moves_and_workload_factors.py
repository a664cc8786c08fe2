"""contact moves and workload factors

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 14:40:58.499931
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('workload_factors',
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('client_potential', sa.SmallInteger(), nullable=True),
    sa.Column('kam_experience', sa.SmallInteger(), nullable=True),
    sa.Column('distance', sa.SmallInteger(), nullable=True),
    sa.Column('purchasing_centralisation', sa.SmallInteger(), nullable=True),
    sa.Column('people_to_keep', sa.SmallInteger(), nullable=True),
    sa.Column('internal_coordination', sa.SmallInteger(), nullable=True),
    sa.Column('delivery_reliability', sa.SmallInteger(), nullable=True),
    sa.Column('competition', sa.SmallInteger(), nullable=True),
    sa.Column('support_staff', sa.SmallInteger(), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_workload_factors_account_id_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('account_id', name=op.f('pk_workload_factors'))
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.add_column(sa.Column('left_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('left_to', sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column('successor_id', sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f('ix_contact_successor_id'), ['successor_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_contact_successor_id_contact'), 'contact', ['successor_id'], ['id'], ondelete='SET NULL')



def downgrade() -> None:
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_contact_successor_id_contact'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_contact_successor_id'))
        batch_op.drop_column('successor_id')
        batch_op.drop_column('left_to')
        batch_op.drop_column('left_on')

    op.drop_table('workload_factors')
