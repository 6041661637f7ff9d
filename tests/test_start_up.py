"""The program's own start: the case list is painted before SQLAlchemy's ORM and
the model classes load, and a worker has them ready before the first question
to the database that needs a session."""

from __future__ import annotations

import os
import subprocess
import sys

from desktop.data.store import Store

# Runs the program's start as `burenrust` does, and says at the first paint of the case
# list (in the paint event itself, before any held work starts) what was loaded by then.
_CHILD = """
import sys
from PySide6.QtCore import QEvent, QObject
import desktop.app as app
import desktop.cli

report = app._report_first_paint

class AtPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not hasattr(self, "seen"):
            self.seen = True
            # The subcommands' modules neither: the GUI start reads no option of theirs.
            loaded = [m for m in ("sqlalchemy", "sqlalchemy.orm", "models.case", "alembic",
                                  "desktop.cli.backup", "desktop.cli.cases")
                      if m in sys.modules]
            print("AT_PAINT", loaded, self.window.cases.case_list.model.rowCount(), flush=True)
        return False

def watched(window):
    watcher = AtPaint(window)
    watcher.window = window
    window.cases.case_list.table.viewport().installEventFilter(watcher)
    report(window)

app._report_first_paint = watched
# As `burenrust` starts: the command's options are built first, then the GUI.
sys.exit(desktop.cli.main(["--data-dir", sys.argv[1]]))
"""


def test_a_start_paints_the_list_before_sqlalchemy_loads(key_in_data_folder, data_dir):
    from desktop.demo.generator import generate

    store = Store.open(data_dir)
    generate(store, cases=20, seed=7)
    store.close()
    # The benchmark's start: paint the list, then quit (desktop.app._report_first_paint).
    env = dict(os.environ, BURENRUST_REPORT_FIRST_PAINT="1", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", _CHILD, str(data_dir)], capture_output=True,
                            text=True, env=env, timeout=120, check=True)
    assert "FIRST_PAINT" in result.stdout
    assert "AT_PAINT [] 20" in result.stdout, result.stdout  # 20 rows, nothing loaded


# Another PC holds the data and the coordinator chose "read-only" in the lock dialog.
_READ_ONLY_CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import desktop.app as app

app._take_lock = lambda _data_dir: True
warm_up = app._schedule_warm_up

def look():
    windows = [w for w in QApplication.topLevelWidgets()
               if type(w).__name__ == "MainWindow" and w.isVisible()]
    print("OPEN" if windows else "CLOSED", windows and windows[0].store.read_only, flush=True)
    for window in windows:
        window.skip_close_checks = True
        window.close()
    QApplication.quit()

def watched(window, then=None):
    QTimer.singleShot(2500, look)  # the application exists by now
    warm_up(window, then)

app._schedule_warm_up = watched
sys.exit(app.run_gui(sys.argv[1]))
"""


def test_a_read_only_start_stays_open_until_the_coordinator_closes_it(key_in_data_folder, data_dir):
    Store.open(data_dir).close()
    before = sorted(path.name for path in data_dir.iterdir())
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("BURENRUST_REPORT_FIRST_PAINT", None)
    result = subprocess.run([sys.executable, "-c", _READ_ONLY_CHILD, str(data_dir)],
                            capture_output=True, text=True, env=env, timeout=120, check=True)
    assert "OPEN True" in result.stdout, result.stdout + result.stderr
    # Read-only writes nothing of its own: no backup at closing, no safety copies (only
    # the log, and SQLite's own -wal and -shm files that the reading left).
    after = sorted(path.name for path in data_dir.iterdir())
    assert [name for name in after if name not in before] == [
        "burenrust.sqlite-shm", "burenrust.sqlite-wal", "logs"]


def test_work_for_a_worker_waits_for_the_first_paint(qtbot):
    from PySide6.QtWidgets import QLabel

    from views.tasks import Runner, after_first_paint

    runner = Runner()
    runner.hold()
    done: list[int] = []
    runner.run(lambda: 1, done.append)
    label = QLabel("Zaken")
    qtbot.addWidget(label)
    after_first_paint(label, runner.release)
    qtbot.wait(100)
    assert done == []  # not painted yet: held
    label.show()
    qtbot.waitUntil(lambda: done == [1])
    runner.run(lambda: 2, done.append)  # after the release: at once
    qtbot.waitUntil(lambda: done == [1, 2])
    ran: list[int] = []
    runner.hold()
    runner.run(lambda: ran.append(3), lambda _none: None)
    runner.wait()  # waiting for the work starts what was held (it may be the file check)
    assert ran == [3]


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
