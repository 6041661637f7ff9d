"""QT_TRANSLATE_NOOP without Qt: the services mark their Dutch texts for Qt's
translation tools (the GUI shows them translated, the command line as they are)
and need not load PySide6."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
