"""Privacy under Beheer: the retention term in the organisation's own words (and
the cases whose term has passed, anonymised after one confirmation), and the
register of residents' requests with inzage and erasure."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.data.store import Store
from desktop.privacy import requests, retention
from views.errors import guarded, show_error
from views.i18n import format_date
from views.manual import set_topic
from views.screen_fit import fit_to_screen
from views.tasks import Runner
from views.widgets import DateField, FieldBox, save_shortcut


def request_kind_labels() -> dict[str, str]:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    return {"access": translate("Privacy", "Inzage"),
            "correction": translate("Privacy", "Correctie"),
            "erasure": translate("Privacy", "Verwijdering"),
            "objection": translate("Privacy", "Bezwaar")}


class PrivacyDialog(QDialog):
    changed = Signal()  # retention applied or a request handled: Te doen may change

    def __init__(self, store: Store, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_topic(self, "privacy")
        self.store, self.runner = store, runner
        self.setWindowTitle(self.tr("Privacy"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._retention_tab(), self.tr("Bewaartermijn"))
        self.tabs.addTab(self._requests_tab(), self.tr("Verzoeken van bewoners"))
        close = QPushButton(self.tr("Sluiten"))
        close.clicked.connect(lambda _c=False: self.accept())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, (860, 620), "privacy_dialog")
        self.load()

    # -- the retention term --------------------------------------------------------------
    def _retention_tab(self) -> QWidget:
        tab = QWidget()
        self.months = QSpinBox()
        self.months.setRange(retention.MIN_MONTHS, retention.MAX_MONTHS)
        self.months.setSuffix(self.tr(" maanden na afsluiten"))
        self.months.setAccessibleName(self.tr("Bewaartermijn"))
        self.statement = QPlainTextEdit()
        self.statement.setTabChangesFocus(True)
        self.statement.setAccessibleName(self.tr("Tekst voor de privacyverklaring"))
        self.statement.setMaximumHeight(130)
        self.statement_box = FieldBox(self.statement)
        self.backups_note = QLabel(retention.backups_note())
        self.backups_note.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Opslaan"))
        self.print_button = QPushButton(self.tr("Tekst afdrukken…"))
        self.due_label = QLabel()
        self.due_label.setWordWrap(True)
        self.due_table = QTableWidget(0, 3)
        self.due_table.setAccessibleName(self.tr("Zaken waarvan de bewaartermijn voorbij is"))
        self.due_table.setHorizontalHeaderLabels(
            [self.tr("Zaak"), self.tr("Afgesloten"), self.tr("Termijn verstreken op")])
        self.due_table.verticalHeader().hide()
        self.due_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.due_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reden"))
        self.reason.setPlaceholderText(self.tr("Bewaartermijn verstreken"))
        self.anonymise_button = QPushButton(self.tr("Anonimiseren…"))
        form = QFormLayout()
        form.addRow(self.tr("Bewaartermijn"), self.months)
        form.addRow(self.tr("In eigen woorden"), self.statement_box)
        form.addRow("", self.backups_note)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        form.addRow(row)
        apply_row = QHBoxLayout()
        apply_row.addWidget(QLabel(self.tr("Reden")))
        apply_row.addWidget(self.reason, 1)
        apply_row.addWidget(self.anonymise_button)
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addWidget(self.due_label)
        layout.addWidget(self.due_table, 1)
        layout.addLayout(apply_row)
        self.save_button.clicked.connect(lambda _c=False: self.save_settings())
        save_shortcut(tab, self.save_settings, self.save_button)
        self.print_button.clicked.connect(lambda _c=False: self.print_statement())
        self.anonymise_button.clicked.connect(lambda _c=False: self.anonymise())
        return tab

    def load(self) -> None:
        ok, settings = guarded(self, lambda: retention.get_settings(self.store))
        if ok and settings is not None:
            self.months.setValue(settings.months)
            self.statement.setPlainText(settings.statement)
            self.statement.setPlaceholderText(retention.default_statement(settings.months))
        self._load_due()
        self.load_requests()

    def _load_due(self) -> None:
        _ok, due = guarded(self, lambda: retention.due_cases(self.store))
        due = due or []
        self.due_label.setText(
            self.tr("Bewaartermijn verstreken: %1 zaken. Anonimiseren haalt alles weg "
                    "waaraan iemand te herkennen is; de jaarcijfers blijven gelijk.")
            .replace("%1", str(len(due))) if due else
            self.tr("Er zijn geen zaken waarvan de bewaartermijn verstreken is."))
        self.due_table.setRowCount(len(due))
        for row, case in enumerate(due):
            for column, value in enumerate((case.number, format_date(case.closed_on)
                                            if case.closed_on else self.tr("onbekend"),
                                            format_date(case.due_since))):
                self.due_table.setItem(row, column, QTableWidgetItem(value))
        self.anonymise_button.setEnabled(bool(due))
        self.due = due

    def save_settings(self) -> bool:
        months, text = self.months.value(), self.statement.toPlainText()
        ok, _none = guarded(self, lambda: retention.save_settings(self.store, months, text))
        if ok:
            self.statement.setPlaceholderText(retention.default_statement(months))
            self._load_due()
            self.changed.emit()
        return bool(ok)

    def print_statement(self):
        from views.documents.pdf_viewer import PdfViewerDialog

        if not self.save_settings():
            return None
        ok, pdf = guarded(self, lambda: retention.statement_pdf(self.store))
        if not ok or pdf is None:
            return None
        dialog = PdfViewerDialog(pdf, self.tr("Bewaartermijn"), "bewaartermijn.pdf", self)
        dialog.open()
        return dialog

    def anonymise(self, confirmed: bool = False) -> None:
        if not self.due:
            return
        if not confirmed:
            answer = QMessageBox.question(
                self, self.tr("Anonimiseren"),
                self.tr("%1 zaken anonimiseren? Namen, adressen, verhalen, journaal en "
                        "documenten worden weggehaald; dat kan niet ongedaan worden gemaakt. "
                        "De jaarcijfers blijven gelijk.").replace("%1", str(len(self.due))))
            if answer != QMessageBox.StandardButton.Yes:
                return
        reason = self.reason.text()
        self.anonymise_button.setEnabled(False)

        def done(result) -> None:
            QMessageBox.information(self, self.tr("Anonimiseren"), self.tr(
                "Geanonimiseerd: %1 zaken, %2 personen, %3 adressen, %4 incidenten en %5 "
                "documenten.").replace("%1", str(result.cases)).replace(
                "%2", str(result.persons)).replace("%3", str(result.addresses)).replace(
                "%4", str(result.incidents)).replace("%5", str(result.documents)))
            self._load_due()
            self.changed.emit()

        def failed(exc: BaseException) -> None:
            self._load_due()
            show_error(self, exc)

        self.runner.run(lambda: retention.apply_retention(self.store, reason), done, failed)

    # -- residents' requests -------------------------------------------------------------
    def _requests_tab(self) -> QWidget:
        tab = QWidget()
        self.requests_table = QTableWidget(0, 6)
        self.requests_table.setAccessibleName(self.tr("Verzoeken"))
        self.requests_table.setHorizontalHeaderLabels(
            [self.tr("Soort"), self.tr("Ontvangen"), self.tr("Antwoord vóór"),
             self.tr("Van"), self.tr("Stand"), self.tr("Antwoord")])
        self.requests_table.verticalHeader().hide()
        self.requests_table.horizontalHeader().setSectionResizeMode(
            5, QHeaderView.ResizeMode.Stretch)
        self.requests_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.requests_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.new_button = QPushButton(self.tr("Nieuw verzoek…"))
        self.access_button = QPushButton(self.tr("Inzage maken…"))
        self.erase_button = QPushButton(self.tr("Persoon verwijderen…"))
        self.close_button = QPushButton(self.tr("Afronden…"))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.access_button, self.erase_button,
                       self.close_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        intro = QLabel(self.tr(
            "Een bewoner mag vragen wat er over hem of haar is vastgelegd (inzage), om "
            "correctie of verwijdering, of bezwaar maken. Het antwoord moet binnen 30 dagen; "
            "Te doen waarschuwt een week van tevoren."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.requests_table, 1)
        layout.addLayout(buttons)
        self.new_button.clicked.connect(lambda _c=False: self.new_request())
        self.access_button.clicked.connect(lambda _c=False: self.access_dialog().open())
        self.erase_button.clicked.connect(lambda _c=False: self.erase_person())
        self.close_button.clicked.connect(lambda _c=False: self.close_request())
        return tab

    def load_requests(self) -> None:
        _ok, rows = guarded(self, lambda: requests.list_requests(self.store))
        self.request_rows = rows or []
        labels = request_kind_labels()
        self.requests_table.setRowCount(len(self.request_rows))
        for row, item in enumerate(self.request_rows):
            state = self.tr("afgerond op %1").replace("%1", format_date(item.handled_on)) if (
                item.status == "done") else self.tr("open")
            for column, value in enumerate((labels.get(item.kind, item.kind),
                                            format_date(item.received_on),
                                            format_date(item.due_on), item.requester, state,
                                            item.answer)):
                self.requests_table.setItem(row, column, QTableWidgetItem(value))

    def new_request(self, values: tuple[str, date, str] | None = None) -> bool:
        if values is None:
            dialog = NewRequestDialog(self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            values = dialog.values()
        kind, received, requester = values
        ok, _id = guarded(self, lambda: requests.add_request(self.store, kind, received,
                                                             requester))
        if ok:
            self.load_requests()
            self.changed.emit()
        return bool(ok)

    def selected_request(self):
        row = self.requests_table.currentRow()
        return self.request_rows[row] if 0 <= row < len(self.request_rows) else None

    def close_request(self, answer: str | None = None) -> bool:
        item = self.selected_request()
        if item is None:
            return False
        if answer is None:
            answer, accepted = QInputDialog.getText(
                self, self.tr("Afronden"), self.tr("Wat is er gedaan of verstuurd?"))
            if not accepted:
                return False
        ok, _none = guarded(self, lambda: requests.close_request(self.store, item.id, answer))
        if ok:
            self.load_requests()
            self.changed.emit()
        return bool(ok)

    def access_dialog(self):
        from views.privacy.access_dialog import AccessDialog

        dialog = AccessDialog(self.store, self)
        dialog.sent.connect(lambda: (self.load_requests(), self.changed.emit()))
        return dialog

    def erase_person(self, person_id: int | None = None, confirmed: bool = False) -> bool:
        from views.privacy.access_dialog import choose_person

        if person_id is None:
            person_id = choose_person(self.store, self)
            if person_id is None:
                return False
        if not confirmed:
            answer = QMessageBox.question(
                self, self.tr("Persoon verwijderen"),
                self.tr("Deze persoon nu verwijderen? Naam, contactgegevens, adres en brieven "
                        "gaan weg en de naam wordt uit de teksten van de zaken gehaald. Dat "
                        "kan niet ongedaan worden gemaakt."))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        ok, cases = guarded(self, lambda: requests.erase(self.store, person_id))
        if ok:
            QMessageBox.information(self, self.tr("Persoon verwijderen"), self.tr(
                "Verwijderd, en de naam is uit %1 zaken gehaald.").replace("%1", str(cases)))
            self.load_requests()
            self.changed.emit()
        return bool(ok)


class NewRequestDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_topic(self, "privacy#verzoeken")
        self.setWindowTitle(self.tr("Nieuw verzoek"))
        self.kind = QComboBox()
        for code, label in request_kind_labels().items():
            self.kind.addItem(label, code)
        self.received = DateField()
        self.received.set_date(date.today())
        self.requester = QLineEdit()
        self.requester.setAccessibleName(self.tr("Van wie"))
        self.requester.setMaxLength(200)
        ok = QPushButton(self.tr("Vastleggen"))
        cancel = QPushButton(self.tr("Annuleren"))
        ok.clicked.connect(lambda _c=False: self._accept())
        cancel.clicked.connect(lambda _c=False: self.reject())
        form = QFormLayout(self)
        form.addRow(self.tr("Soort"), self.kind)
        form.addRow(self.tr("Ontvangen op"), self.received)
        form.addRow(self.tr("Van wie"), self.requester)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(ok)
        form.addRow(row)

    def values(self) -> tuple[str, date, str]:
        return (self.kind.currentData(), self.received.date() or date.today(),
                self.requester.text())

    def _accept(self) -> None:
        if self.received.check() and self.requester.text().strip():
            self.accept()
