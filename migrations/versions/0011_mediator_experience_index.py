"""a mediator's finished pairs are counted from an index alone

Pair suggestions count, per mediator, the pairs that were released (experience).
With only an index on mediator_id, SQLite read every case_mediators row for its
released_on: 18 ms at 1,000 mediators, on every suggestion after an assignment.
The index on (mediator_id, released_on) answers it alone and serves every lookup
by mediator the old one did, so that one goes.

Revision ID: 0011_mediator_experience_index
Revises: 0010_mail
Create Date: 2026-11-26 10:00:00

"""
from typing import Sequence, Union

from alembic import op


revision: str = '0011_mediator_experience_index'
down_revision: Union[str, Sequence[str], None] = '0010_mail'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_index('ix_case_mediators_mediator_released', 'case_mediators',
                    ['mediator_id', 'released_on'], unique=False)
    op.drop_index('ix_case_mediators_mediator_id', table_name='case_mediators')


def downgrade() -> None:
    op.create_index('ix_case_mediators_mediator_id', 'case_mediators', ['mediator_id'],
                    unique=False)
    op.drop_index('ix_case_mediators_mediator_released', table_name='case_mediators')
