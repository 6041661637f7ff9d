"""Brief maken: choose the letter, the recipient and (when it needs one) the
appointment; see the letter as it will print; make it and keep it with the case."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.data.errors import ServiceError
from desktop.data.store import Store
from desktop.documents.letters import service
from desktop.documents.letters.service import LETTER_KINDS, LetterOptions, LetterRequest
from views.documents.pdf_viewer import PdfPane
from views.errors import guarded, service_message, show_error
from views.i18n import format_datetime
from views.labels import appointment_kind_labels, letter_kind_labels, letter_language_labels
from views.manual import set_topic
from views.screen_fit import fit_to_screen
from views.tasks import Runner


class LetterDialog(QDialog):
    made = Signal(int)  # the document's id

    def __init__(self, store: Store, case_id: int, runner: Runner,
                 code: str = "invitation_a", appointment_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_topic(self, "brieven#brief-maken")
        self.store, self.case_id, self.runner = store, case_id, runner
        self.setWindowTitle(self.tr("Brief maken"))
        fit_to_screen(self, (1000, 820), "letter_dialog")
        ok, options = guarded(self, lambda: service.letter_options(store, case_id))
        self.options: LetterOptions = options if ok and options else LetterOptions(
            "", False, (), ())
        self.kind = QComboBox()
        for key, label in letter_kind_labels().items():
            self.kind.addItem(label, key)
        self.recipient = QComboBox()
        self.appointment = QComboBox()
        self.language = QComboBox()
        self.language.addItem(self.tr("Taal van de ontvanger"), None)
        for key, label in letter_language_labels().items():
            self.language.addItem(label, key)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setObjectName("fieldError")
        self.problem.setStyleSheet("color: #a4000f;")
        self.preview = PdfPane()
        self.make_button = QPushButton(self.tr("Maken en bij de zaak bewaren"))
        self.make_button.setDefault(True)
        cancel = QPushButton(self.tr("Annuleren"))
        form = QFormLayout()
        form.addRow(self.tr("Brief"), self.kind)
        form.addRow(self.tr("Aan"), self.recipient)
        form.addRow(self.tr("Afspraak"), self.appointment)
        form.addRow(self.tr("Taal"), self.language)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.problem)
        left.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.make_button)
        left.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addWidget(self.preview, 3)

        self._appointments()
        # Chosen by the caller (an appointment's Uitnodiging…) or by hand: kept.
        self._appointment_fixed = False
        self.appointment.activated.connect(
            lambda _i: setattr(self, "_appointment_fixed", True))
        self.recipient.currentIndexChanged.connect(lambda _i: self._preselect_appointment())
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.refresh_preview)
        self._generation = 0
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        for combo in (self.recipient, self.appointment, self.language):
            combo.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.make_button.clicked.connect(lambda _c=False: self.make())
        cancel.clicked.connect(self.reject)
        self.kind.setCurrentIndex(max(self.kind.findData(code), 0))
        self._kind_changed()
        if appointment_id is not None:
            self.appointment.setCurrentIndex(max(self.appointment.findData(appointment_id), 0))
            self._appointment_fixed = True

    def _appointments(self) -> None:
        labels = appointment_kind_labels()
        self.appointment.addItem(self.tr("Geen afspraak"), None)
        for item in self.options.appointments:
            self.appointment.addItem(
                f"{format_datetime(item.starts_at)} · {labels.get(item.kind, item.kind)}", item.id)

    def _kind_changed(self) -> None:
        kind = LETTER_KINDS[self.kind.currentData()]
        self.recipient.blockSignals(True)
        self.recipient.clear()
        if kind.recipients == "none":
            self.recipient.addItem(self.tr("Niemand: een formulier om mee te nemen"), None)
        for option in self.options.recipients:
            wanted = (option.kind == "contact") if kind.recipients == "referrer" else (
                option.kind == "person" and kind.recipients == "parties")
            if not wanted:
                continue
            role = self.tr("partij %1").replace("%1", option.role) if option.role else (
                self.tr("verwijzer"))
            suffix = "" if option.has_address or option.kind == "contact" else (
                " — " + self.tr("geen adres"))
            self.recipient.addItem(f"{option.name} ({role}){suffix}", (option.kind, option.id))
        if kind.roles:
            for index in range(self.recipient.count()):
                data = self.recipient.itemData(index)
                match = [o for o in self.options.recipients
                         if data and (o.kind, o.id) == data and o.role in kind.roles]
                if match:
                    self.recipient.setCurrentIndex(index)
                    break
        self.recipient.blockSignals(False)
        self.appointment.setEnabled(kind.recipients != "referrer")
        self._preselect_appointment()
        self._timer.start()

    def _recipient_role(self) -> str:
        target = self.recipient.currentData()
        return next((o.role for o in self.options.recipients
                     if target and (o.kind, o.id) == target), "")

    def _preselect_appointment(self) -> None:
        """The case's next appointment with this recipient; a past one only when the
        letter cannot do without. Left alone once chosen by hand (or by the caller)."""
        if self._appointment_fixed:
            return
        kind = LETTER_KINDS[self.kind.currentData()]
        chosen = None
        if kind.recipients != "referrer":
            role = self._recipient_role()
            mine = [o for o in self.options.appointments
                    if not role or not o.party_roles or role in o.party_roles]
            now = datetime.now()
            ahead = sorted((o for o in mine if o.starts_at >= now), key=lambda o: o.starts_at)
            past = sorted((o for o in mine if o.starts_at < now), key=lambda o: o.starts_at)
            chosen = ahead[0] if ahead else (past[-1] if past and kind.needs_appointment
                                             else None)
        self.appointment.setCurrentIndex(
            max(self.appointment.findData(chosen.id), 0) if chosen else 0)

    def request(self) -> LetterRequest | None:
        kind = self.kind.currentData()
        target = self.recipient.currentData()
        if LETTER_KINDS[kind].recipients == "none":
            return LetterRequest(self.case_id, kind, "none", None, self.appointment.currentData(),
                                 self.language.currentData())
        if target is None:
            return None
        return LetterRequest(self.case_id, kind, target[0], target[1],
                             self.appointment.currentData(), self.language.currentData())

    def refresh_preview(self) -> None:
        request = self.request()
        if request is None:
            self._show_problem(self.tr("Er is geen ontvanger voor deze brief bij deze zaak."))
            return
        self._generation += 1
        generation = self._generation

        def done(pdf: bytes) -> None:
            if generation == self._generation:
                self._show_problem("")
                self.preview.show_pdf(pdf)

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            if isinstance(exc, ServiceError):
                self._show_problem(service_message(exc))
            else:
                self._show_problem("")
                show_error(self, exc)

        self.runner.run(lambda: service.preview(self.store, request), done, failed)

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.make_button.setEnabled(not text)
        if text:
            self.preview.clear()

    def make(self) -> None:
        request = self.request()
        if request is None or not self.make_button.isEnabled():
            return
        ok, document_id = guarded(self, lambda: service.make_letter(self.store, request))
        if ok and document_id is not None:
            self.made.emit(document_id)
            self.accept()
