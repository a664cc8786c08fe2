"""loss records and win-back plans; a lost account's free-text reason becomes its loss

Each lost account gets one loss record with the cause "other" and its reason as the
details, dated by its latest cooling record (else by its last change). The account keeps
its ``lifecycle_reason`` (sleeping accounts need it, and it stays the short why). The
record's id is derived from the account's, so two laptops migrating the same account make
the same record; it takes the exchange stamp of the reason it came from.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06 10:45:00
"""
import uuid

from alembic import op
import sqlalchemy as sa


revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None

#: the namespace of the ids of the losses made here from lost accounts' reasons
MIGRATED = uuid.UUID("0f8b7d0e-51c4-4c2a-b0d6-7a3c9e1f2b15")
CAUSES = ('price', 'quality', 'delivery', 'relationship', 'service', 'strategy', 'other')

_account = sa.table('account', sa.column('id', sa.Uuid()), sa.column('lifecycle', sa.String),
                    sa.column('lifecycle_reason', sa.Text()),
                    sa.column('updated_at', sa.DateTime(timezone=True)))
_cooling = sa.table('cooling_reason', sa.column('account_id', sa.Uuid()),
                    sa.column('date', sa.Date()))
_loss = sa.table('loss', sa.column('id', sa.Uuid()), sa.column('account_id', sa.Uuid()),
                 sa.column('date', sa.Date()), sa.column('cause', sa.String),
                 sa.column('details', sa.Text()), sa.column('win_back_possible', sa.Boolean()))
_clock = sa.table('sync_clock', sa.column('table_name', sa.String),
                  sa.column('record_id', sa.Uuid()), sa.column('stamps', sa.JSON()))


def migrated_id(account_id: uuid.UUID) -> uuid.UUID:
    return uuid.uuid5(MIGRATED, str(account_id))


def upgrade() -> None:
    op.create_table(
        'loss',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('account_id', sa.Uuid(), nullable=False),
        sa.Column('date', sa.Date(), nullable=False),
        sa.Column('cause', sa.Enum(*CAUSES, name='losscause', native_enum=False, length=32),
                  nullable=False),
        sa.Column('details', sa.Text(), nullable=False),
        sa.Column('competitor', sa.String(length=200), nullable=True),
        sa.Column('could_have_done', sa.Text(), nullable=True),
        sa.Column('win_back_possible', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(['account_id'], ['account.id'],
                                name=op.f('fk_loss_account_id_account'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_loss')),
    )
    with op.batch_alter_table('loss') as batch_op:
        batch_op.create_index(batch_op.f('ix_loss_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_loss_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_loss_competitor'), ['competitor'], unique=False)
    op.create_table(
        'win_back_action',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('loss_id', sa.Uuid(), nullable=False),
        sa.Column('title', sa.Text(), nullable=False),
        sa.Column('owner', sa.String(length=200), nullable=True),
        sa.Column('due', sa.Date(), nullable=True),
        sa.Column('done', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(['loss_id'], ['loss.id'],
                                name=op.f('fk_win_back_action_loss_id_loss'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_win_back_action')),
    )
    with op.batch_alter_table('win_back_action') as batch_op:
        batch_op.create_index(batch_op.f('ix_win_back_action_loss_id'), ['loss_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_win_back_action_due'), ['due'], unique=False)
    _losses_from_reasons(op.get_bind())


def _losses_from_reasons(connection: sa.Connection) -> None:
    latest_cooling = dict(connection.execute(
        sa.select(_cooling.c.account_id, sa.func.max(_cooling.c.date))
        .group_by(_cooling.c.account_id)).all())
    stamps = dict(connection.execute(sa.select(_clock.c.record_id, _clock.c.stamps)
                                     .where(_clock.c.table_name == 'account')).all())
    for account_id, reason, changed in connection.execute(
            sa.select(_account.c.id, _account.c.lifecycle_reason, _account.c.updated_at)
            .where(_account.c.lifecycle == 'lost')).all():
        record_id = migrated_id(account_id)
        connection.execute(sa.insert(_loss).values(
            id=record_id, account_id=account_id, cause='other', win_back_possible=False,
            details=(reason or '').strip() or '—',
            date=latest_cooling.get(account_id) or changed.date()))
        own = stamps.get(account_id) or {}
        stamp = own.get('lifecycle_reason') or own.get('*')
        if stamp is not None:
            connection.execute(sa.insert(_clock).values(
                table_name='loss', record_id=record_id, stamps={'*': stamp}))


def downgrade() -> None:
    connection = op.get_bind()
    for table in ('win_back_action', 'loss'):
        connection.execute(sa.delete(_clock).where(_clock.c.table_name == table))
    with op.batch_alter_table('win_back_action') as batch_op:
        batch_op.drop_index(batch_op.f('ix_win_back_action_due'))
        batch_op.drop_index(batch_op.f('ix_win_back_action_loss_id'))
    op.drop_table('win_back_action')
    with op.batch_alter_table('loss') as batch_op:
        batch_op.drop_index(batch_op.f('ix_loss_competitor'))
        batch_op.drop_index(batch_op.f('ix_loss_date'))
        batch_op.drop_index(batch_op.f('ix_loss_account_id'))
    op.drop_table('loss')
