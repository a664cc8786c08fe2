"""personal_notes: when and how the person agreed to the questionnaire

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 08:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('personal_notes') as batch_op:
        batch_op.add_column(sa.Column('consent_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('consent_how', sa.Enum(
            'orally', 'in_writing', 'by_email', name='consentway', native_enum=False,
            length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('personal_notes') as batch_op:
        batch_op.drop_column('consent_how')
        batch_op.drop_column('consent_on')
