"""Gegevens aanvullen: what is incomplete in the file and matters, read by a
worker and grouped (parties without postcode, closed cases without result, quiet
open cases, mediators without free times, retention overdue). Opening a line
closes the list and opens the record where it can be completed."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.data.store import Store
from desktop.quality.gaps import QUIET_DAYS, Gaps, find_gaps
from views.errors import show_error
from views.i18n import format_date
from views.manual import set_topic
from views.screen_fit import fit_to_screen
from views.tasks import Runner

translate = QCoreApplication.translate
CASE_ROLE = Qt.ItemDataRole.UserRole
MEDIATOR_ROLE = Qt.ItemDataRole.UserRole + 1
PRIVACY_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Found:
    gaps: Gaps
    retention_cases: int
    retention_mediators: int


def heading_texts() -> dict[str, str]:
    return {
        "postcode": translate("DataQuality", "Adres zonder (volledige) postcode"),
        "imported": translate("DataQuality", "Geïmporteerd, nog aan te vullen"),
        "result": translate("DataQuality", "Afgesloten zonder resultaat (ontbreekt in de "
                                           "cijfers)"),
        "quiet": translate("DataQuality", "Open zaken zonder activiteit sinds %1 dagen").replace(
            "%1", str(QUIET_DAYS)),
        "availability": translate("DataQuality", "Actieve bemiddelaars zonder beschikbaarheid "
                                                 "(worden niet voorgesteld)"),
        "retention": translate("DataQuality", "Bewaartermijn verstreken"),
    }


def load(store: Store) -> Found:
    from desktop.privacy.retention import count_due, due_mediators

    return Found(find_gaps(store), count_due(store), len(due_mediators(store)))


class DataQualityDialog(QDialog):
    open_case = Signal(int)
    open_mediator = Signal(int)
    open_privacy = Signal()

    def __init__(self, store: Store, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_topic(self, "gegevens-aanvullen")
        self.store = store
        self.runner = runner
        self.setWindowTitle(self.tr("Gegevens aanvullen"))
        self.status = QLabel(self.tr("Het bestand wordt nagelopen…"))
        self.status.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Wat ontbreekt"))
        self.list.itemActivated.connect(self._open)
        self.open_button = QPushButton(self.tr("Openen"))
        self.open_button.clicked.connect(lambda _c=False: self._open(self.list.currentItem()))
        self.refresh_button = QPushButton(self.tr("Opnieuw nalopen"))
        self.refresh_button.clicked.connect(lambda _c=False: self.search())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, (820, 560), "data_quality_dialog")
        self.search()

    def search(self) -> None:
        self.status.setText(self.tr("Het bestand wordt nagelopen…"))
        self.runner.run(lambda: load(self.store), self.fill, lambda exc: show_error(self, exc))

    def fill(self, found: Found) -> None:
        self.list.clear()
        headings = heading_texts()
        bold = QFont(self.font())
        bold.setBold(True)
        counts = dict(found.gaps.counts)
        by_kind: dict[str, list] = {}
        for gap in found.gaps.lines:
            by_kind.setdefault(gap.kind, []).append(gap)
        total = 0
        for kind in ("postcode", "imported", "result", "quiet", "availability"):
            if not counts.get(kind):
                continue
            total += counts[kind]
            self._heading(f"{headings[kind]}: {counts[kind]}", bold)
            for gap in by_kind.get(kind, []):
                item = QListWidgetItem("    " + self._line(gap))
                if gap.case_id is not None:
                    item.setData(CASE_ROLE, gap.case_id)
                if gap.mediator_id is not None:
                    item.setData(MEDIATOR_ROLE, gap.mediator_id)
                self.list.addItem(item)
            if counts[kind] > len(by_kind.get(kind, [])):
                self._heading("    " + self.tr("… en nog %1").replace(
                    "%1", str(counts[kind] - len(by_kind[kind]))), None)
        retention = []
        if found.retention_cases:
            retention.append(self.tr("%1 zaken anonimiseren").replace(
                "%1", str(found.retention_cases)))
        if found.retention_mediators:
            retention.append(self.tr("%1 gestopte bemiddelaars anonimiseren").replace(
                "%1", str(found.retention_mediators)))
        if retention:
            total += found.retention_cases + found.retention_mediators
            self._heading(headings["retention"], bold)
            item = QListWidgetItem("    " + ", ".join(retention))
            item.setData(PRIVACY_ROLE, True)
            self.list.addItem(item)
        self.status.setText(
            self.tr("%1 punten om aan te vullen. Dubbelklik op een regel om het te openen; "
                    "deze lijst sluit dan.").replace("%1", str(total)) if total
            else self.tr("Niets ontbreekt: de gegevens zijn op orde."))
        self.open_button.setEnabled(bool(total))

    def _heading(self, text: str, font: QFont | None) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # not selectable: it opens nothing
        if font is not None:
            item.setFont(font)
        self.list.addItem(item)

    def _line(self, gap) -> str:
        if gap.kind == "postcode":
            return f"{gap.what}  {self.tr('partij')} {gap.detail}"
        if gap.kind == "imported":
            return f"{gap.what}  {gap.detail}"
        if gap.kind == "result":
            when = format_date(gap.since) if gap.since else ""
            return f"{gap.what}  " + self.tr("afgesloten %1").replace("%1", when)
        if gap.kind == "quiet":
            return f"{gap.what}  " + self.tr("laatste activiteit %1").replace(
                "%1", format_date(gap.since) if gap.since else "—")
        return gap.what

    def _open(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        if item.data(CASE_ROLE) is not None:
            self.accept()
            self.open_case.emit(item.data(CASE_ROLE))
        elif item.data(MEDIATOR_ROLE) is not None:
            self.accept()
            self.open_mediator.emit(item.data(MEDIATOR_ROLE))
        elif item.data(PRIVACY_ROLE):
            self.accept()
            self.open_privacy.emit()
