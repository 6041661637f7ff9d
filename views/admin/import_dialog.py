"""Importeren: the case list an office kept by hand (Excel or CSV).

Three tabs: Kolommen (what every column becomes, correctable; a column without a
field goes into the cases' notes), Waarden (what every distinct conflict type,
referrer, result and reason becomes, correctable), and Opmerkingen (every row that
comes in with a flag or is refused, with Excel's row number; exportable as CSV, and
the refused rows as a sheet to fix and import again). Reading, the dry run and the import run in
the background; the import can be stopped and then leaves nothing behind."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.spreadsheet.matching import Match
from desktop.cases.spreadsheet.plan import (
    CATEGORY_FIELDS,
    ESSENTIAL,
    FIELDS,
    ImportPlan,
    header_score,
    make_plan,
)
from desktop.cases.spreadsheet.reading import Sheet, read_sheet
from desktop.cases.spreadsheet.writing import ImportStopped, run_import
from desktop.data.store import Store
from views.errors import show_error
from views.manual import set_topic
from views.screen_fit import fit_to_screen
from views.tasks import Runner

translate = QCoreApplication.translate


def field_label(name: str) -> str:
    return translate("ImportDialog", FIELDS[name].label)


def problem_text(problem) -> str:
    return translate("ImportDialog", problem.text)


class _Progress(QObject):
    """Carries the import's progress from the worker to the screen."""

    moved = Signal(int, int)


