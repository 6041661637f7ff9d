"""Koppel voorstellen: the best pairs for one case, each with why it fits and
what is less good; the coordinator picks one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.mediators.pairing import PairSuggestion
from views.manual import set_topic
from views.reasons import split_reasons
from views.screen_fit import fit_to_screen


class PairDialog(QDialog):
    def __init__(self, case_number: str, suggestions: list[PairSuggestion],
                 parent: QWidget | None = None, expired_vog: list[str] | None = None) -> None:
        super().__init__(parent)
        set_topic(self, "zaak#koppel")
        self.setWindowTitle(self.tr("Koppel voorstellen voor zaak %1").replace("%1", case_number))
        fit_to_screen(self, (980, 520), "pair_dialog")
        self.suggestions = suggestions
        intro = QLabel(self.tr(
            "Alle voorstellen houden zich aan de vaste regels: beschikbaar, een geldige VOG, "
            "niet te vol, niet "
            "uit de straat of het postcodegebied van een partij, nooit zelf partij geweest, en "
            "samen een vrij dagdeel. De beste staat bovenaan."))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(suggestions), 4)
        self.table.setAccessibleName(self.tr("Voorgestelde koppels"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Koppel"), self.tr("Score"), self.tr("Waarom"), self.tr("Minder goed")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for row, suggestion in enumerate(suggestions):
            good, less = split_reasons(suggestion.reasons)
            values = [f"{suggestion.first_name} & {suggestion.second_name}",
                      f"{suggestion.score:.1f}", good, less]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.empty = QLabel(self.tr(
            "Er is nu geen koppel dat aan alle regels voldoet. Kijk bij Bemiddelaars wie er "
            "vrij is, of verruim het maximum aantal zaken van een bemiddelaar."))
        self.empty.setWordWrap(True)
        # The hard rule with its reason beside the names: not proposed, and why.
        self.not_proposed = QLabel(self.tr("Niet voorgesteld, VOG verlopen: %1").replace(
            "%1", ", ".join(expired_vog or [])))
        self.not_proposed.setObjectName("not_proposed_vog")
        self.not_proposed.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Toewijzen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.not_proposed)
        layout.addWidget(self.buttons)
        # Only now, in the layout: shown without a parent, a label opens as its own window.
        self.empty.setVisible(not suggestions)
        self.not_proposed.setVisible(bool(expired_vog))
        self.table.itemSelectionChanged.connect(self._update)
        self.table.activated.connect(lambda _index: self.accept())
        if suggestions:
            self.table.selectRow(0)
        self._update()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()  # now that the columns have their widths

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.chosen() is not None)

    def chosen(self) -> PairSuggestion | None:
        rows = self.table.selectionModel().selectedRows()
        return self.suggestions[rows[0].row()] if rows else None
