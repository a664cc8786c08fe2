"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-23 12:15:28.275881
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('account',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('legal_name', sa.String(length=300), nullable=True),
    sa.Column('inn', sa.String(length=12), nullable=True),
    sa.Column('industry', sa.String(length=200), nullable=True),
    sa.Column('region', sa.String(length=200), nullable=True),
    sa.Column('website', sa.String(length=300), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('owner', sa.String(length=200), nullable=True),
    sa.Column('category', sa.Enum('key', 'developing', 'maintained', 'occasional', name='category', native_enum=False, length=32), nullable=False),
    sa.Column('motivation', sa.Enum('price', 'novelty', 'belonging', 'stability', name='motivation', native_enum=False, length=32), nullable=True),
    sa.Column('lifecycle', sa.Enum('prospect', 'developing', 'key', 'maintained', 'sleeping', 'lost', name='lifecycle', native_enum=False, length=32), nullable=False),
    sa.Column('lifecycle_reason', sa.Text(), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('annual_potential', sa.Numeric(precision=16, scale=2), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_account')),
    sa.UniqueConstraint('name', name=op.f('uq_account_name'))
    )
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_account_owner'), ['owner'], unique=False)

    op.create_table('contact',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('position', sa.String(length=200), nullable=True),
    sa.Column('department', sa.String(length=200), nullable=True),
    sa.Column('reports_to_id', sa.Uuid(), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=50), nullable=True),
    sa.Column('interest', sa.Float(), nullable=False),
    sa.Column('involvement', sa.Float(), nullable=False),
    sa.Column('stance', sa.Enum('supporter', 'neutral', 'opponent', name='stance', native_enum=False, length=32), nullable=False),
    sa.Column('our_counterpart', sa.String(length=200), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_contact_account_id_account'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['reports_to_id'], ['contact.id'], name=op.f('fk_contact_reports_to_id_contact'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact'))
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_reports_to_id'), ['reports_to_id'], unique=False)

    op.create_table('cooling_reason',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_cooling_reason_account_id_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cooling_reason'))
    )
    with op.batch_alter_table('cooling_reason', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cooling_reason_account_id'), ['account_id'], unique=False)

    op.create_table('diary_entry',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('kind', sa.Enum('meeting', 'call', 'email', 'visit', 'note', name='diarykind', native_enum=False, length=32), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('next_step', sa.Text(), nullable=True),
    sa.Column('next_step_due', sa.Date(), nullable=True),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_diary_entry_account_id_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_diary_entry'))
    )
    with op.batch_alter_table('diary_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_diary_entry_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_diary_entry_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_diary_entry_next_step_due'), ['next_step_due'], unique=False)

    op.create_table('goal',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('client_goal', sa.Text(), nullable=False),
    sa.Column('our_goal', sa.Text(), nullable=False),
    sa.Column('measure', sa.Text(), nullable=True),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('strategy_product', sa.Text(), nullable=True),
    sa.Column('strategy_price', sa.Text(), nullable=True),
    sa.Column('strategy_promotion', sa.Text(), nullable=True),
    sa.Column('strategy_place', sa.Text(), nullable=True),
    sa.Column('resource_people', sa.Integer(), nullable=True),
    sa.Column('resource_days', sa.Integer(), nullable=True),
    sa.Column('resource_budget', sa.Numeric(precision=16, scale=2), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_goal_account_id_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_goal'))
    )
    with op.batch_alter_table('goal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_goal_account_id'), ['account_id'], unique=False)

    op.create_table('involvement_share',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('stage', sa.Enum('search', 'need_identification', 'project_implementation', 'service_programmes', 'repeat_sale', name='stage', native_enum=False, length=32), nullable=False),
    sa.Column('department', sa.String(length=200), nullable=False),
    sa.Column('percent', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_involvement_share_account_id_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_involvement_share')),
    sa.UniqueConstraint('account_id', 'stage', 'department', name=op.f('uq_involvement_share_account_id'))
    )
    with op.batch_alter_table('involvement_share', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_involvement_share_account_id'), ['account_id'], unique=False)

    op.create_table('ladder_assessment',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('our_view', sa.Integer(), nullable=False),
    sa.Column('client_view', sa.Integer(), nullable=True),
    sa.Column('competitors', sa.JSON(), nullable=False),
    sa.Column('answers', sa.JSON(), nullable=False),
    sa.Column('next_steps', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_ladder_assessment_account_id_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ladder_assessment'))
    )
    with op.batch_alter_table('ladder_assessment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ladder_assessment_account_id'), ['account_id'], unique=False)

    op.create_table('opportunity',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('opportunity_class', sa.Enum('grow_usage', 'improve_service', 'expand_business', name='opportunityclass', native_enum=False, length=32), nullable=False),
    sa.Column('benefit', sa.Numeric(precision=16, scale=2), nullable=True),
    sa.Column('cost', sa.Numeric(precision=16, scale=2), nullable=True),
    sa.Column('people', sa.Integer(), nullable=True),
    sa.Column('days', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('idea', 'evaluating', 'in_progress', 'won', 'dropped', name='opportunitystatus', native_enum=False, length=32), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_opportunity_account_id_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_opportunity'))
    )
    with op.batch_alter_table('opportunity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_opportunity_account_id'), ['account_id'], unique=False)

    op.create_table('revenue',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('amount', sa.Numeric(precision=16, scale=2), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_revenue_account_id_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_revenue')),
    sa.UniqueConstraint('account_id', 'period', name=op.f('uq_revenue_account_id'))
    )
    with op.batch_alter_table('revenue', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_revenue_account_id'), ['account_id'], unique=False)

    op.create_table('statistic',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_statistic_account_id_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_statistic'))
    )
    with op.batch_alter_table('statistic', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_statistic_account_id'), ['account_id'], unique=False)

    op.create_table('switching_barrier',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('since', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_switching_barrier_account_id_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_switching_barrier'))
    )
    with op.batch_alter_table('switching_barrier', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_switching_barrier_account_id'), ['account_id'], unique=False)

    op.create_table('value_entry',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('kind', sa.Enum('investment', 'training', 'consulting', 'prototype', 'testing', 'reserve_stock', 'trade_savings', 'automation', 'samples', 'equipment', 'special_service', 'expedited_delivery', 'problem_solving', 'special_event', name='valuekind', native_enum=False, length=32), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('department', sa.String(length=200), nullable=True),
    sa.Column('our_cost', sa.Numeric(precision=16, scale=2), nullable=False),
    sa.Column('client_benefit', sa.Numeric(precision=16, scale=2), nullable=False),
    sa.Column('acknowledged', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_value_entry_account_id_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_value_entry'))
    )
    with op.batch_alter_table('value_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_value_entry_account_id'), ['account_id'], unique=False)

    op.create_table('personal_notes',
    sa.Column('contact_id', sa.Uuid(), nullable=False),
    sa.Column('education', sa.Text(), nullable=True),
    sa.Column('last_job', sa.Text(), nullable=True),
    sa.Column('cares_about', sa.Text(), nullable=True),
    sa.Column('interests', sa.Text(), nullable=True),
    sa.Column('relations_with_us', sa.Text(), nullable=True),
    sa.Column('ethics', sa.Text(), nullable=True),
    sa.Column('negotiation_style', sa.Text(), nullable=True),
    sa.Column('obligations', sa.Text(), nullable=True),
    sa.Column('key_problems', sa.Text(), nullable=True),
    sa.Column('competitor_edge', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_personal_notes_contact_id_contact'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('contact_id', name=op.f('pk_personal_notes'))
    )
    op.create_table('plan_action',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('goal_id', sa.Uuid(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=True),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('planned', 'in_progress', 'done', 'dropped', name='actionstatus', native_enum=False, length=32), nullable=False),
    sa.ForeignKeyConstraint(['goal_id'], ['goal.id'], name=op.f('fk_plan_action_goal_id_goal'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_action'))
    )
    with op.batch_alter_table('plan_action', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_action_due'), ['due'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_action_goal_id'), ['goal_id'], unique=False)

    op.create_table('team_member',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('department', sa.String(length=200), nullable=True),
    sa.Column('mirrors_id', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_team_member_account_id_account'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['mirrors_id'], ['contact.id'], name=op.f('fk_team_member_mirrors_id_contact'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team_member'))
    )
    with op.batch_alter_table('team_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_member_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_team_member_mirrors_id'), ['mirrors_id'], unique=False)

    op.create_table('diary_attendee',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('entry_id', sa.Uuid(), nullable=False),
    sa.Column('contact_id', sa.Uuid(), nullable=True),
    sa.Column('team_member_id', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_diary_attendee_contact_id_contact'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['entry_id'], ['diary_entry.id'], name=op.f('fk_diary_attendee_entry_id_diary_entry'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['team_member_id'], ['team_member.id'], name=op.f('fk_diary_attendee_team_member_id_team_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_diary_attendee'))
    )
    with op.batch_alter_table('diary_attendee', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_diary_attendee_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_diary_attendee_entry_id'), ['entry_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_diary_attendee_team_member_id'), ['team_member_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('diary_attendee', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_diary_attendee_team_member_id'))
        batch_op.drop_index(batch_op.f('ix_diary_attendee_entry_id'))
        batch_op.drop_index(batch_op.f('ix_diary_attendee_contact_id'))

    op.drop_table('diary_attendee')
    with op.batch_alter_table('team_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_team_member_mirrors_id'))
        batch_op.drop_index(batch_op.f('ix_team_member_account_id'))

    op.drop_table('team_member')
    with op.batch_alter_table('plan_action', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_action_goal_id'))
        batch_op.drop_index(batch_op.f('ix_plan_action_due'))

    op.drop_table('plan_action')
    op.drop_table('personal_notes')
    with op.batch_alter_table('value_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_value_entry_account_id'))

    op.drop_table('value_entry')
    with op.batch_alter_table('switching_barrier', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_switching_barrier_account_id'))

    op.drop_table('switching_barrier')
    with op.batch_alter_table('statistic', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_statistic_account_id'))

    op.drop_table('statistic')
    with op.batch_alter_table('revenue', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_revenue_account_id'))

    op.drop_table('revenue')
    with op.batch_alter_table('opportunity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_opportunity_account_id'))

    op.drop_table('opportunity')
    with op.batch_alter_table('ladder_assessment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ladder_assessment_account_id'))

    op.drop_table('ladder_assessment')
    with op.batch_alter_table('involvement_share', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_involvement_share_account_id'))

    op.drop_table('involvement_share')
    with op.batch_alter_table('goal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_goal_account_id'))

    op.drop_table('goal')
    with op.batch_alter_table('diary_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_diary_entry_next_step_due'))
        batch_op.drop_index(batch_op.f('ix_diary_entry_date'))
        batch_op.drop_index(batch_op.f('ix_diary_entry_account_id'))

    op.drop_table('diary_entry')
    with op.batch_alter_table('cooling_reason', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cooling_reason_account_id'))

    op.drop_table('cooling_reason')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_reports_to_id'))
        batch_op.drop_index(batch_op.f('ix_contact_account_id'))

    op.drop_table('contact')
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_account_owner'))

    op.drop_table('account')
