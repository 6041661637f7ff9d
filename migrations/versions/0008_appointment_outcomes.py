"""appointments have an outcome: held, cancelled (by whom) or did not show

Appointments that lie in the past when this migration runs are recorded as held:
until now cancelling an appointment deleted it, so every appointment kept was one
that took place, and the figures of earlier periods stay as they were reported.

Revision ID: 0008_outcomes
Revises: 0007_privacy
Create Date: 2026-11-26 09:00:00

"""
from datetime import datetime
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0008_outcomes'
down_revision: Union[str, Sequence[str], None] = '0007_privacy'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('appointments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('outcome', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('outcome_by', sa.String(length=20), nullable=False,
                                      server_default=''))
        batch_op.create_index(batch_op.f('ix_appointments_outcome'), ['outcome'],
                              unique=False)
    appointments = sa.table('appointments', sa.column('outcome', sa.String),
                            sa.column('starts_at', sa.DateTime))
    op.execute(appointments.update()
               .where(appointments.c.starts_at < datetime.now().replace(microsecond=0))
               .values(outcome='held'))


def downgrade() -> None:
    with op.batch_alter_table('appointments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_appointments_outcome'))
        batch_op.drop_column('outcome_by')
        batch_op.drop_column('outcome')
