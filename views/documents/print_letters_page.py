"""Brieven afdrukken: every invitation for the appointments of a period, one
letter per recipient, in one PDF made in the background (with a progress bar
that can stop it), then shown to print or save."""

from __future__ import annotations

import threading
from datetime import date, timedelta

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.data.errors import ServiceError
from desktop.data.store import Store
from desktop.documents.letters import service
from desktop.documents.letters.content import BuildCancelled
from desktop.documents.letters.service import BatchResult, LetterRequest, Skipped
from desktop.documents.organisation import is_set_up
from views.documents.pdf_viewer import PdfViewerDialog
from views.errors import service_message, show_error
from views.manual import set_topic
from views.messages import message_for
from views.tasks import Runner
from views.widgets import DateField, style_title


class _Progress(QObject):
    """Carries progress from the worker thread to the GUI thread (queued)."""

    step = Signal(int)


class PrintLettersPage(QWidget):
    finished = Signal(object)  # BatchResult

    def __init__(self, store: Store, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_topic(self, "brieven#periode")
        self.store, self.runner = store, runner
        self.requests: list[LetterRequest] = []
        self.by_mail: list[LetterRequest] = []  # parties who chose e-mail
        self.skipped: list[Skipped] = []
        self.result: BatchResult | None = None
        self._cancel = threading.Event()
        self._progress = _Progress(self)
        self._progress.step.connect(self._step)
        title = QLabel(self.tr("Brieven afdrukken"))
        style_title(title)
        intro = QLabel(self.tr(
            "Alle uitnodigingen voor de afspraken in een periode, één brief per ontvanger, "
            "in één PDF om af te drukken. Van elke brief blijft een kopie bij de zaak."))
        intro.setWordWrap(True)
        self.start = DateField()
        self.end = DateField()
        today = date.today()
        self.start.set_date(today + timedelta(days=1))
        self.end.set_date(today + timedelta(days=7))
        for field in (self.start, self.end):
            field.setMaximumWidth(180)
        self.keep_copies = QCheckBox(self.tr("Een kopie van elke brief bij de zaak bewaren"))
        self.keep_copies.setChecked(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.skipped_list = QListWidget()
        self.skipped_list.setMaximumHeight(140)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.make_button = QPushButton(self.tr("Brieven maken"))
        self.cancel_button = QPushButton(self.tr("Stoppen"))
        self.cancel_button.setVisible(False)
        self.show_button = QPushButton(self.tr("Bekijken en afdrukken…"))
        self.show_button.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("Van"), self.start)
        form.addRow(self.tr("Tot en met"), self.end)
        form.addRow("", self.keep_copies)
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.skipped_list)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.start.editor.textChanged.connect(lambda _t: self.find())
        self.end.editor.textChanged.connect(lambda _t: self.find())
        self.make_button.clicked.connect(lambda _c=False: self.make())
        self.cancel_button.clicked.connect(lambda _c=False: self._cancel.set())
        self.show_button.clicked.connect(lambda _c=False: self.show_result())
        self._asked: object = None
        self.find()

    def find(self) -> None:
        """Which letters the period gives (cheap: no PDF yet)."""
        start, end = self.start.date(), self.end.date()
        self.skipped_list.clear()
        if start is None or end is None or end < start:
            self.requests, self.skipped, self.by_mail = [], [], []
            self.summary.setText(self.tr("Kies een geldige periode."))
            self.make_button.setEnabled(False)
            return
        self.make_button.setEnabled(False)
        store, self._asked = self.store, (asked := object())

        def done(found: tuple) -> None:
            if asked is self._asked:  # a later period overtook this one
                self._show_found(*found)

        def failed(exc: BaseException) -> None:
            if asked is self._asked:
                self._show_found([], [], True)
                show_error(self, exc)

        def look() -> tuple:
            requests, skipped = service.period_requests(store, start, end)
            by_mail: list = []
            if store.data_dir is not None:  # parties who chose e-mail get theirs that way
                from desktop.mail.letters import by_choice

                by_mail, requests = by_choice(store, store.data_dir, requests)
            return requests, skipped, is_set_up(store), by_mail

        self.runner.run(look, done, failed)

    def _show_found(self, requests: list, skipped: list, set_up: bool,
                    by_mail: list | None = None) -> None:
        self.requests, self.skipped, self.by_mail = requests, skipped, by_mail or []
        count = len(self.requests)
        text = (self.tr("1 brief te maken.") if count == 1
                else self.tr("%1 brieven te maken.").replace("%1", str(count)))
        if self.by_mail:
            text += " " + self.tr("Per e-mail, want zo gekozen: %1.").replace(
                "%1", str(len(self.by_mail)))
        if self.skipped:
            text += " " + self.tr("Overgeslagen, want geen adres of geen ontvanger: %1.").replace(
                "%1", str(len(self.skipped)))
        if self.requests and not set_up:
            text += " " + self.tr("Vul eerst de gegevens van de organisatie in (Beheer).")
        self.summary.setText(text)
        self.skipped_list.clear()
        for item in self.skipped:
            self.skipped_list.addItem(f"{item.case_number} · {item.recipient}: "
                                      f"{message_for(item.reason)}")
        self.skipped_list.setVisible(bool(self.skipped))
        self.make_button.setEnabled(bool(self.requests or self.by_mail)
                                    and self.store.can_edit)

    def make(self) -> None:
        if not self.requests and not self.by_mail:
            return
        requests, keep = list(self.requests), self.keep_copies.isChecked()
        by_mail = list(self.by_mail)
        self._cancel.clear()
        # Keeping the copies is a second pass over the letters (split and stored).
        self.progress.setRange(0, len(requests) * (2 if keep else 1))
        self.progress.setValue(0)
        self._busy(True)

        def work() -> tuple[BatchResult | None, int]:
            mailed = 0
            if by_mail and self.store.data_dir is not None:
                from desktop.mail.letters import mail_letters

                mailed = mail_letters(self.store, self.store.data_dir, by_mail)
            if not requests:
                return None, mailed
            return service.print_batch(self.store, requests, keep_copies=keep,
                                       progress=self._progress.step.emit,
                                       cancelled=self._cancel.is_set), mailed

        def done(outcome: tuple[BatchResult | None, int]) -> None:
            result, mailed = outcome
            self._busy(False)
            text = ""
            if mailed:
                from views.mail.mail_sender import MailSender

                MailSender.wake_up()
                text = self.tr("Klaargezet om per e-mail te versturen: %1.").replace(
                    "%1", str(mailed)) + " "
            if result is not None:
                self.result = result
                self.show_button.setEnabled(True)
                text += self.tr("%1 brieven gemaakt. Klik op Bekijken en afdrukken.").replace(
                    "%1", str(result.letters))
                self.finished.emit(result)
            self.summary.setText(text.strip())

        def failed(exc: BaseException) -> None:
            self._busy(False)
            if isinstance(exc, BuildCancelled):
                self.summary.setText(self.tr("Gestopt. Er is niets bewaard."))
            elif isinstance(exc, ServiceError):
                self.summary.setText(service_message(exc))
            else:
                show_error(self, exc)

        self.runner.run(work, done, failed)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.make_button.setEnabled(not busy)

    def _step(self, count: int) -> None:
        self.progress.setValue(count)

    def show_result(self) -> PdfViewerDialog | None:
        if self.result is None:
            return None
        dialog = PdfViewerDialog(self.result.pdf, self.tr("Brieven"), "brieven.pdf", self)
        dialog.open()
        return dialog
