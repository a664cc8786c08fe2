"""potential per year instead of one annual potential; an opportunity serves a plan goal

The account's one ``annual_potential`` becomes the potential of the year of its latest
revenue (the current year when it has none): that year keeps the share of wallet it
showed, and earlier years no longer borrow it. Its exchange stamp, conflicts and
identity move with it. The record's id is derived from the account's, so two laptops
migrating the same account make the same record, not a duplicate.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 08:00:00
"""
import uuid
from datetime import date

from alembic import op
import sqlalchemy as sa


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

#: the namespace of the ids of the potentials moved here from the accounts
MOVED = uuid.UUID("6f1d2c1e-8b7a-4f0e-9c55-3a1e0d5b7c21")

_account = sa.table('account', sa.column('id', sa.Uuid()),
                    sa.column('annual_potential', sa.Numeric(16, 2)))
_revenue = sa.table('revenue', sa.column('account_id', sa.Uuid()), sa.column('period', sa.String))
_potential = sa.table('potential', sa.column('id', sa.Uuid()), sa.column('account_id', sa.Uuid()),
                      sa.column('year', sa.Integer()), sa.column('amount', sa.Numeric(16, 2)))
_clock = sa.table('sync_clock', sa.column('table_name', sa.String), sa.column('record_id', sa.Uuid()),
                  sa.column('stamps', sa.JSON()))
_conflict = sa.table('sync_conflict', sa.column('table_name', sa.String),
                     sa.column('record_id', sa.Uuid()), sa.column('field', sa.String))


def moved_id(account_id: uuid.UUID) -> uuid.UUID:
    return uuid.uuid5(MOVED, str(account_id))


def upgrade() -> None:
    op.create_table(
        'potential',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('account_id', sa.Uuid(), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('amount', sa.Numeric(precision=16, scale=2), nullable=False),
        sa.ForeignKeyConstraint(['account_id'], ['account.id'],
                                name=op.f('fk_potential_account_id_account'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_potential')),
        sa.UniqueConstraint('account_id', 'year', name=op.f('uq_potential_account_id')),
    )
    with op.batch_alter_table('potential') as batch_op:
        batch_op.create_index(batch_op.f('ix_potential_account_id'), ['account_id'], unique=False)
    _move_potentials(op.get_bind())
    with op.batch_alter_table('account') as batch_op:
        batch_op.drop_column('annual_potential')
    with op.batch_alter_table('opportunity') as batch_op:
        batch_op.add_column(sa.Column('goal_id', sa.Uuid(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_opportunity_goal_id_goal'), 'goal',
                                    ['goal_id'], ['id'], ondelete='SET NULL')
        batch_op.create_index(batch_op.f('ix_opportunity_goal_id'), ['goal_id'], unique=False)


def _move_potentials(connection: sa.Connection) -> None:
    latest: dict[uuid.UUID, int] = {}
    for account_id, period in connection.execute(sa.select(_revenue.c.account_id,
                                                           _revenue.c.period)):
        latest[account_id] = max(latest.get(account_id, 0), int(period[:4]))
    stamps = dict(connection.execute(sa.select(_clock.c.record_id, _clock.c.stamps)
                                     .where(_clock.c.table_name == 'account')).all())
    for account_id, amount in connection.execute(
            sa.select(_account.c.id, _account.c.annual_potential)).all():
        own = stamps.get(account_id) or {}
        if amount is not None:
            record_id = moved_id(account_id)
            connection.execute(sa.insert(_potential).values(
                id=record_id, account_id=account_id, amount=amount,
                year=latest.get(account_id, date.today().year)))
            stamp = own.get('annual_potential') or own.get('*')
            if stamp is not None:
                connection.execute(sa.insert(_clock).values(
                    table_name='potential', record_id=record_id, stamps={'*': stamp}))
            connection.execute(sa.update(_conflict).where(
                _conflict.c.table_name == 'account', _conflict.c.record_id == account_id,
                _conflict.c.field == 'annual_potential').values(
                    table_name='potential', record_id=record_id, field='amount'))
        if 'annual_potential' in own:
            connection.execute(sa.update(_clock).where(
                _clock.c.table_name == 'account', _clock.c.record_id == account_id).values(
                    stamps={k: v for k, v in own.items() if k != 'annual_potential'}))
    connection.execute(sa.delete(_conflict).where(_conflict.c.table_name == 'account',
                                                  _conflict.c.field == 'annual_potential'))


def downgrade() -> None:
    with op.batch_alter_table('opportunity') as batch_op:
        batch_op.drop_index(batch_op.f('ix_opportunity_goal_id'))
        batch_op.drop_constraint(batch_op.f('fk_opportunity_goal_id_goal'), type_='foreignkey')
        batch_op.drop_column('goal_id')
    with op.batch_alter_table('account') as batch_op:
        batch_op.add_column(sa.Column('annual_potential', sa.Numeric(precision=16, scale=2),
                                      nullable=True))
    latest = sa.select(_potential.c.amount).where(
        _potential.c.account_id == _account.c.id).order_by(_potential.c.year.desc()).limit(1)
    op.get_bind().execute(sa.update(_account).values(annual_potential=latest.scalar_subquery()))
    with op.batch_alter_table('potential') as batch_op:
        batch_op.drop_index(batch_op.f('ix_potential_account_id'))
    op.drop_table('potential')
