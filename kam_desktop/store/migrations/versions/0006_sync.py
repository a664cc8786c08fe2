"""sync: replicas, field clocks, tombstones, conflict log, seen vectors, imported bundles

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 14:50:07.556649
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_clock',
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('stamps', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('table_name', 'record_id', name=op.f('pk_sync_clock'))
    )
    op.create_table('sync_replica',
    sa.Column('no', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=True),
    sa.Column('is_self', sa.Boolean(), nullable=False),
    sa.Column('clock', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('no', name=op.f('pk_sync_replica')),
    sa.UniqueConstraint('id', name=op.f('uq_sync_replica_id'))
    )
    op.create_table('sync_conflict',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=True),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('winner_value', sa.JSON(), nullable=True),
    sa.Column('winner_hlc', sa.BigInteger(), nullable=False),
    sa.Column('winner_replica_no', sa.Integer(), nullable=True),
    sa.Column('loser_value', sa.JSON(), nullable=True),
    sa.Column('loser_hlc', sa.BigInteger(), nullable=False),
    sa.Column('loser_replica_no', sa.Integer(), nullable=True),
    sa.Column('logged_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('switched', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['loser_replica_no'], ['sync_replica.no'], name=op.f('fk_sync_conflict_loser_replica_no_sync_replica')),
    sa.ForeignKeyConstraint(['winner_replica_no'], ['sync_replica.no'], name=op.f('fk_sync_conflict_winner_replica_no_sync_replica')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflict'))
    )
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflict_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_conflict_record_id'), ['record_id'], unique=False)

    op.create_table('sync_import',
    sa.Column('bundle_id', sa.Uuid(), nullable=False),
    sa.Column('replica_no', sa.Integer(), nullable=False),
    sa.Column('made_hlc', sa.BigInteger(), nullable=False),
    sa.Column('scope', sa.JSON(), nullable=True),
    sa.Column('imported_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['replica_no'], ['sync_replica.no'], name=op.f('fk_sync_import_replica_no_sync_replica')),
    sa.PrimaryKeyConstraint('bundle_id', name=op.f('pk_sync_import'))
    )
    with op.batch_alter_table('sync_import', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_import_replica_no'), ['replica_no'], unique=False)

    op.create_table('sync_seen',
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('replica_no', sa.Integer(), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['replica_no'], ['sync_replica.no'], name=op.f('fk_sync_seen_replica_no_sync_replica')),
    sa.PrimaryKeyConstraint('account_id', 'replica_no', name=op.f('pk_sync_seen'))
    )
    op.create_table('sync_tombstone',
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('replica_no', sa.Integer(), nullable=False),
    sa.Column('erased', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['replica_no'], ['sync_replica.no'], name=op.f('fk_sync_tombstone_replica_no_sync_replica')),
    sa.PrimaryKeyConstraint('table_name', 'record_id', name=op.f('pk_sync_tombstone'))
    )
    with op.batch_alter_table('sync_tombstone', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_tombstone_account_id'), ['account_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('sync_tombstone', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_tombstone_account_id'))

    op.drop_table('sync_tombstone')
    op.drop_table('sync_seen')
    with op.batch_alter_table('sync_import', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_import_replica_no'))

    op.drop_table('sync_import')
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflict_record_id'))
        batch_op.drop_index(batch_op.f('ix_sync_conflict_account_id'))

    op.drop_table('sync_conflict')
    op.drop_table('sync_replica')
    op.drop_table('sync_clock')