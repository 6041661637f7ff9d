"""Run slow work off the GUI thread and deliver the result back on it
(after Anki's taskman). Tests inject SyncRunner so results are deterministic."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

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

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        relay = _Relay()
        self._relays.add(relay)

        @Slot(object, object)
        def finished(result: Any, exc: BaseException | None) -> None:
            self._relays.discard(relay)
            if exc is None:
                on_done(result)
            elif on_error is not None:
                on_error(exc)
            else:
                raise exc

        relay.finished.connect(finished)
        self.pool.start(_Job(fn, relay))

    def wait(self) -> None:
        self.pool.waitForDone()


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
