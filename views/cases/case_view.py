"""Zaak: one case with its parties, details, status and journal. Status
changes follow the process but never trap the coordinator."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
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
from desktop.cases.detail import (
    CaseDetail,
    CaseUpdate,
    add_journal_entry,
    case_recurrences,
    change_status,
    get_case,
    undo_status_change,
    update_case,
)
from desktop.cases.history import case_history
from desktop.cases.parties import add_party, update_party
from desktop.data.errors import StaleData
from desktop.data.store import Store
from desktop.mediators.planning import assign_pair, expired_vog_names, suggest_for_case
from models import Case
from models.enums import CaseStatus, JournalKind
from models.limits import max_chars
from views.cases.appointments_tab import AppointmentsTab
from views.cases.case_history import CaseHistory
from views.cases.close_case_dialog import CloseCaseDialog
from views.cases.conflict_type_picker import ConflictTypePicker
from views.cases.pair_dialog import PairDialog
from views.cases.party_dialog import PartyDialog
from views.cases.status_dialog import StatusDialog
from views.documents.documents_tab import DocumentsTab
from views.errors import guarded, show_error
from views.i18n import format_date, format_datetime
from views.labels import (
    appointment_entry_text,
    journal_kind_label,
    mail_entry_text,
    status_label,
    urgency_labels,
)
from views.manual import set_topic
from views.messages import message_for
from views.tasks import Runner, log_failure
from views.widgets import save_shortcut, style_banner, style_title


class CaseView(QWidget):
    changed = Signal(int)  # the case was saved: lists may refresh
    open_case = Signal(int)
    dirty_changed = Signal(bool)

    def __init__(self, store: Store, case_id: int, parent: QWidget | None = None,
                 runner: Runner | None = None) -> None:
        super().__init__(parent)
        set_topic(self, "zaak")
        self.store = store
        self.runner = runner or Runner(self)
        self.case_id = case_id
        self.detail: CaseDetail | None = None
        self._loading = False
        self._dirty = False

        self.title = QLabel()
        style_title(self.title)
        self.status_label = QLabel()
        self.banner = QLabel()
        style_banner(self.banner)
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
        self.consent = QCheckBox(self.tr("de verwijzer mag horen hoe het ging"))
        self.consent.setToolTip(self.tr("Partijen geven toestemming voor terugkoppeling aan de "
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
        details_form.addRow(self.tr("Terugkoppeling"), self.consent)
        details_form.addRow(self.tr("Verhaal"), self.story)
        details_form.addRow("", self.save_button)
        parties = QGroupBox(self.tr("Partijen"))
        parties.setLayout(self.parties_box)
        # What an import could not fill in: shown until completed or marked done.
        self.gaps_box = QGroupBox(self.tr("Nog aan te vullen"))
        self.gaps_label = QLabel()
        self.gaps_label.setWordWrap(True)
        self.gaps_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.gaps_done = QPushButton(self.tr("Afgehandeld"))
        self.gaps_done.setToolTip(self.tr(
            "Alles hierboven is nagekeken en aangevuld: de zaak gaat van de lijst „Nog aan te "
            "vullen” af. Een onvolledig adres blijft staan tot het is aangevuld."))
        self.gaps_done.clicked.connect(lambda _checked=False: self.mark_completed())
        gaps_layout = QVBoxLayout(self.gaps_box)
        gaps_layout.addWidget(self.gaps_label)
        gaps_layout.addWidget(self.gaps_done, 0, Qt.AlignmentFlag.AlignRight)
        self.gaps_box.setVisible(False)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.gaps_box)
        left_layout.addWidget(parties)
        left_layout.addWidget(details)
        left_layout.addStretch(1)
        left_scroll = QScrollArea()
        left_scroll.setWidgetResizable(True)
        left_scroll.setWidget(left)

        # Status: changed in a dialog, and the change can be taken back at once.
        self.status_button = QPushButton(self.tr("Status wijzigen…"))
        self.status_button.setToolTip(self.tr("De zaak naar een volgende (of andere) stap zetten"))
        self.status_notice = QLabel()
        style_banner(self.status_notice)
        self.status_notice.setWordWrap(True)
        self.status_notice.setVisible(False)
        self.status_notice.linkActivated.connect(lambda _href: self.undo_status())

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
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(pair_box)
        self.side_tabs = QTabWidget()
        self.side_tabs.addTab(journal_box, self.tr("Journaal"))
        # The other tabs are built when first looked at (or asked for): opening a case
        # stays quick, and most visits only read the journal.
        self._built: dict[str, QWidget] = {}
        self._placeholders: dict[str, QWidget] = {}
        for name, title in (("appointments", self.tr("Afspraken")),
                            ("documents", self.tr("Documenten")),
                            ("history", self.tr("Wijzigingen"))):
            self._placeholders[name] = QWidget()
            self.side_tabs.addTab(self._placeholders[name], title)
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
        header.addWidget(self.status_label)
        header.addWidget(self.status_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.status_notice)
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
        self.status_button.clicked.connect(lambda _c=False: self.ask_status())
        self.note_button.clicked.connect(lambda: self.add_journal(JournalKind.NOTE))
        self.call_button.clicked.connect(lambda: self.add_journal(JournalKind.PHONE_CALL))
        QShortcut(QKeySequence("Ctrl+Return"), self.journal_text,
                  activated=lambda: self.add_journal(JournalKind.NOTE))
        save_shortcut(self, self.save_details, self.save_button)
        self.reload()

    # -- loading -------------------------------------------------------------------------
    def reload(self, keep_edits: bool = False) -> bool:
        ok, detail = guarded(self, lambda: get_case(self.store, self.case_id,
                                                    with_recurrences=False))
        if not ok or detail is None:
            return False
        typed = self._edits() if keep_edits else None
        self.detail = detail
        # An offer to undo a status change holds only until the next change.
        self.status_notice.setVisible(False)
        self._loading = True
        try:
            self._show(detail)
            if typed is not None:
                self._restore_edits(typed)
        finally:
            self._loading = False
        self._set_dirty(typed is not None and self._differs())
        if "history" in self._built and self.side_tabs.currentWidget() is self.history:
            self.show_history()
        return True

    def _show(self, d: CaseDetail) -> None:
        self.title.setText(self.tr("Zaak %1").replace("%1", d.number))
        self.status_label.setText(self.tr("Status: %1").replace(
            "%1", "<b>" + escape(status_label(d.status)) + "</b>"))
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
        self._show_gaps(d)
        self._show_parties(d)
        self.pair_label.setText(
            " & ".join(name for _id, name in d.mediators) if d.mediators
            else self.tr("Nog geen koppel.")
        )
        self.pair_button.setText(self.tr("Ander koppel voorstellen…") if d.mediators
                                 else self.tr("Koppel voorstellen…"))
        self._show_journal(d)
        if "appointments" in self._built:
            self.appointments_tab.show_appointments()
        self._find_recurrences(d.id)

    def _show_gaps(self, d: CaseDetail) -> None:
        self.gaps_box.setVisible(bool(d.to_complete))
        self.gaps_label.setText("<br>".join("• " + escape(line) for line in d.to_complete))
        stored = any(not line.startswith("Adres partij") for line in d.to_complete)
        self.gaps_done.setEnabled(stored)

    def mark_completed(self) -> bool:
        from desktop.cases.detail import mark_completed

        if self.detail is None:
            return False
        ok, _ = guarded(self, lambda: mark_completed(self.store, self.case_id,
                                                     self.detail.version))
        if ok:
            self.reload(keep_edits=True)
            self.changed.emit(self.case_id)
        return ok

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
                    if value == party.address and party.address_source == "from_a":
                        lines[-1] += " <i>(" + escape(self.tr(
                            "aangevuld uit adres partij A")) + ")</i>"
            if not party.address and party.address_as_typed:
                lines.insert(1, escape(party.address_as_typed) + " <i>(" + escape(self.tr(
                    "zoals in het importbestand, nog aan te vullen")) + ")</i>")
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
            buttons = QVBoxLayout()
            buttons.addWidget(edit)
            if party.person_id is not None:
                twin = QPushButton(self.tr("Dubbel?…"))
                twin.setObjectName(f"duplicates_party_{party.role}")
                twin.setToolTip(self.tr("Staat deze persoon nog eens in het bestand, "
                                        "anders geschreven?"))
                twin.clicked.connect(
                    lambda _checked=False, p=party: self.find_duplicates(p.person_id))
                buttons.addWidget(twin)
            buttons.addStretch(1)
            row_layout.addLayout(buttons)
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
                shown_text = appointment_entry_text(entry.text)
            elif entry.kind == JournalKind.MAIL_SENT:
                shown_text = mail_entry_text(entry.text)
            text = escape(shown_text).replace("\n", "<br>")
            blocks.append(
                f"<p style='margin-bottom:8px'><b>{escape(what)}</b> "
                f"<span style='color:#555'>{format_datetime(entry.occurred_at)} · "
                f"{escape(entry.author)}</span>" + (f"<br>{text}" if text else "") + "</p>"
            )
        self.journal.setHtml("".join(blocks))

    def _write(self, change) -> tuple | None:
        """Run a change that checks the case's version. Refused because someone else
        saved first: say so and reload, keeping what was typed. Any other failure: say
        so. Returns (result,) when the change was made, None when it was not."""
        try:
            return (change(self.detail.version),)
        except StaleData as exc:
            show_error(self, exc)
            self.reload(keep_edits=True)
        except Exception as exc:
            show_error(self, exc)
        return None

    def journal_texts(self) -> list[str]:
        """The journal as plain text lines, newest first (for tests and copy)."""
        return [
            line for line in self.journal.toPlainText().splitlines() if line.strip()
        ]

    def _find_recurrences(self, case_id: int) -> None:
        """Earlier cases and incidents around this one, read in a worker: the case
        shows at once, the banner follows."""
        from desktop.signals.incidents import incidents_around_case

        store = self.store
        self.runner.run(
            lambda: (case_recurrences(store, case_id), incidents_around_case(store, case_id)),
            lambda found: self._show_recurrences(*found) if case_id == self.case_id else None,
            log_failure)

    def _show_recurrences(self, recurrences: list, around: list) -> None:
        incident_links = [
            f'<a href="incident:{row.id}">{escape(format_date(row.occurred_on))} '
            f"{escape(row.kind.lower())}</a>" for row in around[:6]]
        if not recurrences and not incident_links:
            self.banner.setVisible(False)
            return
        if not recurrences:
            self.banner.setText("<b>" + self.tr("Incidenten:") + "</b> " +
                                ", ".join(incident_links))
            self.banner.setVisible(True)
            return
        reasons: dict[int, list[str]] = {}
        firsts = {}
        for hit in recurrences:
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

    # -- tabs ----------------------------------------------------------------------------
    def show_tab(self, widget: QWidget) -> None:
        self.side_tabs.setCurrentWidget(widget)

    def is_dirty_details(self) -> bool:
        """Edited details not yet saved (kept when the case reloads)."""
        return self._dirty

    # -- pair ------------------------------------------------------------------------------
    def propose_pair(self) -> None:
        """Suggestions are computed off the GUI thread, then offered in a dialog."""
        self.pair_button.setEnabled(False)

        def done(found) -> None:
            self.pair_button.setEnabled(True)
            suggestions, expired = found
            self.choose_pair(self.make_pair_dialog(suggestions, expired))

        def failed(exc: BaseException) -> None:
            self.pair_button.setEnabled(True)
            show_error(self, exc)

        self.runner.run(lambda: (suggest_for_case(self.store, self.case_id),
                                 expired_vog_names(self.store)), done, failed)

    def make_pair_dialog(self, suggestions, expired_vog: list[str] | None = None) -> PairDialog:
        return PairDialog(self.detail.number if self.detail else "", suggestions, self,
                          expired_vog)

    def choose_pair(self, dialog: PairDialog) -> bool:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
            return False
        return self.assign(dialog.chosen().pair)

    def assign(self, pair: tuple[int, int]) -> bool:
        if self.detail is None:
            return False
        if self._dirty and not self.save_details():
            return False
        if not self._write(lambda version: assign_pair(self.store, self.case_id, version, pair)):
            return False
        self.reload()
        self.changed.emit(self.case_id)
        self._offer_talks_after_pair()
        return True

    def _offer_talks_after_pair(self) -> None:
        """A pair on a case still at Aangemeld or Intake: the talks can start."""
        if self.detail is None or self.detail.status not in (CaseStatus.REGISTERED,
                                                             CaseStatus.INTAKE):
            return
        answer = QMessageBox.question(
            self, self.tr("Koppel toegewezen"),
            self.tr("Het koppel is toegewezen. Zaak %1 staat nog op '%2'. De status "
                    "doorzetten naar '%3'?").replace("%1", self.detail.number)
            .replace("%2", status_label(self.detail.status))
            .replace("%3", status_label(CaseStatus.TALKS)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self.apply_status(CaseStatus.TALKS)

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

    def duplicates_dialog(self, person_id: int):
        from views.admin.duplicates_dialog import DuplicatesDialog

        dialog = DuplicatesDialog(self.store, self.runner, self, person_id=person_id)
        dialog.merged.connect(lambda: (self.reload(keep_edits=True),
                                       self.changed.emit(self.case_id)))
        return dialog

    def find_duplicates(self, person_id: int) -> None:
        self.duplicates_dialog(person_id).exec()

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

    @property
    def appointments_tab(self) -> AppointmentsTab:
        return self._tab("appointments")  # type: ignore[return-value]

    @property
    def documents(self) -> DocumentsTab:
        return self._tab("documents")  # type: ignore[return-value]

    @property
    def history(self) -> CaseHistory:
        return self._tab("history")  # type: ignore[return-value]

    def _tab(self, name: str) -> QWidget:
        """The side tab `name`, built (and put in its placeholder's place) on first use."""
        if name in self._built:
            return self._built[name]
        if name == "appointments":
            widget: QWidget = AppointmentsTab(self)
        elif name == "documents":
            widget = DocumentsTab(self.store, self.case_id, self.runner)
            widget.changed.connect(lambda: self.reload(keep_edits=True))
        else:
            widget = CaseHistory()
        self._built[name] = widget
        placeholder = self._placeholders.pop(name)
        index, current = self.side_tabs.indexOf(placeholder), self.side_tabs.currentIndex()
        self.side_tabs.blockSignals(True)
        try:
            self.side_tabs.insertTab(index, widget, self.side_tabs.tabText(index))
            self.side_tabs.removeTab(index + 1)
            self.side_tabs.setCurrentIndex(current)
        finally:
            self.side_tabs.blockSignals(False)
        placeholder.deleteLater()
        if name == "appointments":
            widget.show_appointments()
        return widget

    def _side_tab_changed(self, index: int) -> None:
        widget = self.side_tabs.widget(index)
        for name, placeholder in list(self._placeholders.items()):
            if widget is placeholder:
                widget = self._tab(name)
        if widget is self._built.get("history"):
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
        if not self._write(lambda version: update_case(self.store, self.case_id, version,
                                                       update)):
            return False
        self.reload()
        self.changed.emit(self.case_id)
        return True

    # -- status ----------------------------------------------------------------------------
    def status_dialog(self) -> StatusDialog | None:
        if self.detail is None:
            return None
        return StatusDialog(self.detail.number, self.detail.status, self)

    def ask_status(self, dialog: StatusDialog | None = None) -> bool:
        """The status dialog, then (for closing) the result; the change is made and
        shown with a way to take it back."""
        dialog = dialog or self.status_dialog()
        if dialog is None or dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        target = dialog.target()
        if target is None:
            return False
        return self.apply_status(target, dialog.note.text())

    def apply_status(self, target: str, note: str = "") -> bool:
        if self.detail is None:
            return False
        result_id = reason_id = None
        if target == CaseStatus.CLOSED:
            dialog = self.make_close_dialog()
            if dialog is None or dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            result_id, reason_id, close_note = dialog.values()
            note = close_note or note
        before = self.detail.status
        if not self.change_status_to(target, result_id, reason_id, note):
            return False
        self._show_status_notice(before, target)
        return True

    def _show_status_notice(self, before: str, after: str) -> None:
        text = self.tr("Status gewijzigd: %1 → %2.").replace(
            "%1", escape(status_label(before))).replace("%2", escape(status_label(after)))
        if CaseStatus.CLOSED not in (before, after):
            text += ' <a href="undo">' + self.tr("Ongedaan maken") + "</a>"
        self.status_notice.setText(text)
        self.status_notice.setVisible(True)

    def undo_status(self) -> bool:
        """Take the status change just made back."""
        if self.detail is None:
            return False
        before = self.detail.status
        done = self._write(lambda version: undo_status_change(self.store, self.case_id,
                                                              version))
        if not done:
            return False
        back = done[0]
        self.reload(keep_edits=self._dirty)
        self.status_notice.setText(self.tr("Terug naar %1 (was %2).").replace(
            "%1", escape(status_label(back))).replace("%2", escape(status_label(before))))
        self.status_notice.setVisible(True)
        self.changed.emit(self.case_id)
        return True

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
        if not self._write(lambda version: change_status(
                self.store, self.case_id, version, target, result_id, reason_id, note)):
            return False
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
