"""Cijfers: the figures of a year, quarter or own period (optionally for one
municipality or neighbourhood), as tables and bar charts that stay readable in
black and white, with exports to CSV, Excel and a PDF report. Counting happens in
a worker; the screen never waits."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.data.store import Store
from desktop.figures.counting import Figures, Period, compute, places, shown
from desktop.figures.export import export_figures, key_figures
from views.errors import guarded, show_error
from views.figures.bar_chart import BarChart
from views.manual import set_topic
from views.screen_fit import scrolling
from views.tasks import Runner, log_failure
from views.widgets import DateField, style_title


def table_titles() -> dict[str, str]:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    return {
        "closed_by_result": translate("FiguresPage", "Afgesloten naar resultaat"),
        "not_taken_up_by_reason": translate("FiguresPage", "Niet in behandeling, reden"),
        "by_conflict_type": translate("FiguresPage", "Soort conflict"),
        "by_referrer_kind": translate("FiguresPage", "Verwijzer"),
        "by_neighbourhood": translate("FiguresPage", "Wijk"),
        "mediators_by_cases": translate("FiguresPage", "Bemiddelaars en zaken"),
        "incidents_by_kind": translate("FiguresPage", "Incidenten"),
    }


class FiguresPage(QWidget):
    def __init__(self, store: Store, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_topic(self, "cijfers")
        self.store, self.runner = store, runner
        self.figures: Figures | None = None
        self._generation = 0
        title = QLabel(self.tr("Cijfers"))
        style_title(title)
        self.year = QSpinBox()
        self.year.setAccessibleName(self.tr("Jaar"))
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.part = QComboBox()
        for code, label in ((0, self.tr("Heel jaar")), (1, self.tr("1e kwartaal")),
                            (2, self.tr("2e kwartaal")), (3, self.tr("3e kwartaal")),
                            (4, self.tr("4e kwartaal")), (-1, self.tr("Eigen periode"))):
            self.part.addItem(label, code)
        self.start, self.end = DateField(), DateField()
        for field in (self.start, self.end):
            field.setMaximumWidth(140)
        self.start.set_date(date(date.today().year, 1, 1))
        self.end.set_date(date.today())
        self.municipality = QComboBox()
        self.neighbourhood = QComboBox()
        self.municipality.addItem(self.tr("Alle gemeenten"), "")
        self.neighbourhood.addItem(self.tr("Alle wijken"), "")
        # The places are read in a worker (every case's municipality on a big database).
        self.runner.run(lambda: places(store), self._fill_places, log_failure)
        self.threshold = QSpinBox()
        self.threshold.setRange(0, 50)
        self.threshold.setSpecialValueText(self.tr("niets verbergen"))
        self.threshold.setPrefix(self.tr("kleiner dan "))
        filters = QHBoxLayout()
        for widget in (self.year, self.part, self.start, self.end, self.municipality,
                       self.neighbourhood):
            filters.addWidget(widget)
        hide_label = QLabel(self.tr("&Verberg groepen"))
        hide_label.setBuddy(self.threshold)
        filters.addWidget(hide_label)
        filters.addWidget(self.threshold)
        filters.addStretch(1)
        self.state = QLabel()
        self.key_box = QWidget()
        self.key_layout = QFormLayout(self.key_box)
        self.tabs = QTabWidget()
        self.csv_button = QPushButton(self.tr("CSV…"))
        self.xlsx_button = QPushButton(self.tr("Excel…"))
        self.pdf_button = QPushButton(self.tr("PDF-rapport…"))
        exports = QHBoxLayout()
        exports.addWidget(self.state, 1)
        exports.addWidget(QLabel(self.tr("Exporteren:")))
        for button in (self.csv_button, self.xlsx_button, self.pdf_button):
            exports.addWidget(button)
        splitter = QSplitter()
        splitter.addWidget(self.key_box)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(exports)
        for signal in (self.year.valueChanged, self.part.currentIndexChanged,
                       self.municipality.currentIndexChanged,
                       self.neighbourhood.currentIndexChanged, self.threshold.valueChanged):
            signal.connect(lambda *_a: self.refresh())
        for field in (self.start, self.end):
            field.editor.textChanged.connect(lambda _t: self.refresh())
        self.csv_button.clicked.connect(lambda _c=False: self.export("csv"))
        self.xlsx_button.clicked.connect(lambda _c=False: self.export("xlsx"))
        self.pdf_button.clicked.connect(lambda _c=False: self.export("pdf"))
        self.refresh()

    def _fill_places(self, found: tuple[list[str], list[str]]) -> None:
        municipalities, hoods = found
        for combo, names in ((self.municipality, municipalities), (self.neighbourhood, hoods)):
            combo.blockSignals(True)  # filling is not choosing: nothing to count again
            for name in names:
                combo.addItem(name, name)
            combo.blockSignals(False)

    def period(self) -> Period | None:
        where = {"municipality": self.municipality.currentData() or "",
                 "neighbourhood": self.neighbourhood.currentData() or ""}
        part = self.part.currentData()
        custom = part == -1
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        self.year.setEnabled(not custom)
        if custom:
            start, end = self.start.date(), self.end.date()
            if start is None or end is None or end < start:
                return None
            return Period(start, end, **where)
        if part:
            return Period.quarter(self.year.value(), part, **where)
        return Period.year(self.year.value(), **where)

    def refresh(self) -> None:
        period = self.period()
        if period is None:
            self.state.setText(self.tr("Kies een geldige periode."))
            return
        self._generation += 1
        generation = self._generation
        self.state.setText(self.tr("Bezig met tellen…"))

        def done(figures: Figures) -> None:
            if generation == self._generation:
                self.show_figures(figures)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.state.setText("")
                show_error(self, exc)

        self.runner.run(lambda: compute(self.store, period), done, failed)

    def show_figures(self, figures: Figures) -> None:
        self.figures = figures
        self.state.setText("")
        threshold = self.threshold.value()
        while self.key_layout.rowCount():
            self.key_layout.removeRow(0)
        labels = self.key_labels()
        for label, (_dutch, value) in zip(labels, key_figures(figures), strict=True):
            shown_label = QLabel(label)
            value_label = QLabel(f"<b>{value}</b>")
            value_label.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.key_layout.addRow(shown_label, value_label)
        current = self.tabs.currentIndex()
        self.tabs.clear()
        titles = table_titles()
        for code, table in figures.tables.items():
            self.tabs.addTab(self._table_page(code, table.rows, threshold), titles[code])
        self.tabs.setCurrentIndex(max(current, 0))

    def key_labels(self) -> list[str]:
        """The key figures' names on screen, in the order of figures_export.key_figures."""
        return [
            self.tr("Aanmeldingen"), self.tr("In behandeling genomen"),
            self.tr("Niet in behandeling genomen"), self.tr("Nog in afwachting"),
            self.tr("Afgesloten zaken"), self.tr("Gesprekken met partijen"),
            self.tr("Bemiddelingsgesprekken (gezamenlijk)"), self.tr("Nazorggesprekken"),
            self.tr("Mediaan dagen van aanmelding tot eerste gesprek"),
            self.tr("Mediaan dagen van aanmelding tot afsluiting"),
            self.tr("Actieve bemiddelaars"),
            self.tr("Uren ingezet door vrijwilligers (gedeclareerd)"),
            self.tr("Uren training"), self.tr("Uren intervisie (aanwezig)"),
            self.tr("Incidenten"),
        ]

    def _table_page(self, code: str, rows: list[tuple[str, int]], threshold: int) -> QWidget:
        grid = QTableWidget(len(rows), 2)
        grid.setAccessibleName(table_titles()[code])
        grid.setHorizontalHeaderLabels([self.tr("Categorie"), self.tr("Aantal")])
        grid.verticalHeader().hide()
        grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for index, (label, count) in enumerate(rows):
            grid.setItem(index, 0, QTableWidgetItem(label))
            item = QTableWidgetItem(shown(count, threshold))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.setItem(index, 1, item)
        grid.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        grid.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        grid.setMaximumWidth(420)
        visible = [(label, count) for label, count in rows
                   if not (threshold and 0 < count < threshold)][:15]
        self.last_chart_rows = visible
        page = QWidget()
        layout = QGridLayout(page)
        layout.addWidget(grid, 0, 0)
        layout.addWidget(self._chart(table_titles()[code], visible, threshold), 0, 1)
        layout.setColumnStretch(1, 1)
        return page

    def _chart(self, title: str, rows: list[tuple[str, int]], threshold: int) -> QWidget:
        chart = BarChart()
        chart.set_rows(title, [(label, count, shown(count, threshold))
                               for label, count in rows])
        return scrolling(chart)

    def export(self, kind: str, path: str | None = None) -> Path | None:
        if self.figures is None:
            return None
        if path is None:
            filters = {"csv": self.tr("CSV-bestand (*.csv)"), "xlsx": self.tr("Excel (*.xlsx)"),
                       "pdf": self.tr("PDF-bestand (*.pdf)")}
            name = f"cijfers-{self.figures.period.start:%Y%m%d}-{self.figures.period.end:%Y%m%d}"
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Cijfers opslaan"), f"{name}.{kind}", filters[kind])
            if not path:
                return None
        figures, threshold = self.figures, self.threshold.value()
        target = Path(path)

        ok, data = guarded(self, lambda: export_figures(self.store, figures, kind, threshold))
        if not ok or data is None:
            return None
        done, _none = guarded(self, lambda: target.write_bytes(data))
        if done:
            period = figures.period
            guarded(self, lambda: self.store.record_event(
                "export", "figures", format=kind, start=period.start, end=period.end,
                municipality=period.municipality, neighbourhood=period.neighbourhood))
            self.state.setText(self.tr("Opgeslagen: %1").replace("%1", str(target)))
        return target if done else None
