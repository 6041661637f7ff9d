"""the number an imported case had before Burenrust

Revision ID: 0006_legacy_number
Revises: 0005_incidents
Create Date: 2026-11-25 18:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0006_legacy_number'
down_revision: Union[str, Sequence[str], None] = '0005_incidents'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.add_column(sa.Column('legacy_number', sa.String(length=40), nullable=False,
                                      server_default=''))
        batch_op.create_index(batch_op.f('ix_cases_legacy_number'), ['legacy_number'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cases_legacy_number'))
        batch_op.drop_column('legacy_number')
