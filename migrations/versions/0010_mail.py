"""e-mail: the outbox, the invitations sent per appointment and mediator, and a
party's choice for e-mail

Revision ID: 0010_mail
Revises: 0009_lookup_indexes
Create Date: 2026-11-25 22:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0010_mail'
down_revision: Union[str, Sequence[str], None] = '0009_lookup_indexes'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        'outbox_messages',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('message_id', sa.String(length=200), nullable=False),
        sa.Column('dedupe_key', sa.String(length=200), nullable=True),
        sa.Column('purpose', sa.String(length=20), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=True),
        sa.Column('appointment_id', sa.Integer(), nullable=True),
        sa.Column('recipient_name', sa.String(length=200), nullable=False),
        sa.Column('to_address', sa.String(length=254), nullable=False),
        sa.Column('subject', sa.String(length=300), nullable=False),
        sa.Column('content', sa.LargeBinary(), nullable=True),
        sa.Column('state', sa.String(length=12), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('next_attempt_at', sa.DateTime(), nullable=True),
        sa.Column('last_error', sa.String(length=40), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('sent_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['appointment_id'], ['appointments.id'], ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('dedupe_key'),
        sa.UniqueConstraint('message_id'),
    )
    op.create_index(op.f('ix_outbox_messages_appointment_id'), 'outbox_messages',
                    ['appointment_id'], unique=False)
    op.create_index(op.f('ix_outbox_messages_case_id'), 'outbox_messages', ['case_id'],
                    unique=False)
    op.create_index(op.f('ix_outbox_messages_state'), 'outbox_messages', ['state'],
                    unique=False)
    op.create_table(
        'mail_invitations',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('appointment_id', sa.Integer(), nullable=False),
        sa.Column('mediator_id', sa.Integer(), nullable=False),
        sa.Column('address', sa.String(length=254), nullable=False),
        sa.Column('sequence', sa.Integer(), nullable=False),
        sa.Column('fingerprint', sa.String(length=64), nullable=False),
        sa.Column('cancelled', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(['appointment_id'], ['appointments.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['mediator_id'], ['mediators.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('appointment_id', 'mediator_id'),
    )
    op.create_index(op.f('ix_mail_invitations_appointment_id'), 'mail_invitations',
                    ['appointment_id'], unique=False)
    op.create_index(op.f('ix_mail_invitations_mediator_id'), 'mail_invitations',
                    ['mediator_id'], unique=False)
    with op.batch_alter_table('case_parties', schema=None) as batch_op:
        batch_op.add_column(sa.Column('by_email', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('case_parties', schema=None) as batch_op:
        batch_op.drop_column('by_email')
    op.drop_index(op.f('ix_mail_invitations_mediator_id'), table_name='mail_invitations')
    op.drop_index(op.f('ix_mail_invitations_appointment_id'), table_name='mail_invitations')
    op.drop_table('mail_invitations')
    op.drop_index(op.f('ix_outbox_messages_state'), table_name='outbox_messages')
    op.drop_index(op.f('ix_outbox_messages_case_id'), table_name='outbox_messages')
    op.drop_index(op.f('ix_outbox_messages_appointment_id'), table_name='outbox_messages')
    op.drop_table('outbox_messages')
