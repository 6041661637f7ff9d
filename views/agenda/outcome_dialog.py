"""Hoe ging het?: say whether an appointment was held, called off (by whom) or
someone did not come, with a note for the journal, and take the next step from
there: the usual next status, a new appointment."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.agenda.appointments import AppointmentView
from desktop.agenda.outcomes import suggested_status
from models.enums import AppointmentOutcome, CaseStatus
from views.i18n import format_datetime
from views.labels import appointment_kind_labels, outcome_by_labels, outcome_labels, status_label
from views.manual import set_topic


class OutcomeDialog(QDialog):
    def __init__(self, appointment: AppointmentView, case_status: str,
                 outcome: str | None = None, now: datetime | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_topic(self, "afspraken#hoe-ging-het")
        self.appointment = appointment
        self.case_status = case_status
        begun = appointment.starts_at <= (now or datetime.now())
        kind = appointment_kind_labels().get(appointment.kind, appointment.kind)
        self.setWindowTitle(self.tr("Hoe ging het?") if begun else self.tr("Afspraak afzeggen"))
        about = QLabel("<b>" + kind + "</b> · " + format_datetime(appointment.starts_at) +
                       " · " + self.tr("zaak %1").replace("%1", appointment.case_number))
        about.setWordWrap(True)

        self.choices = QButtonGroup(self)
        self.outcome_buttons: dict[str, QRadioButton] = {}
        choice_row = QHBoxLayout()
        for code, label in outcome_labels().items():
            button = QRadioButton(label)
            button.setProperty("outcome", str(code))
            # Before it begins an appointment can only be called off.
            button.setEnabled(begun or code == AppointmentOutcome.CANCELLED)
            self.choices.addButton(button)
            self.outcome_buttons[str(code)] = button
            choice_row.addWidget(button)
        choice_row.addStretch(1)
        self.by = QComboBox()
        self.by.setAccessibleName(self.tr("Wie"))
        self.by.addItem(self.tr("— kies —"), "")
        for code, label in outcome_by_labels().items():
            self.by.addItem(label, str(code))
        self.by_label = QLabel(self.tr("&Wie"))
        self.by_label.setBuddy(self.by)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(110)
        self.note.setAccessibleName(self.tr("Notitie voor het journaal"))
        self.note.setPlaceholderText(self.tr("Hoe ging het? Wat is er afgesproken? (optioneel)"))
        note_label = QLabel(self.tr("&Notitie"))
        note_label.setBuddy(self.note)

        self.next_status = QCheckBox()
        self.plan_next = QCheckBox(self.tr("Daarna een nieuwe afspraak plannen"))
        next_box = QGroupBox(self.tr("Volgende stap"))
        next_layout = QVBoxLayout(next_box)
        next_layout.addWidget(self.next_status)
        next_layout.addWidget(self.plan_next)

        form = QFormLayout()
        form.addRow(self.tr("Afspraak"), about)
        form.addRow(self.tr("Uitkomst"), choice_row)
        form.addRow(self.by_label, self.by)
        form.addRow(note_label, self.note)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #a4000f;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Opslaan"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(next_box)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)

        self.choices.buttonToggled.connect(lambda *_args: self._update(changed=True))
        self.by.currentIndexChanged.connect(lambda _i: self._update())
        start = outcome or (AppointmentOutcome.HELD if begun else AppointmentOutcome.CANCELLED)
        self.outcome_buttons[str(start)].setChecked(True)
        self._update(changed=True)

    def choose(self, outcome: str, by: str = "") -> None:
        self.outcome_buttons[outcome].setChecked(True)
        if by:
            self.by.setCurrentIndex(self.by.findData(by))

    def outcome(self) -> str | None:
        button = self.choices.checkedButton()
        return button.property("outcome") if button else None

    def suggested(self) -> str | None:
        outcome = self.outcome()
        return suggested_status(self.appointment.kind, outcome, self.case_status) if (
            outcome) else None

    def _update(self, changed: bool = False) -> None:
        outcome = self.outcome()
        needs_who = outcome in (AppointmentOutcome.CANCELLED, AppointmentOutcome.NO_SHOW)
        self.by.setEnabled(needs_who)
        self.by_label.setEnabled(needs_who)
        suggestion = self.suggested()
        self.next_status.setVisible(suggestion is not None)
        if suggestion is not None:
            text = (self.tr("De zaak afsluiten (vraagt om het resultaat)")
                    if suggestion == CaseStatus.CLOSED
                    else self.tr("Status naar %1").replace("%1", status_label(suggestion)))
            self.next_status.setText(text)
        if changed:
            self.next_status.setChecked(suggestion is not None and
                                        suggestion != CaseStatus.CLOSED)
            # Called off or missed: the talk still has to happen.
            self.plan_next.setChecked(needs_who)
        missing_who = needs_who and not self.by.currentData()
        self.hint.setText(self.tr("Kies wie afzegde of wie er niet was.") if missing_who else "")
        self.ok_button.setEnabled(outcome is not None and not missing_who)

    def values(self) -> tuple[str, str, str, str | None, bool]:
        """(outcome, by, note, status to move to or None, plan a new appointment)."""
        outcome = self.outcome() or ""
        by = self.by.currentData() if outcome != AppointmentOutcome.HELD else ""
        move = self.suggested() if not self.next_status.isHidden() and (
            self.next_status.isChecked()) else None
        return outcome, by or "", self.note.toPlainText(), move, self.plan_next.isChecked()

