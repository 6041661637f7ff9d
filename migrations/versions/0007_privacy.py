"""privacy: retention term, residents' requests, anonymised dates; audit rows name
their record

Revision ID: 0007_privacy
Revises: 0006_legacy_number
Create Date: 2026-11-25 20:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0007_privacy'
down_revision: Union[str, Sequence[str], None] = '0006_legacy_number'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('privacy_settings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('retention_months', sa.Integer(), nullable=False),
    sa.Column('statement', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_privacy_settings'))
    )
    op.create_table('resident_requests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('requester', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('handled_on', sa.Date(), nullable=True),
    sa.Column('answer', sa.String(length=500), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_resident_requests_person_id_persons'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_resident_requests'))
    )
    with op.batch_alter_table('resident_requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_resident_requests_due_on'), ['due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_resident_requests_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_resident_requests_status'), ['status'], unique=False)
    for table in ('cases', 'incidents', 'persons'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('anonymised_on', sa.Date(), nullable=True))
    # Inserts used to be recorded with entity id 0; their own id stands in the changes.
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("UPDATE audit_log SET entity_id = CAST(changes::json->>'id' AS INTEGER) "
                   "WHERE entity_id = 0 AND action = 'insert' AND changes::json->>'id' IS NOT NULL")
    else:
        op.execute("UPDATE audit_log SET entity_id = json_extract(changes, '$.id') "
                   "WHERE entity_id = 0 AND action = 'insert' "
                   "AND json_extract(changes, '$.id') IS NOT NULL")


def downgrade() -> None:
    for table in ('persons', 'incidents', 'cases'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('anonymised_on')
    op.drop_table('resident_requests')
    op.drop_table('privacy_settings')
