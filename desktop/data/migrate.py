"""Bring the database to the newest schema with Alembic, after a safety copy
of the SQLite file whenever the schema is about to change."""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from migrations import HEAD_REVISION

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

log = logging.getLogger(__name__)

SAFETY_COPY_DIR = "safety-copies"


def alembic_config() -> Config:
    """A Config pointing at the migrations package, wherever it is installed.

    No database URL goes into it: Alembic's Config is a ConfigParser, whose `%`
    interpolation breaks on a rendered URL (C:\\, é, : and % are percent-encoded).
    The migrations get an open connection instead (config.attributes)."""
    from alembic.config import Config

    config = Config()
    # A path may hold "%" too (a user folder "100%"): escape it for ConfigParser.
    config.set_main_option("script_location",
                           str(resources.files("migrations")).replace("%", "%%"))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"expected one migration head, found {len(heads)}")
    return heads[0]


def file_revision(path: Path) -> str | None:
    """The schema revision of a SQLite file, read with sqlite3 alone (None: no file,
    or no schema yet): at start-up, before SQLAlchemy is loaded."""
    from desktop.data.engine import sqlite_file_uri

    if not path.is_file():
        return None
    connection = sqlite3.connect(sqlite_file_uri(path, "ro"), uri=True)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError as exc:
        if "no such table" not in str(exc):
            raise
        return None
    finally:
        connection.close()
    return row[0] if row else None


def current_revision(engine: Engine) -> str | None:
    # Read directly: Alembic costs a noticeable part of start-up and is only
    # needed when there is something to migrate.
    from sqlalchemy import inspect, text

    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.scalar(text("SELECT version_num FROM alembic_version"))


def upgrade(engine: Engine, target: str = "head", data_dir: Path | None = None) -> Path | None:
    """Migrate to `target`; returns the safety copy made, if any."""
    current = current_revision(engine)
    if target == "head" and current == HEAD_REVISION:
        return None
    from alembic import command

    wanted = head_revision() if target == "head" else target
    if current == wanted:
        return None
    copy = None
    if current is not None and engine.dialect.name == "sqlite" and data_dir is not None:
        copy = safety_copy(Path(engine.url.database or ""), data_dir / SAFETY_COPY_DIR, current)
    log.info("migrating database from %s to %s", current, wanted)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)
    return copy


def safety_copy(db_path: Path, folder: Path, revision: str) -> Path:
    """A consistent copy through SQLite's online backup API (safe with WAL)."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{db_path.stem}-{stamp}-before-{revision}.sqlite"
    source = sqlite3.connect(db_path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    log.info("safety copy written before migration")
    return target
