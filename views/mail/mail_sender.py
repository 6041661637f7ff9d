"""While the program runs: every few minutes (and soon after a change) a worker
queues what is due and sends the outbox. The GUI thread only sees the report."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.data.store import Store
from views.tasks import Runner

if TYPE_CHECKING:  # the mail modules load when the first run is due, not at start-up
    from desktop.mail.outbox import SendReport

log = logging.getLogger(__name__)

EVERY_MS = 3 * 60 * 1000
FIRST_MS = 20 * 1000  # after start-up has settled
SOON_MS = 5 * 1000  # after an appointment or letter changed


class MailSender(QObject):
    reported = Signal(object)  # SendReport
    _current: MailSender | None = None  # the main window's; screens wake it up

    @classmethod
    def wake_up(cls) -> None:
        """Something may be due (an appointment changed, a letter queued): send soon."""
        try:
            if cls._current is not None:
                cls._current.soon()
        except RuntimeError:  # the window went (tests, or closing)
            cls._current = None

    def __init__(self, store: Store, data_dir: Path, runner: Runner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store, self.data_dir, self.runner = store, data_dir, runner
        self.busy = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.run_now)
        if store.can_edit:
            self.timer.start(FIRST_MS)
        MailSender._current = self

    def soon(self) -> None:
        if self.store.can_edit and (not self.timer.isActive()
                                         or self.timer.remainingTime() > SOON_MS):
            self.timer.start(SOON_MS)

    def run_now(self) -> None:
        if self.busy:
            return
        self.busy = True
        from desktop.mail.due import send_due

        def done(report: SendReport) -> None:
            self.busy = False
            self.timer.start(EVERY_MS)
            self.reported.emit(report)

        def failed(exc: BaseException) -> None:
            self.busy = False
            self.timer.start(EVERY_MS)
            log.error("sending mail failed", exc_info=(type(exc), exc, exc.__traceback__))

        self.runner.run(lambda: send_due(self.store, self.data_dir), done, failed)
