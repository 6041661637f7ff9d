"""Bemiddelaars: the team, one mediator's details beside the list, and
planning the whole waiting list at once."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.agenda.appointments import mediator_appointments
from desktop.data.store import Store
from desktop.mediators.register import get_mediator, list_mediators
from models.roles import Permission
from views.errors import guarded, show_error
from views.labels import mediator_state_labels
from views.manual import set_topic
from views.mediators.claims_dialog import ClaimsDialog
from views.mediators.mediator_editor import MediatorEditor
from views.mediators.mediator_table_model import MediatorTableModel
from views.mediators.plan_dialog import PlanDialog
from views.tasks import Runner


class MediatorsPage(QWidget):
    open_case = Signal(int)
    planned = Signal()

    def __init__(self, store: Store, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_topic(self, "bemiddelaars")
        self.store = store
        self.runner = runner
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Zoek op naam, postcode, wijk of taal"))
        self.search.setClearButtonEnabled(True)
        self.state_filter = QComboBox()
        self.state_filter.addItem(self.tr("Iedereen"), None)
        for code, label in mediator_state_labels().items():
            self.state_filter.addItem(label, code)
        self.new_button = QPushButton(self.tr("Nieuwe bemiddelaar"))
        self.plan_button = QPushButton(self.tr("Alles plannen…"))
        self.plan_button.setToolTip(
            self.tr("Eén voorstel voor alle zaken die op een koppel wachten"))
        self.claims_button = QPushButton(self.tr("Declaraties…"))
        self.claims_button.setToolTip(self.tr(
            "De declaraties van een maand: om te tekenen (PDF) of voor de boekhouding"))
        if not store.may(Permission.EXPORT):
            self.claims_button.hide()
        self.model = MediatorTableModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Bemiddelaars"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((170, 80, 110, 70, 100, 110, 80)):
            self.table.setColumnWidth(column, width)
        self.editor = MediatorEditor(store, runner=runner)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.state_filter)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.claims_button)
        buttons.addWidget(self.plan_button)
        left_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.search.textChanged.connect(lambda _text: self.reload())
        self.state_filter.currentIndexChanged.connect(lambda _index: self.reload())
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, previous: self._selected(current.row(), previous.row()))
        self.new_button.clicked.connect(lambda _checked=False: self.new_mediator())
        self.plan_button.clicked.connect(lambda _checked=False: self.plan_everything())
        self.claims_button.clicked.connect(lambda _checked=False: self.show_claims())
        self.editor.saved.connect(self._saved)
        self.editor.open_case.connect(self.open_case)
        self._loaded = False  # the list is read when the page is first shown
        self._asked: object = None

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    def reload(self, select_id: int | None = None) -> None:
        """Read the list in a worker (the open and done counts read every pair)."""
        self._loaded = True
        store, text, state = self.store, self.search.text(), self.state_filter.currentData()
        self._asked = asked = object()

        def done(rows: list) -> None:
            if asked is self._asked:  # a later search overtook this one
                self._show_rows(rows, select_id)

        def failed(exc: BaseException) -> None:
            self._loaded = False
            show_error(self, exc)

        self.runner.run(lambda: list_mediators(store, text, state), done, failed)

    def _show_rows(self, rows: list, select_id: int | None) -> None:
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        self.table.selectionModel().blockSignals(False)
        if select_id is not None and (row := self.model.row_of(select_id)) is not None:
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(row)
            self.table.selectionModel().blockSignals(False)
        shown = self.editor.mediator_id
        if shown is not None and (row := self.model.row_of(shown)) is not None:
            self.editor.show_care(self.model.row(row).care)  # read with the list

    def _selected(self, row: int, previous: int) -> None:
        mediator_id = self.model.mediator_id(row)
        if mediator_id is None or mediator_id == self.editor.mediator_id:
            return
        if not self.confirm_leave():
            self.table.selectionModel().blockSignals(True)
            if previous >= 0:
                self.table.selectRow(previous)
            self.table.selectionModel().blockSignals(False)
            return
        self.show_mediator(mediator_id)

    def show_mediator(self, mediator_id: int) -> None:
        ok, loaded = guarded(self, lambda: (
            get_mediator(self.store, mediator_id),
            mediator_appointments(self.store, mediator_id,
                                  datetime.combine(date.today(), datetime.min.time())),
        ))
        if ok and loaded is not None:
            self.editor.show_detail(loaded[0])
            self.editor.show_appointments(loaded[1])
            row = self.model.row_of(mediator_id)
            self.editor.show_care(self.model.row(row).care if row is not None else ())

    def open_mediator(self, mediator_id: int) -> None:
        if self.editor.mediator_id != mediator_id and not self.confirm_leave():
            return
        self.reload(select_id=mediator_id)
        self.show_mediator(mediator_id)

    def new_mediator(self) -> None:
        if self.confirm_leave():
            self.table.clearSelection()
            self.editor.show_new()
            self.editor.edits["first_name"].setFocus()

    def _saved(self, mediator_id: int) -> None:
        self.reload(select_id=mediator_id)
        self.show_mediator(mediator_id)

    def confirm_leave(self) -> bool:
        if not self.editor.is_dirty():
            return True
        answer = QMessageBox.question(
            self, self.tr("Niet opgeslagen"),
            self.tr("De wijzigingen aan deze bemiddelaar zijn nog niet opgeslagen. Opslaan?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.editor.save()
        return answer == QMessageBox.StandardButton.Discard

    def make_claims_dialog(self) -> ClaimsDialog:
        return ClaimsDialog(self.store, self.runner, self)

    def show_claims(self) -> None:
        self.make_claims_dialog().exec()

    def make_plan_dialog(self) -> PlanDialog:
        return PlanDialog(self.store, self.runner, self)

    def plan_everything(self) -> None:
        dialog = self.make_plan_dialog()
        dialog.start()
        if dialog.exec():
            self.reload()
            self.planned.emit()
