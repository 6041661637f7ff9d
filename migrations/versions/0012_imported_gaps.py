"""what an import could not complete: an address as typed, where it came from, and
the case's list of what is still to be filled in

A hand-kept sheet often gives the other party as "Lindelaan 38" only. Such a party
keeps that text (address_as_typed) until the coordinator completes it, or gets the
applicant's town and postcode area (address_source "from_a"). Whatever else the
import could not put in a field is listed in cases.to_complete, line by line.

Revision ID: 0012_imported_gaps
Revises: 0011_mediator_experience_index
Create Date: 2026-12-07 09:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0012_imported_gaps'
down_revision: Union[str, Sequence[str], None] = '0011_mediator_experience_index'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('case_parties', schema=None) as batch_op:
        batch_op.add_column(sa.Column('address_as_typed', sa.String(length=200), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('address_source', sa.String(length=10), nullable=False,
                                      server_default=''))
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.add_column(sa.Column('to_complete', sa.Text(), nullable=False,
                                      server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_column('to_complete')
    with op.batch_alter_table('case_parties', schema=None) as batch_op:
        batch_op.drop_column('address_source')
        batch_op.drop_column('address_as_typed')
