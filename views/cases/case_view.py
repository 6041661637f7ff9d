"""Zaak: one case with its parties, details, status and journal. Status
changes follow the process but never trap the coordinator."""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.admin import categories
from desktop.agenda.appointments import (
    cancel_appointment,
    case_appointments,
    list_rooms,
    save_appointment,
)
from desktop.agenda.calendar_files import appointment_ics
from desktop.cases.detail import (
    CaseDetail,
    CaseUpdate,
    add_journal_entry,
    change_status,
    get_case,
    suggested_next_status,
    update_case,
)
from desktop.cases.history import case_history
from desktop.cases.parties import add_party, update_party
from desktop.data.errors import StaleData
from desktop.data.store import Store
from desktop.mediators.planning import assign_pair, suggest_for_case
from models import Case
from models.enums import CaseStatus, JournalKind
from models.limits import max_chars
from views.agenda.appointment_dialog import AppointmentDialog
from views.cases.case_history import CaseHistory
from views.cases.close_case_dialog import CloseCaseDialog
from views.cases.conflict_type_picker import ConflictTypePicker
from views.cases.pair_dialog import PairDialog
from views.cases.party_dialog import PartyDialog
from views.documents.documents_tab import DocumentsTab
from views.errors import guarded, show_error
from views.i18n import format_date, format_datetime
from views.labels import (
    appointment_kind_labels,
    conflict_text,
    journal_kind_label,
    status_label,
    status_labels,
    urgency_labels,
)
from views.messages import message_for
from views.tasks import Runner


