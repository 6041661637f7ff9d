"""Small building blocks shared by the forms."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

ERROR_STYLE = "color: #a4000f;"
INVALID_PROPERTY = "invalid"
# Each style sheet sits on the few widgets it styles, never on the main window: a
# window style sheet makes Qt restyle every widget that enters it (20 ms more to
# open a case), and dialogs without the window as parent would miss it.
INVALID_STYLE = ("%1 { border: 2px solid #c62828; border-radius: 3px; "
                 "background: #fff6f6; }")
BANNER_STYLE = ("QLabel { background: #fff4d6; border: 1px solid #e0b64a; "
                "border-radius: 4px; padding: 6px; color: #4a3800; }")


def style_banner(label: QLabel) -> QLabel:
    """A yellow notice above a screen or form."""
    label.setObjectName("banner")
    label.setStyleSheet(BANNER_STYLE)
    return label


def style_title(label: QLabel) -> QLabel:
    """The bold heading of a screen."""
    label.setObjectName("sectionTitle")
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(13)
    label.setFont(font)
    return label


def mark_invalid(editor: QWidget, invalid: bool) -> None:
    """A red border on a field whose value cannot be saved (kept as a property too,
    for tests and accessibility tools)."""
    if editor.property(INVALID_PROPERTY) == invalid:
        return
    editor.setProperty(INVALID_PROPERTY, invalid)
    kind = next((name for name in ("QLineEdit", "QPlainTextEdit", "QComboBox")
                 if editor.inherits(name)), "QWidget")
    editor.setStyleSheet(INVALID_STYLE.replace("%1", kind) if invalid else "")


class FieldBox(QWidget):
    """An input with room for its error message underneath."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error)
        self.setFocusProxy(editor)
        # As tall as the field (and its message): a form does not spread its rows apart.
        growing = (QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding,
                   QSizePolicy.Policy.Ignored)
        if editor.sizePolicy().verticalPolicy() not in growing:
            self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def set_error(self, message: str | None) -> None:
        invalid = bool(message)
        self.error.setText(message or "")
        self.error.setVisible(invalid)
        mark_invalid(self.editor, invalid)
        self.editor.setToolTip(message or "")


def parse_date(text: str):
    """"24-11-2026" (also 24-11-26, 24/11/2026) -> date; "" -> None; else ValueError."""
    from datetime import datetime

    text = text.strip().replace("/", "-").replace(".", "-")
    if not text:
        return None
    for pattern in ("%d-%m-%Y", "%d-%m-%y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(text)


class DateField(FieldBox):
    """An optional date typed as dd-mm-jjjj, checked as typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QLineEdit

        edit = QLineEdit()
        edit.setPlaceholderText("dd-mm-jjjj")
        edit.setMaxLength(10)
        super().__init__(edit, parent)
        edit.textChanged.connect(lambda _text: self.check())

    def set_date(self, value) -> None:
        self.editor.setText(value.strftime("%d-%m-%Y") if value else "")

    def date(self):
        """The typed date, or None when empty or not a sensible date."""
        if self.problem():
            return None
        return parse_date(self.editor.text())

    def problem(self) -> str | None:
        """None, or the code of what is wrong: an unreadable date, or an impossible year."""
        from models.limits import date_problem

        try:
            value = parse_date(self.editor.text())
        except ValueError:
            return "date_format"
        return date_problem(value) if value is not None else None

    def is_valid(self) -> bool:
        return self.problem() is None

    def check(self) -> bool:
        from views.messages import message_for

        problem = self.problem()
        self.set_error(message_for(problem) if problem else None)
        return problem is None


class PathLabel(QLabel):
    """A file or folder path that fits whatever room it gets: shortened in the middle
    ("C:\\Users\\…\\Burenrust"), the whole path in its tooltip. A long path (a folder
    deep in a synced share) must not make a page wider than the screen."""

    def __init__(self, path: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path = ""
        self.setMinimumWidth(80)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.set_path(path)

    def set_path(self, path: str) -> None:
        self._path = path
        self.setToolTip(path)
        self.setAccessibleName(path)
        self._elide()

    def path(self) -> str:
        return self._path

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.width(), self.minimumWidth())
        super().setText(self.fontMetrics().elidedText(self._path, Qt.TextElideMode.ElideMiddle,
                                                      width))

    def sizeHint(self):
        hint = super().sizeHint()
        hint.setWidth(min(self.fontMetrics().horizontalAdvance(self._path) + 4, 500))
        return hint


def save_shortcut(owner: QWidget, save, button=None):
    """Ctrl+S saves in every editor (the one visible in its window; hidden tabs and
    pages do not listen), and the save button says so."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QKeySequence, QShortcut

    shortcut = QShortcut(QKeySequence.StandardKey.Save, owner)
    shortcut.activated.connect(lambda: save())
    if button is not None:
        hint = QCoreApplication.translate("Widgets", "Opslaan (Ctrl+S)")
        button.setToolTip(button.toolTip() + "\n" + hint if button.toolTip() else hint)
    return shortcut


def compact_combo(combo, characters: int = 12):
    """A combo box about `characters` wide whose list still shows whole texts: long
    category or mediator names must not push a row of filters off a small screen."""
    from PySide6.QtWidgets import QComboBox

    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)

    def widen_list(*_args) -> None:
        view = combo.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + view.verticalScrollBar().sizeHint()
                             .width())

    combo.model().rowsInserted.connect(widen_list)
    combo.model().modelReset.connect(widen_list)
    return combo


def make_table(headers: list[str]):
    """A read-only table of whole rows, one selectable at a time."""
    from PySide6.QtWidgets import QAbstractItemView, QTableWidget

    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    return table


def error_label() -> QLabel:
    """Where a dialog says, in red, what is wrong with what was typed."""
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    return label


def save_cancel(dialog: QDialog) -> tuple[QDialogButtonBox, QPushButton]:
    """Opslaan (to dialog.save) and Annuleren; the save button, to enable as typed."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.save)
    buttons.rejected.connect(dialog.reject)
    return buttons, buttons.button(QDialogButtonBox.StandardButton.Save)
