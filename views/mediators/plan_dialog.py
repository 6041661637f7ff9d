"""Alles plannen: one proposal for every case waiting for mediators, computed
off the GUI thread; the coordinator reviews, changes and accepts it."""

from __future__ import annotations

from babel.numbers import format_decimal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.data.store import Store
from desktop.mediators.planning import Plan, apply_plan, plan_all
from views.errors import guarded, show_error
from views.manual import set_topic
from views.reasons import reason_text, split_reasons
from views.screen_fit import fit_to_screen
from views.tasks import Runner


class PlanDialog(QDialog):
    def __init__(self, store: Store, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_topic(self, "bemiddelaars#alles-plannen")
        self.store = store
        self.runner = runner
        self.plan: Plan | None = None
        self.setWindowTitle(self.tr("Alles plannen"))
        fit_to_screen(self, (1100, 600), "plan_dialog")
        self.status = QLabel(self.tr("Het voorstel wordt berekend…"))
        self.status.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # the solver gives no steps: a busy indicator
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Voorstel per zaak"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Zaak"), self.tr("Voorgesteld koppel"), self.tr("Waarom"),
            self.tr("Minder goed")])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 330)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Aangevinkte koppels toewijzen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.choices: dict[int, QComboBox] = {}

    def start(self) -> None:
        self.runner.run(lambda: plan_all(self.store), self.show_plan, self._failed)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def _failed(self, exc: BaseException) -> None:
        self.busy.setVisible(False)
        self.status.setText(self.tr("Het voorstel kon niet worden berekend."))
        show_error(self, exc)

    def show_plan(self, plan: Plan) -> None:
        self.plan = plan
        self.busy.setVisible(False)
        if not plan.items:
            self.status.setText(self.tr("Er zijn geen zaken die op een koppel wachten."))
            return
        text = self.tr("%1 van %2 wachtende zaken kunnen een koppel krijgen. Kies per zaak "
                       "een ander koppel als u wilt; alleen aangevinkte zaken worden "
                       "toegewezen.").replace("%1", str(plan.assigned)).replace(
                           "%2", str(len(plan.items)))
        if not plan.optimal:
            text += " " + self.tr("(De berekening is na de tijdslimiet gestopt: dit is het "
                                  "beste voorstel dat tot dan gevonden is, hooguit %1% "
                                  "minder goed dan het best mogelijke.)").replace(
                                      "%1", format_decimal(plan.gap * 100, "0.#", locale="nl_NL"))
        self.status.setText(text)
        self.table.setRowCount(len(plan.items))
        for row, item in enumerate(plan.items):
            case_cell = QTableWidgetItem(item.number)
            case_cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            # A pair whose rules could not all be checked is left for the coordinator.
            case_cell.setCheckState(Qt.CheckState.Checked if item.choice and not item.reasons
                                    else Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, case_cell)
            combo = QComboBox()
            combo.addItem(self.tr("— geen koppel —"), None)
            for option in item.alternatives:
                combo.addItem(f"{option.first_name} & {option.second_name} "
                              f"({option.score:.1f})", option)
            if item.choice is not None:
                combo.setCurrentIndex(list(item.alternatives).index(item.choice) + 1)
            combo.currentIndexChanged.connect(lambda _i, r=row: self._choice_changed(r))
            self.choices[row] = combo
            self.table.setCellWidget(row, 1, combo)
            self._choice_changed(row)
        self.table.resizeRowsToContents()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    def _choice_changed(self, row: int) -> None:
        option = self.choices[row].currentData()
        item = self.plan.items[row] if self.plan is not None else None
        extra = item.reasons if item is not None else ()
        if option is not None:
            good, less = split_reasons(tuple(option.reasons) + tuple(extra))
        else:  # why no pair: the cause under Waarom, what would help under Minder goed
            causes = [r for r in extra if not r.code.startswith(("free_by", "area_"))]
            helps = [r for r in extra if r not in causes]
            good = self.tr("Geen koppel: %1").replace(
                "%1", "; ".join(reason_text(r) for r in causes)) if causes else ""
            less = "; ".join(reason_text(r) for r in helps)
        for column, text in ((2, good), (3, less)):
            cell = QTableWidgetItem(text)
            cell.setToolTip(text)
            self.table.setItem(row, column, cell)
        if option is None:
            self.table.item(row, 0).setCheckState(Qt.CheckState.Unchecked)

    def accepted_choices(self) -> dict[int, tuple[int, int]]:
        if self.plan is None:
            return {}
        chosen = {}
        for row, item in enumerate(self.plan.items):
            option = self.choices[row].currentData()
            checked = self.table.item(row, 0).checkState() == Qt.CheckState.Checked
            if checked and option is not None:
                chosen[item.case_id] = option.pair
        return chosen

    def conflicts(self, chosen: dict[int, tuple[int, int]]) -> list[str]:
        """Names of mediators the coordinator's changes give more cases than they can take."""
        if self.plan is None:
            return []
        load: dict[int, int] = {}
        names: dict[int, str] = {}
        for item in self.plan.items:
            for option in item.alternatives:
                names[option.first], names[option.second] = option.first_name, option.second_name
        for pair in chosen.values():
            for mediator_id in pair:
                load[mediator_id] = load.get(mediator_id, 0) + 1
        return [names.get(m, str(m)) for m, n in load.items()
                if n > self.plan.capacity.get(m, n)]

    def apply(self) -> None:
        chosen = self.accepted_choices()
        if not chosen:
            self.reject()
            return
        overloaded = self.conflicts(chosen)
        if overloaded and QMessageBox.question(
            self, self.tr("Te veel zaken"),
            self.tr("Met deze keuzes krijgen meer zaken dan hun maximum: %1. "
                    "Toch zo toewijzen?").replace("%1", ", ".join(sorted(overloaded))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        ) != QMessageBox.StandardButton.Yes:
            return
        ok, _ = guarded(self, lambda: apply_plan(self.store, chosen))
        if ok:
            self.accept()
