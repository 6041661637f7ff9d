"""Engine and session factory for the local SQLite file (or a PostgreSQL URL).

The engine is created by the caller at start-up, never at import time."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # SQLAlchemy loads after the first screen (desktop.data.store)
    from sqlalchemy import Engine
    from sqlalchemy.engine import URL
    from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 5000


def sqlite_file_uri(path: Path, mode: str = "ro") -> str:
    """A SQLite URI filename for `path`: every character of a Windows or Unix path
    (space, é, :, %, #, ?) percent-encoded, as SQLite's URI parser expects."""
    return f"{sqlite_uri(path.resolve().as_uri())}?mode={mode}"


def sqlite_uri(file_uri: str) -> str:
    """A file URI as SQLite takes it: a Windows share (\\\\server\\share\\…, which
    Python writes file://server/share/…) keeps its server in the path, since SQLite
    refuses any authority but an empty one (file:////server/share/…)."""
    rest = file_uri.removeprefix("file://")
    return file_uri if rest.startswith("/") else "file:////" + rest


def sqlite_url(path: Path, read_only: bool = False) -> URL:
    """The engine URL of a SQLite file, built as a URL object: a path is never
    parsed out of a string, so no character in it can be taken for syntax."""
    from sqlalchemy.engine import URL

    if read_only:  # SQLite refuses every write itself: nothing can slip through
        return URL.create("sqlite", database=sqlite_uri(path.resolve().as_uri()),
                          query={"mode": "ro", "uri": "true"})
    return URL.create("sqlite", database=str(path))


def plain_connection(path: Path, read_only: bool = False) -> sqlite3.Connection:
    """A sqlite3 connection to an existing file, with the engine's busy timeout: for
    the few reads made before SQLAlchemy is loaded (the case list's first page)."""
    connection = sqlite3.connect(sqlite_file_uri(path, "ro" if read_only else "rw"), uri=True)
    connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    return connection


def make_engine(url: str | URL) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.engine import make_url

    url = make_url(url)
    # hide_parameters: values in an error message are personal data and must not reach the log.
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, hide_parameters=True)
        event.listen(engine, "connect", _configure_sqlite)
        return engine
    # A server may restart while the program stays open all day: test connections first.
    return create_engine(url, hide_parameters=True, pool_pre_ping=True)


def _configure_sqlite(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # Opened read-only, the file keeps the journal mode it has (WAL).
    with contextlib.suppress(sqlite3.OperationalError):
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
