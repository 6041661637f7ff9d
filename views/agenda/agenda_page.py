"""Agenda: the week of all appointments and intervisie meetings (or one
mediator's), with clashes marked, a calendar file per mediator, and the list of
things to do, volunteer care on top."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.agenda.appointments import (
    AppointmentView,
    TodoItem,
    todo,
    week_appointments,
    week_of,
)
from desktop.agenda.calendar_files import mediator_ics
from desktop.data.store import Store
from desktop.mediators.register import mediator_names
from desktop.privacy.requests import RequestView, due_soon
from desktop.privacy.retention import count_due, due_mediators
from desktop.volunteers.due import Reminder, due_reminders
from desktop.volunteers.meetings import (
    MeetingView,
    attendance_to_record,
    get_meeting,
    meetings_between,
)
from models.enums import MediatorState
from views.agenda.meeting_dialog import MeetingDialog
from views.care_texts import reminder_text
from views.errors import guarded, show_error
from views.i18n import format_date, format_datetime
from views.labels import (
    appointment_kind_labels,
    conflict_text,
    outcome_text,
    place_kind_labels,
    weekday_labels,
)
from views.manual import set_topic
from views.tasks import Runner, SyncRunner
from views.widgets import compact_combo, style_title


def todo_text(code: str) -> str:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    return {
        "waiting_for_pair": translate("AgendaPage", "wacht op een koppel"),
        "not_contacted": translate("AgendaPage", "partijen nog niet benaderd"),
        "follow_up_due": translate("AgendaPage", "nazorg plannen"),
    }.get(code, code)


APPOINTMENT_ROLE = Qt.ItemDataRole.UserRole + 1
MEDIATOR_ROLE = Qt.ItemDataRole.UserRole + 3
MEETING_ROLE = Qt.ItemDataRole.UserRole + 4


def outcome_question(item: TodoItem) -> str:
    """The Te doen line of an appointment that ended without an outcome."""
    from PySide6.QtCore import QCoreApplication

    kind = appointment_kind_labels().get(item.appointment_kind, "").lower()
    when = format_datetime(item.starts_at) if item.starts_at else ""
    return QCoreApplication.translate("AgendaPage", "Hoe ging het: %1 van %2?").replace(
        "%1", kind).replace("%2", when)


def mail_todo_text(item: TodoItem) -> str:
    from PySide6.QtCore import QCoreApplication

    from views.messages import mail_error_text

    translate = QCoreApplication.translate
    if item.code == "mediator_without_email":
        when = format_datetime(item.starts_at) if item.starts_at else ""
        return translate("AgendaPage", "%1 heeft geen e-mailadres: geef de afspraak van %2 "
                         "door per telefoon of post").replace("%1", item.who).replace("%2", when)
    return translate("AgendaPage", "e-mail aan %1 niet verstuurd: %2").replace(
        "%1", item.who).replace("%2", mail_error_text(item.detail))


OUTBOX_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Line:
    """One entry of a day or of Te doen, its text ready: built by the worker, so
    the GUI thread only makes the list items (hundreds in a busy week)."""

    text: str
    case_id: int | None
    appointment_id: int | None = None  # Te doen: ask how this talk went
    outbox: bool = False  # Te doen: about an e-mail, opens the outbox
    red: bool = False  # late, or a clash
    tooltip: str = ""
    mediator_id: int | None = None  # Te doen: volunteer care, opens the mediator
    meeting_id: int | None = None  # an intervisie meeting, opens it


@dataclass(frozen=True)
class AgendaWeek:
    """What the agenda shows, read and worded in one go by a worker."""

    days: list[list[Line]]  # Monday to Sunday
    todo: list[Line]
    mediators: list[tuple[int, str]]  # for the filter: who may have come or gone


def load_week(store: Store, monday: date, mediator_id: int | None) -> AgendaWeek:
    things = todo(store)
    if store.data_dir is not None:
        from desktop.mail.due import mail_todo

        things = sorted(things + mail_todo(store, store.data_dir),
                        key=lambda item: (item.due, item.case_number))
    with store.read() as session:
        meetings = [m for m in meetings_between(session, monday, monday + timedelta(days=6))
                    if mediator_id is None or any(a.mediator_id == mediator_id
                                                  for a in m.attendees)]
        care = due_reminders(session)
        to_record = attendance_to_record(session, datetime.now())
    days = [sorted(talks + group, key=lambda line: line.text[:5])  # "19:30–…": by the time
            for talks, group in zip(day_lines(week_appointments(store, monday, mediator_id)),
                                    meeting_lines(meetings), strict=True)]
    return AgendaWeek(days,
                      care_lines(care, to_record, len(due_mediators(store)))
                      + todo_lines(things, count_due(store), due_soon(store)),
                      mediator_names(store))


def meeting_lines(meetings: list[MeetingView]) -> list[list[Line]]:
    from PySide6.QtCore import QCoreApplication

    days: list[list[Line]] = [[] for _ in range(7)]
    for m in meetings:
        title = (QCoreApplication.translate("AgendaPage", "Afgezegd") + ": " + m.title
                 if m.cancelled else m.title)
        text = f"{m.starts_at:%H:%M}–{m.ends_at:%H:%M}\n{title}"
        if m.place:
            text += "\n" + m.place
        text += "\n" + QCoreApplication.translate("AgendaPage", "%1 genodigden").replace(
            "%1", str(len(m.attendees)))
        days[m.starts_at.weekday()].append(
            Line(text, None, meeting_id=m.id,
                 tooltip=", ".join(a.name for a in m.attendees)))
    return days


def care_lines(care: list[Reminder], to_record: list[MeetingView],
               mediators_due: int) -> list[Line]:
    """Volunteer care on top of Te doen: the office's own people first."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    today = date.today()
    lines = [Line(f"{format_date(m.starts_at.date())}  " + translate(
        "AgendaPage", "Vul in wie er was: %1").replace("%1", m.title), None,
        meeting_id=m.id) for m in to_record]
    lines += [Line(f"{format_date(r.due_on)}  {reminder_text(r)}", None,
                   mediator_id=r.mediator_id,
                   # Red where a rule is broken now; a call to make stays black.
                   red=r.kind in ("vog", "training") and r.due_on < today) for r in care]
    if mediators_due:
        lines.append(Line(translate("AgendaPage", "Bewaartermijn verstreken: %1 gestopte "
                                    "bemiddelaars anonimiseren").replace(
            "%1", str(mediators_due)), None))
    return lines


