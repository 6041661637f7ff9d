"""The unit of work: services open one short session per operation through a
Store, which commits on success and rolls back on any error."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, event
from sqlalchemy.engine import URL

from desktop.data.config import DATABASE_FILE, current_user
from desktop.data.engine import make_engine, sqlite_url
from desktop.data.errors import RuleViolation
from desktop.data.migrate import current_revision, upgrade
from migrations import HEAD_REVISION

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

ANY_TABLE = "*"
_WRITING = "burenrust_tables_written"
_READS = ("SELECT", "PRAGMA", "WITH", "BEGIN", "SAVEPOINT", "RELEASE", "ROLLBACK", "SHOW", "SET")
# The table a plain SQL write names first (the database has no triggers that write on).
_PLAIN_WRITE = re.compile(
    r"\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|REPLACE\s+INTO|UPDATE|DELETE\s+FROM)\s+"
    r"\"?(\w+)\"?[\s(]", re.IGNORECASE)


def _note_written_table(connection, _cursor, statement: str, _parameters, context,
                        _executemany) -> None:
    """Remember, until commit or rollback, which tables this transaction writes."""
    compiled = getattr(context, "compiled", None)
    if compiled is not None and (context.isinsert or context.isupdate or context.isdelete):
        table = getattr(compiled.statement, "table", None)
        name = getattr(table, "name", None) or ANY_TABLE
    elif statement.lstrip()[:9].upper().startswith(_READS):
        return
    elif written := _PLAIN_WRITE.match(statement):  # SQL text (the search index)
        name = written.group(1)
    else:  # anything else that may write: which table is not guessed
        name = ANY_TABLE
    connection.info.setdefault(_WRITING, set()).add(name)


def _forget_written_tables(connection) -> None:
    connection.info.pop(_WRITING, None)


def make_unit_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that check values before a flush and record the audit trail and the
    search index after it. Loads the ORM and every model class (some 200 ms)."""
    import models
    from desktop.data import audit, search_index, value_guard
    from desktop.data.engine import make_session_factory

    models.load_all()  # a relationship names its class by string: map them all
    factory = make_session_factory(engine)
    event.listen(factory, "before_flush", value_guard.check_before_flush)
    event.listen(factory, "after_flush", audit.record_changes)
    event.listen(factory, "after_flush", search_index.refresh_after_flush)
    return factory


@dataclass
class Store:
    """A database and the user who works in it. Plain Core reads (the case list's
    first page) go through `engine`; sessions through `unit()` and `read()`,
    whose factory, and with it the ORM, is made on first use: start-up paints
    the list before it and a worker makes it just after (`prepare_sessions`)."""

    engine: Engine
    user: str
    data_dir: Path | None = None
    read_only: bool = False
    # Set while writes may go ahead; cleared while the start-up check of the file runs.
    writes_allowed: threading.Event = field(default_factory=threading.Event, repr=False)
    damaged: bool = False
    # Counts the commits through this store's engine: caches of derived data (the
    # matching data behind pair suggestions) see when they must read again.
    generation: int = 0
    caches: dict[str, tuple[object, object]] = field(default_factory=dict, repr=False)
    # Per table, the generation whose commit last wrote it (ANY_TABLE: a statement
    # whose table is not known), so a cache can tell which of its sources changed.
    written: dict[str, int] = field(default_factory=dict, repr=False)
    _factory: sessionmaker[Session] | None = field(default=None, init=False, repr=False)
    _factory_lock: threading.Lock = field(default_factory=threading.Lock, init=False,
                                          repr=False)

    def __post_init__(self) -> None:
        self.writes_allowed.set()
        event.listen(self.engine, "before_cursor_execute", _note_written_table)
        event.listen(self.engine, "commit", self._committed)
        event.listen(self.engine, "rollback", _forget_written_tables)

    @property
    def session_factory(self) -> sessionmaker[Session]:
        factory = self._factory
        if factory is None:
            with self._factory_lock:  # a worker and the GUI thread may both ask first
                if self._factory is None:
                    self._factory = make_unit_session_factory(self.engine)
                factory = self._factory
        return factory

    def prepare_sessions(self) -> None:
        """Make the session factory now (in a worker), before anything needs it."""
        from sqlalchemy.orm import configure_mappers

        self.session_factory  # noqa: B018 - made on first access
        configure_mappers()

    def _committed(self, connection) -> None:
        tables = connection.info.pop(_WRITING, ())
        for table in tables:
            self.written[table] = self.generation + 1
        self.generation += 1

    def changed_since(self, generation: int) -> set[str]:
        """The tables written by commits after `generation` (ANY_TABLE if unknown)."""
        return {table for table, when in self.written.items() if when > generation}

    def hold_writes(self) -> None:
        """Writes wait until checked() says whether the file is sound."""
        self.writes_allowed.clear()

    def checked(self, sound: bool) -> None:
        """The start-up check is done: a damaged file takes no writes at all."""
        self.damaged = not sound
        self.writes_allowed.set()

    @classmethod
    def open(cls, data_dir: Path, url: str | URL | None = None, user: str | None = None,
             read_only: bool = False) -> Store:
        """Open (and migrate) the database of a data folder. Read-only opens are
        for when another program holds the data: nothing is written, not even a
        migration."""
        data_dir.mkdir(parents=True, exist_ok=True)
        if url is None:
            from desktop.data.connection import database_url

            url = database_url(data_dir)  # a server set for this data folder, if any
        if url is not None:
            read_only = False  # the lock and read-only mode are about the SQLite file
        engine = make_engine(url or sqlite_url(data_dir / DATABASE_FILE, read_only))
        if read_only:
            if current_revision(engine) != HEAD_REVISION:
                engine.dispose()
                raise RuleViolation("read_only_needs_upgrade")
        else:
            upgrade(engine, data_dir=data_dir)
        store = cls.for_engine(engine, user or current_user(), data_dir)
        store.read_only = read_only
        return store

    @classmethod
    def for_engine(cls, engine: Engine, user: str, data_dir: Path | None = None) -> Store:
        return cls(engine, user, data_dir)

    @contextmanager
    def unit(self) -> Iterator[Session]:
        self.writes_allowed.wait()  # only during the first seconds after start
        if self.damaged:
            raise RuleViolation("database_damaged")
        session = self.session_factory()
        session.info["user"] = self.user
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries only; nothing is committed."""
        session = self.session_factory()
        try:
            yield session
        finally:
            # close() ends the transaction without expiring what was loaded
            session.close()

    def record_event(self, action: str, what: str, **details) -> None:
        """An export, restore or anonymisation in the audit trail (audit.record_event)."""
        from desktop.data import audit

        if self.read_only:
            return
        with self.unit() as session:
            audit.record_event(session, action, what, details)

    def close(self) -> None:
        self.engine.dispose()
