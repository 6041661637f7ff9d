"""Intervisie: plan a meeting for a group of mediators (they get the calendar
invitation by e-mail), change or call it off, and afterwards tick who came."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QWidget,
)

from desktop.data.store import Store
from desktop.volunteers.meetings import (
    DEFAULT_TITLE,
    MeetingInput,
    MeetingView,
    cancel_meeting,
    record_attendance,
    save_meeting,
    validate_meeting,
)
from models import Meeting
from models.limits import max_chars
from views.errors import guarded
from views.manual import set_topic
from views.messages import field_message
from views.screen_fit import fit_to_screen
from views.widgets import DateField, error_label, save_shortcut


class MeetingDialog(QDialog):
    """`mediators`: (id, name) of everyone who can be invited (the active team, and
    whoever the meeting already has)."""

    def __init__(self, store: Store, mediators: list[tuple[int, str]],
                 meeting: MeetingView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_topic(self, "vrijwilligerszorg#intervisie")
        self.store = store
        self.meeting = meeting
        self.saved_id: int | None = None
        held = meeting is not None and meeting.starts_at <= datetime.now()
        self.setWindowTitle(self.tr("Intervisie plannen") if meeting is None
                            else self.tr("Intervisie van %1").replace(
                                "%1", meeting.starts_at.strftime("%d-%m-%Y")))
        self.title = QLineEdit(DEFAULT_TITLE)
        self.title.setMaxLength(max_chars(Meeting, "title"))
        self.day = DateField()
        self.starts = QTimeEdit(QTime(19, 30))
        self.starts.setDisplayFormat("HH:mm")
        self.ends = QTimeEdit(QTime(21, 30))
        self.ends.setDisplayFormat("HH:mm")
        self.place = QLineEdit()
        self.place.setMaxLength(max_chars(Meeting, "place"))
        self.place.setPlaceholderText(self.tr("bijvoorbeeld Wijkcentrum De Pol, Polstraat 12"))
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("Genodigden"))
        invited = {a.mediator_id: a for a in meeting.attendees} if meeting else {}
        for mediator_id, name in mediators:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, mediator_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if mediator_id in invited or (
                meeting is None) else Qt.CheckState.Unchecked)
            self.people.addItem(item)
        self.all_button = QPushButton(self.tr("Iedereen"))
        self.none_button = QPushButton(self.tr("Niemand"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(60)
        # After the meeting: who came (ticked), who did not.
        self.attendance = QListWidget()
        self.attendance.setAccessibleName(self.tr("Aanwezig"))
        for attendee in meeting.attendees if meeting else []:
            item = QListWidgetItem(attendee.name)
            item.setData(Qt.ItemDataRole.UserRole, attendee.mediator_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if attendee.attended is False
                               else Qt.CheckState.Checked)
            self.attendance.addItem(item)
        self.message = error_label()
        self.info = QLabel(self.tr(
            "Wie een e-mailadres heeft, krijgt de uitnodiging in de agenda (als e-mail is "
            "ingesteld); een wijziging of afzegging gaat ook zo."))
        self.info.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = self.buttons.addButton(self.tr("Afzeggen"),
                                                    QDialogButtonBox.ButtonRole.DestructiveRole)
        self.cancel_button.setVisible(meeting is not None and not meeting.cancelled and not held)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.cancel_button.clicked.connect(lambda _c=False: self.call_off())
        save_shortcut(self, self.save, self.buttons.button(QDialogButtonBox.StandardButton.Save))

        times = QHBoxLayout()
        times.addWidget(self.day, 2)
        times.addWidget(self.starts)
        times.addWidget(QLabel("–"))
        times.addWidget(self.ends)
        pick = QHBoxLayout()
        pick.addWidget(self.all_button)
        pick.addWidget(self.none_button)
        pick.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("Titel"), self.title)
        form.addRow(self.tr("Datum en tijd"), times)
        form.addRow(self.tr("Plaats"), self.place)
        form.addRow(self.tr("Genodigden"), self.people)
        form.addRow("", pick)
        form.addRow(self.tr("Notities"), self.notes)
        if held:
            form.addRow(self.tr("Aanwezig"), self.attendance)
            self.info.setText(self.tr("Vink aan wie er was; wie niet is aangevinkt, was er niet."))
        form.addRow(self.info)
        form.addRow(self.message)
        form.addRow(self.buttons)

        if meeting is not None:
            self.title.setText(meeting.title)
            self.day.set_date(meeting.starts_at.date())
            self.starts.setTime(QTime(meeting.starts_at.hour, meeting.starts_at.minute))
            self.ends.setTime(QTime(meeting.ends_at.hour, meeting.ends_at.minute))
            self.place.setText(meeting.place)
            self.notes.setPlainText(meeting.notes)
        else:
            self.day.set_date(date.today() + timedelta(days=14))
        self.held = held
        self.all_button.clicked.connect(lambda _c=False: self._tick_all(True))
        self.none_button.clicked.connect(lambda _c=False: self._tick_all(False))
        self.day.editor.textChanged.connect(lambda _t: self._update())
        self.starts.timeChanged.connect(lambda _t: self._update())
        self.ends.timeChanged.connect(lambda _t: self._update())
        self.people.itemChanged.connect(lambda _i: self._update())
        fit_to_screen(self, (620, 640), "meeting_dialog")
        self._update()

    def _tick_all(self, on: bool) -> None:
        for row in range(self.people.count()):
            self.people.item(row).setCheckState(Qt.CheckState.Checked if on
                                                else Qt.CheckState.Unchecked)

    @staticmethod
    def _checked(listing: QListWidget) -> dict[int, bool]:
        return {listing.item(r).data(Qt.ItemDataRole.UserRole):
                listing.item(r).checkState() == Qt.CheckState.Checked
                for r in range(listing.count())}

    def value(self) -> MeetingInput:
        day = self.day.date()

        def at(edit: QTimeEdit) -> datetime | None:
            return datetime.combine(day, time(edit.time().hour(), edit.time().minute())) \
                if day else None

        return MeetingInput(at(self.starts), at(self.ends),
                            frozenset(m for m, on in self._checked(self.people).items() if on),
                            self.title.text(), self.place.text(), self.notes.toPlainText())

    def _update(self) -> None:
        problems = validate_meeting(self.value())
        self.day.check()
        self.message.setText(" ".join(dict.fromkeys(field_message(p) for p in problems)))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            not problems and self.day.is_valid())

    def save(self) -> None:
        values = self.value()
        if validate_meeting(values):
            return
        meeting_id = self.meeting.id if self.meeting else None

        def store_all() -> int:
            saved = save_meeting(self.store, meeting_id, values)
            if self.held:
                record_attendance(self.store, saved, self._checked(self.attendance))
            return saved

        ok, saved = guarded(self, store_all)
        if ok:
            self.saved_id = saved
            self.accept()

    def call_off(self) -> None:
        if self.meeting is None:
            return
        if QMessageBox.question(
                self, self.tr("Intervisie afzeggen"),
                self.tr("De intervisie afzeggen? Wie uitgenodigd is, krijgt een afzegging."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        ok, _none = guarded(self, lambda: cancel_meeting(self.store, self.meeting.id))
        if ok:
            self.saved_id = self.meeting.id
            self.accept()
