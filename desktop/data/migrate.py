"""Bring the database to the newest schema with Alembic, after a safety copy
of the SQLite file whenever the schema is about to change."""

from __future__ import annotations

import logging
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.data.config import SAFETY_COPY_DIR
from migrations import HEAD_REVISION

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

log = logging.getLogger(__name__)

__all__ = ["SAFETY_COPY_DIR"]  # kept here before 0.4


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


def file_revision(path: Path, key: bytes | object | None = ...) -> str | None:
    """The schema revision of a SQLite file, read without SQLAlchemy (None: no file,
    or no schema yet): at start-up, before SQLAlchemy is loaded. key=...: the data
    folder's (desktop.data.encryption.cipher)."""
    from desktop.data.encryption import cipher

    if not path.is_file():
        return None
    connection = cipher.open_file(path, "ro", key)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except cipher.OperationalError as exc:
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
        copy = safety_copy(Path(engine.url.database or ""), data_dir / SAFETY_COPY_DIR, current,
                           key=_engine_key(engine))
    log.info("migrating database from %s to %s", current, wanted)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)
    return copy


def _engine_key(engine: Engine) -> bytes | None:
    """The key the engine's connections use: asked of the file, as make_engine does."""
    from desktop.data.encryption import cipher

    return cipher.key_for_file(Path(engine.url.database or ""))


def safety_copy(db_path: Path, folder: Path, revision: str,
                key: bytes | object | None = ...) -> Path:
    """A consistent copy through SQLite's online backup API (safe with WAL), with
    the file's own key: encrypted as the file is."""
    from desktop.data.encryption import cipher

    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{db_path.stem}-{stamp}-before-{revision}.sqlite"
    chosen = cipher.key_for_file(db_path) if key is ... else key
    cipher.copy_database(db_path, target, chosen, chosen)  # type: ignore[arg-type]
    log.info("safety copy written before migration")
    return target
