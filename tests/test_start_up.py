"""The program's own start: the case list is painted before SQLAlchemy's ORM and
the model classes load, and a worker has them ready before the first question
to the database that needs a session."""

from __future__ import annotations

import os
import subprocess
import sys

from desktop.data.store import Store


def test_a_start_paints_the_list_without_the_orm(data_dir):
    from desktop.demo.generator import generate

    store = Store.open(data_dir)
    generate(store, cases=20, seed=7)
    store.close()
    # The benchmark's start: paint the list, then quit (desktop.app._report_first_paint).
    env = dict(os.environ, BURENRUST_REPORT_FIRST_PAINT="1", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "desktop", "--data-dir", str(data_dir)],
        capture_output=True, text=True, env=env, timeout=120, check=True,
    )
    assert "FIRST_PAINT" in result.stdout
    imported = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()
                if line.startswith("import time:")}
    assert {"sqlalchemy.engine", "desktop.cases.queries"} <= imported  # the list was read
    assert not {"sqlalchemy.orm", "models.base", "models.case", "alembic"} & imported


def test_sessions_are_made_in_a_worker_before_the_organisation_is_asked(window, qtbot):
    from desktop.app import prepare_sessions

    store = window.store
    store._factory = None  # as just after start (the fixture's window made one already)
    seen: list[bool] = []
    prepare_sessions(window, then=lambda: seen.append(store._factory is not None))
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [True]
    with store.read() as session:  # and sessions work as before
        from models import Case

        assert session.query(Case).count() == 0
