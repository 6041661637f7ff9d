"""Dubbele personen (and addresses, partner organisations, contact persons):
likely duplicates side by side, found by a worker. The coordinator picks per
field which value stays and merges with one click, or says "niet dezelfde"
(remembered). Merges can be undone. Opened from a case's party it shows that
person's likely duplicates only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
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
from desktop.quality.candidates import Candidate
from desktop.quality.duplicates import duplicates_of_person, find_duplicates
from desktop.quality.merge import (
    list_merges,
    merge_records,
    not_the_same,
    record_values,
    undo_merge,
)
from desktop.quality.reason_words import REASONS
from views.errors import guarded, show_error
from views.i18n import format_datetime
from views.labels import age_band_labels, gender_labels
from views.manual import set_topic
from views.screen_fit import fit_to_screen
from views.tasks import Runner

translate = QCoreApplication.translate


def reason_texts() -> dict[str, str]:
    return {code: translate("Duplicates", words) for code, words in REASONS.items()}


def kind_texts() -> dict[str, tuple[str, str, str]]:
    """Per kind: its name in the list, "not the same" and what hangs on a record."""
    return {
        "person": (translate("Duplicates", "Personen"),
                   translate("Duplicates", "Niet dezelfde persoon"),
                   translate("Duplicates", "Zaken")),
        "address": (translate("Duplicates", "Adressen"),
                    translate("Duplicates", "Niet hetzelfde adres"),
                    translate("Duplicates", "Zaken")),
        "organisation": (translate("Duplicates", "Organisaties"),
                         translate("Duplicates", "Niet dezelfde organisatie"),
                         translate("Duplicates", "Contactpersonen")),
        "contact": (translate("Duplicates", "Contactpersonen"),
                    translate("Duplicates", "Niet dezelfde persoon"),
                    translate("Duplicates", "Verwezen zaken")),
    }


def field_labels(kind: str = "person") -> dict[str, str]:
    if kind == "address":
        return {
            "street": translate("Duplicates", "Straat"),
            "house_number": translate("Duplicates", "Huisnummer"),
            "house_number_suffix": translate("Duplicates", "Toevoeging"),
            "postcode": translate("Duplicates", "Postcode"),
            "town": translate("Duplicates", "Plaats"),
            "municipality": translate("Duplicates", "Gemeente"),
            "neighbourhood": translate("Duplicates", "Wijk"),
        }
    if kind == "organisation":
        return {
            "name": translate("Duplicates", "Naam"),
            "referrer_kind_id": translate("Duplicates", "Soort verwijzer"),
            "street": translate("Duplicates", "Straat"),
            "house_number": translate("Duplicates", "Huisnummer"),
            "postcode": translate("Duplicates", "Postcode"),
            "town": translate("Duplicates", "Plaats"),
            "phone": translate("Duplicates", "Telefoon"),
            "email": translate("Duplicates", "E-mail"),
            "notes": translate("Duplicates", "Notities"),
        }
    if kind == "contact":
        return {
            "name": translate("Duplicates", "Naam"),
            "organisation_id": translate("Duplicates", "Organisatie"),
            "role": translate("Duplicates", "Functie"),
            "phone": translate("Duplicates", "Telefoon"),
            "email": translate("Duplicates", "E-mail"),
            "neighbourhoods": translate("Duplicates", "Wijken"),
            "active": translate("Duplicates", "Actief"),
        }
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

    def __init__(self, store: Store, runner: Runner, parent: QWidget | None = None,
                 person_id: int | None = None) -> None:
        super().__init__(parent)
        set_topic(self, "dubbele-personen")
        self.store = store
        self.runner = runner
        self.person_id = person_id  # from a case's party: only this person's pairs
        self.kind = "person"
        self.candidates: list[Candidate] = []
        self.setWindowTitle(self.tr("Dubbele personen"))
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(self.tr("Soort"))
        for kind, (name, _distinct, _related) in kind_texts().items():
            self.kind_box.addItem(name, kind)
        self.kind_box.setEnabled(person_id is None)
        self.status = QLabel(self.tr("Het bestand wordt doorzocht…"))
        self.status.setWordWrap(True)
        self.list = QTableWidget(0, 3)
        self.list.setAccessibleName(self.tr("Mogelijk dubbel"))
        self.list.setHorizontalHeaderLabels([self.tr("Score"), self.tr("Wie of wat"),
                                             self.tr("Waarom")])
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().setVisible(False)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
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
        top = QHBoxLayout()
        kind_label = QLabel(self.tr("&Zoek dubbele"))
        kind_label.setBuddy(self.kind_box)
        top.addWidget(kind_label)
        top.addWidget(self.kind_box)
        top.addWidget(self.status, 1)
        found_layout.addLayout(top)
        found_layout.addWidget(splitter, 1)
        self.merges = QTableWidget(0, 4)
        self.merges.setAccessibleName(self.tr("Samengevoegd"))
        self.merges.setHorizontalHeaderLabels([self.tr("Wanneer"), self.tr("Soort"),
                                               self.tr("Bewaard"), self.tr("Opgegaan in")])
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
        self.kind_box.currentIndexChanged.connect(lambda _i: self.choose_kind(
            self.kind_box.currentData()))
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
    def choose_kind(self, kind: str) -> None:
        if kind == self.kind:
            return
        self.kind = kind
        self.distinct_button.setText(kind_texts()[kind][1])
        self.candidates = []
        self._fill([])
        self.search()

    def search(self) -> None:
        self.status.setText(self.tr("Het bestand wordt doorzocht…"))
        kind, person_id = self.kind, self.person_id

        def done(found: list[Candidate]) -> None:
            if kind != self.kind:
                return  # another kind was chosen meanwhile
            self.candidates = found
            self._fill(found)

        if person_id is not None:
            work = lambda: duplicates_of_person(self.store, person_id)  # noqa: E731
        else:
            work = lambda: find_duplicates(self.store, kind=kind)  # noqa: E731
        self.runner.run(work, done, lambda exc: show_error(self, exc))

    def _fill(self, found: list[Candidate]) -> None:
        texts = reason_texts()
        self.list.setRowCount(len(found))
        for row, c in enumerate(found):
            for column, value in enumerate((str(c.score), f"{c.first_name}\n{c.second_name}",
                                            ", ".join(texts.get(r, r) for r in c.reasons))):
                item = QTableWidgetItem(value)
                item.setToolTip(value)  # a narrow column cuts the reasons short
                self.list.setItem(row, column, item)
        self.list.resizeRowsToContents()
        self.status.setText(self.tr("%1 mogelijk dubbel, de waarschijnlijkste "
                                    "bovenaan.").replace("%1", str(len(found))) if found
                            else self.tr("Niets dubbels gevonden."))
        if found:
            self.list.selectRow(0)
        else:
            self._show_pair()

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
        first_record = record_values(self.store, self.kind, pair.first)
        second_record = record_values(self.store, self.kind, pair.second)
        if first_record is None or second_record is None:
            self.status.setText(self.tr("Een van beiden bestaat niet meer; zoek opnieuw."))
            self.merge_button.setEnabled(False)
            self.distinct_button.setEnabled(False)
            return
        first, second = first_record.values, second_record.values
        keep, into = self.tr("Bewaren"), self.tr("Opgaan in de ander")
        self.grid.addWidget(QLabel(f"<b>{keep} (#{pair.first})</b>"), 0, 1)
        self.grid.addWidget(QLabel(f"<b>{into} (#{pair.second})</b>"), 0, 2)
        labels = field_labels(self.kind)
        for row, (name, label) in enumerate(labels.items(), start=1):
            left, right = first.get(name), second.get(name)
            shown_left = first_record.shown.get(name)
            shown_right = second_record.shown.get(name)
            self.grid.addWidget(QLabel(label), row, 0)
            group = QButtonGroup(self)
            names = {"gender": gender_labels(), "age_band": age_band_labels()}.get(name, {})
            for column, value, words in ((1, left, shown_left), (2, right, shown_right)):
                shown = words or ((self.tr("ja") if value else self.tr("nee"))
                                  if isinstance(value, bool)
                                  else str(names.get(value, value) or "—"))
                button = QRadioButton(shown)
                button.setAccessibleName(f"{label}: {shown}")
                group.addButton(button, column)
                self.grid.addWidget(button, row, column)
            # The kept record's value, unless only the other has one.
            group.button(2 if (not left and right) else 1).setChecked(True)
            self.groups[name] = group
        related_row = len(labels) + 1
        self.grid.addWidget(QLabel(kind_texts()[self.kind][2]), related_row, 0)
        for column, record in ((1, first_record), (2, second_record)):
            related = QLabel(", ".join(record.related[:12])
                             + (" …" if len(record.related) > 12 else ""))
            related.setWordWrap(True)
            self.grid.addWidget(related, related_row, column)

    def chosen_from_second(self) -> frozenset[str]:
        return frozenset(name for name, group in self.groups.items() if group.checkedId() == 2)

    # -- acting -----------------------------------------------------------------------
    def merge(self) -> bool:
        pair = self.current()
        if pair is None:
            return False
        take = self.chosen_from_second()
        kind = self.kind
        ok, _merge = guarded(self, lambda: merge_records(self.store, kind, pair.first,
                                                         pair.second, take))
        if ok:
            self._drop_current()
            self._show_merges()
            self.merged.emit()
        return ok

    def mark_distinct(self) -> None:
        pair = self.current()
        if pair is None:
            return
        kind = self.kind
        ok, _none = guarded(self, lambda: not_the_same(self.store, pair.first, pair.second,
                                                       kind))
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
            kind_name = kind_texts().get(m.kind, (m.kind,))[0]
            for column, value in enumerate((format_datetime(m.merged_at), kind_name,
                                            m.kept_name, m.removed_name)):
                self.merges.setItem(row, column, QTableWidgetItem(value))
        self.undo_button.setEnabled(bool(self.merge_views) and self.store.can_edit)

    def undo(self) -> None:
        rows = self.merges.selectionModel().selectedRows()
        if not rows:
            return
        merge = self.merge_views[rows[0].row()]
        if QMessageBox.question(
                self, self.tr("Samenvoegen ongedaan maken"),
                self.tr("%1 en %2 weer als twee terugzetten?").replace(
                    "%1", merge.kept_name).replace("%2", merge.removed_name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        ok, _none = guarded(self, lambda: undo_merge(self.store, merge.id))
        if ok:
            self._show_merges()
            self.search()
            self.merged.emit()
