"""Windows and dialogs that fit the screen they open on. The smallest screen a
coordinator has is a 1366×768 laptop at 125 % scaling: 1093×614 logical pixels,
less the taskbar. Sizes follow the screen's available area; the main window and
the big dialogs remember their size (QSettings, per user and PC, not in the data)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

# 1366×768 at 125 %, less Windows' taskbar (48 logical pixels).
SMALLEST_SCREEN = QSize(1093, 566)
# Borders and title bar Windows puts around a window (logical pixels at 125 %).
WINDOW_FRAME = QSize(16, 39)
# What a window's inside may need at most to fit the smallest screen.
SMALLEST_INSIDE = SMALLEST_SCREEN - WINDOW_FRAME


def window_settings() -> QSettings:
    """Per-user settings of the program itself (window sizes), apart from the data:
    an INI file in the user's application data folder rather than the registry."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                     "Burenrust", "Burenrust")


def available_size(widget: QWidget | None = None) -> QSize:
    """The room on the screen the widget is on (or the main screen), minus a frame."""
    screen = (widget.screen() if widget is not None else None) or QGuiApplication.primaryScreen()
    if screen is None:
        return SMALLEST_INSIDE
    return screen.availableGeometry().size() - WINDOW_FRAME


def fitting_size(preferred: QSize, room: QSize) -> QSize:
    """The preferred size where the screen allows it, else as much as the screen has."""
    return preferred.boundedTo(room)


def fit_to_screen(window: QWidget, preferred: QSize | tuple[int, int],
                  remember_as: str | None = None) -> None:
    """Give the window its preferred size, never more than its screen has room for.
    With `remember_as`, the size the user last gave it comes back instead."""
    if isinstance(preferred, tuple):
        preferred = QSize(*preferred)
    room = available_size(window.parentWidget() or window)
    size = preferred
    if remember_as:
        saved = window_settings().value(f"{remember_as}/size")
        if isinstance(saved, QSize) and saved.isValid():
            size = saved
        _SizeKeeper(window, remember_as)
    window.resize(fitting_size(size, room).expandedTo(window.minimumSizeHint()))


class _SizeKeeper(QObject):
    """Saves a dialog's size when it closes, for the next time it opens."""

    def __init__(self, window: QWidget, key: str) -> None:
        super().__init__(window)
        self.key = key
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide and isinstance(watched, QWidget):
            window_settings().setValue(f"{self.key}/size", watched.size())
        return False


def restore_main_window(window: QWidget, preferred: QSize) -> None:
    """The main window where the coordinator left it; the first time as big as
    preferred and the screen allow, maximised on a small screen."""
    saved = window_settings().value("main_window/geometry")
    if isinstance(saved, QByteArray) and not saved.isEmpty() and window.restoreGeometry(saved):
        return  # Qt moves it back onto a screen if that screen has gone
    room = available_size(window)
    window.resize(fitting_size(preferred, room))
    if room.width() < preferred.width() or room.height() < preferred.height():
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def save_main_window(window: QWidget) -> None:
    window_settings().setValue("main_window/geometry", window.saveGeometry())


def scrolling(content: QWidget) -> QScrollArea:
    """The content in a frameless scroll area: when the window is smaller than the
    content needs, it scrolls rather than being cut off."""
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area