def day_lines(appointments: list[AppointmentView]) -> list[list[Line]]:
    kinds, places = appointment_kind_labels(), place_kind_labels()
    days: list[list[Line]] = [[] for _ in range(7)]
    for a in appointments:
        text = (f"{a.starts_at:%H:%M}–{a.ends_at:%H:%M}\n{kinds.get(a.kind, a.kind)}\n"
                f"{a.case_number}")
        place = a.place or places.get(a.place_kind, "")
        if place:
            text += "\n" + place
        if a.mediators:
            text += "\n" + " & ".join(a.mediators)
        if a.outcome is not None:
            text += "\n" + outcome_text(a.outcome, a.outcome_by)
        tooltip = a.place
        if a.conflicts:
            text = "⚠ " + text
            tooltip += "\n" + "\n".join(conflict_text(c.code, c.detail) for c in a.conflicts)
        days[a.starts_at.weekday()].append(
            Line(text, a.case_id, red=bool(a.conflicts), tooltip=tooltip))
    return days


def todo_lines(things: list[TodoItem], retention_due: int,
               requests: list[RequestView]) -> list[Line]:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    today = date.today()
    lines: list[Line] = []
    for request in reversed(requests):  # the office's own deadlines on top
        lines.append(Line(f"{format_date(request.due_on)}  " + translate(
            "AgendaPage", "Verzoek van %1 beantwoorden").replace("%1", request.requester),
            None, red=request.due_on < today))
    if retention_due:
        lines.append(Line(translate("AgendaPage", "Bewaartermijn verstreken: %1 zaken "
                                    "anonimiseren").replace("%1", str(retention_due)), None))
    texts = {code: todo_text(code) for code in {item.code for item in things}}
    for item in things:
        head = f"{format_date(item.due)}  {item.case_number}  "
        if item.code == "outcome_missing":
            lines.append(Line(head + outcome_question(item), item.case_id,
                              appointment_id=item.appointment_id, red=item.due < today))
        elif item.code in ("mediator_without_email", "mail_failed"):
            lines.append(Line((head + mail_todo_text(item)).replace("    ", "  "),
                              item.case_id, outbox=item.code == "mail_failed",
                              red=item.due < today))
        else:
            lines.append(Line(head + texts[item.code], item.case_id, red=item.due < today))
    return lines