class CaseView(QWidget):
    changed = Signal(int)  # the case was saved: lists may refresh
    open_case = Signal(int)
    dirty_changed = Signal(bool)

    def __init__(self, store: Store, case_id: int, parent: QWidget | None = None,
                 runner: Runner | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner or Runner(self)
        self.case_id = case_id
        self.detail: CaseDetail | None = None
        self._loading = False
        self._dirty = False

        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.status_label = QLabel()
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.linkActivated.connect(self._link)

        # Details that can be edited.
        self.urgency = QComboBox()
        for code, label in urgency_labels().items():
            self.urgency.addItem(label, code)
        self.types = ConflictTypePicker()
        self.neighbourhood = QLineEdit()
        self.neighbourhood.setMaxLength(max_chars(Case, "neighbourhood"))
        self.municipality = QLineEdit()
        self.municipality.setMaxLength(max_chars(Case, "municipality"))
        self.complex = QCheckBox(self.tr("Complexe zaak"))
        self.consent = QCheckBox(self.tr("Partijen geven toestemming voor terugkoppeling aan de "
                                         "verwijzer"))
        self.story = QPlainTextEdit()
        self.story.setTabChangesFocus(True)
        self.story.setMinimumHeight(80)
        self.save_button = QPushButton(self.tr("Wijzigingen opslaan"))
        self.save_button.setEnabled(False)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.parties_box = QVBoxLayout()

        details = QGroupBox(self.tr("Gegevens van de zaak"))
        details_form = QFormLayout(details)
        details_form.addRow(self.facts)
        details_form.addRow(self.tr("Urgentie"), self.urgency)
        details_form.addRow(self.tr("Soort conflict"), self.types)
        details_form.addRow(self.tr("Wijk"), self.neighbourhood)
        details_form.addRow(self.tr("Gemeente"), self.municipality)
        details_form.addRow("", self.complex)
        details_form.addRow("", self.consent)
        details_form.addRow(self.tr("Verhaal"), self.story)
        details_form.addRow("", self.save_button)
        parties = QGroupBox(self.tr("Partijen"))
        parties.setLayout(self.parties_box)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(parties)
        left_layout.addWidget(details)
        left_layout.addStretch(1)
        left_scroll = QScrollArea()
        left_scroll.setWidgetResizable(True)
        left_scroll.setWidget(left)

        # Status.
        self.next_status = QComboBox()
        self.next_status.setAccessibleName(self.tr("Nieuwe status"))
        self.status_note = QLineEdit()
        self.status_note.setMaxLength(500)
        self.status_note.setPlaceholderText(self.tr("toelichting (optioneel)"))
        self.status_button = QPushButton(self.tr("Status wijzigen"))
        status_box = QGroupBox(self.tr("Status"))
        status_form = QFormLayout(status_box)
        status_form.addRow(self.tr("Nu"), self.status_label)
        status_form.addRow(self.tr("Naar"), self.next_status)
        status_form.addRow(self.tr("Toelichting"), self.status_note)
        status_form.addRow("", self.status_button)

        # Journal.
        self.journal = QTextBrowser()
        self.journal.setOpenLinks(False)
        self.journal.setAccessibleName(self.tr("Journaal"))
        self.journal_text = QPlainTextEdit()
        self.journal_text.setPlaceholderText(
            self.tr("Typ een notitie of een verslag van een telefoongesprek (Ctrl+Enter)")
        )
        self.journal_text.setTabChangesFocus(True)
        self.journal_text.setMaximumHeight(90)
        self.journal_error = QLabel()
        self.journal_error.setStyleSheet("color: #a4000f;")
        self.note_button = QPushButton(self.tr("Notitie toevoegen"))
        self.call_button = QPushButton(self.tr("Telefoongesprek toevoegen"))
        journal_box = QWidget()
        journal_layout = QVBoxLayout(journal_box)
        journal_layout.setContentsMargins(0, 4, 0, 0)
        journal_layout.addWidget(self.journal, 1)
        journal_layout.addWidget(self.journal_text)
        journal_layout.addWidget(self.journal_error)
        journal_buttons = QHBoxLayout()
        journal_buttons.addStretch(1)
        journal_buttons.addWidget(self.note_button)
        journal_buttons.addWidget(self.call_button)
        journal_layout.addLayout(journal_buttons)

        # The pair of mediators.
        self.pair_label = QLabel()
        self.pair_label.setWordWrap(True)
        self.pair_button = QPushButton(self.tr("Koppel voorstellen…"))
        self.pair_button.clicked.connect(lambda _checked=False: self.propose_pair())
        pair_box = QGroupBox(self.tr("Koppel"))
        pair_layout = QHBoxLayout(pair_box)
        pair_layout.addWidget(self.pair_label, 1)
        pair_layout.addWidget(self.pair_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(pair_box)
        right_layout.addWidget(status_box)
        self.history = CaseHistory()
        self.appointments = QListWidget()
        self.appointments.setAlternatingRowColors(True)
        self.appointments.itemDoubleClicked.connect(lambda _item: self.edit_appointment())
        self.plan_button = QPushButton(self.tr("Afspraak plannen…"))
        self.edit_appointment_button = QPushButton(self.tr("Wijzigen…"))
        self.cancel_appointment_button = QPushButton(self.tr("Annuleren…"))
        self.ics_button = QPushButton(self.tr("Agendabestand…"))
        self.ics_button.setToolTip(self.tr("De afspraak opslaan als .ics voor Outlook of Google"))
        self.invite_button = QPushButton(self.tr("Uitnodiging…"))
        self.invite_button.setToolTip(self.tr("Een uitnodigingsbrief voor deze afspraak maken"))
        appointment_buttons = QHBoxLayout()
        for button in (self.plan_button, self.edit_appointment_button,
                       self.cancel_appointment_button, self.ics_button, self.invite_button):
            appointment_buttons.addWidget(button)
        appointments_box = QWidget()
        appointments_layout = QVBoxLayout(appointments_box)
        appointments_layout.setContentsMargins(0, 4, 0, 0)
        appointments_layout.addWidget(self.appointments, 1)
        appointments_layout.addLayout(appointment_buttons)
        self.plan_button.clicked.connect(lambda _c=False: self.plan_appointment())
        self.edit_appointment_button.clicked.connect(lambda _c=False: self.edit_appointment())
        self.cancel_appointment_button.clicked.connect(lambda _c=False: self.cancel_selected())
        self.ics_button.clicked.connect(lambda _c=False: self.export_selected())
        self.invite_button.clicked.connect(lambda _c=False: self.invite_dialog_for_selected())
        self.documents = DocumentsTab(store, case_id, self.runner)
        self.documents.changed.connect(lambda: self.reload(keep_edits=True))
        self.side_tabs = QTabWidget()
        self.side_tabs.addTab(journal_box, self.tr("Journaal"))
        self.side_tabs.addTab(appointments_box, self.tr("Afspraken"))
        self.side_tabs.addTab(self.documents, self.tr("Documenten"))
        self.side_tabs.addTab(self.history, self.tr("Wijzigingen"))
        self.side_tabs.currentChanged.connect(self._side_tab_changed)
        right_layout.addWidget(self.side_tabs, 1)

        splitter = QSplitter()
        splitter.addWidget(left_scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)

        _ok, types = guarded(self, lambda: categories.list_items(store, "conflict_types"))
        self.types.set_items(types or [])
        for signal in (
            self.urgency.currentIndexChanged, self.types.changed, self.neighbourhood.textChanged,
            self.municipality.textChanged, self.complex.toggled, self.consent.toggled,
            self.story.textChanged,
        ):
            signal.connect(self._on_edit)
        self.save_button.clicked.connect(self.save_details)
        self.status_button.clicked.connect(self.apply_status)
        self.note_button.clicked.connect(lambda: self.add_journal(JournalKind.NOTE))
        self.call_button.clicked.connect(lambda: self.add_journal(JournalKind.PHONE_CALL))
        QShortcut(QKeySequence("Ctrl+Return"), self.journal_text,
                  activated=lambda: self.add_journal(JournalKind.NOTE))
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_details)
        self.reload()

    # -- loading -------------------------------------------------------------------------
    def reload(self, keep_edits: bool = False) -> bool:
        ok, detail = guarded(self, lambda: get_case(self.store, self.case_id))
        if not ok or detail is None:
            return False
        typed = self._edits() if keep_edits else None
        self.detail = detail
        self._loading = True
        try:
            self._show(detail)
            if typed is not None:
                self._restore_edits(typed)
        finally:
            self._loading = False
        self._set_dirty(typed is not None and self._differs())
        if self.side_tabs.currentWidget() is self.history:
            self.show_history()
        return True

    def _show(self, d: CaseDetail) -> None:
        self.title.setText(self.tr("Zaak %1").replace("%1", d.number))
        self.status_label.setText("<b>" + escape(status_label(d.status)) + "</b>")
        facts = [
            (self.tr("Aangemeld op"), format_date(d.registered_on)),
            (self.tr("Verwezen door"), d.referrer_kind),
            (self.tr("Verwijzer"), d.referrer),
            (self.tr("Intake"), format_date(d.intake_on)),
            (self.tr("Eerste gesprek"), format_date(d.first_talk_on)),
            (self.tr("Bemiddelingsgesprek"), format_date(d.joint_session_on)),
            (self.tr("Nazorg"), format_date(d.follow_up_on)),
            (self.tr("Afgesloten op"), format_date(d.closed_on)),
            (self.tr("Resultaat"), d.result),
            (self.tr("Reden"), d.closing_reason),
            (self.tr("Toelichting afsluiting"), d.closing_note),
        ]
        self.facts.setText(
            "<table>" + "".join(
                f"<tr><td style='padding-right:12px'>{escape(k)}</td><td>{escape(v)}</td></tr>"
                for k, v in facts if v
            ) + "</table>"
        )
        self.urgency.setCurrentIndex(max(self.urgency.findData(d.urgency), 0))
        self.types.set_selected(d.conflict_type_ids, dict(zip(d.conflict_type_ids,
                                                             d.conflict_types, strict=True)))
        self.neighbourhood.setText(d.neighbourhood)
        self.municipality.setText(d.municipality)
        self.complex.setChecked(d.is_complex)
        self.consent.setChecked(d.feedback_consent)
        self.story.setPlainText(d.story)
        self._show_parties(d)
        self.pair_label.setText(
            " & ".join(name for _id, name in d.mediators) if d.mediators
            else self.tr("Nog geen koppel.")
        )
        self.pair_button.setText(self.tr("Ander koppel voorstellen…") if d.mediators
                                 else self.tr("Koppel voorstellen…"))
        self._show_status_choices(d)
        self._show_journal(d)
        self._show_appointments()
        self._show_recurrences(d)

    def _show_parties(self, d: CaseDetail) -> None:
        while self.parties_box.count():
            item = self.parties_box.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for party in d.parties:
            role = self.tr("Partij %1").replace("%1", party.role)
            if party.role == "A":
                role += " — " + self.tr("aanvrager")
            lines = [f"<b>{escape(role)}: {escape(party.name or self.tr('(naam onbekend)'))}</b>"]
            for value in (party.address, party.phone, party.email):
                if value:
                    lines.append(escape(value))
            if party.preferred_language:
                language = self.tr("Voorkeurstaal: %1").replace("%1", party.preferred_language)
                if party.needs_interpreter:
                    language += " (" + self.tr("tolk nodig") + ")"
                lines.append(escape(language))
            label = QLabel("<br>".join(lines))
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            edit = QPushButton(self.tr("Wijzigen…"))
            edit.setObjectName(f"edit_party_{party.role}")
            edit.clicked.connect(lambda _checked=False, p=party: self.edit_party(p.role))
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.addWidget(label, 1)
            row_layout.addWidget(edit, 0, Qt.AlignmentFlag.AlignTop)
            self.parties_box.addWidget(row)
        add = QPushButton(self.tr("Partij toevoegen…"))
        add.setObjectName("add_party")
        add.clicked.connect(lambda _checked=False: self.add_party())
        add_row = QWidget()
        add_layout = QHBoxLayout(add_row)
        add_layout.setContentsMargins(0, 0, 0, 0)
        add_layout.addStretch(1)
        add_layout.addWidget(add)
        self.parties_box.addWidget(add_row)

    def _show_status_choices(self, d: CaseDetail) -> None:
        self.next_status.clear()
        suggestion = suggested_next_status(d.status)
        for code, label in status_labels().items():
            if code == d.status:
                continue
            text = label
            if code == suggestion:
                text += " " + self.tr("(volgende stap)")
            self.next_status.addItem(text, code)
        if suggestion is not None:
            self.next_status.setCurrentIndex(max(self.next_status.findData(suggestion), 0))

    def _show_journal(self, d: CaseDetail) -> None:
        blocks = []
        for entry in reversed(d.journal):  # newest first
            if entry.kind == JournalKind.STATUS_CHANGE:
                if entry.from_status:
                    what = self.tr("Status: %1 → %2").replace(
                        "%1", status_label(entry.from_status)).replace(
                        "%2", status_label(entry.to_status))
                else:
                    what = self.tr("Zaak aangemeld")
            else:
                what = journal_kind_label(entry.kind)
            shown_text = entry.text
            if entry.kind.startswith("appointment_") and "|" in entry.text:
                kind, _sep, when = entry.text.partition("|")
                try:
                    moment = datetime.fromisoformat(when)
                    shown_text = (f"{appointment_kind_labels().get(kind, kind)} · "
                                  f"{format_datetime(moment)}")
                except ValueError:
                    pass
            text = escape(shown_text).replace("\n", "<br>")
            blocks.append(
                f"<p style='margin-bottom:8px'><b>{escape(what)}</b> "
                f"<span style='color:#555'>{format_datetime(entry.occurred_at)} · "
                f"{escape(entry.author)}</span>" + (f"<br>{text}" if text else "") + "</p>"
            )
        self.journal.setHtml("".join(blocks))

    def journal_texts(self) -> list[str]:
        """The journal as plain text lines, newest first (for tests and copy)."""
        return [
            line for line in self.journal.toPlainText().splitlines() if line.strip()
        ]

    def _show_recurrences(self, d: CaseDetail) -> None:
        from desktop.signals.incidents import incidents_around_case

        _ok, around = guarded(self, lambda: incidents_around_case(self.store, d.id))
        incident_links = [
            f'<a href="incident:{row.id}">{escape(format_date(row.occurred_on))} '
            f"{escape(row.kind.lower())}</a>" for row in (around or [])[:6]]
        if not d.recurrences and not incident_links:
            self.banner.setVisible(False)
            return
        if not d.recurrences:
            self.banner.setText("<b>" + self.tr("Incidenten:") + "</b> " +
                                ", ".join(incident_links))
            self.banner.setVisible(True)
            return
        reasons: dict[int, list[str]] = {}
        firsts = {}
        for hit in d.recurrences:
            reasons.setdefault(hit.case_id, []).append(
                self.tr("zelfde adres") if hit.reason == "address" else self.tr("zelfde persoon")
            )
            firsts.setdefault(hit.case_id, hit)
        links = []
        for case_id, hit in list(firsts.items())[:8]:
            links.append(
                f'<a href="case:{case_id}">{escape(hit.number)}</a> '
                f"({escape(', '.join(reasons[case_id]))}, "
                f"{escape(status_label(hit.status).lower())})"
            )
        text = ("<b>" + self.tr("Herhaling:") + "</b> " +
                self.tr("eerdere zaken met deze partijen of adressen: ") + ", ".join(links))
        if incident_links:
            text += "<br><b>" + self.tr("Incidenten:") + "</b> " + ", ".join(incident_links)
        self.banner.setText(text)
        self.banner.setVisible(True)

    # -- appointments ----------------------------------------------------------------------
    def _show_appointments(self) -> None:
        _ok, views = guarded(self, lambda: case_appointments(self.store, self.case_id))
        self.appointments.clear()
        kinds = appointment_kind_labels()
        for view in views or []:
            text = (f"{format_datetime(view.starts_at)}–{view.ends_at:%H:%M}  "
                    f"{kinds.get(view.kind, view.kind)}")
            if view.place:
                text += f"\n{view.place}"
            if view.mediators:
                text += "\n" + " & ".join(view.mediators)
            if view.conflicts:
                text += "\n⚠ " + "; ".join(conflict_text(c.code, c.detail)
                                            for c in view.conflicts)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, view)
            if view.conflicts:
                item.setForeground(QColor("#a4000f"))
            self.appointments.addItem(item)
        selected = self.appointments.count() > 0
        for button in (self.edit_appointment_button, self.cancel_appointment_button,
                       self.ics_button):
            button.setEnabled(selected)
        if selected:
            self.appointments.setCurrentRow(0)

    def _selected_appointment(self):
        item = self.appointments.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def appointment_dialog(self, appointment=None) -> AppointmentDialog | None:
        if self.detail is None:
            return None
        _ok, rooms = guarded(self, lambda: list_rooms(self.store))
        version = appointment.version if appointment else None

        def save(data, confirmed):
            return save_appointment(self.store, appointment.id if appointment else None,
                                    data, confirmed, version)

        return AppointmentDialog(self.case_id, self.detail.number, rooms or [],
                                 self.detail.mediators, save, appointment, self)

    def plan_appointment(self) -> bool:
        return self._run_appointment_dialog(self.appointment_dialog())

    def invite_dialog_for_selected(self, show: bool = True):
        """The letter dialog for the chosen appointment, with the matching invitation."""
        from desktop.documents.letters.service import INVITATION_FOR

        appointment = self._selected_appointment()
        if appointment is None:
            return None
        dialog = self.documents.letter_dialog(INVITATION_FOR.get(appointment.kind,
                                                                 "confirmation"), appointment.id)
        if show:
            dialog.open()
        return dialog

    def edit_appointment(self) -> bool:
        appointment = self._selected_appointment()
        if appointment is None:
            return False
        return self._run_appointment_dialog(self.appointment_dialog(appointment))

    def _run_appointment_dialog(self, dialog) -> bool:
        if dialog is None or dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.reload(keep_edits=self._dirty)
        self.side_tabs.setCurrentIndex(1)
        self.changed.emit(self.case_id)
        return True

    def cancel_selected(self) -> bool:
        appointment = self._selected_appointment()
        if appointment is None:
            return False
        if QMessageBox.question(
            self, self.tr("Afspraak annuleren"),
            self.tr("De afspraak van %1 annuleren?").replace(
                "%1", format_datetime(appointment.starts_at)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        ) != QMessageBox.StandardButton.Yes:
            return False
        ok, _ = guarded(self, lambda: cancel_appointment(self.store, appointment.id))
        if ok:
            self.reload(keep_edits=self._dirty)
            self.side_tabs.setCurrentIndex(1)
        return ok

    def export_selected(self, path: str | None = None) -> bool:
        appointment = self._selected_appointment()
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

    # -- pair ------------------------------------------------------------------------------
    def propose_pair(self) -> None:
        """Suggestions are computed off the GUI thread, then offered in a dialog."""
        self.pair_button.setEnabled(False)

        def done(suggestions) -> None:
            self.pair_button.setEnabled(True)
            self.choose_pair(self.make_pair_dialog(suggestions))

        def failed(exc: BaseException) -> None:
            self.pair_button.setEnabled(True)
            show_error(self, exc)

        self.runner.run(lambda: suggest_for_case(self.store, self.case_id), done, failed)

    def make_pair_dialog(self, suggestions) -> PairDialog:
        return PairDialog(self.detail.number if self.detail else "", suggestions, self)

    def choose_pair(self, dialog: PairDialog) -> bool:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
            return False
        return self.assign(dialog.chosen().pair)

    def assign(self, pair: tuple[int, int]) -> bool:
        if self.detail is None:
            return False
        if self._dirty and not self.save_details():
            return False
        try:
            assign_pair(self.store, self.case_id, self.detail.version, pair)
        except StaleData as exc:
            show_error(self, exc)
            self.reload(keep_edits=True)
            return False
        except Exception as exc:
            show_error(self, exc)
            return False
        self.reload()
        self.changed.emit(self.case_id)
        return True

    # -- parties ---------------------------------------------------------------------------
    def _saving(self, action):
        """Run a save with the version shown now; when someone else saved in the
        meantime, reload (the dialog keeps what was typed) and let it say so."""

        def save(party):
            try:
                return action(self.detail.version if self.detail else 0, party)
            except StaleData:
                self.reload(keep_edits=True)
                raise

        return save

    def party_dialog(self, role: str | None = None) -> PartyDialog | None:
        if self.detail is None:
            return None
        if role is None:
            return PartyDialog(
                self.tr("Partij toevoegen"), "C",
                self._saving(lambda v, p: add_party(self.store, self.case_id, v, p)), None, self,
            )
        party = next((p for p in self.detail.parties if p.role == role), None)
        if party is None:
            return None
        return PartyDialog(
            self.tr("Partij %1 wijzigen").replace("%1", role), role,
            self._saving(lambda v, p: update_party(self.store, self.case_id, v, p)),
            party.editable, self,
        )

    def edit_party(self, role: str) -> bool:
        return self._run_party_dialog(self.party_dialog(role))

    def add_party(self) -> bool:
        return self._run_party_dialog(self.party_dialog(None))

    def _run_party_dialog(self, dialog: PartyDialog | None) -> bool:
        if dialog is None or dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.reload(keep_edits=self._dirty)
        self.changed.emit(self.case_id)
        return True

    def _side_tab_changed(self, index: int) -> None:
        if self.side_tabs.widget(index) is self.history:
            self.show_history()

    def show_history(self) -> None:
        """Loaded when the tab is opened: the trail can be long."""
        ok, entries = guarded(self, lambda: case_history(self.store, self.case_id))
        if ok and entries is not None:
            self.history.show_history(entries)

    def _link(self, href: str) -> None:
        if href.startswith("case:"):
            self.open_case.emit(int(href.split(":", 1)[1]))
        elif href.startswith("incident:"):
            from views.signals.incident_dialog import IncidentDialog

            IncidentDialog(self.store, int(href.split(":", 1)[1]), self).open()

    # -- editing details -------------------------------------------------------------------
    def _edits(self) -> CaseUpdate:
        return CaseUpdate(
            story=self.story.toPlainText(),
            urgency=self.urgency.currentData(),
            is_complex=self.complex.isChecked(),
            feedback_consent=self.consent.isChecked(),
            conflict_type_ids=self.types.selected_ids(),
            neighbourhood=self.neighbourhood.text(),
            municipality=self.municipality.text(),
        )

    def _restore_edits(self, typed: CaseUpdate) -> None:
        self.story.setPlainText(typed.story)
        self.urgency.setCurrentIndex(max(self.urgency.findData(typed.urgency), 0))
        self.complex.setChecked(typed.is_complex)
        self.consent.setChecked(bool(typed.feedback_consent))
        self.types.set_selected(typed.conflict_type_ids)
        self.neighbourhood.setText(typed.neighbourhood)
        self.municipality.setText(typed.municipality)

    def _differs(self) -> bool:
        d = self.detail
        if d is None:
            return False
        e = self._edits()
        return (
            e.story.strip() != d.story
            or e.urgency != d.urgency
            or e.is_complex != d.is_complex
            or e.feedback_consent != d.feedback_consent
            or e.conflict_type_ids != d.conflict_type_ids
            or e.neighbourhood.strip() != d.neighbourhood
            or e.municipality.strip() != d.municipality
        )

    def _on_edit(self) -> None:
        if self._loading:
            return
        self._set_dirty(self._differs())
        too_long = len(self.story.toPlainText()) > max_chars(Case, "story")
        self.story.setToolTip(message_for("too_long") if too_long else "")
        self.save_button.setEnabled(self._dirty and bool(self.types.selected_ids()))
        self.types.set_error(
            None if self.types.selected_ids() else message_for("conflict_type_required")
        )

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty and bool(self.types.selected_ids()))
        self.dirty_changed.emit(dirty)

    def is_dirty(self) -> bool:
        return self._dirty or bool(self.journal_text.toPlainText().strip())

    def save_details(self) -> bool:
        if self.detail is None or not self._dirty:
            return True
        update = self._edits()
        try:
            update_case(self.store, self.case_id, self.detail.version, update)
        except StaleData as exc:
            show_error(self, exc)
            self.reload(keep_edits=True)
            return False
        except Exception as exc:
            show_error(self, exc)
            return False
        self.reload()
        self.changed.emit(self.case_id)
        return True

    # -- status ----------------------------------------------------------------------------
    def apply_status(self) -> bool:
        if self.detail is None:
            return False
        target = self.next_status.currentData()
        if target is None:
            return False
        result_id = reason_id = None
        note = self.status_note.text()
        if target == CaseStatus.CLOSED:
            dialog = self.make_close_dialog()
            if dialog is None or dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            result_id, reason_id, close_note = dialog.values()
            note = close_note or note
        return self.change_status_to(target, result_id, reason_id, note)

    def make_close_dialog(self) -> CloseCaseDialog | None:
        ok, loaded = guarded(self, lambda: (
            categories.list_items(self.store, "case_results"),
            categories.list_items(self.store, "closing_reasons"),
        ))
        if not ok or loaded is None or self.detail is None:
            return None
        return CloseCaseDialog(loaded[0], loaded[1], self.detail.number, self)

    def change_status_to(
        self, target: str, result_id: int | None = None, reason_id: int | None = None,
        note: str = "",
    ) -> bool:
        if self.detail is None:
            return False
        if self._dirty and not self.save_details():
            return False
        try:
            change_status(self.store, self.case_id, self.detail.version, target,
                          result_id, reason_id, note)
        except StaleData as exc:
            show_error(self, exc)
            self.reload(keep_edits=True)
            return False
        except Exception as exc:
            show_error(self, exc)
            return False
        self.status_note.clear()
        self.reload()
        self.changed.emit(self.case_id)
        return True

    # -- journal ---------------------------------------------------------------------------
    def add_journal(self, kind: str) -> bool:
        text = self.journal_text.toPlainText()
        if not text.strip():
            self.journal_error.setText(message_for("text_required"))
            self.journal_text.setFocus()
            return False
        ok, _ = guarded(self, lambda: add_journal_entry(self.store, self.case_id, kind, text))
        if not ok:
            return False  # the text stays in the box
        self.journal_error.clear()
        self.journal_text.clear()
        if self._dirty:
            # Keep unsaved edits of the details while the journal reloads.
            self.reload(keep_edits=True)
        else:
            self.reload()
        return True

    def confirm_close(self) -> bool:
        """Ask before a tab with unsaved changes closes."""
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Niet opgeslagen"),
            self.tr("Zaak %1 heeft wijzigingen die nog niet zijn opgeslagen. Opslaan?")
            .replace("%1", self.detail.number if self.detail else ""),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            if self.journal_text.toPlainText().strip() and not self.add_journal(JournalKind.NOTE):
                return False
            return self.save_details()
        return answer == QMessageBox.StandardButton.Discard
