"""Which database a data folder uses: its own SQLite file (the default), or a
PostgreSQL server for offices that outgrow one PC. The server's address lives in
the settings file; its password only in the operating system's keyring."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.data.config import Settings
from desktop.data.errors import RuleViolation

if TYPE_CHECKING:  # SQLAlchemy loads after the first paint when no server is set
    from sqlalchemy.engine import URL

KEYRING_SERVICE = "Burenrust database"
DRIVER = "postgresql+psycopg"


def server_url(host: str, port: int, database: str, user: str, password: str = "") -> URL:
    from sqlalchemy.engine import URL

    return URL.create(DRIVER, username=user or None, password=password or None,
                      host=host or None, port=port or None, database=database or None)


def _without_password(url: URL) -> str:
    from sqlalchemy.engine import URL

    # URL.set(password=None) leaves the password in place: build the URL anew.
    bare = URL.create(url.drivername, username=url.username, host=url.host, port=url.port,
                      database=url.database, query=url.query)
    return bare.render_as_string(hide_password=False)


def save_connection(data_dir: Path, url: URL | str) -> None:
    """Use this server from now on; its password goes to the keyring."""
    import keyring
    from sqlalchemy.engine import make_url

    url = make_url(url)
    if url.get_backend_name() != "postgresql":
        raise RuleViolation("database_url_invalid")
    url = url.set(drivername=DRIVER)
    key = _without_password(url)
    if url.password:
        keyring.set_password(KEYRING_SERVICE, key, url.password)
    settings = Settings.load(data_dir)
    settings.database_url = key
    settings.save(data_dir)


def use_local_file(data_dir: Path) -> None:
    settings = Settings.load(data_dir)
    settings.database_url = ""
    settings.save(data_dir)


def configured_url(data_dir: Path) -> URL | None:
    """The server this data folder uses, without its password (None: the SQLite file)."""
    text_url = Settings.load(data_dir).database_url
    if not text_url:
        return None
    from sqlalchemy.engine import make_url

    return make_url(text_url)


def database_url(data_dir: Path) -> str | None:
    """The full URL to connect with, password from the keyring; None for SQLite."""
    url = configured_url(data_dir)
    if url is None:
        return None  # the usual case: no keyring to load at start-up
    import keyring

    password = keyring.get_password(KEYRING_SERVICE, _without_password(url))
    return url.set(password=password).render_as_string(hide_password=False) if password else (
        _without_password(url))


def check_connection(url: URL | str) -> str:
    """Connect once; returns the server's version, or raises the driver's error."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    engine = create_engine(make_url(url), pool_pre_ping=False,
                           connect_args={"connect_timeout": 5})
    try:
        with engine.connect() as connection:
            return str(connection.execute(text("SHOW server_version")).scalar())
    finally:
        engine.dispose()
