"""role map snapshots

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 13:50:58.435561
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('map_snapshot',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_map_snapshot_account_id_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_map_snapshot'))
    )
    with op.batch_alter_table('map_snapshot', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_map_snapshot_account_id'), ['account_id'], unique=False)

    op.create_table('map_snapshot_entry',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('snapshot_id', sa.Uuid(), nullable=False),
    sa.Column('contact_id', sa.Uuid(), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('interest', sa.Float(), nullable=False),
    sa.Column('involvement', sa.Float(), nullable=False),
    sa.Column('stance', sa.Enum('supporter', 'neutral', 'opponent', name='stance', native_enum=False, length=32), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_map_snapshot_entry_contact_id_contact'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['snapshot_id'], ['map_snapshot.id'], name=op.f('fk_map_snapshot_entry_snapshot_id_map_snapshot'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_map_snapshot_entry'))
    )
    with op.batch_alter_table('map_snapshot_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_map_snapshot_entry_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_map_snapshot_entry_snapshot_id'), ['snapshot_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('map_snapshot_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_map_snapshot_entry_snapshot_id'))
        batch_op.drop_index(batch_op.f('ix_map_snapshot_entry_contact_id'))

    op.drop_table('map_snapshot_entry')
    with op.batch_alter_table('map_snapshot', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_map_snapshot_account_id'))

    op.drop_table('map_snapshot')
