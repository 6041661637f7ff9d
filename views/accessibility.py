"""Every input gets an accessible name, taken from the label the coordinator sees:
a screen reader (and Windows' voice control) then says "Postcode" rather than "edit".

Qt names a field after its form label only when the field itself is in the form
row; Burenrust's fields usually sit in a FieldBox (room for the error message) or
share a row ("Postcode en huisnummer"). This fills those in when a window becomes
active or a page comes forward: an explicit setAccessibleName always wins."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTextEdit,
    QWidget,
)

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView,
          QAbstractButton)


def is_input(widget: QWidget) -> bool:
    """Something a coordinator types in, chooses or ticks (not the parts Qt builds
    inside a combo box or spin box, nor a table's header)."""
    if not isinstance(widget, INPUTS):
        return False
    if isinstance(widget, QAbstractButton) and not widget.isCheckable():
        return False  # a push button is named by its own text
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(parent, QComboBox | QAbstractSpinBox):
        return False
    return type(widget).__name__ != "QHeaderView"


def _clean(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")


def _buddies(window: QWidget) -> dict[QWidget, str]:
    """Each widget a label of this window is the buddy of, with the label's text."""
    found: dict[QWidget, str] = {}
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text().strip():
            found.setdefault(buddy, _clean(label.text()))
    return found


def _buddy_label(widget: QWidget, window: QWidget,
                 buddies: dict[QWidget, str] | None = None) -> str:
    """The label whose buddy is this input or a box around it."""
    if buddies is None:
        buddies = _buddies(window)
    current: QWidget | None = widget
    while current is not None and current is not window:
        if current in buddies:
            return buddies[current]
        current = current.parentWidget()
    return ""


def _form_row(widget: QWidget, window: QWidget) -> tuple[str, int]:
    """The label of the form row the widget is in, and how many inputs share the row."""
    current: QWidget | None = widget
    while current is not None and current is not window:
        parent = current.parentWidget()
        layout = parent.layout() if parent is not None else None
        if isinstance(layout, QFormLayout):
            field = _field_holding(layout, current)
            if field is not None:
                label = layout.labelForField(field)
                text = label.text() if isinstance(label, QLabel) else ""
                inputs = [w for w in _widgets_of(field) if is_input(w)]
                return _clean(text), len(inputs)
        current = parent
    return "", 0


def _field_holding(form: QFormLayout, widget: QWidget):
    for row in range(form.rowCount()):
        for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
            item = form.itemAt(row, role)
            if item is None:
                continue
            if item.widget() is widget:
                return widget
            if item.layout() is not None and widget in _widgets_of(item.layout()):
                return item.layout()
    return None


def _widgets_of(field) -> list[QWidget]:
    if isinstance(field, QWidget):
        return [field, *field.findChildren(QWidget)]
    found: list[QWidget] = []
    for index in range(field.count()):
        item = field.itemAt(index)
        if item.widget() is not None:
            found += [item.widget(), *item.widget().findChildren(QWidget)]
        elif isinstance(item.layout(), QLayout):
            found += _widgets_of(item.layout())
    return found


def derived_name(widget: QWidget, buddies: dict[QWidget, str] | None = None) -> str:
    """The name a label on screen gives this input; "" if none does. `buddies`
    (_buddies of its window) saves looking through the window's labels again."""
    if isinstance(widget, QAbstractButton) and widget.text():
        return _clean(widget.text())
    window = widget.window()
    if name := _buddy_label(widget, window, buddies):
        return name
    row, inputs = _form_row(widget, window)
    hint = widget.placeholderText() if isinstance(widget, QLineEdit | QPlainTextEdit) else ""
    if row and inputs > 1 and hint:
        return f"{row}: {hint}"  # "Postcode en huisnummer: 12a"
    if row:
        return row
    if hint:
        return hint[:1].upper() + hint[1:]
    box = widget.parentWidget()
    while box is not None and box is not window:
        if isinstance(box, QGroupBox) and box.title():
            return _clean(box.title())
        box = box.parentWidget()
    return _clean(widget.toolTip().split("\n")[0])


def name_inputs(root: QWidget) -> None:
    """Name the unnamed inputs under `root`, and do so again for each page a stacked
    widget there (also a tab widget's) brings forward later: pages are often built
    only when first looked at."""
    buddies: dict[QWidget, str] | None = None
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QStackedWidget) and not widget.property(_WATCHED):
            widget.setProperty(_WATCHED, True)
            widget.currentChanged.connect(partial(_name_current_page, widget))
        elif is_input(widget) and not widget.accessibleName():
            if buddies is None:
                buddies = _buddies(root.window())
            name = derived_name(widget, buddies)
            if name:
                widget.setAccessibleName(name)


_WATCHED = "burenrust_names_watched"


def _name_current_page(stack: QStackedWidget, _index: int) -> None:
    # After the current event: a page that is built on first look replaces its
    # placeholder while the stack is still switching.
    def name_page() -> None:
        if (page := stack.currentWidget()) is not None:
            name_inputs(page)

    QTimer.singleShot(0, stack, name_page)


def name_active_window() -> None:
    """Called when a window becomes active (QGuiApplication.focusWindowChanged): its
    inputs are named before a screen reader hears of the focus. A signal instead of
    an application-wide event filter: a filter written in Python runs for every event
    of every widget, and each run waits for the GIL while a worker holds it."""
    window = QApplication.activeWindow()
    if window is not None:
        name_inputs(window)
