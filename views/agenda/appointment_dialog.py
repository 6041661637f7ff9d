"""Plan or change an appointment: kind, date and time, place, who takes part.
Clashes (double bookings, outside free time, absence, holiday) are shown and
need confirming; nothing typed is lost when the save is refused."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTimeEdit,
    QWidget,
)

from desktop.agenda.appointments import (
    AppointmentInput,
    AppointmentView,
    NeedsConfirmation,
    RoomView,
)
from desktop.data.errors import ServiceError
from models import Appointment
from models.enums import AppointmentKind, PlaceKind
from models.limits import max_chars
from views.errors import show_error
from views.labels import appointment_kind_labels, conflict_text, place_kind_labels
from views.manual import set_topic
from views.messages import message_for
from views.widgets import DateField, save_shortcut


class AppointmentDialog(QDialog):
    def __init__(
        self,
        case_id: int,
        case_number: str,
        rooms: list[RoomView],
        mediators: list[tuple[int, str]],
        save,  # (AppointmentInput, confirmed: bool) -> int
        appointment: AppointmentView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        set_topic(self, "afspraken#plannen")
        self.case_id = case_id
        self._save = save
        title = self.tr("Afspraak wijzigen") if appointment else self.tr("Afspraak plannen")
        self.setWindowTitle(f"{title} · {case_number}")
        self.kind = QComboBox()
        for code, label in appointment_kind_labels().items():
            self.kind.addItem(label, code)
        self.day = DateField()
        self.starts = QTimeEdit(QTime(19, 30))
        self.starts.setDisplayFormat("HH:mm")
        self.ends = QTimeEdit(QTime(20, 30))
        self.ends.setDisplayFormat("HH:mm")
        self.place_kind = QComboBox()
        for code, label in place_kind_labels().items():
            self.place_kind.addItem(label, code)
        self.room = QComboBox()
        for room in rooms:
            self.room.addItem(room.name, room.id)
        self.place_text = QLineEdit()
        self.place_text.setMaxLength(max_chars(Appointment, "place_text"))
        self.place_text.setPlaceholderText(self.tr("adres, telefoonnummer of link"))
        self.mediator_boxes: dict[int, QCheckBox] = {}
        mediator_row = QHBoxLayout()
        for mediator_id, name in mediators:
            box = QCheckBox(name)
            box.setChecked(True)
            self.mediator_boxes[mediator_id] = box
            mediator_row.addWidget(box)
        if not mediators:
            mediator_row.addWidget(QLabel(self.tr("Deze zaak heeft nog geen koppel.")))
        self.party_boxes = {role: QCheckBox(self.tr("Partij %1").replace("%1", role))
                            for role in ("A", "B")}
        party_row = QHBoxLayout()
        for box in self.party_boxes.values():
            party_row.addWidget(box)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #a4000f;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_save)
        save_shortcut(self, self.try_save,
                      self.buttons.button(QDialogButtonBox.StandardButton.Save))
        self.buttons.rejected.connect(self.reject)
        times = QHBoxLayout()
        times.addWidget(self.day, 2)
        times.addWidget(self.starts)
        times.addWidget(QLabel("–"))
        times.addWidget(self.ends)
        form = QFormLayout(self)
        form.addRow(self.tr("Soort"), self.kind)
        form.addRow(self.tr("Datum en tijd"), times)
        form.addRow(self.tr("Plaats"), self.place_kind)
        form.addRow(self.tr("Ruimte"), self.room)
        form.addRow(self.tr("Adres of link"), self.place_text)
        form.addRow(self.tr("Bemiddelaars"), mediator_row)
        form.addRow(self.tr("Partijen"), party_row)
        form.addRow(self.tr("Notities"), self.notes)
        form.addRow(self.hint)
        form.addRow(self.buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.place_kind.currentIndexChanged.connect(lambda _i: self._update())
        self.day.editor.textChanged.connect(lambda _t: self._update())
        self.starts.timeChanged.connect(lambda _t: self._update())
        self.ends.timeChanged.connect(lambda _t: self._update())
        if appointment is not None:
            self._fill(appointment)
        else:
            self.day.set_date(date.today() + timedelta(days=7))
            self._kind_changed()
        self._update()

    def _fill(self, a: AppointmentView) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(a.kind), 0))
        self.day.set_date(a.starts_at.date())
        self.starts.setTime(QTime(a.starts_at.hour, a.starts_at.minute))
        self.ends.setTime(QTime(a.ends_at.hour, a.ends_at.minute))
        self.place_kind.setCurrentIndex(max(self.place_kind.findData(a.place_kind), 0))
        if a.room_id is not None:
            self.room.setCurrentIndex(max(self.room.findData(a.room_id), 0))
        self.place_text.setText(a.place_text)
        for mediator_id, box in self.mediator_boxes.items():
            box.setChecked(mediator_id in a.mediator_ids)
        for role, box in self.party_boxes.items():
            box.setChecked(role in a.party_roles)
        self.notes.setPlainText(a.notes)

    def _kind_changed(self) -> None:
        """Sensible defaults: a talk with A at A's home, a joint session in a room."""
        kind = self.kind.currentData()
        place = {AppointmentKind.TALK_A: PlaceKind.HOME_A, AppointmentKind.TALK_B:
                 PlaceKind.HOME_B, AppointmentKind.JOINT_SESSION: PlaceKind.ROOM}.get(kind)
        if place is not None:
            self.place_kind.setCurrentIndex(self.place_kind.findData(place))
        roles = {AppointmentKind.TALK_A: {"A"}, AppointmentKind.TALK_B: {"B"},
                 AppointmentKind.JOINT_SESSION: {"A", "B"}}.get(kind)
        if roles is not None:
            for role, box in self.party_boxes.items():
                box.setChecked(role in roles)

    def _update(self) -> None:
        is_room = self.place_kind.currentData() == PlaceKind.ROOM
        self.room.setEnabled(is_room)
        problem = None
        if self.day.date() is None:
            problem = message_for(self.day.problem() or "date_format") if (
                self.day.editor.text()) else ""
        elif self.ends.time() <= self.starts.time():
            problem = message_for("end_before_start")
        elif is_room and self.room.count() == 0:
            problem = message_for("room_required")
        self.hint.setText(problem or "")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(problem is None)

    def value(self) -> AppointmentInput:
        day = self.day.date() or date.today()
        start = datetime.combine(day, time(self.starts.time().hour(), self.starts.time().minute()))
        end = datetime.combine(day, time(self.ends.time().hour(), self.ends.time().minute()))
        return AppointmentInput(
            case_id=self.case_id,
            kind=self.kind.currentData(),
            starts_at=start,
            ends_at=end,
            place_kind=self.place_kind.currentData(),
            room_id=self.room.currentData() if self.room.isEnabled() else None,
            place_text=self.place_text.text(),
            mediator_ids=[m for m, box in self.mediator_boxes.items() if box.isChecked()],
            party_roles=[r for r, box in self.party_boxes.items() if box.isChecked()],
            notes=self.notes.toPlainText(),
        )

    def try_save(self, confirmed: bool = False) -> bool:
        data = self.value()
        try:
            self._save(data, confirmed)
        except NeedsConfirmation as clash:
            if not self.confirm(clash):
                return False
            return self.try_save(confirmed=True)
        except ServiceError as exc:
            show_error(self, exc)
            return False
        except Exception as exc:  # the dialog stays open with what was typed
            show_error(self, exc)
            return False
        self.accept()
        return True

    def confirm(self, clash: NeedsConfirmation) -> bool:
        lines = "\n".join("• " + conflict_text(c.code, c.detail) for c in clash.conflicts)
        answer = QMessageBox.question(
            self, self.tr("Let op"),
            self.tr("Deze afspraak botst:\n%1\n\nToch zo plannen?").replace("%1", lines),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
