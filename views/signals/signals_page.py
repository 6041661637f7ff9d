"""Signalen: what repeats (addresses, streets, persons in several incidents or
cases within a period), and the list of incidents to register and change."""

from __future__ import annotations

from datetime import date, timedelta

from babel.numbers import format_decimal
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.data.store import Store
from desktop.signals import incidents
from desktop.signals.recurring import SignalRow, signals
from views.errors import guarded, show_error
from views.i18n import format_date
from views.manual import set_topic
from views.signals.incident_dialog import IncidentDialog
from views.tasks import Runner
from views.widgets import DateField, make_table, style_title


class SignalsPage(QWidget):
    open_case = Signal(int)

    def __init__(self, store: Store, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_topic(self, "signalen")
        self.store, self.runner = store, runner
        self._generation = 0
        self.rows: list[SignalRow] = []
        title = QLabel(self.tr("Signalen"))
        style_title(title)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._signals_tab(), self.tr("Wat komt terug"))
        self.tabs.addTab(self._incidents_tab(), self.tr("Incidenten"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        self.refresh_signals()
        self.refresh_incidents()

    # -- what repeats ------------------------------------------------------------------------
    def _signals_tab(self) -> QWidget:
        self.start = DateField()
        self.end = DateField()
        self.start.set_date(date.today() - timedelta(days=365))
        self.end.set_date(date.today())
        for field in (self.start, self.end):
            field.setMaximumWidth(150)
            field.editor.textChanged.connect(lambda _t: self.refresh_signals())
        self.level = QComboBox()
        for code, label in (("", self.tr("Alles")), ("address", self.tr("Adressen")),
                            ("street", self.tr("Straten")), ("person", self.tr("Personen"))):
            self.level.addItem(label, code)
        self.level.currentIndexChanged.connect(lambda _i: self.refresh_signals())
        self.minimum = QSpinBox()
        self.minimum.setRange(2, 50)
        self.minimum.setValue(2)
        self.minimum.setSuffix(self.tr(" keer of vaker"))
        self.minimum.setAccessibleName(self.tr("Hoe vaak minstens"))
        self.minimum.valueChanged.connect(lambda _v: self.refresh_signals())
        filters = QHBoxLayout()
        for label, widget in ((self.tr("Van"), self.start), (self.tr("tot en met"), self.end),
                              (self.tr("Wat"), self.level), ("", self.minimum)):
            if label:
                filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        self.state = QLabel()
        filters.addWidget(self.state)
        filters.addStretch(1)
        self.table = make_table([self.tr("Soort"), self.tr("Adres, straat of persoon"),
                                 self.tr("Gewicht"), self.tr("Keer"), self.tr("Zaken"),
                                 self.tr("Incidenten"), self.tr("Laatst")])
        weight_help = self.tr(
            "Waarop de lijst gesorteerd is: elke zaak en elk incident telt 1, en telt half zo "
            "zwaar voor elke 30 dagen dat het langer geleden is. Drie keer vorige week weegt "
            "zo zwaarder dan vijf keer vorige winter.")
        self.table.horizontalHeaderItem(2).setToolTip(weight_help)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Wat komt terug"))
        self.table.itemSelectionChanged.connect(self._show_events)
        self.events = QListWidget()
        self.events.setAccessibleName(self.tr("Zaken en incidenten van de gekozen regel"))
        self.events.setMaximumHeight(170)
        self.events.itemActivated.connect(self._open_event)
        hint = QLabel(self.tr("Bovenaan staat wat vaak én kort geleden voorkwam: het gewicht "
                              "telt elke keer mee, en minder naarmate het langer geleden is "
                              "(de helft per 30 dagen). Dubbelklik op een zaak of incident om "
                              "het te openen."))
        hint.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.events)
        layout.addWidget(hint)
        return page

    def refresh_signals(self) -> None:
        """Counted in a worker: a year of a large office is tens of thousands of events."""
        start, end = self.start.date(), self.end.date()
        self._generation += 1
        generation = self._generation
        if start is None or end is None or end < start:
            self._show_rows([])
            return
        minimum, level = self.minimum.value(), self.level.currentData()

        def done(rows: list[SignalRow]) -> None:
            if generation == self._generation:
                self._show_rows([r for r in rows if not level or r.level == level])

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                show_error(self, exc)

        self.state.setText(self.tr("Bezig met zoeken…"))
        self.runner.run(lambda: signals(self.store, start, end, minimum), done, failed)

    def _show_rows(self, rows: list[SignalRow]) -> None:
        self.rows = rows
        self.state.setText("")
        names = {"address": self.tr("Adres"), "street": self.tr("Straat"),
                 "person": self.tr("Persoon")}
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            for column, text in enumerate((names[row.level], row.label,
                                           format_decimal(row.weight, "0.0", locale="nl_NL"),
                                           str(row.count), str(row.cases), str(row.incidents),
                                           format_date(row.last))):
                self.table.setItem(index, column, QTableWidgetItem(text))
        for column in (0, 2, 3, 4, 5, 6):
            self.table.resizeColumnToContents(column)
        self.events.clear()

    def _show_events(self) -> None:
        self.events.clear()
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return
        row = self.rows[selected[0].row()]
        for event in sorted(row.events, key=lambda e: e.on, reverse=True):
            text = (self.tr("Zaak %1, aangemeld op %2").replace("%1", event.label)
                    .replace("%2", format_date(event.on))
                    if event.kind == "case" else
                    self.tr("Incident van %1").replace("%1", format_date(event.on)))
            item = QListWidgetItem(text)
            item.setData(256, (event.kind, event.id))
            self.events.addItem(item)

    def _open_event(self, item: QListWidgetItem) -> None:
        kind, event_id = item.data(256)
        if kind == "case":
            self.open_case.emit(event_id)
        else:
            self.incident_dialog(event_id).open()

    # -- incidents ---------------------------------------------------------------------------
    def _incidents_tab(self) -> QWidget:
        self.incident_search = QLineEdit()
        self.incident_search.setPlaceholderText(self.tr("Zoek op straat, postcode, wijk of "
                                                        "soort…"))
        self.incident_search.setClearButtonEnabled(True)
        self.incident_search.textChanged.connect(lambda _t: self.refresh_incidents())
        self.incidents = make_table([self.tr("Datum"), self.tr("Soort"), self.tr("Plek"),
                                 self.tr("Wijk"), self.tr("Gemeld door"), self.tr("Zaak")])
        self.incidents.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.incidents.activated.connect(lambda _i: self.edit_incident())
        self.new_incident_button = QPushButton(self.tr("Nieuw incident…"))
        self.edit_incident_button = QPushButton(self.tr("Wijzigen…"))
        self.delete_incident_button = QPushButton(self.tr("Verwijderen…"))
        self.new_incident_button.clicked.connect(lambda _c=False: self.new_incident())
        self.edit_incident_button.clicked.connect(lambda _c=False: self.edit_incident())
        self.delete_incident_button.clicked.connect(lambda _c=False: self.delete_incident())
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_incident_button)
        buttons.addWidget(self.edit_incident_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_incident_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.incident_search)
        layout.addWidget(self.incidents, 1)
        layout.addLayout(buttons)
        return page

    def refresh_incidents(self) -> None:
        ok, rows = guarded(self, lambda: incidents.list_incidents(
            self.store, self.incident_search.text()))
        self.incident_rows = rows if ok and rows else []
        self.incidents.setRowCount(len(self.incident_rows))
        for index, row in enumerate(self.incident_rows):
            for column, text in enumerate((format_date(row.occurred_on), row.kind, row.place,
                                           row.neighbourhood, row.reporter, row.case_number)):
                self.incidents.setItem(index, column, QTableWidgetItem(text))
        self.incidents.resizeColumnToContents(0)
        self.incidents.resizeColumnToContents(1)

    def _selected_incident(self) -> int | None:
        rows = self.incidents.selectionModel().selectedRows()
        return self.incident_rows[rows[0].row()].id if rows else None

    def incident_dialog(self, incident_id: int | None = None) -> IncidentDialog:
        dialog = IncidentDialog(self.store, incident_id, self)
        dialog.accepted.connect(self._changed)
        return dialog

    def _changed(self) -> None:
        self.refresh_incidents()
        self.refresh_signals()

    def new_incident(self) -> IncidentDialog:
        dialog = self.incident_dialog()
        dialog.open()
        return dialog

    def edit_incident(self) -> IncidentDialog | None:
        incident_id = self._selected_incident()
        if incident_id is None:
            return None
        dialog = self.incident_dialog(incident_id)
        dialog.open()
        return dialog

    def delete_incident(self) -> bool:
        incident_id = self._selected_incident()
        if incident_id is None:
            return False
        answer = QMessageBox.question(self, self.tr("Incident verwijderen"),
                                      self.tr("Dit incident verwijderen?"))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        ok, _none = guarded(self, lambda: incidents.delete_incident(self.store, incident_id))
        if ok:
            self._changed()
        return bool(ok)
