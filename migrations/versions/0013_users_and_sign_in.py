"""the program's users, their roles and passwords (argon2id), and whether signing in
is asked (access_settings, one row; none yet: the first start makes the coordinator's
account)

Revision ID: 0013_users_and_sign_in
Revises: 0012_imported_gaps
Create Date: 2026-12-07 10:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0013_users_and_sign_in'
down_revision: Union[str, Sequence[str], None] = '0012_imported_gaps'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        'users',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=80), nullable=False),
        sa.Column('login_name', sa.String(length=80), nullable=False),
        sa.Column('role', sa.String(length=20), nullable=False),
        sa.Column('password_hash', sa.String(length=200), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('failed_attempts', sa.Integer(), nullable=False),
        sa.Column('last_failed_at', sa.DateTime(), nullable=True),
        sa.Column('last_sign_in_at', sa.DateTime(), nullable=True),
        sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'),
                  nullable=False),
        sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'),
                  nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
        sa.UniqueConstraint('login_name', name=op.f('uq_users_login_name')),
    )
    op.create_table(
        'access_settings',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('sign_in_required', sa.Boolean(), nullable=False),
        sa.Column('idle_minutes', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'),
                  nullable=False),
        sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'),
                  nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_access_settings')),
    )


def downgrade() -> None:
    op.drop_table('access_settings')
    op.drop_table('users')