class AgendaPage(QWidget):
    open_case = Signal(int)
    open_privacy = Signal()  # a Te doen item about the retention term or a request
    ask_outcome = Signal(int, int)  # case, appointment: "Hoe ging het gesprek van …?"
    open_outbox = Signal()  # a Te doen line about an e-mail that was not sent
    open_mediator = Signal(int)  # a Te doen line of volunteer care

    def __init__(self, store: Store, runner: Runner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_topic(self, "agenda")
        self.store = store
        self.runner = runner or SyncRunner(self)
        self._asked: object = None
        self.monday = week_of(date.today())
        self.previous_button = QPushButton(self.tr("◀ Vorige week"))
        self.today_button = QPushButton(self.tr("Deze week"))
        self.next_button = QPushButton(self.tr("Volgende week ▶"))
        self.week_label = QLabel()
        style_title(self.week_label)
        self.week_label.setWordWrap(True)  # two lines rather than off a small screen
        self.mediator_filter = compact_combo(QComboBox(), 16)
        self.mediator_filter.setAccessibleName(self.tr("Bemiddelaar"))
        self.meeting_button = QPushButton(self.tr("Intervisie plannen…"))
        if not store.can_edit:
            self.meeting_button.hide()
        self.export_button = QPushButton(self.tr("Agendabestand…"))
        self.export_button.setToolTip(self.tr(
            "Alle komende afspraken van de gekozen bemiddelaar als .ics, om te mailen"))
        top = QHBoxLayout()
        top.addWidget(self.previous_button)
        top.addWidget(self.today_button)
        top.addWidget(self.next_button)
        top.addWidget(self.week_label, 1)
        top.addWidget(self.mediator_filter)
        top.addWidget(self.meeting_button)
        top.addWidget(self.export_button)

        self.days: list[QListWidget] = []
        self.day_labels: list[QLabel] = []
        week = QWidget()
        grid = QGridLayout(week)
        grid.setContentsMargins(0, 0, 0, 0)
        for column in range(7):
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            day_list = QListWidget()
            # Wrapped items of a busy week are laid out a batch per pass of the event
            # loop, so the week paints at once and the keyboard is never kept waiting.
            day_list.setLayoutMode(QListView.LayoutMode.Batched)
            day_list.setBatchSize(20)
            day_list.setAccessibleName(weekday_labels()[column])
            day_list.setWordWrap(True)
            day_list.setSpacing(3)
            day_list.setAlternatingRowColors(True)
            day_list.itemActivated.connect(self._open_item)
            grid.addWidget(label, 0, column)
            grid.addWidget(day_list, 1, column)
            self.day_labels.append(label)
            self.days.append(day_list)
        self.todo = QListWidget()
        self.todo.setUniformItemSizes(True)  # one line each: a thousand lay out at once
        self.todo.setLayoutMode(QListView.LayoutMode.Batched)
        self.todo.setBatchSize(200)
        set_topic(self.todo, "agenda#te-doen")
        self.todo.setAccessibleName(self.tr("Te doen"))
        self.todo.itemActivated.connect(self._open_item)
        todo_box = QWidget()
        todo_layout = QVBoxLayout(todo_box)
        todo_layout.setContentsMargins(0, 0, 0, 0)
        todo_layout.addWidget(QLabel("<b>" + self.tr("Te doen") + "</b>"))
        todo_layout.addWidget(self.todo)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(week)
        splitter.addWidget(todo_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.previous_button.clicked.connect(lambda _c=False: self.go(-7))
        self.next_button.clicked.connect(lambda _c=False: self.go(7))
        self.today_button.clicked.connect(lambda _c=False: self.go_to(date.today()))
        # Filled when first shown (see MainWindow._show_page): start-up stays quick.
        self.mediator_filter.addItem(self.tr("Alle bemiddelaars"), None)
        self.mediator_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.export_button.clicked.connect(lambda _c=False: self.export_mediator())
        self.meeting_button.clicked.connect(lambda _c=False: self.open_meeting(None))

    def _fill_mediators(self, names: list[tuple[int, str]]) -> None:
        current = self.mediator_filter.currentData()
        self.mediator_filter.blockSignals(True)
        self.mediator_filter.clear()
        self.mediator_filter.addItem(self.tr("Alle bemiddelaars"), None)
        for mediator_id, name in names:
            self.mediator_filter.addItem(name, mediator_id)
        self.mediator_filter.setCurrentIndex(max(self.mediator_filter.findData(current), 0))
        self.mediator_filter.blockSignals(False)

    def go(self, days: int) -> None:
        self.go_to(self.monday + timedelta(days=days))

    def go_to(self, day: date) -> None:
        self.monday = week_of(day)
        self.refresh()

    def refresh(self) -> None:
        """Show the week at once and fill it when the worker has read it: the GUI
        thread never waits for the database (a busy week on 100,000 cases)."""
        sunday = self.monday + timedelta(days=6)
        self.week_label.setText(
            self.tr("Week %1 · %2 t/m %3").replace("%1", str(self.monday.isocalendar()[1]))
            .replace("%2", f"{self.monday:%d-%m}").replace("%3", format_date(sunday)))
        mediator_id = self.mediator_filter.currentData()
        self.export_button.setEnabled(mediator_id is not None)
        self._asked = asked = (self.monday, mediator_id, object())
        store, monday = self.store, self.monday

        def done(week: AgendaWeek) -> None:
            if asked is self._asked:  # an older week arriving late is dropped
                self._show_week(week)

        def failed(exc: BaseException) -> None:
            if asked is self._asked:
                show_error(self, exc)

        self.runner.run(lambda: load_week(store, monday, mediator_id), done, failed)

    def _show_week(self, week: AgendaWeek) -> None:
        self.setUpdatesEnabled(False)  # one repaint for the whole week, not one per item
        try:
            self._fill_week(week)
        finally:
            self.setUpdatesEnabled(True)

    def _fill_week(self, week: AgendaWeek) -> None:
        self._fill_mediators(week.mediators)
        names = weekday_labels()
        for column, day_list in enumerate(self.days):
            day = self.monday + timedelta(days=column)
            text = f"<b>{names[column]}</b> {day:%d-%m}"
            if day == date.today():
                text = f"<span style='color:#1b5fa8'>{text} ●</span>"
            self.day_labels[column].setText(text)
            self._fill_list(day_list, week.days[column])
        self._fill_list(self.todo, week.todo)

    @staticmethod
    def _fill_list(target: QListWidget, lines: list[Line]) -> None:
        """All texts in one call (the items are made in C++), then only what each
        needs beyond its text."""
        target.clear()
        target.addItems([line.text for line in lines])
        red = QColor("#a4000f")
        for row, line in enumerate(lines):
            item = target.item(row)
            item.setData(Qt.ItemDataRole.UserRole, line.case_id)
            if line.appointment_id is not None:
                item.setData(APPOINTMENT_ROLE, line.appointment_id)
            if line.outbox:
                item.setData(OUTBOX_ROLE, True)
            if line.mediator_id is not None:
                item.setData(MEDIATOR_ROLE, line.mediator_id)
            if line.meeting_id is not None:
                item.setData(MEETING_ROLE, line.meeting_id)
            if line.red:
                item.setForeground(red)
            if line.tooltip:
                item.setToolTip(line.tooltip)

    def _open_item(self, item: QListWidgetItem) -> None:
        case_id = item.data(Qt.ItemDataRole.UserRole)
        appointment_id = item.data(APPOINTMENT_ROLE)
        if item.data(MEETING_ROLE) is not None:
            self.open_meeting(item.data(MEETING_ROLE))
        elif item.data(MEDIATOR_ROLE) is not None:
            self.open_mediator.emit(item.data(MEDIATOR_ROLE))
        elif item.data(OUTBOX_ROLE):
            self.open_outbox.emit()
        elif case_id is None:
            self.open_privacy.emit()
        elif appointment_id is not None:
            self.ask_outcome.emit(case_id, appointment_id)
        else:
            self.open_case.emit(case_id)

    def meeting_dialog(self, meeting_id: int | None) -> MeetingDialog | None:
        ok, found = guarded(self, lambda: (
            get_meeting(self.store, meeting_id) if meeting_id is not None else None,
            mediator_names(self.store, MediatorState.ACTIVE)))
        if not ok or found is None:
            return None
        meeting, people = found
        known = {mediator_id for mediator_id, _name in people}
        people += [(a.mediator_id, a.name) for a in (meeting.attendees if meeting else [])
                   if a.mediator_id not in known]
        return MeetingDialog(self.store, people, meeting, self)

    def open_meeting(self, meeting_id: int | None) -> None:
        dialog = self.meeting_dialog(meeting_id)
        if dialog is not None and dialog.exec() == MeetingDialog.DialogCode.Accepted:
            self.refresh()

    def export_mediator(self, path: str | None = None) -> bool:
        mediator_id = self.mediator_filter.currentData()
        if mediator_id is None:
            return False
        if path is None:
            name = self.mediator_filter.currentText().replace(" ", "-").lower()
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Agendabestand opslaan"), f"buurtbemiddeling-{name}.ics",
                self.tr("Agendabestand (*.ics)"))
            if not path:
                return False
        since = datetime.combine(date.today(), datetime.min.time())
        ok, _ = guarded(self, lambda: Path(path).write_bytes(
            mediator_ics(self.store, mediator_id, since)))
        return ok
