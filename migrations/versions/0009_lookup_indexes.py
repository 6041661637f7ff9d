"""what the screens look up gets an index: persons by lower-cased e-mail, cases by urgency
and by neighbourhood in the list's order

Finding earlier cases by e-mail compared lower(email), which no index serves in
SQLite: every person was read when a case opened. persons.email_key holds the
lower-cased address (kept by the model, filled here with Python's lower(), which
unlike SQLite's knows more than ASCII). The case list sorts (and pages by keyset)
on urgency, which had no index, and filtered on a neighbourhood it sorted every case
of that neighbourhood before showing the first page.

Revision ID: 0009_lookup_indexes
Revises: 0008_outcomes
Create Date: 2026-11-25 20:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0009_lookup_indexes'
down_revision: Union[str, Sequence[str], None] = '0008_outcomes'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

BATCH = 5_000


def upgrade() -> None:
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.add_column(sa.Column('email_key', sa.String(length=254), nullable=False,
                                      server_default=''))
    persons = sa.table('persons', sa.column('id', sa.Integer),
                       sa.column('email', sa.String), sa.column('email_key', sa.String))
    connection = op.get_bind()
    rows = connection.execute(sa.select(persons.c.id, persons.c.email)
                              .where(persons.c.email != '')).all()
    change = (persons.update().where(persons.c.id == sa.bindparam('person_id'))
              .values(email_key=sa.bindparam('key')))
    for start in range(0, len(rows), BATCH):
        connection.execute(change, [{'person_id': person_id, 'key': email.lower()}
                                    for person_id, email in rows[start:start + BATCH]])
    op.create_index(op.f('ix_persons_email_key'), 'persons', ['email_key'], unique=False)
    op.create_index(op.f('ix_cases_urgency'), 'cases', ['urgency'], unique=False)
    op.create_index('ix_cases_neighbourhood_number', 'cases', ['neighbourhood', 'year', 'seq'],
                    unique=False)


def downgrade() -> None:
    op.drop_index('ix_cases_neighbourhood_number', table_name='cases')
    op.drop_index(op.f('ix_cases_urgency'), table_name='cases')
    op.drop_index(op.f('ix_persons_email_key'), table_name='persons')
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.drop_column('email_key')
