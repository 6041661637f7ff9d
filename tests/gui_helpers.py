"""Drive the real widgets as a coordinator would: keys go to whatever has focus."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def type_text(text: str) -> None:
    for char in text:
        widget = focused()
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:  # QTest only maps ASCII to keys; a real keyboard sends the text itself
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                )


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def tab(times: int = 1) -> None:
    for _ in range(times):
        press(Qt.Key.Key_Tab)


def fill(*values: str | None) -> None:
    """Type each value into the focused field and Tab on; None skips a field."""
    for value in values:
        if value:
            type_text(value)
        tab()
