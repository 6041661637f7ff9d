"""Zakenlijst: every case, sortable and filterable, with search-as-you-type
over case number, names, streets and postcodes."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.case_rows import OPEN, TO_COMPLETE, CaseFilter, is_search_active
from desktop.data.store import Store
from views.cases.case_table_model import COLUMNS, MAX_ROWS, CaseTableModel
from views.cases.welcome_panel import WelcomePanel
from views.errors import guarded
from views.labels import status_labels
from views.manual import set_topic
from views.tasks import Runner, log_failure
from views.widgets import compact_combo


class CaseListWidget(QWidget):
    open_case = Signal(int)
    new_case = Signal()

    def __init__(self, store: Store, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_topic(self, "zaken")
        self.store = store
        self.runner = runner
        self._count_generation = 0
        # The count is for the label only: wait until typing pauses.
        self.count_timer = QTimer(self)
        self.count_timer.setSingleShot(True)
        self.count_timer.setInterval(150)
        self.count_timer.timeout.connect(self._start_count)

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Zoek op zaaknummer, naam, straat of postcode (minstens 3 tekens)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Zoeken"))
        self.status_filter = QComboBox()
        self.year_filter = QComboBox()
        self.type_filter = QComboBox()
        self.hood_filter = QComboBox()
        for combo, name in (
            (self.status_filter, self.tr("Status")),
            (self.year_filter, self.tr("Jaar")),
            (self.type_filter, self.tr("Soort conflict")),
            (self.hood_filter, self.tr("Wijk")),
        ):
            combo.setAccessibleName(name)
            compact_combo(combo, 10)
        self.new_button = QPushButton(self.tr("Nieuwe zaak"))
        self.new_button.setToolTip(self.tr("Een nieuwe aanmelding registreren (Ctrl+N)"))
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        self.model = CaseTableModel(store, self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Zaken"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        widths = [95, 100, 175, 170, 180, 170, 110, 220, 80]
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for combo in (self.status_filter, self.year_filter, self.type_filter, self.hood_filter):
            filters.addWidget(combo)
        filters.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        # No cases at all yet (a first start): where to begin, instead of an empty list.
        self.welcome = WelcomePanel()
        self.welcome.new_case.connect(lambda: self.new_case.emit())
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(self.welcome)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.count_label)

        self._fill_filters()
        self.search.textChanged.connect(self.apply_filter)
        for combo in (self.status_filter, self.year_filter, self.type_filter, self.hood_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.table.activated.connect(self._activated)
        self.new_button.clicked.connect(lambda: self.new_case.emit())
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.focus_search)
        self.search.returnPressed.connect(self._open_first)
        self.apply_filter()

    def _fill_filters(self) -> None:
        # Reading every neighbourhood takes a moment on a big database: off the GUI thread.
        # (The queries module, and SQLAlchemy with it, loads there too.)
        def read_options():
            from desktop.cases.queries import filter_options

            return filter_options(self.store)

        self.runner.run(read_options, self._show_filters, log_failure)

    def _show_filters(self, options) -> None:
        ok = True
        current = (
            self.status_filter.currentData(),
            self.year_filter.currentData(),
            self.type_filter.currentData(),
            self.hood_filter.currentData(),
        )
        for combo in (self.status_filter, self.year_filter, self.type_filter, self.hood_filter):
            combo.blockSignals(True)
            combo.clear()
        self.status_filter.addItem(self.tr("Alle statussen"), None)
        self.status_filter.addItem(self.tr("Alle open zaken"), OPEN)
        for code, label in status_labels().items():
            self.status_filter.addItem(label, code)
        self.status_filter.addItem(self.tr("Nog aan te vullen"), TO_COMPLETE)
        self.year_filter.addItem(self.tr("Alle jaren"), None)
        self.type_filter.addItem(self.tr("Alle soorten conflict"), None)
        self.hood_filter.addItem(self.tr("Alle wijken"), None)
        if ok and options is not None:
            for year in options.years:
                self.year_filter.addItem(str(year), year)
            for type_id, name in options.conflict_types:
                self.type_filter.addItem(name, type_id)
            for hood in options.neighbourhoods:
                self.hood_filter.addItem(hood, hood)
        for combo, value in zip(
            (self.status_filter, self.year_filter, self.type_filter, self.hood_filter),
            current,
            strict=True,
        ):
            index = combo.findData(value)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def current_filter(self) -> CaseFilter:
        return CaseFilter(
            text=self.search.text(),
            status=self.status_filter.currentData(),
            year=self.year_filter.currentData(),
            conflict_type_id=self.type_filter.currentData(),
            neighbourhood=self.hood_filter.currentData(),
        )

    def apply_filter(self) -> None:
        case_filter = self.current_filter()
        guarded(self, lambda: self.model.set_filter(case_filter))
        self._update_count(case_filter)

    def _update_count(self, case_filter: CaseFilter) -> None:
        self._pending_count = case_filter
        self._count_generation += 1
        self.count_timer.start()

    def _start_count(self) -> None:
        # Counting every match can take a moment on a big database: off the GUI thread.
        case_filter = self._pending_count
        generation = self._count_generation
        short = bool(case_filter.text.strip()) and not is_search_active(case_filter.text)

        def show(count: int) -> None:
            if generation != self._count_generation:
                return  # an older count arriving after a newer search
            text = self.tr("%Ln zaken", "", count) if count != 1 else self.tr("1 zaak")
            if short:
                text += " — " + self.tr("typ minstens 3 tekens om te zoeken")
            elif count > MAX_ROWS:
                text += " — " + self.tr("de lijst toont de eerste %1; zoek of filter om "
                                        "andere te vinden").replace(
                                            "%1", QLocale().toString(MAX_ROWS))
            self.count_label.setText(text)
            first_start = count == 0 and case_filter == CaseFilter()
            self.body.setCurrentWidget(self.welcome if first_start else self.table)

        def count() -> int:
            from desktop.cases.queries import count_cases

            return count_cases(self.store, case_filter)

        self.runner.run(count, show, log_failure)

    def refresh(self) -> None:
        """After a case was saved elsewhere: new filter values, same view."""
        self._fill_filters()
        self.apply_filter()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _activated(self, index) -> None:
        case_id = self.model.case_id(index.row())
        if case_id is not None:
            self.open_case.emit(case_id)

    def _open_first(self) -> None:
        if self.model.rowCount() > 0:
            self.table.setFocus()
            self.table.selectRow(0)
            self.open_case.emit(self.model.case_id(0))

    def column_count(self) -> int:
        return len(COLUMNS)
