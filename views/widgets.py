"""Small building blocks shared by the forms."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

ERROR_STYLE = "color: #a4000f;"
INVALID_PROPERTY = "invalid"
FORM_STYLE = """
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QComboBox[invalid="true"] {
    border: 2px solid #c62828; border-radius: 3px; background: #fff6f6;
}
QLabel#banner { background: #fff4d6; border: 1px solid #e0b64a; border-radius: 4px;
    padding: 6px; color: #4a3800; }
QLabel#sectionTitle { font-weight: bold; font-size: 13pt; }
"""


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

    def set_error(self, message: str | None) -> None:
        invalid = bool(message)
        self.error.setText(message or "")
        self.error.setVisible(invalid)
        if self.editor.property(INVALID_PROPERTY) != invalid:
            self.editor.setProperty(INVALID_PROPERTY, invalid)
            self.editor.style().unpolish(self.editor)
            self.editor.style().polish(self.editor)
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
