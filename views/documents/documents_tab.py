"""The case's documents: letters made by Burenrust and files added by the
coordinator (drop them on the list). Open, print, save as, delete with a reason."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.data.store import Store
from desktop.documents import case_documents
from desktop.documents.case_documents import DocumentView
from views.documents.letter_dialog import LetterDialog
from views.documents.pdf_viewer import PdfViewerDialog, ask_and_print, save_pdf_as
from views.errors import guarded
from views.i18n import format_datetime
from views.manual import set_topic
from views.messages import message_for
from views.tasks import Runner


class DocumentsTab(QWidget):
    changed = Signal()  # a document was added or deleted: the journal changed too

    def __init__(self, store: Store, case_id: int, runner: Runner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_topic(self, "zaak#documenten")
        self.store, self.case_id, self.runner = store, case_id, runner
        self.rows: list[DocumentView] = []
        self.made_viewer: PdfViewerDialog | None = None  # the letter just made, shown
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Datum"), self.tr("Document"), self.tr("Aan")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        hint = QLabel(self.tr("Sleep een bestand (scan, e-mail) hierheen om het bij de zaak "
                              "te bewaren."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.letter_button = QPushButton(self.tr("Brief maken…"))
        self.add_button = QPushButton(self.tr("Bestand toevoegen…"))
        self.open_button = QPushButton(self.tr("Openen"))
        self.print_button = QPushButton(self.tr("Afdrukken…"))
        self.save_button = QPushButton(self.tr("Opslaan als…"))
        self.mail_button = QPushButton(self.tr("Per e-mail versturen"))
        self.mail_button.setToolTip(self.tr(
            "De brief als PDF per e-mail aan de ontvanger, als die e-mail koos"))
        self.delete_button = QPushButton(self.tr("Verwijderen…"))
        top = QHBoxLayout()
        top.addWidget(self.letter_button)
        top.addWidget(self.add_button)
        top.addStretch(1)
        bottom = QHBoxLayout()
        for button in (self.open_button, self.print_button, self.save_button,
                       self.mail_button):
            bottom.addWidget(button)
        bottom.addStretch(1)
        bottom.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addLayout(bottom)
        self.letter_button.clicked.connect(lambda _c=False: self.letter_dialog().open())
        self.add_button.clicked.connect(lambda _c=False: self.choose_files())
        self.open_button.clicked.connect(lambda _c=False: self.open_selected())
        self.print_button.clicked.connect(lambda _c=False: self.print_selected())
        self.save_button.clicked.connect(lambda _c=False: self.save_selected())
        self.mail_button.clicked.connect(lambda _c=False: self.mail_selected())
        self.delete_button.clicked.connect(lambda _c=False: self.delete_selected())
        self.setAcceptDrops(True)
        if not store.can_edit:
            for button in (self.letter_button, self.add_button, self.delete_button):
                button.setEnabled(False)
        self.reload()

    # -- list --------------------------------------------------------------------------
    def reload(self) -> None:
        ok, rows = guarded(self, lambda: case_documents.list_documents(self.store, self.case_id))
        self.rows = rows if ok and rows is not None else []
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            for column, text in enumerate((format_datetime(row.created_at), row.title,
                                           row.recipient)):
                self.table.setItem(index, column, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        self._selection_changed()

    def selected(self) -> DocumentView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def select_document(self, document_id: int) -> None:
        for index, row in enumerate(self.rows):
            if row.id == document_id:
                self.table.selectRow(index)

    def _selection_changed(self) -> None:
        chosen = self.selected()
        is_pdf = chosen is not None and chosen.file_name.lower().endswith(".pdf")
        self.open_button.setEnabled(chosen is not None)
        self.print_button.setEnabled(is_pdf)
        self.save_button.setEnabled(chosen is not None)
        self.mail_button.setEnabled(
            is_pdf and chosen.kind == "letter" and self.store.can_edit)
        self.delete_button.setEnabled(chosen is not None and self.store.can_edit)

    # -- making and adding -------------------------------------------------------------
    def letter_dialog(self, code: str = "invitation_a",
                      appointment_id: int | None = None) -> LetterDialog:
        dialog = LetterDialog(self.store, self.case_id, self.runner, code, appointment_id, self)
        dialog.made.connect(self._made)
        return dialog

    def mail_selected(self) -> int | None:
        """Queue the selected letter for e-mail; the outbox sends it within seconds."""
        from desktop.mail.letters import send_letter

        chosen = self.selected()
        if chosen is None or self.store.data_dir is None:
            return None
        data_dir = self.store.data_dir
        ok, message_id = guarded(self, lambda: send_letter(self.store, data_dir, chosen.id))
        if not ok or message_id is None:
            return None
        QMessageBox.information(self, self.tr("Per e-mail versturen"), self.tr(
            "De brief staat klaar om te versturen en gaat binnen enkele minuten weg. In het "
            "logboek van de zaak ziet u wanneer. Lukt het niet, dan staat dat bij Te doen."))
        from views.mail.mail_sender import MailSender

        MailSender.wake_up()
        return message_id

    def _made(self, document_id: int) -> None:
        """The letter is kept with the case: show it, with Afdrukken at hand."""
        self.reload()
        self.select_document(document_id)
        self.changed.emit()
        chosen = self.selected()
        if chosen is None:
            return
        self.made_viewer = self.viewer(chosen, self.tr(
            "Bewaard bij de zaak, onder Documenten. Afdrukken of opslaan kan hier meteen."))
        if self.made_viewer is not None:
            self.made_viewer.print_button.setDefault(True)  # Enter prints
            self.made_viewer.open()
            self.made_viewer.print_button.setFocus()

    def add_files(self, paths: list[Path]) -> int:
        added = 0
        for path in paths:
            ok, _id = guarded(
                self, lambda p=path: case_documents.add_file(self.store, self.case_id, p))
            added += bool(ok)
        if added:
            self.reload()
            self.changed.emit()
        return added

    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Bestand toevoegen"))
        self.add_files([Path(p) for p in paths])

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and self.store.can_edit:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if self.add_files([p for p in paths if p.is_file()]):
            event.acceptProposedAction()

    # -- using -------------------------------------------------------------------------
    def _bytes(self, chosen: DocumentView) -> bytes | None:
        ok, data = guarded(self, lambda: case_documents.read_document(self.store, chosen.id))
        return data if ok else None

    def viewer(self, chosen: DocumentView, note: str = "") -> PdfViewerDialog | None:
        data = self._bytes(chosen)
        if data is None:
            return None
        return PdfViewerDialog(data, chosen.title, chosen.file_name, self, note=note)

    def open_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        if chosen.file_name.lower().endswith(".pdf"):
            dialog = self.viewer(chosen)
            if dialog is not None:
                dialog.open()
            return
        ok, path = guarded(self, lambda: case_documents.opened_copy(self.store, chosen.id))
        if ok and path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def print_selected(self) -> None:
        chosen = self.selected()
        dialog = self.viewer(chosen) if chosen else None
        if dialog is not None:
            ask_and_print(self, dialog.view.document)

    def save_selected(self) -> None:
        chosen = self.selected()
        data = self._bytes(chosen) if chosen else None
        if chosen is not None and data is not None:
            save_pdf_as(self, data, chosen.file_name) if chosen.file_name.lower().endswith(
                ".pdf") else self._save_other(chosen, data)

    def _save_other(self, chosen: DocumentView, data: bytes) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Opslaan als"),
                                                    chosen.file_name)
        if path:
            guarded(self, lambda: Path(path).write_bytes(data))

    def delete_selected(self, reason: str | None = None) -> bool:
        chosen = self.selected()
        if chosen is None:
            return False
        asked = reason is None
        while True:
            if asked:
                reason, accepted = QInputDialog.getText(
                    self, self.tr("Document verwijderen"),
                    self.tr("Waarom verwijdert u „%1”? De reden blijft in het journaal staan.")
                    .replace("%1", chosen.title), text=reason or "")
                if not accepted:
                    return False
            problem = ("reason_required" if not reason.strip() else
                       "too_long" if len(reason.strip()) > 300 else None)
            if problem is None:
                break
            QMessageBox.warning(self, self.tr("Document verwijderen"), message_for(problem))
            if not asked:
                return False  # the reason was given, not typed here: nothing to ask again
        ok, _none = guarded(self, lambda: case_documents.delete_document(
            self.store, chosen.id, reason))
        if ok:
            self.reload()
            self.changed.emit()
        return bool(ok)
