"""Afspraken: a case's appointments with how each went, planning and changing them,
saying how one went (and taking the next step), calling one off, its calendar file
and its invitation letter."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.agenda.appointments import (
    AppointmentView,
    case_appointments,
    list_rooms,
    save_appointment,
)
from desktop.agenda.calendar_files import appointment_ics
from desktop.agenda.outcomes import record_outcome
from desktop.data.store import Store
from models.enums import AppointmentOutcome
from views.agenda.appointment_dialog import AppointmentDialog
from views.agenda.outcome_dialog import OutcomeDialog
from views.errors import guarded
from views.i18n import format_datetime
from views.labels import appointment_kind_labels, conflict_text, outcome_text, place_kind_labels
from views.manual import set_topic


class CaseScreen(Protocol):
    """What the tab needs of the case screen it sits in."""

    store: Store
    case_id: int
    detail: Any  # CaseDetail | None
    documents: Any  # DocumentsTab
    changed: Any  # Signal(int)

    def reload(self, keep_edits: bool = False) -> bool: ...
    def is_dirty_details(self) -> bool: ...
    def show_tab(self, widget: QWidget) -> None: ...
    def apply_status(self, target: str, note: str = "") -> bool: ...


class AppointmentsTab(QWidget):
    def __init__(self, view: CaseScreen) -> None:
        super().__init__()
        set_topic(self, "afspraken")
        self.view = view
        self.store = view.store
        self.list = QListWidget()
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName(self.tr("Afspraken"))
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self.plan_button = QPushButton(self.tr("Afspraak plannen…"))
        self.edit_button = QPushButton(self.tr("Wijzigen…"))
        self.outcome_button = QPushButton(self.tr("Hoe ging het…"))
        self.outcome_button.setToolTip(self.tr(
            "Zeggen of het gesprek is gehouden, afgezegd of dat iemand niet kwam"))
        self.cancel_button = QPushButton(self.tr("Afzeggen…"))
        self.ics_button = QPushButton(self.tr("Agendabestand…"))
        self.ics_button.setToolTip(self.tr("De afspraak opslaan als .ics voor Outlook of Google"))
        self.invite_button = QPushButton(self.tr("Uitnodiging…"))
        self.invite_button.setToolTip(self.tr("Een uitnodigingsbrief voor deze afspraak maken"))
        # Two rows of three: the tab stays narrow enough for a small screen.
        buttons = QGridLayout()
        for index, button in enumerate((self.plan_button, self.edit_button, self.outcome_button,
                                        self.cancel_button, self.ics_button,
                                        self.invite_button)):
            buttons.addWidget(button, index // 3, index % 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.plan_button.clicked.connect(lambda _c=False: self.plan_appointment())
        self.edit_button.clicked.connect(lambda _c=False: self.edit_appointment())
        self.outcome_button.clicked.connect(lambda _c=False: self.ask_outcome())
        self.cancel_button.clicked.connect(lambda _c=False: self.ask_outcome(
            outcome=AppointmentOutcome.CANCELLED))
        self.ics_button.clicked.connect(lambda _c=False: self.export_selected())
        self.invite_button.clicked.connect(lambda _c=False: self.invite_dialog_for_selected())

    # -- showing -----------------------------------------------------------------------
    def show_appointments(self) -> None:
        chosen = self.selected()
        _ok, views = guarded(self, lambda: case_appointments(self.store, self.view.case_id))
        self.list.clear()
        kinds = appointment_kind_labels()
        now = datetime.now()
        for item_view in views or []:
            text = (f"{format_datetime(item_view.starts_at)}–{item_view.ends_at:%H:%M}  "
                    f"{kinds.get(item_view.kind, item_view.kind)}")
            place = item_view.place or place_kind_labels().get(item_view.place_kind, "")
            if place:
                text += f"\n{place}"
            if item_view.mediators:
                text += "\n" + " & ".join(item_view.mediators)
            state = outcome_text(item_view.outcome, item_view.outcome_by)
            if not state and item_view.ends_at <= now:
                state = self.tr("Hoe ging het? Nog niet ingevuld")
            if state:
                text += f"\n{state}"
            if item_view.conflicts and not item_view.cancelled:
                text += "\n⚠ " + "; ".join(conflict_text(c.code, c.detail)
                                            for c in item_view.conflicts)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, item_view)
            if item_view.cancelled:
                font = item.font()
                font.setStrikeOut(True)
                item.setFont(font)
                item.setForeground(QColor("#666666"))
            elif item_view.conflicts or (item_view.outcome is None
                                         and item_view.ends_at <= now):
                item.setForeground(QColor("#a4000f"))
            self.list.addItem(item)
        if self.list.count():
            ids = [self.list.item(i).data(Qt.ItemDataRole.UserRole).id
                   for i in range(self.list.count())]
            self.list.setCurrentRow(ids.index(chosen.id) if chosen and chosen.id in ids
                                    else self._first_relevant_row())
        self._enable()

    def _first_relevant_row(self) -> int:
        """The next appointment ahead, else the last one."""
        now = datetime.now()
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole).ends_at > now:
                return row
        return self.list.count() - 1

    def selected(self) -> AppointmentView | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def select(self, appointment_id: int) -> AppointmentView | None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole).id == appointment_id:
                self.list.setCurrentRow(row)
                return self.selected()
        return None

    def _enable(self) -> None:
        chosen = self.selected()
        standing = chosen is not None and not chosen.cancelled
        ahead = standing and chosen.starts_at > datetime.now()
        read_only = not self.store.can_edit
        self.plan_button.setEnabled(not read_only)
        self.edit_button.setEnabled(standing and not read_only)
        self.outcome_button.setEnabled(chosen is not None and not read_only and (
            chosen.starts_at <= datetime.now()))
        self.cancel_button.setEnabled(ahead and chosen.outcome is None and not read_only)
        self.ics_button.setEnabled(chosen is not None)
        self.invite_button.setEnabled(ahead)

    # -- planning ----------------------------------------------------------------------
    def appointment_dialog(self, appointment=None) -> AppointmentDialog | None:
        detail = self.view.detail
        if detail is None:
            return None
        _ok, rooms = guarded(self, lambda: list_rooms(self.store))
        version = appointment.version if appointment else None

        def save(data, confirmed):
            return save_appointment(self.store, appointment.id if appointment else None,
                                    data, confirmed, version)

        return AppointmentDialog(self.view.case_id, detail.number, rooms or [],
                                 detail.mediators, save, appointment, self)

    def plan_appointment(self) -> bool:
        return self._run_appointment_dialog(self.appointment_dialog())

    def edit_appointment(self) -> bool:
        appointment = self.selected()
        if appointment is None or appointment.cancelled:
            return False
        return self._run_appointment_dialog(self.appointment_dialog(appointment))

    def open_selected(self) -> bool:
        """Double-click: change one ahead, say how a past one went."""
        appointment = self.selected()
        if appointment is None:
            return False
        if appointment.starts_at <= datetime.now() or appointment.cancelled:
            return self.ask_outcome() is not None
        return self.edit_appointment()

    def _run_appointment_dialog(self, dialog) -> bool:
        if dialog is None or dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self._changed()
        return True

    def _changed(self) -> None:
        from views.mail.mail_sender import MailSender

        MailSender.wake_up()  # an invitation, update or cancellation may be due
        self.view.reload(keep_edits=self.view.is_dirty_details())
        self.view.show_tab(self)
        self.view.changed.emit(self.view.case_id)

    # -- how it went -------------------------------------------------------------------
    def outcome_dialog(self, appointment: AppointmentView | None = None,
                       outcome: str | None = None) -> OutcomeDialog | None:
        appointment = appointment or self.selected()
        detail = self.view.detail
        if appointment is None or detail is None:
            return None
        return OutcomeDialog(appointment, detail.status, outcome or appointment.outcome,
                             parent=self)

    def ask_outcome(self, appointment_id: int | None = None,
                    outcome: str | None = None) -> OutcomeDialog | None:
        """Open the dialog (not blocking); saving takes the chosen next steps."""
        appointment = self.select(appointment_id) if appointment_id else self.selected()
        dialog = self.outcome_dialog(appointment, outcome)
        if dialog is None:
            return None
        dialog.accepted.connect(lambda: self.apply_outcome(dialog))
        dialog.open()
        return dialog

    def apply_outcome(self, dialog: OutcomeDialog) -> bool:
        outcome, by, note, move_to, plan_next = dialog.values()
        appointment = dialog.appointment
        ok, _recorded = guarded(self, lambda: record_outcome(
            self.store, appointment.id, outcome, by, note, appointment.version))
        if not ok:
            self.view.reload(keep_edits=self.view.is_dirty_details())
            return False
        self._changed()
        self.select(appointment.id)
        if move_to:
            self.view.apply_status(move_to)
        if plan_next:
            self.plan_appointment()
        return True

    # -- files and letters ---------------------------------------------------------------
    def invite_dialog_for_selected(self, show: bool = True):
        """The letter dialog for the chosen appointment, with the matching invitation."""
        from desktop.documents.letters.service import INVITATION_FOR

        appointment = self.selected()
        if appointment is None:
            return None
        dialog = self.view.documents.letter_dialog(
            INVITATION_FOR.get(appointment.kind, "confirmation"), appointment.id)
        if show:
            dialog.open()
        return dialog

    def export_selected(self, path: str | None = None) -> bool:
        appointment = self.selected()
        if appointment is None:
            return False
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Agendabestand opslaan"),
                f"afspraak-{appointment.case_number}-{appointment.starts_at:%Y%m%d}.ics",
                self.tr("Agendabestand (*.ics)"))
            if not path:
                return False
        ok, _ = guarded(self, lambda: Path(path).write_bytes(
            appointment_ics(self.store, appointment.id)))
        return ok
