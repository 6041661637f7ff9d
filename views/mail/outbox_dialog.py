"""Postvak uit: what waits, what failed (with the reason) and what went; the
coordinator tries again, drops, or hands a message to the office's mail program."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.data.store import Store
from desktop.mail import outbox
from desktop.mail.due import send_due
from desktop.mail.outbox import OutboxItem
from models.enums import OutboxState
from views.errors import guarded, show_error
from views.i18n import format_datetime
from views.labels import mail_purpose_labels, outbox_state_labels
from views.manual import set_topic
from views.messages import mail_error_text
from views.screen_fit import fit_to_screen
from views.tasks import Runner

_TROUBLE = (OutboxState.FAILED, OutboxState.UNCERTAIN)


def state_text(item: OutboxItem, with_reason: bool = False) -> str:
    label = outbox_state_labels().get(item.state, item.state)
    if item.state == OutboxState.QUEUED and item.next_attempt_at is not None:
        label += " — " + QCoreApplication.translate("OutboxDialog", "opnieuw om %1").replace(
            "%1", format_datetime(item.next_attempt_at))
    if with_reason and item.last_error and item.state != OutboxState.SENT:
        label += ": " + mail_error_text(item.last_error)
    return label


class OutboxDialog(QDialog):
    changed = Signal()

    def __init__(self, store: Store, data_dir: Path, runner: Runner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_topic(self, "beheer#postvak-uit")
        self.store, self.data_dir, self.runner = store, data_dir, runner
        self.setWindowTitle(self.tr("Postvak uit"))
        fit_to_screen(self, (1000, 560), "outbox_dialog")
        intro = QLabel(self.tr(
            "Berichten wachten hier tot de mailserver ze heeft aangenomen. Lukt het niet, dan "
            "probeert Burenrust het later opnieuw. Wat mislukt of onzeker is, beslist u zelf."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([
            self.tr("Gemaakt"), self.tr("Zaak"), self.tr("Aan"), self.tr("Onderwerp"),
            self.tr("Status")])
        self.table.setAccessibleName(self.tr("Berichten"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.send_button = QPushButton(self.tr("Nu versturen"))
        self.retry_button = QPushButton(self.tr("Opnieuw versturen"))
        self.drop_button = QPushButton(self.tr("Niet versturen"))
        self.draft_button = QPushButton(self.tr("Opstellen in mailprogramma"))
        close = QPushButton(self.tr("Sluiten"))
        buttons = QHBoxLayout()
        for button in (self.send_button, self.retry_button, self.drop_button,
                       self.draft_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.send_button.clicked.connect(lambda _c=False: self.send_now())
        self.retry_button.clicked.connect(lambda _c=False: self.retry_selected())
        self.drop_button.clicked.connect(lambda _c=False: self.drop_selected())
        self.draft_button.clicked.connect(lambda _c=False: self.draft_selected())
        close.clicked.connect(self.accept)
        self.items: list[OutboxItem] = []
        self.reload()

    def reload(self) -> None:
        ok, items = guarded(self, lambda: outbox.list_outbox(self.store))
        self.items = items if ok and items is not None else []
        self.table.setRowCount(len(self.items))
        red = QColor("#a4000f")
        for row, item in enumerate(self.items):
            who = item.recipient_name or item.to_address
            cells = (format_datetime(item.created_at), item.case_number,
                     f"{who} <{item.to_address}>" if item.recipient_name else who,
                     item.subject, state_text(item))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(state_text(item, with_reason=True) if column == 4 else text)
                if item.state in _TROUBLE:
                    cell.setForeground(red)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(2, min(self.table.columnWidth(2), 300))
        self._selection_changed()

    def selected(self) -> OutboxItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def select(self, message_id: int) -> None:
        for row, item in enumerate(self.items):
            if item.id == message_id:
                self.table.selectRow(row)

    def _selection_changed(self) -> None:
        item = self.selected()
        open_ = item is not None and item.state in (OutboxState.QUEUED, *_TROUBLE)
        self.retry_button.setEnabled(open_ and item.state in _TROUBLE)
        self.drop_button.setEnabled(open_)
        self.draft_button.setEnabled(open_)
        self.send_button.setEnabled(self.store.can_edit)
        # The whole reason, under the table: the column only has room for the state.
        if item is not None:
            purpose = mail_purpose_labels().get(item.purpose, "")
            self.state.setText(f"{purpose} — {state_text(item, with_reason=True)}")

    # -- actions ------------------------------------------------------------------------
    def send_now(self) -> None:
        self.send_button.setEnabled(False)
        self.state.setText(self.tr("Bezig met versturen…"))

        def done(report) -> None:
            self.send_button.setEnabled(True)
            text = self.tr("Verstuurd: %1. Wachten nog: %2.").replace(
                "%1", str(report.sent)).replace("%2", str(report.waiting))
            if report.error:
                text += " " + mail_error_text(report.error)
            self.state.setText(text)
            self.reload()
            self.changed.emit()

        def failed(exc: BaseException) -> None:
            self.send_button.setEnabled(True)
            self.state.setText("")
            show_error(self, exc)

        self.runner.run(lambda: send_due(self.store, self.data_dir), done, failed)

    def retry_selected(self) -> bool:
        item = self.selected()
        if item is None:
            return False
        if item.state == OutboxState.UNCERTAIN and QMessageBox.question(
                self, self.tr("Opnieuw versturen"), self.tr(
                    "Misschien is dit bericht al aangekomen. Hebt u nagevraagd dat het er niet "
                    "is? Anders krijgt %1 het twee keer.").replace(
                    "%1", item.recipient_name or item.to_address)) != (
                QMessageBox.StandardButton.Yes):
            return False
        ok, _none = guarded(self, lambda: outbox.retry(self.store, item.id))
        if ok:
            self.reload()
            self.send_now()
        return bool(ok)

    def drop_selected(self) -> bool:
        item = self.selected()
        if item is None:
            return False
        ok, _none = guarded(self, lambda: outbox.drop(self.store, item.id))
        if ok:
            self.reload()
            self.changed.emit()
        return bool(ok)

    def draft_selected(self) -> Path | None:
        item = self.selected()
        if item is None:
            return None
        ok, path = guarded(self, lambda: outbox.draft(self.store, self.data_dir, item.id))
        if not ok or path is None:
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.state.setText(self.tr(
            "Het bericht is geopend in uw mailprogramma. Verstuur het daar; in de zaak staat "
            "het als verstuurd."))
        self.reload()
        self.changed.emit()
        return path
