"""A real PostgreSQL server for the tests, when one is given.

BURENRUST_TEST_POSTGRES_URL names a role that may create databases, e.g.
postgresql+psycopg://burenrust:burenrust@127.0.0.1:5432/postgres (.ci/run starts
Debian's server on loopback and sets it). The migrations run once into a template
database; every test gets its own copy (CREATE DATABASE … TEMPLATE), dropped after."""

from __future__ import annotations

import os
import uuid

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

URL_ENV = "BURENRUST_TEST_POSTGRES_URL"


def admin_url() -> str | None:
    return os.environ.get(URL_ENV) or None


def template_name() -> str:
    # One template per role (a database can only be dropped by its owner) and per
    # newest migration: two checkouts testing on one server do not rebuild each other's.
    from migrations import HEAD_REVISION

    user = make_url(admin_url()).username or "default"
    name = f"burenrust_test_template_{user}_{HEAD_REVISION[:4]}"
    return "".join(c for c in name if c.isalnum() or c == "_")[:63]


def _admin_engine():
    return create_engine(admin_url(), isolation_level="AUTOCOMMIT")


def _url_for(database: str) -> str:
    return make_url(admin_url()).set(database=database).render_as_string(hide_password=False)


def build_template() -> None:
    """Drop and rebuild the template at the newest migration (once per test run)."""
    from desktop.data.engine import make_engine
    from desktop.data.migrate import upgrade

    template = template_name()
    admin = _admin_engine()
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {template} WITH (FORCE)"))
        conn.execute(text(f"CREATE DATABASE {template}"))
    admin.dispose()
    engine = make_engine(_url_for(template))
    upgrade(engine)
    engine.dispose()


def fresh_database() -> tuple[str, str]:
    """A new database copied from the template: (its name, its URL)."""
    name = f"burenrust_test_{uuid.uuid4().hex[:12]}"
    admin = _admin_engine()
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name} TEMPLATE {template_name()}"))
    admin.dispose()
    return name, _url_for(name)


def drop_database(name: str) -> None:
    """Drop a test's database. An autovacuum worker visiting it cannot be ended by a
    role that is not a superuser: wait for it a moment instead of failing the test."""
    import time

    from sqlalchemy.exc import DBAPIError

    admin = _admin_engine()
    try:
        for attempt in range(50):
            try:
                with admin.connect() as conn:
                    conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                return
            except DBAPIError:
                if attempt == 49:
                    raise
                time.sleep(0.1)
    finally:
        admin.dispose()
