"""Start-up of the GUI: data folder, log, database (migrated), translations,
main window. The only place outside views/ that imports views."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable

from desktop.data.config import Settings, resolve_data_dir
from desktop.data.instance_lock import release
from desktop.data.logging_setup import setup_logging

log = logging.getLogger(__name__)

FIRST_PAINT_ENV = "BURENRUST_REPORT_FIRST_PAINT"


def run_gui(data_dir_arg: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.data.store import Store
    from views.errors import install_excepthook, set_log_path, unexpected_message
    from views.i18n import install_translators
    from views.startup_checks import offer_restore_when_damaged, schedule_weekly_check

    data_dir = resolve_data_dir(data_dir_arg)
    log_path = setup_logging(data_dir)
    set_log_path(log_path)
    _windows_identity()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Burenrust")
    app.setOrganizationName("Burenrust")
    app.setWindowIcon(_icon())
    settings = Settings.load(data_dir)
    install_translators(app, settings.language)
    install_excepthook()
    from desktop.data.connection import configured_url

    server = configured_url(data_dir)
    # On a server, PostgreSQL itself keeps two PCs apart; the lock guards the SQLite file.
    read_only = False if server is not None else _take_lock(data_dir)
    if read_only is None:
        return 0  # the coordinator chose to stop
    from desktop.data.encryption.cipher import DatabaseKeyMissing
    from desktop.data.encryption.opened_copies import clear_opened_copies

    clear_opened_copies(data_dir)  # plain copies another program had open last time
    try:
        store = _open_store(data_dir, read_only)
    except DatabaseKeyMissing:  # no recovery code typed: nothing else to try
        release(data_dir)
        return 1
    except Exception as exc:
        log.exception("database could not be opened")
        if server is not None:
            from views.startup_checks import explain_server_unreachable

            explain_server_unreachable(server)
            return 1
        if not offer_restore_when_damaged(data_dir):
            QMessageBox.critical(None, "Burenrust", unexpected_message(exc))
            release(data_dir)
            return 1
        store = Store.open(data_dir, read_only=read_only)
    idle_minutes = _sign_in(store, data_dir)
    if idle_minutes is None:  # stopped at the sign-in
        store.close()
        if not read_only and server is None:
            release(data_dir)
        return 0
    from views.main_window import MainWindow
    from views.tasks import Runner, after_first_paint

    # Work for a worker waits until the case list is on screen (or, should the window
    # not paint, a second): the first screen has the interpreter to itself.
    runner = Runner()
    runner.hold()
    window = MainWindow(store, data_dir, runner)
    after_first_paint(window, runner.release, at_most_ms=1000)
    if server is None and not read_only:
        _check_file_before_writes(window, store, data_dir)
    benchmark = bool(os.environ.get(FIRST_PAINT_ENV))
    if benchmark:
        _report_first_paint(window)
    else:
        # Backups and file checks are about a SQLite file this PC holds; read-only,
        # another PC holds it and makes them.
        if server is None and not read_only:
            _schedule_startup_backup(window, data_dir)
            schedule_weekly_check(window, data_dir)
        # The organisation is asked for once sessions can be had without a wait.
        _schedule_warm_up(window, then=window.ask_organisation_if_missing)
    if idle_minutes:
        from views.access.lock_screen import IdleLock

        window.signed_in(IdleLock(store, idle_minutes, window))
    window.show()
    code = app.exec()
    window.runner.wait()  # let background work finish before the database closes
    restored = bool(app.property("burenrust_restored"))
    store.close()
    if not benchmark and not restored and not read_only:
        from desktop.data.backup import automatic_backup

        automatic_backup(data_dir)  # on closing, so today's work is in a backup
    clear_opened_copies(data_dir)
    if not read_only and server is None:
        release(data_dir)
    return code


def _sign_in(store, data_dir) -> int | None:
    """Ask what the data folder asks before the window: nothing, a sign-in, or (first
    start) the coordinator's account. The idle minutes before the lock (0: no lock,
    sign-in is off), or None when the coordinator stopped."""
    from desktop.access.start import what_to_ask

    asked, idle_minutes = what_to_ask(store)
    if asked == "nothing":
        return 0
    if asked == "first_account":
        if store.read_only:  # the PC that holds the folder makes the first account
            return 0
        from views.access.first_account_dialog import FirstAccountDialog

        dialog = FirstAccountDialog(store, store.user)
        if not dialog.exec():
            return None
        return 0 if dialog.without else idle_minutes
    from views.access.sign_in_dialog import ask_sign_in

    return idle_minutes if ask_sign_in(store, data_dir) else None


def _open_store(data_dir, read_only: bool):
    """Store.open; a file whose key this PC lacks opens with the recovery code."""
    from desktop.data.encryption.cipher import DatabaseKeyMissing
    from desktop.data.store import Store

    try:
        return Store.open(data_dir, read_only=read_only)
    except DatabaseKeyMissing:
        from views.startup_checks import ask_recovery_code_for_file

        log.info("database key not on this PC; recovery code asked for")
        if not ask_recovery_code_for_file(data_dir):
            raise
        return Store.open(data_dir, read_only=read_only)


def _windows_identity() -> None:
    """The taskbar groups and labels the window as Burenrust, with its icon, rather
    than as the pythonw.exe that burenrust.exe starts."""
    if os.name != "nt":
        return
    import ctypes

    try:
        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID("Burenrust.Burenrust")
    except (AttributeError, OSError):
        log.debug("no AppUserModelID on this Windows")


def _icon():
    from importlib import resources

    from PySide6.QtGui import QIcon

    return QIcon(str(resources.files("resources") / "icons" / "burenrust.png"))


def _check_file_before_writes(window, store, data_dir) -> None:
    """A file damaged while the program was closed is found before anything is
    written to it: the check runs in a worker; writes wait for it."""
    from desktop.data.config import DATABASE_FILE
    from desktop.data.integrity import start_check
    from views.startup_checks import explain_damage_found_at_start

    store.hold_writes()
    window.runner.run(lambda: start_check(store, data_dir / DATABASE_FILE),
                      lambda sound: sound or explain_damage_found_at_start(window, data_dir),
                      lambda _exc: None)


def _take_lock(data_dir) -> bool | None:
    """False: we hold the data folder. True: open read-only. None: stop."""
    from desktop.data.instance_lock import acquire
    from views.lock_dialog import BREAK, READ_ONLY, ask_about_lock

    holder = acquire(data_dir)
    if holder is None:
        return False
    if holder.looks_stale():  # left by a crash on this very PC: nobody holds it
        log.info("stale lock on this PC broken")
        acquire(data_dir, force=True)
        return False
    choice = ask_about_lock(holder)
    if choice == BREAK:
        log.info("lock broken after confirmation")
        acquire(data_dir, force=True)
        return False
    return True if choice == READ_ONLY else None


def _schedule_startup_backup(window, data_dir) -> None:
    """A backup shortly after start when the last one is over a day old, in the background."""
    from PySide6.QtCore import QTimer

    from desktop.data.backup import automatic_backup

    def start() -> None:
        window.runner.run(lambda: automatic_backup(data_dir, only_if_due=True),
                          lambda _path: window.check_backups(),
                          lambda _exc: window.check_backups())

    QTimer.singleShot(3000, start)


def _schedule_warm_up(window, then: Callable[[], object] | None = None) -> None:
    """Right after the first paint, the sessions (prepare_sessions); from 1.5 s on,
    a worker imports what the first typed phone number, opened case or other page
    needs (ReportLab, the letters, the agenda's holidays): loaded on the GUI thread
    at that moment, they froze it for a tenth of a second or more."""
    from PySide6.QtCore import QTimer

    prepare_sessions(window, then)

    def warm_up() -> None:
        import importlib

        for name in ("email_validator", "phonenumbers", "views.cases.new_case_form",
                     "views.cases.case_view",
                     "views.agenda.agenda_page", "views.mediators.mediators_page",
                     "views.documents.print_letters_page", "views.figures.figures_page",
                     "desktop.agenda.clashes", "holidays"):
            importlib.import_module(name)  # modules only: no widget is made off the GUI thread
        from desktop.cases.detail import warm_up_case_reading

        try:
            warm_up_case_reading(window.store)
        except Exception as exc:  # only a head start: opening a case says what is wrong
            log.info("warm-up read skipped: %s", type(exc).__name__)

    def settled(_none: None) -> None:
        import gc

        # What is loaded now lives as long as the program: keep it out of the garbage
        # collector's full passes, which otherwise walk it all (75 ms at a time on a big
        # database) at random moments on the GUI thread.
        gc.freeze()
        from views.memory import forget_module_sources

        forget_module_sources()  # what the warm-up's imports left in linecache

    QTimer.singleShot(1500, window, lambda: window.runner.run(warm_up, settled, lambda _exc: None))


def prepare_sessions(window, then: Callable[[], object] | None = None) -> None:
    """A worker loads SQLAlchemy, its ORM and the models and makes the store's engine
    and session factory (at start-up once the list is painted: the window's runner
    holds it until then). `then` runs on the GUI thread when that is done, so what
    it asks of the database does not load them there."""
    from views.tasks import log_failure

    def ready(_none: None) -> None:
        if then is not None:
            then()

    def failed(exc: BaseException) -> None:
        log_failure(exc)  # a session made later, when first needed, says what is wrong
        ready(None)

    window.runner.run(window.store.prepare_sessions, ready, failed)


def _report_first_paint(window) -> None:
    """For the start-up benchmark: print the wall clock once the case list has
    been painted, then quit."""
    from views.tasks import after_first_paint

    def report() -> None:
        print(f"FIRST_PAINT {time.time():.6f}", flush=True)
        window.close()

    after_first_paint(window.cases.case_list.table.viewport(), report)
