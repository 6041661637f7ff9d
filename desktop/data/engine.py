"""Engine and session factory for the local SQLite file (or a PostgreSQL URL).

The engine is created by the caller at start-up, never at import time."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # SQLAlchemy loads after the first screen (desktop.data.store)
    from sqlalchemy import Engine
    from sqlalchemy.engine import URL
    from sqlalchemy.orm import Session, sessionmaker

from desktop.data.encryption.file_format import sqlite_file_uri, sqlite_uri

__all__ = ["sqlite_file_uri", "sqlite_uri"]  # where they were before 0.4

BUSY_TIMEOUT_MS = 5000


def sqlite_url(path: Path, read_only: bool = False) -> URL:
    """The engine URL of a SQLite file, built as a URL object: a path is never
    parsed out of a string, so no character in it can be taken for syntax. The
    connections themselves are made by desktop.data.encryption.cipher (the file is encrypted)."""
    from sqlalchemy.engine import URL

    return URL.create("sqlite", database=str(path), query={"mode": "ro"} if read_only else {})


def plain_connection(path: Path, read_only: bool = False, key: bytes | object | None = ...):
    """A connection to an existing file, with the engine's busy timeout: for the few
    reads made before SQLAlchemy is loaded (the case list's first page)."""
    from desktop.data.encryption import cipher

    chosen = cipher.key_for_file(path) if key is ... else key
    return cipher.connect(path, chosen, "ro" if read_only else "rw",  # type: ignore[arg-type]
                          busy_timeout_ms=BUSY_TIMEOUT_MS)


def make_engine(url: str | URL, key: bytes | Callable[[], bytes | None] | object | None = ...
                ) -> Engine:
    """An engine for a SQLite file (its connections keyed by desktop.data.encryption.cipher;
    key=... finds the data folder's key, or makes one for a new file) or a server."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.engine import make_url

    url = make_url(url)
    # hide_parameters: values in an error message are personal data and must not reach the log.
    if url.get_backend_name() == "sqlite":
        from desktop.data.encryption import cipher

        path = Path(url.database or "")
        read_only = url.query.get("mode") == "ro"
        if key is ...:
            key = (cipher.key_for_file(path) if cipher.has_content(path)
                   else cipher.database_key(path.parent, create=True))
        mode = "ro" if read_only else "rwc"
        # A callable key is asked at every new connection (a restore may change it).
        current = key if callable(key) else (lambda: key)
        engine = create_engine(url.set(query={}), hide_parameters=True, module=cipher.dbapi,
                               creator=lambda: cipher.connect(path, current(), mode))
        event.listen(engine, "connect", _configure_sqlite)
        return engine
    # A server may restart while the program stays open all day: test connections first.
    return create_engine(url, hide_parameters=True, pool_pre_ping=True)


def _configure_sqlite(dbapi_connection, _record) -> None:
    from desktop.data.encryption.cipher import OperationalError

    cursor = dbapi_connection.cursor()
    # Opened read-only, the file keeps the journal mode it has (WAL).
    with contextlib.suppress(OperationalError):
        cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # NORMAL is durable in WAL mode except for the last commit on power loss.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    from sqlalchemy.orm import sessionmaker

    return sessionmaker(bind=engine, expire_on_commit=False)


def continue_sequences(connection) -> None:
    """After rows were written with their own ids (a move to a server, demo data),
    PostgreSQL's sequences must continue after them; SQLite needs nothing."""
    if connection.dialect.name != "postgresql":
        return
    from sqlalchemy import text

    import models

    for table in models.Base.metadata.sorted_tables:
        if "id" in table.c and table.c.id.autoincrement:
            connection.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"))
