"""Changing a case's status is a deliberate step: the choice is made in a small
dialog that shows where the case is now and suggests the usual next step, never by
one click beside the journal."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.detail import suggested_next_status
from models import JournalEntry
from models.enums import CaseStatus
from models.limits import max_chars
from views.labels import status_label, status_labels
from views.manual import set_topic


class StatusDialog(QDialog):
    def __init__(self, case_number: str, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_topic(self, "zaak#status")
        self.setWindowTitle(self.tr("Status van zaak %1").replace("%1", case_number))
        now = QLabel(self.tr("Nu: %1").replace("%1", "<b>" + status_label(current) + "</b>"))
        self.choices = QButtonGroup(self)
        suggestion = suggested_next_status(current)
        layout = QVBoxLayout(self)
        layout.addWidget(now)
        layout.addWidget(QLabel(self.tr("Nieuwe status:")))
        self.buttons_by_code: dict[str, QRadioButton] = {}
        for code, label in status_labels().items():
            if code == current:
                continue
            text = label
            if code == suggestion:
                text += " " + self.tr("(volgende stap)")
            elif code == CaseStatus.CLOSED:
                text += " " + self.tr("(vraagt om het resultaat)")
            button = QRadioButton(text)
            button.setProperty("status_code", str(code))
            self.choices.addButton(button)
            self.buttons_by_code[str(code)] = button
            layout.addWidget(button)
        self.note = QLineEdit()
        self.note.setMaxLength(max_chars(JournalEntry, "text"))
        self.note.setPlaceholderText(self.tr("toelichting voor het journaal (optioneel)"))
        self.note.setAccessibleName(self.tr("Toelichting"))
        note_label = QLabel(self.tr("&Toelichting"))
        note_label.setBuddy(self.note)
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Status wijzigen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.choices.buttonToggled.connect(lambda *_args: self._update())
        chosen = self.buttons_by_code.get(str(suggestion)) if suggestion else None
        if chosen is not None:
            chosen.setChecked(True)
        self._update()

    def choose(self, code: str) -> None:
        self.buttons_by_code[code].setChecked(True)

    def target(self) -> str | None:
        button = self.choices.checkedButton()
        return button.property("status_code") if button else None

    def _update(self) -> None:
        target = self.target()
        self.ok_button.setEnabled(target is not None)
        if target:
            self.ok_button.setText(self.tr("Naar %1").replace("%1", status_label(target)))
