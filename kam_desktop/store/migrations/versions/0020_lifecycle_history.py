"""the lifecycle history: each change of an account's stage, dated

Every account gets one entry: its current stage, from no stage, dated the day the account
was created (what happened in between was not kept), with the reason of a sleeping or
lost account. The entry's id is derived from the account's, so two laptops migrating the
same account make the same record; it takes the exchange stamp of the account's stage.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-06 13:30:00
"""
import uuid

from alembic import op
import sqlalchemy as sa


revision = '0020'
down_revision = '0019'
branch_labels = None
depends_on = None

#: the namespace of the ids of the entries made here from the accounts' stages
MIGRATED = uuid.UUID("5b2f3c8e-7a41-4d0e-9c6b-2e8f1a4d7c30")
STAGES = ('prospect', 'developing', 'key', 'maintained', 'sleeping', 'lost')
NEEDS_REASON = ('sleeping', 'lost')

_account = sa.table('account', sa.column('id', sa.Uuid()), sa.column('lifecycle', sa.String),
                    sa.column('lifecycle_reason', sa.Text()),
                    sa.column('created_at', sa.DateTime(timezone=True)))
_change = sa.table('lifecycle_change', sa.column('id', sa.Uuid()),
                   sa.column('account_id', sa.Uuid()), sa.column('date', sa.Date()),
                   sa.column('from_stage', sa.String), sa.column('to_stage', sa.String),
                   sa.column('reason', sa.Text()))
_clock = sa.table('sync_clock', sa.column('table_name', sa.String),
                  sa.column('record_id', sa.Uuid()), sa.column('stamps', sa.JSON()))


def migrated_id(account_id: uuid.UUID) -> uuid.UUID:
    return uuid.uuid5(MIGRATED, str(account_id))


def _stage() -> sa.Enum:
    return sa.Enum(*STAGES, name='lifecycle', native_enum=False, length=32)


def upgrade() -> None:
    op.create_table(
        'lifecycle_change',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('account_id', sa.Uuid(), nullable=False),
        sa.Column('date', sa.Date(), nullable=False),
        sa.Column('from_stage', _stage(), nullable=True),
        sa.Column('to_stage', _stage(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=True),
        sa.Column('changed_by', sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(['account_id'], ['account.id'],
                                name=op.f('fk_lifecycle_change_account_id_account'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_lifecycle_change')),
    )
    with op.batch_alter_table('lifecycle_change') as batch_op:
        batch_op.create_index(batch_op.f('ix_lifecycle_change_account_id'), ['account_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_lifecycle_change_date'), ['date'], unique=False)
    _first_entries(op.get_bind())


def _first_entries(connection: sa.Connection) -> None:
    stamps = dict(connection.execute(sa.select(_clock.c.record_id, _clock.c.stamps)
                                     .where(_clock.c.table_name == 'account')).all())
    for account_id, stage, reason, created in connection.execute(
            sa.select(_account.c.id, _account.c.lifecycle, _account.c.lifecycle_reason,
                      _account.c.created_at)).all():
        record_id = migrated_id(account_id)
        connection.execute(sa.insert(_change).values(
            id=record_id, account_id=account_id, date=created.date(), from_stage=None,
            to_stage=stage, reason=reason if stage in NEEDS_REASON else None))
        own = stamps.get(account_id) or {}
        stamp = own.get('lifecycle') or own.get('*')
        if stamp is not None:
            connection.execute(sa.insert(_clock).values(
                table_name='lifecycle_change', record_id=record_id, stamps={'*': stamp}))


def downgrade() -> None:
    connection = op.get_bind()
    connection.execute(sa.delete(_clock).where(_clock.c.table_name == 'lifecycle_change'))
    with op.batch_alter_table('lifecycle_change') as batch_op:
        batch_op.drop_index(batch_op.f('ix_lifecycle_change_date'))
        batch_op.drop_index(batch_op.f('ix_lifecycle_change_account_id'))
    op.drop_table('lifecycle_change')
