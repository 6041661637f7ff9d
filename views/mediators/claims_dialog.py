"""Declaraties: a month's claims of every mediator at a glance, printed in one go
as a PDF to sign (a page each), or saved for the bookkeeper as Excel or CSV."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.data.store import Store
from desktop.volunteers.amounts import format_duration, format_km, format_money
from desktop.volunteers.claim_pdf import month_text
from desktop.volunteers.claims import Claim, claims_for
from desktop.volunteers.expense_export import export_month
from views.errors import show_error
from views.file_export import ask_path, save_in_background
from views.manual import set_topic
from views.screen_fit import fit_to_screen
from views.tasks import Runner


def recent_months(today: date, count: int = 13) -> list[tuple[int, int]]:
    year, month = today.year, today.month
    found = []
    for _ in range(count):
        found.append((year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return found


class ClaimsDialog(QDialog):
    def __init__(self, store: Store, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_topic(self, "vrijwilligerszorg#declaraties")
        self.store = store
        self.runner = runner
        self.claims: list[Claim] = []
        self.setWindowTitle(self.tr("Declaraties"))
        self.month = QComboBox()
        self.month.setAccessibleName(self.tr("Maand"))
        for year, month in recent_months(date.today()):
            self.month.addItem(month_text(year, month), (year, month))
        self.table = QTableWidget(0, 6)
        self.table.setAccessibleName(self.tr("Declaraties per bemiddelaar"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Bemiddelaar"), self.tr("Uren"), self.tr("Km"), self.tr("Kosten"),
            self.tr("Vergoeding"), self.tr("Totaal")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.pdf_button = QPushButton(self.tr("Alle declaraties als PDF (om te tekenen)…"))
        self.xlsx_button = QPushButton(self.tr("Excel…"))
        self.csv_button = QPushButton(self.tr("CSV…"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Maand")))
        top.addWidget(self.month)
        top.addStretch(1)
        exports = QHBoxLayout()
        exports.addWidget(self.pdf_button)
        exports.addWidget(self.xlsx_button)
        exports.addWidget(self.csv_button)
        exports.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(exports)
        layout.addWidget(close)
        self.month.currentIndexChanged.connect(lambda _i: self.reload())
        for button, kind in ((self.pdf_button, "pdf"), (self.xlsx_button, "xlsx"),
                             (self.csv_button, "csv")):
            button.clicked.connect(lambda _c=False, k=kind: self.export(k))
        fit_to_screen(self, (820, 520), "claims_dialog")
        self.reload()

    def chosen(self) -> tuple[int, int]:
        return self.month.currentData()

    def reload(self) -> None:
        year, month = self.chosen()
        self.status.setText(self.tr("Bezig met lezen…"))
        asked = self._asked = object()

        def done(claims: list[Claim]) -> None:
            if asked is self._asked:
                self._show(claims)

        self.runner.run(lambda: claims_for(self.store, year, month), done,
                        lambda exc: show_error(self, exc))

    def _show(self, claims: list[Claim]) -> None:
        self.claims = claims
        self.table.setRowCount(len(claims))
        red = QColor("#a4000f")
        for row, claim in enumerate(claims):
            values = [claim.name, format_duration(claim.minutes), format_km(claim.km_tenths),
                      format_money(claim.costs_cents), format_money(claim.allowance_cents),
                      format_money(claim.total_cents)]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if column == 4 and (claim.over_month_limit or claim.over_year_limit):
                    item.setForeground(red)
                    item.setToolTip(self.tr("Boven de belastingvrije grens"))
                self.table.setItem(row, column, item)
        over = sum(1 for c in claims if c.over_month_limit or c.over_year_limit)
        text = self.tr("%1 declaraties, samen %2.").replace("%1", str(len(claims))).replace(
            "%2", format_money(sum(c.total_cents for c in claims))) if claims else self.tr(
            "Geen uren of kosten in deze maand.")
        if over:
            text += " " + self.tr("%1 boven de belastingvrije grens (rood).").replace(
                "%1", str(over))
        self.status.setText(text)
        for button in (self.pdf_button, self.xlsx_button, self.csv_button):
            button.setEnabled(bool(claims))

    def export(self, kind: str, path: Path | None = None) -> None:
        year, month = self.chosen()
        path = path or ask_path(self, self.tr("Declaraties opslaan"),
                                f"declaraties-{year}-{month:02d}", kind)
        if path is None:
            return
        store = self.store

        def saved(target: Path) -> None:
            store.record_event("export", "expenses", format=kind, month=f"{year}-{month:02d}")
            self.status.setText(self.tr("Opgeslagen: %1").replace("%1", str(target)))

        save_in_background(self, self.runner, lambda: export_month(store, year, month, kind),
                           path, saved)
