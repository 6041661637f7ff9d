"""Run slow work off the GUI thread and deliver the result back on it
(after Anki's taskman). Tests inject SyncRunner so results are deterministic."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


def log_failure(exc: BaseException) -> None:
    """For background work whose failure the user need not see (a count, a hint):
    it is logged, and the screen simply keeps its previous value."""
    log.error("background task failed", exc_info=(type(exc), exc, exc.__traceback__))


class _Relay(QObject):
    finished = Signal(object, object)  # result, exception


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result, error = self.fn(), None
        except Exception as exc:  # delivered to on_error on the GUI thread
            result, error = None, exc
        # RuntimeError: the window went away while this ran (the program is closing).
        with contextlib.suppress(RuntimeError):
            self.relay.finished.emit(result, error)


class Runner(QObject):
    """Runs a function on Qt's thread pool; callbacks run on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relays: set[_Relay] = set()
        self.pool = QThreadPool.globalInstance()
        self._held: list[_Job] | None = None

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        # A child of the runner: when the window that owns the runner goes, a result
        # still on its way is dropped rather than handed to widgets that are gone.
        relay = _Relay(self)
        self._relays.add(relay)

        @Slot(object, object)
        def finished(result: Any, exc: BaseException | None) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            if exc is None:
                on_done(result)
            elif on_error is not None:
                on_error(exc)
            else:
                raise exc

        relay.finished.connect(finished)
        job = _Job(fn, relay)
        if self._held is not None:
            self._held.append(job)
        else:
            self.pool.start(job)

    def hold(self) -> None:
        """Keep what is asked from now on until release(): at start-up, work in a
        worker (and the libraries it loads) would compete with the first screen for
        the interpreter, while nothing on that screen waits for it."""
        if self._held is None:
            self._held = []

    def release(self) -> None:
        held, self._held = self._held, None
        for job in held or ():
            self.pool.start(job)

    def wait(self) -> None:
        """Until every job asked for is done (held ones start now: one of them may be
        what lets writes go ahead, desktop.app's file check)."""
        self.release()
        self.pool.waitForDone()


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self.widget, self.callback, self.done = widget, callback, False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.widget and event.type() == QEvent.Type.Paint:
            self.widget.removeEventFilter(self)
            QTimer.singleShot(0, self, self.fire)  # once this paint has been handled
        return False

    def fire(self) -> None:
        if not self.done:
            self.done = True
            self.callback()


def after_first_paint(widget: QWidget, callback: Callable[[], None],
                      at_most_ms: int | None = None) -> None:
    """Call back once on the GUI thread: just after `widget` is first painted, or
    after `at_most_ms` if it has not been painted by then (a window kept hidden)."""
    watcher = _FirstPaint(widget, callback)
    widget.installEventFilter(watcher)
    if at_most_ms is not None:
        QTimer.singleShot(at_most_ms, watcher, watcher.fire)


class SyncRunner(Runner):
    """Runs at once on the calling thread: for tests."""

    def run(self, fn, on_done, on_error=None) -> None:  # type: ignore[override]
        try:
            result = fn()
        except Exception as exc:
            if on_error is None:
                raise
            on_error(exc)
        else:
            on_done(result)
