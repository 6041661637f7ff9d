"""The lock: after the idle time set in Beheer (10 minutes unless chosen) and when
Windows itself is locked, every window of the program is covered and a password
is asked. Nothing is closed or hidden underneath (a dialog half filled in stays
as it was), so nothing typed is lost."""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QAbstractNativeEventFilter, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.access.users import SignInWait, check_password
from desktop.data.errors import RuleViolation
from desktop.data.store import Store
from views.messages import message_for
from views.widgets import error_label

log = logging.getLogger(__name__)

# What counts as the coordinator being there: typing, clicking, scrolling, moving.
_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
             QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class Cover(QWidget):
    """Lies over one window while locked: its contents cannot be seen or clicked."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#lockCover { background: #2b3a4a; }")
        label = QLabel(self.tr("Burenrust is vergrendeld"), self)
        label.setStyleSheet("color: white; font-size: 16pt;")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)  # above the password dialog, which sits in the middle
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.parent():
            self.setGeometry(self.parentWidget().rect())
        elif event.type() == QEvent.Type.ChildAdded:
            self.raise_()
        return False


class UnlockDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Burenrust is vergrendeld"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.store = store
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = error_label()
        buttons = QDialogButtonBox()
        self.unlock_button = buttons.addButton(self.tr("Ontgrendelen"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.try_unlock)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Aangemeld als %1. Typ uw wachtwoord om verder te "
                                        "werken.").replace("%1", store.user)))
        layout.addWidget(self.password)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def reject(self) -> None:  # Escape does not unlock
        return

    def try_unlock(self) -> None:
        try:
            check_password(self.store, self.store.user, self.password.text())
        except SignInWait as exc:
            self.message.setText(self.tr(
                "Te vaak een verkeerd wachtwoord. Probeer het over %1 seconden opnieuw.")
                .replace("%1", str(exc.seconds)))
            return
        except RuleViolation as exc:
            self.message.setText(message_for(exc.code))
            self.password.selectAll()
            return
        self.accept()


class IdleLock(QObject):
    """Watches the application's input; locks after `minutes` without any, or when
    Windows is locked."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, store: Store, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.timeout.connect(self.lock)
        self.covers: list[Cover] = []
        self.dialog: UnlockDialog | None = None
        # Input is watched on the windows (QWindow), not on the whole application: the
        # application's filter would see every paint of every widget, in Python.
        self.watched: set[int] = set()
        app = QApplication.instance()
        app.focusWindowChanged.connect(self._watch_window)
        self._watch_window(app.focusWindow())
        self.timer.start()
        self.windows_watch = _watch_windows_lock(self)

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, minutes) * 60_000)
        if not self.is_locked:
            self.timer.start()

    def _watch_window(self, window) -> None:
        if window is None:
            return
        key = id(window)
        if key not in self.watched:
            self.watched.add(key)
            window.installEventFilter(self)
            window.destroyed.connect(lambda _o=None: self.watched.discard(key))

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and not self.is_locked:
            self.timer.start()  # restarts the count
        return False

    def lock(self) -> None:
        if self.is_locked:
            return
        log.info("window locked")
        windows = [w for w in QApplication.topLevelWidgets()
                   if w.isVisible() and not isinstance(w, UnlockDialog)]
        self.covers = [Cover(w) for w in windows]
        parent = next((w for w in windows if w.isWindow() and w.parent() is None), None)
        self.dialog = UnlockDialog(self.store, parent)
        self.dialog.accepted.connect(self._unlocked)
        self.dialog.open()
        self.dialog.password.setFocus()
        self.locked.emit()

    def _unlocked(self) -> None:
        log.info("window unlocked")
        for cover in self.covers:
            cover.parentWidget().removeEventFilter(cover)
            cover.deleteLater()
        self.covers = []
        self.dialog.deleteLater()
        self.dialog = None
        self.timer.start()
        self.unlocked.emit()


# -- Windows' own lock (Win+L, the screen saver's lock) ------------------------------------------
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0


class _WindowsLockFilter(QAbstractNativeEventFilter):
    def __init__(self, lock: IdleLock) -> None:
        super().__init__()
        self.idle_lock = lock

    def nativeEventFilter(self, event_type, message):
        if event_type != b"windows_generic_MSG":
            return False, 0
        import ctypes.wintypes

        msg = ctypes.wintypes.MSG.from_address(int(message))
        if msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK:
            QTimer.singleShot(0, self.idle_lock.lock)
        return False, 0


def _watch_windows_lock(lock: IdleLock) -> _WindowsLockFilter | None:
    """Ask Windows to tell the main window when the session is locked."""
    if os.name != "nt":
        return None
    import ctypes

    windows = [w for w in QApplication.topLevelWidgets() if w.parent() is None]
    if not windows:
        return None
    try:
        ctypes.windll.wtsapi32.WTSRegisterSessionNotification(
            int(windows[0].winId()), NOTIFY_FOR_THIS_SESSION)
    except (AttributeError, OSError):
        log.info("no session notifications on this Windows")
        return None
    watch = _WindowsLockFilter(lock)
    QApplication.instance().installNativeEventFilter(watch)
    return watch
