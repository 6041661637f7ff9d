"""The unit of work: services open one short session per operation through a
Store, which commits on success and rolls back on any error.

A SQLite store opens without SQLAlchemy when its file is at the newest schema
(the revision read with sqlite3): the engine is made when first used, the ORM
sessions after that. Start-up paints the case list's first page (read with
sqlite3, desktop.cases.case_rows) before either, and a worker makes both just
after (desktop.app.prepare_sessions)."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.data.config import DATABASE_FILE, current_user
from desktop.data.encryption import cipher
from desktop.data.engine import make_engine, plain_connection, sqlite_url
from desktop.data.errors import NotAllowed, RuleViolation
from desktop.data.migrate import current_revision, file_revision, upgrade
from migrations import HEAD_REVISION
from models.enums import Role
from models.roles import Permission, may

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.engine import URL
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
    from sqlalchemy import event

    import models
    from desktop.data import audit, search_index, value_guard
    from desktop.data.engine import make_session_factory

    models.load_all()  # a relationship names its class by string: map them all
    factory = make_session_factory(engine)
    event.listen(factory, "before_flush", value_guard.check_before_flush)
    event.listen(factory, "after_flush", audit.record_changes)
    event.listen(factory, "after_flush", search_index.refresh_after_flush)
    return factory


def _open_key(data_dir: Path, path: Path, read_only: bool) -> bytes | None:
    """The key to open the data folder's file with. A new file is made encrypted; a
    plain one (from before 0.4) is encrypted now, after a backup (read-only, another
    PC holds the file: it stays plain until that PC converts it)."""
    if not cipher.has_content(path):
        return None if read_only else cipher.database_key(data_dir, create=True)
    if cipher.is_plain(path):
        if read_only:
            return None
        from desktop.data.encryption.encrypt_existing import encrypt_existing

        key = cipher.database_key(data_dir, create=True)
        assert key is not None
        encrypt_existing(data_dir, path, key)
        return key
    key = cipher.database_key(data_dir)
    if key is None:
        raise cipher.DatabaseKeyMissing()
    return key


@dataclass
class Store:
    """A database and the user who works in it. Sessions through `unit()` and
    `read()`, Core through `engine`, and for SQLite a plain sqlite3 read through
    `plain_read()`. The engine and the session factory are made on first use."""

    user: str
    data_dir: Path | None = None
    read_only: bool = False
    # The signed-in user's role (desktop.access); with sign-in off, the OS account
    # is the user and may do everything.
    role: str = Role.COORDINATOR
    # The SQLite file (None: a server, or an engine handed to for_engine).
    sqlite_file: Path | None = None
    # The file's SQLCipher key (None: a server, or a plain file opened read-only).
    key: bytes | None = field(default=None, repr=False)
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
    _engine: Engine | None = field(default=None, repr=False)
    _factory: sessionmaker[Session] | None = field(default=None, init=False, repr=False)
    # A worker and the GUI thread may both ask first for the engine or the factory.
    _making: threading.RLock = field(default_factory=threading.RLock, init=False, repr=False)

    def __post_init__(self) -> None:
        self.writes_allowed.set()
        if self._engine is not None:
            self._watch(self._engine)

    def _watch(self, engine: Engine) -> None:
        from sqlalchemy import event

        event.listen(engine, "before_cursor_execute", _note_written_table)
        event.listen(engine, "commit", self._committed)
        event.listen(engine, "rollback", _forget_written_tables)

    @property
    def engine(self) -> Engine:
        engine = self._engine
        if engine is None:
            with self._making:
                if self._engine is None:
                    if self.sqlite_file is None:
                        raise RuntimeError("a store without a database")
                    made = make_engine(sqlite_url(self.sqlite_file, self.read_only),
                                       key=lambda: self.key)
                    self._watch(made)
                    self._engine = made
                engine = self._engine
        return engine

    @property
    def session_factory(self) -> sessionmaker[Session]:
        factory = self._factory
        if factory is None:
            with self._making:
                if self._factory is None:
                    self._factory = make_unit_session_factory(self.engine)
                factory = self._factory
        return factory

    @contextmanager
    def plain_read(self) -> Iterator[cipher.dbapi.Connection]:
        """A DB-API connection to the SQLite file, for a read that must not wait
        for SQLAlchemy to load (the case list's first page)."""
        if self.sqlite_file is None:
            raise RuntimeError("plain reads are for a SQLite file")
        connection = plain_connection(self.sqlite_file, self.read_only, key=self.key)
        try:
            yield connection
        finally:
            connection.close()

    def file_replaced(self) -> None:
        """A restore put another file (perhaps with another key) in place: new
        connections use the folder's key now."""
        if self.sqlite_file is None or self.data_dir is None:
            return
        if self._engine is not None:
            self._engine.dispose()
        self.key = cipher.key_for_file(self.sqlite_file)

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
        if url is not None:  # a server: the lock and read-only mode are about the file
            engine = make_engine(url)
            upgrade(engine, data_dir=data_dir)
            return cls.for_engine(engine, user or current_user(), data_dir)
        path = data_dir / DATABASE_FILE
        key = _open_key(data_dir, path, read_only)
        store = cls(user or current_user(), data_dir, read_only, sqlite_file=path, key=key)
        try:
            at_head = file_revision(path, key) == HEAD_REVISION
        except cipher.Error:  # the engine below says what is wrong, as it always did
            at_head = False
        if at_head:
            return store  # nothing to migrate: SQLAlchemy loads when first needed
        if read_only:
            if current_revision(store.engine) != HEAD_REVISION:
                store.close()
                raise RuleViolation("read_only_needs_upgrade")
        else:
            upgrade(store.engine, data_dir=data_dir)
        return store

    @classmethod
    def for_engine(cls, engine: Engine, user: str, data_dir: Path | None = None) -> Store:
        return cls(user, data_dir, _engine=engine)

    @property
    def can_edit(self) -> bool:
        """Writes may go ahead: the file is not opened read-only and the role may edit."""
        return not self.read_only and may(self.role, Permission.EDIT)

    def may(self, permission: Permission) -> bool:
        return may(self.role, permission)

    def require(self, permission: Permission) -> None:
        """Refuse (NotAllowed) what this user's role may not do."""
        if not may(self.role, permission):
            raise NotAllowed(permission.value)

    @contextmanager
    def unit(self, needs: Permission | None = Permission.EDIT) -> Iterator[Session]:
        """A unit of work; `needs` is what the role must allow (None: the program's
        own bookkeeping, such as the audit of an export or a sign-in)."""
        if needs is not None:
            self.require(needs)
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
        with self.unit(needs=None) as session:
            audit.record_event(session, action, what, details)

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