class ImportDialog(QDialog):
    imported = Signal(int)

    def __init__(self, store: Store, path: Path, runner: Runner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_topic(self, "importeren")
        self.store, self.path, self.runner = store, path, runner
        self.sheet: Sheet | None = None
        self.plan: ImportPlan | None = None
        self.corrections: dict[tuple[str, str], Match] = {}
        self.combos: dict[str, QComboBox] = {}
        self._stop = threading.Event()
        self._progress = _Progress(self)
        self.setWindowTitle(self.tr("Importeren: %1").replace("%1", path.name))
        fit_to_screen(self, (900, 680), "import_dialog")

        self.intro = QLabel(self.tr("Het bestand wordt gelezen…"))
        self.intro.setWordWrap(True)
        self.tabs = QTabWidget()
        self.columns_form = QFormLayout()
        columns_page = QWidget()
        columns_page.setLayout(self.columns_form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(columns_page)
        self.unused = QLabel()
        self.unused.setWordWrap(True)
        columns_tab = QWidget()
        columns_layout = QVBoxLayout(columns_tab)
        columns_layout.addWidget(scroll, 1)
        columns_layout.addWidget(self.unused)
        self.values_tab = QTabWidget()
        self.value_tables: dict[str, QTableWidget] = {}
        self.problems_table = QTableWidget(0, 5)
        self.problems_table.setHorizontalHeaderLabels(
            [self.tr("Regel"), self.tr("Soort"), self.tr("Kolom"), self.tr("Waarde"),
             self.tr("Wat er mis is")])
        self.problems_table.verticalHeader().hide()
        self.problems_table.horizontalHeader().setSectionResizeMode(
            4, QHeaderView.ResizeMode.Stretch)
        self.problems_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for column in range(4):
            self.problems_table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.export_button = QPushButton(self.tr("Opmerkingen opslaan als CSV…"))
        self.refused_button = QPushButton(self.tr("Geweigerde regels opslaan…"))
        self.refused_button.setToolTip(self.tr(
            "De regels die niet geïmporteerd worden, zoals ze in het bestand staan, met de "
            "reden erbij: verbeter ze in Excel en importeer het bestand opnieuw."))
        self.problem_counts = QLabel()
        self.problem_counts.setWordWrap(True)
        problems_tab = QWidget()
        problems_layout = QVBoxLayout(problems_tab)
        problems_layout.addWidget(self.problem_counts)
        problems_layout.addWidget(self.problems_table, 1)
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_button)
        export_row.addWidget(self.refused_button)
        export_row.addStretch(1)
        problems_layout.addLayout(export_row)
        self.tabs.addTab(columns_tab, self.tr("Kolommen"))
        self.tabs.addTab(self.values_tab, self.tr("Waarden"))
        self.tabs.addTab(problems_tab, self.tr("Opmerkingen"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.dry_button = QPushButton(self.tr("Proefdraaien"))
        self.import_button = QPushButton(self.tr("Importeren"))
        self.stop_button = QPushButton(self.tr("Stoppen"))
        self.stop_button.setVisible(False)
        self.close_button = QPushButton(self.tr("Sluiten"))
        for button in (self.dry_button, self.import_button, self.export_button,
                       self.refused_button):
            button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        for button in (self.dry_button, self.import_button, self.stop_button,
                       self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.dry_button.clicked.connect(lambda _c=False: self.dry_run())
        self.import_button.clicked.connect(lambda _c=False: self.start_import())
        self.stop_button.clicked.connect(lambda _c=False: self._stop.set())
        self.export_button.clicked.connect(lambda _c=False: self.export_problems())
        self.refused_button.clicked.connect(lambda _c=False: self.export_refused())
        self.close_button.clicked.connect(lambda _c=False: self.accept())
        self._progress.moved.connect(self._moved)
        self.runner.run(lambda: read_sheet(path, header_score), self._read, self._failed)

    # -- reading and the columns ------------------------------------------------------------
    def _read(self, sheet: Sheet) -> None:
        self.sheet = sheet
        self.intro.setText(self.tr(
            "De kopregel staat op regel %1; daaronder %2 regels. Kies bij elk gegeven de kolom "
            "waar het staat, en kijk bij Waarden of elke waarde goed wordt overgenomen. Niets "
            "gaat verloren: wat niet in een veld past, komt zoals getypt in de notities van de "
            "zaak, en bij Opmerkingen staat wat er met elke regel gebeurt. Nogmaals importeren "
            "voegt niets dubbel toe.")
            .replace("%1", str(sheet.header_line)).replace("%2", str(len(sheet.rows))))
        from desktop.cases.spreadsheet.plan import guess_mapping

        guessed = guess_mapping(sheet.headers)
        for name in FIELDS:
            combo = QComboBox()
            combo.addItem(self.tr("— niet importeren —"), None)
            for index, header in enumerate(sheet.headers):
                combo.addItem(header or self.tr("(kolom %1)").replace("%1", str(index + 1)),
                              index)
            if name in guessed:
                combo.setCurrentIndex(guessed[name] + 1)
            combo.setAccessibleName(field_label(name))
            combo.currentIndexChanged.connect(lambda _i: self._mapping_changed())
            self.combos[name] = combo
            self.columns_form.addRow(field_label(name), combo)
        self.dry_button.setEnabled(True)
        self.dry_run()

    def mapping(self) -> dict[str, int]:
        return {name: combo.currentData() for name, combo in self.combos.items()
                if combo.currentData() is not None}

    def _mapping_changed(self) -> None:
        self.import_button.setEnabled(False)  # a new mapping needs a new dry run
        self.summary.setText(self.tr("Klik op Proefdraaien om te zien wat dit oplevert."))

    # -- the dry run ------------------------------------------------------------------------
    def dry_run(self) -> None:
        if self.sheet is None:
            return
        sheet, mapping, corrections = self.sheet, self.mapping(), dict(self.corrections)
        self._busy(True)
        self.runner.run(lambda: make_plan(self.store, sheet, mapping, corrections),
                        self.show_plan, self._failed)

    def show_plan(self, plan: ImportPlan) -> None:
        self._busy(False)
        self.plan = plan
        unused = [c.header or str(c.index + 1) for c in plan.columns if c.field is None
                  and c.why_not == "unknown"]
        self.unused.setText(self.tr("In de notities van de zaak (geen gegeven gekozen): %1")
                            .replace("%1", ", ".join(unused)) if unused else "")
        self._show_values(plan)
        self._show_problems(plan)
        missing = not any(n in plan.mapping for n in ESSENTIAL)
        if missing:
            text = self.tr("Kies eerst een kolom voor de naam van een partij of de datum van "
                           "aanmelding.")
        else:
            text = (self.tr("%1 zaken worden aangemaakt: %2 zoals ze zijn, %3 met een "
                            "opmerking. %4 stonden er al (eerder geïmporteerd); %5 regels "
                            "worden niet geïmporteerd (zonder naam en datum).")
                    .replace("%1", str(plan.ready)).replace("%2", str(plan.clean))
                    .replace("%3", str(plan.flagged)).replace("%4", str(plan.duplicates))
                    .replace("%5", str(plan.skipped_lines)))
            if plan.to_complete:
                text += " " + self.tr("%1 zaken komen op de lijst „Nog aan te vullen” (in de "
                                      "zakenlijst bij Status).").replace(
                                          "%1", str(plan.to_complete))
            if plan.closed_without_date():
                text += " " + self.tr(
                    "%1 zaken hebben een resultaat maar geen datum van afsluiting: ze worden "
                    "afgesloten zonder datum en tellen mee bij de aanmeldingen van hun jaar, "
                    "niet bij de afgesloten zaken.").replace(
                    "%1", str(plan.closed_without_date()))
        self.summary.setText(text)
        self.import_button.setEnabled(plan.ready > 0 and not missing)
        self.export_button.setEnabled(bool(plan.problems))
        self.refused_button.setEnabled(plan.skipped_lines > 0)

    def _show_values(self, plan: ImportPlan) -> None:
        current = self.values_tab.currentIndex()
        self.values_tab.clear()
        self.value_tables.clear()
        for name, choices in plan.values.items():
            kind = CATEGORY_FIELDS[name]
            table = QTableWidget(len(choices), 3)
            table.setHorizontalHeaderLabels([self.tr("In het bestand"), self.tr("Aantal"),
                                             self.tr("Wordt in Burenrust")])
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
            for row, choice in enumerate(choices):
                table.setItem(row, 0, QTableWidgetItem(choice.text or self.tr("(leeg)")))
                table.setItem(row, 1, QTableWidgetItem(str(choice.count)))
                combo = QComboBox()
                combo.setAccessibleName(self.tr("Wordt in Burenrust: %1").replace(
                    "%1", choice.text or self.tr("(leeg)")))
                if name == "result":
                    combo.addItem(self.tr("— zaak blijft open —"), None)
                for category in plan.categories[kind]:
                    combo.addItem(category.name, category.id)
                at = combo.findData(choice.match.category_id)
                combo.setCurrentIndex(max(at, 0))
                combo.currentIndexChanged.connect(
                    lambda _i, n=name, k=choice.key, c=combo, m=choice.match:
                    self._value_changed(n, k, c, m))
                table.setCellWidget(row, 2, combo)
            self.value_tables[name] = table
            self.values_tab.addTab(table, field_label(name))
        self.values_tab.setCurrentIndex(max(current, 0))

    def _value_changed(self, name: str, key: str, combo: QComboBox, old: Match) -> None:
        self.corrections[(name, key)] = Match(combo.currentData(), "chosen", old.reason_id)
        self._mapping_changed()

    def _show_problems(self, plan: ImportPlan) -> None:
        self.problems_table.setRowCount(len(plan.problems))
        for row, problem in enumerate(plan.problems):
            kind = self.tr("waarschuwing") if problem.is_warning else self.tr(
                "niet geïmporteerd")
            for column, text in enumerate((str(problem.line), kind, problem.column,
                                           problem.value, problem_text(problem))):
                self.problems_table.setItem(row, column, QTableWidgetItem(text))
        self.tabs.setTabText(2, self.tr("Opmerkingen (%1)").replace(
            "%1", str(len(plan.problems))))
        examples = {p.code: p for p in plan.problems}
        parts = []
        for title, warnings in ((self.tr("Komen binnen met een opmerking"), True),
                                (self.tr("Niet geïmporteerd"), False)):
            groups = plan.grouped(warnings)
            if groups:
                parts.append("<b>" + title + "</b>: " + " · ".join(
                    self.tr("%1 regels: %2").replace("%1", str(count)).replace(
                        "%2", problem_text(examples[code])) for code, count in groups))
        self.problem_counts.setText("<br>".join(parts))

    def export_problems(self, target: str | None = None) -> Path | None:
        if self.plan is None:
            return None
        return self._save_csv(target, self.tr("Problemen opslaan"), " - problemen.csv",
                              self.plan.problems_csv, "import_problems", len(self.plan.problems))

    def export_refused(self, target: str | None = None) -> Path | None:
        if self.plan is None:
            return None
        return self._save_csv(target, self.tr("Geweigerde regels opslaan"), " - geweigerd.csv",
                              self.plan.refused_csv, "import_refused", self.plan.skipped_lines)

    def _save_csv(self, target: str | None, title: str, suffix: str, make, what: str,
                  rows: int) -> Path | None:
        """A CSV for Excel beside the sheet (asked where, unless given), and its export
        in the audit trail."""
        if target is None:
            target, _filter = QFileDialog.getSaveFileName(
                self, title, str(self.path.with_name(self.path.stem + suffix)),
                self.tr("CSV voor Excel (*.csv)"))
            if not target:
                return None
        path = Path(target)
        try:
            path.write_bytes(make().encode("utf-8-sig"))
            self.store.record_event("export", what, rows=rows)
        except OSError as exc:
            show_error(self, exc)
            return None
        return path

    # -- the import -----------------------------------------------------------------------------
    def start_import(self) -> None:
        if self.plan is None:
            return
        plan = self.plan
        self._stop.clear()
        self._busy(True, importing=True)
        self.runner.run(
            lambda: run_import(self.store, plan, self._progress.moved.emit, self._stop.is_set),
            self._done, self._import_failed)

    def _moved(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _done(self, count: int) -> None:
        self._busy(False)
        self.summary.setText(self.tr("%1 zaken geïmporteerd.").replace("%1", str(count)))
        self.import_button.setEnabled(False)
        self.imported.emit(count)

    def _import_failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, ImportStopped):
            self.summary.setText(self.tr("Gestopt: er is niets geïmporteerd."))
            return
        self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        show_error(self, exc)  # one transaction: nothing half imported

    def _busy(self, busy: bool, importing: bool = False) -> None:
        self.progress.setVisible(busy)
        if busy and not importing:
            self.progress.setRange(0, 0)
        self.stop_button.setVisible(busy and importing)
        self.dry_button.setEnabled(not busy and self.sheet is not None)
        self.import_button.setEnabled(False if busy else self.import_button.isEnabled())
        self.close_button.setEnabled(not (busy and importing))
