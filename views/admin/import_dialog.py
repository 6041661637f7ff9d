"""Importeren: an existing case list (Excel or CSV). The columns are guessed
from the headers and can be corrected; a dry run shows what will be made and
which rows cannot be read, and why; the import runs in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.spreadsheet_import import (
    REQUIRED,
    ImportPreview,
    guess_mapping,
    preview,
    read_table,
    run_import,
)
from desktop.data.store import Store
from views.errors import show_error
from views.tasks import Runner

translate = QCoreApplication.translate


def field_labels() -> dict[str, str]:
    return {
        "registered_on": translate("ImportDialog", "Datum aanmelding"),
        "number": translate("ImportDialog", "Zaaknummer"),
        "a_name": translate("ImportDialog", "Naam aanvrager"),
        "a_street": translate("ImportDialog", "Straat"),
        "a_house_number": translate("ImportDialog", "Huisnummer"),
        "a_postcode": translate("ImportDialog", "Postcode"),
        "a_town": translate("ImportDialog", "Plaats"),
        "a_phone": translate("ImportDialog", "Telefoon"),
        "a_email": translate("ImportDialog", "E-mail"),
        "b_name": translate("ImportDialog", "Naam partij B"),
        "b_street": translate("ImportDialog", "Straat partij B"),
        "b_house_number": translate("ImportDialog", "Huisnummer partij B"),
        "b_postcode": translate("ImportDialog", "Postcode partij B"),
        "conflict_type": translate("ImportDialog", "Soort conflict"),
        "neighbourhood": translate("ImportDialog", "Wijk"),
        "result": translate("ImportDialog", "Resultaat"),
        "closed_on": translate("ImportDialog", "Datum afsluiting"),
        "story": translate("ImportDialog", "Omschrijving"),
    }


def problem_text(code: str) -> str:
    return {
        "date": translate("ImportDialog", "datum onleesbaar"),
        "postcode": translate("ImportDialog", "postcode onbekend"),
        "house_number": translate("ImportDialog", "huisnummer onleesbaar"),
        "name": translate("ImportDialog", "naam leeg"),
        "column_missing": translate("ImportDialog", "kolom niet gekozen"),
    }.get(code, code)


class ImportDialog(QDialog):
    imported = Signal(int)

    def __init__(self, store: Store, path: Path, runner: Runner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.path, self.runner = store, path, runner
        self.setWindowTitle(self.tr("Importeren: %1").replace("%1", path.name))
        self.resize(760, 640)
        self.headers, _rows = read_table(path)
        self.report: ImportPreview | None = None
        self.combos: dict[str, QComboBox] = {}
        mapping_box = QWidget()
        form = QFormLayout(mapping_box)
        guessed = guess_mapping(self.headers)
        for name, label in field_labels().items():
            combo = QComboBox()
            combo.addItem(self.tr("— niet importeren —"), None)
            for index, header in enumerate(self.headers):
                combo.addItem(header or self.tr("(kolom %1)").replace("%1", str(index + 1)),
                              index)
            if name in guessed:
                combo.setCurrentIndex(guessed[name] + 1)
            combo.currentIndexChanged.connect(lambda _i: self._mapping_changed())
            self.combos[name] = combo
            form.addRow(label + (" *" if name in REQUIRED else ""), combo)
        self.report_view = QPlainTextEdit()
        self.report_view.setReadOnly(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.dry_button = QPushButton(self.tr("Proefdraaien"))
        self.import_button = QPushButton(self.tr("Importeren"))
        self.import_button.setEnabled(False)
        close = QPushButton(self.tr("Sluiten"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy, 1)
        buttons.addWidget(self.dry_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Kies bij elk gegeven de kolom waar het staat. Regels die niet te lezen zijn, "
            "worden overgeslagen en hieronder genoemd. Nogmaals importeren voegt niets "
            "dubbel toe.")))
        layout.addWidget(mapping_box)
        layout.addWidget(self.report_view, 1)
        layout.addLayout(buttons)
        self.dry_button.clicked.connect(lambda _c=False: self.dry_run())
        self.import_button.clicked.connect(lambda _c=False: self.start_import())
        close.clicked.connect(lambda _c=False: self.accept())

    def mapping(self) -> dict[str, int]:
        return {name: combo.currentData() for name, combo in self.combos.items()
                if combo.currentData() is not None}

    def _mapping_changed(self) -> None:
        self.import_button.setEnabled(False)  # a new mapping needs a new dry run

    def dry_run(self) -> None:
        mapping = self.mapping()
        self.busy.setVisible(True)
        self.runner.run(lambda: preview(self.store, self.path, mapping), self.show_report,
                        self._failed)

    def show_report(self, report: ImportPreview) -> None:
        self.busy.setVisible(False)
        self.report = report
        lines = [self.tr("%1 zaken worden aangemaakt; %2 stonden er al (eerder geïmporteerd); "
                         "%3 regels hebben een probleem.")
                 .replace("%1", str(report.ready)).replace("%2", str(report.duplicates))
                 .replace("%3", str(len({p.line for p in report.problems})))]
        for year, count in sorted(report.by_year.items()):
            lines.append(f"  {year}: {count}")
        for problem in report.problems[:500]:
            lines.append(self.tr("regel %1: %2").replace("%1", str(problem.line)).replace(
                "%2", problem_text(problem.code)) + (f" ({problem.value})" if problem.value
                                                     else ""))
        self.report_view.setPlainText("\n".join(lines))
        self.import_button.setEnabled(report.ready > 0 and not any(
            p.code == "column_missing" for p in report.problems))

    def start_import(self) -> None:
        mapping = self.mapping()
        self.busy.setVisible(True)
        self.import_button.setEnabled(False)
        self.dry_button.setEnabled(False)
        self.runner.run(lambda: run_import(self.store, self.path, mapping), self._done,
                        self._failed)

    def _done(self, count: int) -> None:
        self.busy.setVisible(False)
        self.dry_button.setEnabled(True)
        self.report_view.appendPlainText(
            "\n" + self.tr("%1 zaken geïmporteerd.").replace("%1", str(count)))
        self.imported.emit(count)

    def _failed(self, exc: BaseException) -> None:
        self.busy.setVisible(False)
        self.dry_button.setEnabled(True)
        show_error(self, exc)  # one transaction: nothing half imported
