"""Shared fixtures: an offscreen Qt platform, a fresh data folder per test,
and a synchronous runner so GUI tests are deterministic."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cases.registration import AddressInput, CaseInput, PartyInput
from desktop.data.store import Store

# The screen every GUI test runs on is the smallest a coordinator has: 1366×768 at 125 %
# less the taskbar (1093×566 logical pixels), through the offscreen platform's
# configuration file (read when pytest-qt makes the application, after this). A path
# with a colon, as on Windows, cannot be passed that way: there the plain offscreen
# screen is used.
SMALL_SCREEN = Path(__file__).with_name("small_screen.json")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = (
        "offscreen" if ":" in str(SMALL_SCREEN) else f"offscreen:configfile={SMALL_SCREEN}")


class MemoryKeyring:
    """A keyring for tests only: the real OS keyring is never touched."""

    priority = 1

    def __init__(self) -> None:
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring():
    import keyring
    from keyring.backend import KeyringBackend

    backend = type("TestKeyring", (MemoryKeyring, KeyringBackend), {})()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def key_in_data_folder(memory_keyring):
    """A PC without a reachable keyring: the key is kept in the data folder's file,
    where a child process (the program started anew, a CLI command) finds it too."""
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(memory_keyring)


@pytest.fixture(autouse=True)
def no_windows_left_open():
    """A dialog a test opened and did not close would stay the active window of the
    next test, and take its keyboard shortcuts: every window is closed after a test."""
    yield
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for widget in QApplication.topLevelWidgets():
        if hasattr(widget, "skip_close_checks"):
            # The test's answers to "save first?" are gone by now: a real question
            # box would wait for a click that never comes.
            widget.skip_close_checks = True
        if widget.isVisible():
            widget.close()
        widget.deleteLater()
    QApplication.processEvents()


@pytest.fixture(autouse=True)
def window_settings_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Window sizes are remembered in a per-user INI file: each test gets its own,
    so no test sees another's window and the developer's own settings stay untouched."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("window-settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


# Every test works in a folder as awkward as a Windows user's: spaces, é, ":" (a drive
# letter's colon, percent-encoded in a SQLite URL), "%" (ConfigParser's interpolation),
# "#" and "?" (URL syntax), and a long path.
AWKWARD_FOLDER = "René de Vries: 100% #1?"
LONG_TAIL = "Gedeelde documenten van Stichting Buurtbemiddeling Ærø-Zuid (oud)"


@pytest.fixture
def tmp_path(tmp_path: Path) -> Path:
    """pytest's tmp_path, one awkward and long folder deeper."""
    awkward = tmp_path / AWKWARD_FOLDER / LONG_TAIL
    awkward.mkdir(parents=True)
    return awkward


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("BURENRUST_DATA_DIR", str(folder))
    return folder


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Modules that set BOTH_DATABASES run their `store` tests on SQLite and, when a
    server is given (tests/postgres.py), on PostgreSQL too."""
    from tests import postgres

    if "database" in metafunc.fixturenames and getattr(metafunc.module, "BOTH_DATABASES",
                                                       False):
        skip = pytest.mark.skipif(
            not postgres.admin_url(),
            reason=f"no PostgreSQL server (set {postgres.URL_ENV})")
        metafunc.parametrize("database", ["sqlite", pytest.param("postgresql", marks=skip)])


@pytest.fixture
def database() -> str:
    return "sqlite"


@pytest.fixture(scope="session")
def postgres_template() -> bool:
    from tests import postgres

    postgres.build_template()
    return True


@pytest.fixture
def store(request: pytest.FixtureRequest, data_dir: Path, database: str) -> Iterator[Store]:
    if database == "postgresql":
        from desktop.data.connection import save_connection
        from tests import postgres

        request.getfixturevalue("postgres_template")
        name, url = postgres.fresh_database()
        # Through the setting and the (test) keyring, as the program and the CLI find it.
        save_connection(data_dir, url)
        opened = Store.open(data_dir, user="test-coordinator")
        assert opened.engine.dialect.name == "postgresql"
        yield opened
        opened.close()
        postgres.drop_database(name)
        return
    opened = Store.open(data_dir, user="test-coordinator")
    yield opened
    opened.close()


def type_ids(store: Store, *codes: str) -> list[int]:
    from desktop.admin import categories

    by_code = {item.code: item.id for item in categories.list_items(store, "conflict_types")}
    return [by_code[c] for c in codes]


def sample_case(store: Store, **overrides) -> CaseInput:
    """A valid registration: Jan de Vries complains about Çelik next door."""
    values = {
        "parties": [
            PartyInput(
                "A", "Jan", "de", "Vries", phone="06 12345678", email="jan@example.nl",
                address=AddressInput("8011 AB", "12a", "Dorpstraat", "Zwolle", "Zwolle",
                                     "Assendorp"),
            ),
            PartyInput(
                "B", "Ayşe", "", "Çelik",
                address=AddressInput("8011 AB", "14", "Dorpstraat", "Zwolle", "Zwolle",
                                     "Assendorp"),
            ),
        ],
        "conflict_type_ids": type_ids(store, "noise_people", "children"),
        "story": "Harde muziek na middernacht.",
    }
    values.update(overrides)
    return CaseInput(**values)


@pytest.fixture
def answers(monkeypatch):
    """Answer QMessageBox questions (Yes, unless a test queued other replies) and
    record every message shown: a modal box would hang an offscreen test."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []
    replies: list[QMessageBox.StandardButton] = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(
            lambda parent, title, text, *a, _k=kind, **kw: shown.append((_k, text))))

    def question(*args, **kwargs):
        shown.append(("question", args[2]))
        return replies.pop(0) if replies else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return shown, replies


@pytest.fixture
def window(qtbot, data_dir):
    """The main window on a fresh data folder, background work run synchronously."""
    from views.main_window import MainWindow
    from views.tasks import SyncRunner

    opened = Store.open(data_dir, user="test-coordinator")
    main = MainWindow(opened, data_dir, runner=SyncRunner())
    qtbot.addWidget(main)
    main.show()
    yield main
    main.skip_close_checks = True
    main.close()
    opened.close()
