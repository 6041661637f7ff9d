"""volunteer care: VOG, stop and anonymisation dates on mediators, training hours, intervisie
meetings with attendance, hours and expenses, and the office's rules for them

Revision ID: 0014_volunteer_care
Revises: 0013_users_and_sign_in
Create Date: 2026-12-07 10:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0014_volunteer_care'
down_revision: Union[str, Sequence[str], None] = '0013_users_and_sign_in'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def _timestamps() -> list[sa.Column]:
    return [
        sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'),
                  nullable=False),
        sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'),
                  nullable=False),
    ]


def upgrade() -> None:
    with op.batch_alter_table('mediators') as batch:
        batch.add_column(sa.Column('vog_issued_on', sa.Date(), nullable=True))
        batch.add_column(sa.Column('stopped_on', sa.Date(), nullable=True))
        batch.add_column(sa.Column('anonymised_on', sa.Date(), nullable=True))
    with op.batch_alter_table('mediator_trainings') as batch:
        batch.add_column(sa.Column('minutes', sa.Integer(), nullable=False,
                                   server_default='0'))
    op.create_table(
        'volunteer_settings',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('vog_term_years', sa.Integer(), nullable=False),
        sa.Column('vog_warn_weeks', sa.Integer(), nullable=False),
        sa.Column('refreshers_per_year', sa.Integer(), nullable=False),
        sa.Column('missed_meetings', sa.Integer(), nullable=False),
        sa.Column('inactive_weeks', sa.Integer(), nullable=False),
        sa.Column('km_rate_cents', sa.Integer(), nullable=False),
        sa.Column('pays_allowance', sa.Boolean(), nullable=False),
        *_timestamps(),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer_settings')),
    )
    op.create_table(
        'allowance_limits',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('month_cents', sa.Integer(), nullable=False),
        sa.Column('year_cents', sa.Integer(), nullable=False),
        *_timestamps(),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_allowance_limits')),
        sa.UniqueConstraint('year', name=op.f('uq_allowance_limits_year')),
    )
    op.create_table(
        'meetings',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('title', sa.String(length=160), nullable=False),
        sa.Column('starts_at', sa.DateTime(), nullable=False),
        sa.Column('ends_at', sa.DateTime(), nullable=False),
        sa.Column('place', sa.String(length=200), nullable=False),
        sa.Column('notes', sa.Text(), nullable=False),
        sa.Column('cancelled', sa.Boolean(), nullable=False),
        *_timestamps(),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_meetings')),
    )
    op.create_index(op.f('ix_meetings_starts_at'), 'meetings', ['starts_at'])
    op.create_table(
        'meeting_attendees',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('meeting_id', sa.Integer(), nullable=False),
        sa.Column('mediator_id', sa.Integer(), nullable=False),
        sa.Column('attended', sa.Boolean(), nullable=True),
        sa.Column('removed', sa.Boolean(), nullable=False),
        sa.Column('mail_address', sa.String(length=254), nullable=False),
        sa.Column('mail_sequence', sa.Integer(), nullable=False),
        sa.Column('mail_fingerprint', sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], ondelete='CASCADE',
                                name=op.f('fk_meeting_attendees_meeting_id_meetings')),
        sa.ForeignKeyConstraint(['mediator_id'], ['mediators.id'], ondelete='CASCADE',
                                name=op.f('fk_meeting_attendees_mediator_id_mediators')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_attendees')),
        sa.UniqueConstraint('meeting_id', 'mediator_id',
                            name=op.f('uq_meeting_attendees_meeting_id')),
    )
    op.create_index(op.f('ix_meeting_attendees_meeting_id'), 'meeting_attendees',
                    ['meeting_id'])
    op.create_index(op.f('ix_meeting_attendees_mediator_id'), 'meeting_attendees',
                    ['mediator_id'])
    op.create_table(
        'mediator_expenses',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('mediator_id', sa.Integer(), nullable=False),
        sa.Column('spent_on', sa.Date(), nullable=False),
        sa.Column('activity', sa.String(length=20), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=True),
        sa.Column('meeting_id', sa.Integer(), nullable=True),
        sa.Column('minutes', sa.Integer(), nullable=False),
        sa.Column('km_tenths', sa.Integer(), nullable=False),
        sa.Column('km_rate_cents', sa.Integer(), nullable=False),
        sa.Column('transit_cents', sa.Integer(), nullable=False),
        sa.Column('other_cents', sa.Integer(), nullable=False),
        sa.Column('other_text', sa.String(length=200), nullable=False),
        sa.Column('allowance_cents', sa.Integer(), nullable=False),
        sa.Column('note', sa.String(length=500), nullable=False),
        *_timestamps(),
        sa.ForeignKeyConstraint(['mediator_id'], ['mediators.id'], ondelete='CASCADE',
                                name=op.f('fk_mediator_expenses_mediator_id_mediators')),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ondelete='SET NULL',
                                name=op.f('fk_mediator_expenses_case_id_cases')),
        sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], ondelete='SET NULL',
                                name=op.f('fk_mediator_expenses_meeting_id_meetings')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_mediator_expenses')),
    )
    for column in ('mediator_id', 'spent_on', 'case_id', 'meeting_id'):
        op.create_index(op.f(f'ix_mediator_expenses_{column}'), 'mediator_expenses', [column])


def downgrade() -> None:
    op.drop_table('mediator_expenses')
    op.drop_table('meeting_attendees')
    op.drop_table('meetings')
    op.drop_table('allowance_limits')
    op.drop_table('volunteer_settings')
    with op.batch_alter_table('mediator_trainings') as batch:
        batch.drop_column('minutes')
    with op.batch_alter_table('mediators') as batch:
        batch.drop_column('anonymised_on')
        batch.drop_column('stopped_on')
        batch.drop_column('vog_issued_on')
