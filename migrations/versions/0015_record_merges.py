"""duplicate persons: merges kept whole for undo, and pairs said to be different

Revision ID: 0015_record_merges
Revises: 0014_volunteer_care
Create Date: 2026-12-07 11:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0015_record_merges'
down_revision: Union[str, Sequence[str], None] = '0014_volunteer_care'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        'record_merges',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('kept_id', sa.Integer(), nullable=False),
        sa.Column('removed_id', sa.Integer(), nullable=False),
        sa.Column('merged_at', sa.DateTime(), nullable=False),
        sa.Column('merged_by', sa.String(length=80), nullable=False),
        sa.Column('snapshot', sa.Text(), nullable=False),
        sa.Column('undone_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_record_merges')),
    )
    op.create_index(op.f('ix_record_merges_kept_id'), 'record_merges', ['kept_id'])
    op.create_table(
        'distinct_pairs',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('first_id', sa.Integer(), nullable=False),
        sa.Column('second_id', sa.Integer(), nullable=False),
        sa.Column('decided_at', sa.DateTime(), nullable=False),
        sa.Column('decided_by', sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_distinct_pairs')),
        sa.UniqueConstraint('kind', 'first_id', 'second_id',
                            name=op.f('uq_distinct_pairs_kind')),
    )


def downgrade() -> None:
    op.drop_table('distinct_pairs')
    op.drop_table('record_merges')
