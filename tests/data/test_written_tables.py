"""The store knows which tables each commit wrote: caches of derived data (the pair
suggestions' matching data) read again only what a change can have touched."""

import pytest
from sqlalchemy import text, update

from desktop.data.store import ANY_TABLE
from models import Mediator
from tests.mediator_helpers import mediator


def test_a_commit_names_the_tables_it_wrote(store):
    start = store.generation
    mediator_id = mediator(store, "Een")
    assert {"mediators", "addresses", "mediator_availability", "audit_log"} <= \
        store.changed_since(start)
    assert "cases" not in store.changed_since(start)

    before_bulk = store.generation
    with store.unit() as session:  # Core, no ORM flush: still known by its table
        session.execute(update(Mediator).where(Mediator.id == mediator_id).values(
            state="paused"))
    assert store.changed_since(before_bulk) == {"mediators"}

    before_text = store.generation
    with store.unit() as session:  # plain SQL text (as the search index writes)
        session.execute(text("UPDATE mediators SET state = 'active'"))
    assert store.changed_since(before_text) == {"mediators"}

    before_other = store.generation
    with store.unit() as session:  # anything less plain: which table is not guessed
        session.execute(text("UPDATE main.mediators SET state = 'active'"))
    assert store.changed_since(before_other) == {ANY_TABLE}


def test_reads_and_rolled_back_writes_name_no_table(store):
    mediator_id = mediator(store, "Een")
    start = store.generation
    with store.unit() as session:
        session.get(Mediator, mediator_id)
    with pytest.raises(RuntimeError), store.unit() as session:
        session.execute(update(Mediator).values(state="paused"))
        raise RuntimeError("the coordinator's change fails")
    with store.unit() as session:
        session.get(Mediator, mediator_id)
    assert store.changed_since(start) == set()
