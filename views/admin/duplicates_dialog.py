"""Dubbele personen: likely duplicates side by side, found by a worker. The
coordinator picks per field which value stays and merges with one click, or says
"niet dezelfde persoon" (remembered). Merges of the last weeks can be undone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.data.store import Store
from desktop.quality.duplicates import Candidate, find_duplicates
from desktop.quality.merge import (
    list_merges,
    merge_persons,
    not_the_same,
    person_values,
    undo_merge,
)
from views.errors import guarded, show_error
from views.i18n import format_datetime
from views.labels import age_band_labels, gender_labels
from views.manual import set_topic
from views.screen_fit import fit_to_screen
from views.tasks import Runner

translate = QCoreApplication.translate


def reason_texts() -> dict[str, str]:
    return {
        "same_surname": translate("Duplicates", "zelfde achternaam"),
        "double_surname": translate("Duplicates", "dubbele achternaam"),
        "surname_typo": translate("Duplicates", "achternaam bijna gelijk (tikfout?)"),
        "same_first_name": translate("Duplicates", "zelfde voornaam"),
        "initial_fits": translate("Duplicates", "voorletter past bij de voornaam"),
        "first_name_typo": translate("Duplicates", "voornaam bijna gelijk"),
        "first_name_missing": translate("Duplicates", "voornaam ontbreekt bij een van beiden"),
        "same_phone": translate("Duplicates", "zelfde telefoonnummer"),
        "same_email": translate("Duplicates", "zelfde e-mailadres"),
        "same_address": translate("Duplicates", "zelfde adres"),
        "same_area": translate("Duplicates", "zelfde postcodegebied"),
    }


def field_labels() -> dict[str, str]:
    return {
        "first_name": translate("Duplicates", "Voornaam"),
        "name_prefix": translate("Duplicates", "Tussenvoegsel"),
        "last_name": translate("Duplicates", "Achternaam"),
        "gender": translate("Duplicates", "Geslacht"),
        "age_band": translate("Duplicates", "Leeftijd"),
        "phone": translate("Duplicates", "Telefoon"),
        "email": translate("Duplicates", "E-mail"),
        "preferred_language": translate("Duplicates", "Taal"),
        "needs_interpreter": translate("Duplicates", "Tolk nodig"),
        "notes": translate("Duplicates", "Notities"),
    }


class DuplicatesDialog(QDialog):
    merged = Signal()

    def __init__(self, store: Store, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_topic(self, "dubbele-personen")
        self.store = store
        self.runner = runner
        self.candidates: list[Candidate] = []
        self.setWindowTitle(self.tr("Dubbele personen"))
        self.status = QLabel(self.tr("Het bestand wordt doorzocht…"))
        self.status.setWordWrap(True)
        self.list = QTableWidget(0, 3)
        self.list.setAccessibleName(self.tr("Mogelijk dubbel"))
        self.list.setHorizontalHeaderLabels([self.tr("Score"), self.tr("Personen"),
                                             self.tr("Waarom")])
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().setVisible(False)
        self.list.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Side by side: a radio button per field and person; the ticked value stays.
        self.sides = QWidget()
        self.grid = QGridLayout(self.sides)
        self.groups: dict[str, QButtonGroup] = {}
        self.merge_button = QPushButton(self.tr("Samenvoegen"))
        self.distinct_button = QPushButton(self.tr("Niet dezelfde persoon"))
        actions = QHBoxLayout()
        actions.addWidget(self.merge_button)
        actions.addWidget(self.distinct_button)
        actions.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.sides, 1)
        right_layout.addLayout(actions)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        found_page = QWidget()
        found_layout = QVBoxLayout(found_page)
        found_layout.addWidget(self.status)
        found_layout.addWidget(splitter, 1)
        self.merges = QTableWidget(0, 3)
        self.merges.setAccessibleName(self.tr("Samengevoegd"))
        self.merges.setHorizontalHeaderLabels([self.tr("Wanneer"), self.tr("Bewaard"),
                                               self.tr("Opgegaan in")])
        self.merges.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.merges.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.merges.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.merges.verticalHeader().setVisible(False)
        self.merges.horizontalHeader().setStretchLastSection(True)
        self.undo_button = QPushButton(self.tr("Ongedaan maken"))
        merged_page = QWidget()
        merged_layout = QVBoxLayout(merged_page)
        merged_layout.addWidget(self.merges, 1)
        merged_layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.tabs = QTabWidget()
        self.tabs.addTab(found_page, self.tr("Mogelijk dubbel"))
        self.tabs.addTab(merged_page, self.tr("Samengevoegd"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        self.list.itemSelectionChanged.connect(self._show_pair)
        self.merge_button.clicked.connect(lambda _c=False: self.merge())
        self.distinct_button.clicked.connect(lambda _c=False: self.mark_distinct())
        self.undo_button.clicked.connect(lambda _c=False: self.undo())
        if not store.can_edit:
            for button in (self.merge_button, self.distinct_button, self.undo_button):
                button.setEnabled(False)
        fit_to_screen(self, (1080, 560), "duplicates_dialog")
        self.merge_button.setEnabled(False)
        self.distinct_button.setEnabled(False)
        self.search()
        self._show_merges()

    # -- finding ----------------------------------------------------------------------
    def search(self) -> None:
        self.status.setText(self.tr("Het bestand wordt doorzocht…"))

        def done(found: list[Candidate]) -> None:
            self.candidates = found
            self._fill(found)

        self.runner.run(lambda: find_duplicates(self.store), done,
                        lambda exc: show_error(self, exc))

    def _fill(self, found: list[Candidate]) -> None:
        texts = reason_texts()
        self.list.setRowCount(len(found))
        for row, c in enumerate(found):
            for column, value in enumerate((str(c.score), f"{c.first_name}\n{c.second_name}",
                                            ", ".join(texts.get(r, r) for r in c.reasons))):
                self.list.setItem(row, column, QTableWidgetItem(value))
        self.list.resizeRowsToContents()
        self.status.setText(self.tr("%1 mogelijk dubbele personen, de waarschijnlijkste "
                                    "bovenaan.").replace("%1", str(len(found))) if found
                            else self.tr("Geen dubbele personen gevonden."))
        if found:
            self.list.selectRow(0)

    def current(self) -> Candidate | None:
        rows = self.list.selectionModel().selectedRows()
        return self.candidates[rows[0].row()] if rows else None

    def _show_pair(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().hide()  # gone now, not at the next turn of the event loop
                item.widget().deleteLater()
        self.groups.clear()
        pair = self.current()
        writable = self.store.can_edit
        self.merge_button.setEnabled(pair is not None and writable)
        self.distinct_button.setEnabled(pair is not None and writable)
        if pair is None:
            return
        (first, first_cases), (second, second_cases) = (
            person_values(self.store, pair.first), person_values(self.store, pair.second))
        keep, into = self.tr("Bewaren"), self.tr("Opgaan in de ander")
        self.grid.addWidget(QLabel(f"<b>{keep} (#{pair.first})</b>"), 0, 1)
        self.grid.addWidget(QLabel(f"<b>{into} (#{pair.second})</b>"), 0, 2)
        for row, (name, label) in enumerate(field_labels().items(), start=1):
            left, right = first.get(name), second.get(name)
            self.grid.addWidget(QLabel(label), row, 0)
            group = QButtonGroup(self)
            names = {"gender": gender_labels(), "age_band": age_band_labels()}.get(name, {})
            for column, value in ((1, left), (2, right)):
                shown = (self.tr("ja") if value else self.tr("nee")) if isinstance(value, bool) \
                    else str(names.get(value, value) or "—")
                button = QRadioButton(shown)
                button.setAccessibleName(f"{label}: {shown}")
                group.addButton(button, column)
                self.grid.addWidget(button, row, column)
            # The kept record's value, unless only the other has one.
            group.button(2 if (not left and right) else 1).setChecked(True)
            self.groups[name] = group
        cases_row = len(field_labels()) + 1
        self.grid.addWidget(QLabel(self.tr("Zaken")), cases_row, 0)
        self.grid.addWidget(QLabel(", ".join(first_cases)), cases_row, 1)
        self.grid.addWidget(QLabel(", ".join(second_cases)), cases_row, 2)

    def chosen_from_second(self) -> frozenset[str]:
        return frozenset(name for name, group in self.groups.items() if group.checkedId() == 2)

    # -- acting -----------------------------------------------------------------------
    def merge(self) -> bool:
        pair = self.current()
        if pair is None:
            return False
        take = self.chosen_from_second()
        ok, _merge = guarded(self, lambda: merge_persons(self.store, pair.first, pair.second,
                                                         take))
        if ok:
            self._drop_current()
            self._show_merges()
            self.merged.emit()
        return ok

    def mark_distinct(self) -> None:
        pair = self.current()
        if pair is None:
            return
        ok, _none = guarded(self, lambda: not_the_same(self.store, pair.first, pair.second))
        if ok:
            self._drop_current()

    def _drop_current(self) -> None:
        rows = self.list.selectionModel().selectedRows()
        if not rows:
            return
        row = rows[0].row()
        gone = self.candidates.pop(row)
        # A record merged away takes its other pairs with it.
        self.candidates = [c for c in self.candidates
                           if gone.second not in (c.first, c.second)]
        self._fill(self.candidates)

    def _show_merges(self) -> None:
        _ok, merges = guarded(self, lambda: list_merges(self.store))
        self.merge_views = [m for m in (merges or []) if not m.undone]
        self.merges.setRowCount(len(self.merge_views))
        for row, m in enumerate(self.merge_views):
            for column, value in enumerate((format_datetime(m.merged_at), m.kept_name,
                                            m.removed_name)):
                self.merges.setItem(row, column, QTableWidgetItem(value))
        self.undo_button.setEnabled(bool(self.merge_views) and self.store.can_edit)

    def undo(self) -> None:
        rows = self.merges.selectionModel().selectedRows()
        if not rows:
            return
        merge = self.merge_views[rows[0].row()]
        if QMessageBox.question(
                self, self.tr("Samenvoegen ongedaan maken"),
                self.tr("%1 en %2 weer als twee personen terugzetten?").replace(
                    "%1", merge.kept_name).replace("%2", merge.removed_name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        ok, _none = guarded(self, lambda: undo_merge(self.store, merge.id))
        if ok:
            self._show_merges()
            self.search()
            self.merged.emit()
