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
