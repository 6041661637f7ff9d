"""The case list's first page read with plain sqlite3 (desktop.cases.case_rows):
the same SQL SQLAlchemy makes of the Core query, and the same rows."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from desktop.cases import queries
from desktop.cases.case_rows import FIRST_PAGE_SQL, CaseFilter, first_page
from desktop.cases.queries import fetch_rows
from desktop.data.encryption import cipher
from desktop.data.encryption.cipher import open_file
from desktop.data.store import Store


def _words(sql: str) -> list[str]:
    return sql.split()


def test_the_plain_sql_is_what_sqlalchemy_makes_of_the_core_query():
    from sqlalchemy.dialects import sqlite

    from desktop.cases.list_tables import CASES
    from desktop.cases.queries import _row_statement

    statement = _row_statement().order_by(CASES.c.year.desc(), CASES.c.seq.desc())
    compiled = str(statement.compile(dialect=sqlite.dialect(),
                                     compile_kwargs={"literal_binds": True}))
    assert _words(FIRST_PAGE_SQL) == [*_words(compiled), "LIMIT", "?"]


@pytest.fixture
def demo_store(data_dir):
    from desktop.demo.generator import generate

    store = Store.open(data_dir)
    generate(store, cases=60, seed=11)
    store.close()
    opened = Store.open(data_dir)  # at the newest schema: opened without an engine
    yield opened
    opened.close()


def fetch_core_rows(store, case_filter, limit, after=None):
    """The list's page through Core alone (without the plain first page)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(queries, "first_page", lambda *_args: None)
        return fetch_rows(store, case_filter, limit=limit, after=after)


def test_both_ways_give_the_same_first_page(demo_store):
    assert demo_store._engine is None
    plain = fetch_rows(demo_store, CaseFilter(), limit=25)
    assert plain == first_page(demo_store, CaseFilter(), limit=25)
    assert demo_store._engine is None  # the first page made no engine
    core = fetch_core_rows(demo_store, CaseFilter(), limit=25)
    assert len(plain) == 25 and plain == core
    assert [r.keys for r in plain] == [r.keys for r in core]  # where the next page starts
    assert all(isinstance(r.registered_on, date) for r in plain)
    assert any(r.other_party and r.address and r.conflict_type for r in plain)
    # The next page goes through Core, after the last row the plain page gave.
    following = fetch_rows(demo_store, CaseFilter(), limit=25, after=plain[-1])
    assert following == fetch_core_rows(demo_store, CaseFilter(), limit=50)[25:]
    assert first_page(demo_store, CaseFilter(), limit=25, descending=False) is None


def test_other_views_of_the_list_go_through_core(demo_store, monkeypatch):
    def refuse(*_args):
        raise AssertionError("plain read used")

    monkeypatch.setattr(Store, "plain_read", refuse)
    for case_filter, sort_key, descending in [(CaseFilter(status="open"), "number", True),
                                              (CaseFilter(text="straat"), "number", True),
                                              (CaseFilter(), "status", True),
                                              (CaseFilter(), "number", False)]:
        fetch_rows(demo_store, case_filter, sort_key, descending)


def test_a_store_with_an_older_schema_is_migrated_before_the_first_page(data_dir):
    from desktop.data.migrate import file_revision

    Store.open(data_dir).close()
    path = data_dir / "burenrust.sqlite"
    with open_file(path, "rw") as connection:  # as if an older version had left it
        connection.execute("UPDATE alembic_version SET version_num = 'older'")
    connection.close()
    assert file_revision(path) == "older"
    with pytest.raises(Exception, match="older"):  # Alembic: no such revision to start from
        Store.open(data_dir)


def test_a_missing_or_empty_file_gets_the_schema(data_dir):
    from desktop.data.migrate import file_revision
    from migrations import HEAD_REVISION

    path = data_dir / "burenrust.sqlite"
    assert file_revision(path) is None
    sqlite3.connect(path).close()  # an empty file: no schema yet
    assert file_revision(path) is None
    store = Store.open(data_dir)
    assert file_revision(path) == HEAD_REVISION
    assert fetch_rows(store, CaseFilter()) == []
    store.close()


def test_a_failing_plain_read_falls_back_to_core(demo_store, monkeypatch):
    from contextlib import contextmanager

    @contextmanager
    def unreadable(_store):
        raise cipher.OperationalError("unable to open database file")
        yield

    monkeypatch.setattr(Store, "plain_read", unreadable)
    rows = fetch_rows(demo_store, CaseFilter(), limit=10)
    assert rows == fetch_core_rows(demo_store, CaseFilter(), limit=10) and len(rows) == 10


def test_a_windows_share_keeps_its_server_in_the_sqlite_uri():
    from pathlib import PureWindowsPath

    from desktop.data.engine import sqlite_uri

    share = PureWindowsPath(r"\\kantoor\Gedeeld\René 100%\burenrust.sqlite").as_uri()
    assert sqlite_uri(share) == "file:////kantoor/Gedeeld/Ren%C3%A9%20100%25/burenrust.sqlite"
    drive = PureWindowsPath(r"C:\Users\René\burenrust.sqlite").as_uri()
    assert sqlite_uri(drive) == drive == "file:///C:/Users/Ren%C3%A9/burenrust.sqlite"
