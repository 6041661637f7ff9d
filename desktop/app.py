"""Start-up of the GUI: data folder, log, database (migrated), translations,
main window. The only place outside views/ that imports views."""

from __future__ import annotations

import logging
import os
import sys
import time

from desktop.config import Settings, resolve_data_dir
from desktop.logging_setup import setup_logging

log = logging.getLogger(__name__)
FIRST_PAINT_ENV = "BURENRUST_REPORT_FIRST_PAINT"


def run_gui(data_dir_arg: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.store import Store
    from views.errors import install_excepthook, set_log_path, unexpected_message
    from views.i18n import install_translators

    data_dir = resolve_data_dir(data_dir_arg)
    log_path = setup_logging(data_dir)
    set_log_path(log_path)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Burenrust")
    app.setOrganizationName("Burenrust")
    settings = Settings.load(data_dir)
    install_translators(app, settings.language)
    install_excepthook()
    try:
        store = Store.open(data_dir)
    except Exception as exc:
        log.exception("database could not be opened")
        QMessageBox.critical(None, "Burenrust", unexpected_message(exc))
        return 1
    from views.main_window import MainWindow

    window = MainWindow(store, data_dir)
    if os.environ.get(FIRST_PAINT_ENV):
        _report_first_paint(window)
    window.show()
    code = app.exec()
    window.runner.wait()  # let background work finish before the database closes
    store.close()
    return code


def _report_first_paint(window) -> None:
    """For the start-up benchmark: print the wall clock once the case list has
    been painted, then quit."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    viewport = window.cases.case_list.table.viewport()

    class Watcher(QObject):
        def eventFilter(self, obj, event) -> bool:
            if obj is viewport and event.type() == QEvent.Type.Paint:
                viewport.removeEventFilter(self)
                # after this paint has been handled
                QTimer.singleShot(0, lambda: (print(f"FIRST_PAINT {time.time():.6f}",
                                                    flush=True), window.close()))
            return False

    watcher = Watcher(window)
    viewport.installEventFilter(watcher)
