"""A mediator's hours and expenses: the year's lines with their totals against
the tax-free limits, and a line typed in a form that checks every field as it
is typed (amounts, km and times as volunteers write them)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.data.errors import FieldError
from desktop.data.store import Store
from desktop.volunteers.amounts import (
    format_duration,
    format_km,
    format_money,
    parse_duration,
    parse_km,
    parse_money,
)
from desktop.volunteers.care_settings import get_limit, get_settings
from desktop.volunteers.expenses import (
    ExpenseInput,
    ExpenseLine,
    LimitWarning,
    check_limits,
    delete_expense,
    list_expenses,
    save_expense,
    validate_expense,
)
from models import MediatorExpense
from models.enums import ExpenseActivity
from models.limits import max_chars
from views.errors import guarded
from views.i18n import format_date
from views.manual import set_topic
from views.messages import field_message
from views.screen_fit import fit_to_screen
from views.widgets import DateField, FieldBox, error_label, save_cancel

translate = QCoreApplication.translate


def activity_labels() -> dict[str, str]:
    return {ExpenseActivity.CASE: translate("Expenses", "Zaak"),
            ExpenseActivity.INTERVISIE: translate("Expenses", "Intervisie"),
            ExpenseActivity.TRAINING: translate("Expenses", "Training"),
            ExpenseActivity.OFFICE: translate("Expenses", "Kantoor of spreekuur"),
            ExpenseActivity.OTHER: translate("Expenses", "Overig")}


def warning_text(warning: LimitWarning) -> str:
    if warning.code == "month_limit":
        text = translate("Expenses", "Met deze regel komt de vrijwilligersvergoeding deze maand "
                         "op %1, boven de belastingvrije grens van %2.")
    else:
        text = translate("Expenses", "Met deze regel komt de vrijwilligersvergoeding dit jaar "
                         "op %1, boven de belastingvrije grens van %2.")
    return text.replace("%1", format_money(warning.paid_cents)).replace(
        "%2", format_money(warning.limit_cents))


class ExpenseLineDialog(QDialog):
    """One line: typed, checked as typed, the limits said before it is saved."""

    def __init__(self, store: Store, mediator_id: int, line: ExpenseLine | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_topic(self, "vrijwilligerszorg#uren-en-kosten")
        self.store = store
        self.mediator_id = mediator_id
        self.expense_id = line.id if line else None
        self.saved_id: int | None = None
        settings = get_settings(store)
        self.km_rate = line.km_cents * 10 // line.km_tenths if line and line.km_tenths \
            else settings.km_rate_cents
        self.setWindowTitle(self.tr("Uren en kosten") if line is None
                            else self.tr("Regel wijzigen"))
        self.spent_on = DateField()
        self.activity = QComboBox()
        for code, label in activity_labels().items():
            self.activity.addItem(label, code)
        self.edits: dict[str, QLineEdit] = {}
        self.boxes: dict[str, FieldBox] = {}
        for name, hint, limit in (
                ("case_number", "2026-0042", 20), ("minutes", "1:30", 10),
                ("km", "12,5", 10), ("transit", "€ 4,20", 14), ("other", "€ 0,00", 14),
                ("other_text", self.tr("bijvoorbeeld parkeren, printen"),
                 max_chars(MediatorExpense, "other_text")),
                ("allowance", "€ 15,00", 14),
                ("note", "", max_chars(MediatorExpense, "note"))):
            edit = QLineEdit()
            edit.setPlaceholderText(hint)
            edit.setMaxLength(limit)
            edit.setObjectName(f"expense_{name}")
            self.edits[name] = edit
            self.boxes[name] = FieldBox(edit)
            edit.textChanged.connect(lambda _t: self._update())
        self.km_hint = QLabel()
        self.allowance_hint = QLabel()
        self.allowance_hint.setWordWrap(True)
        self.pays_allowance = settings.pays_allowance or bool(line and line.allowance_cents)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a5a00")
        self.message = error_label()
        buttons, self.save_button = save_cancel(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Datum"), self.spent_on)
        form.addRow(self.tr("Waarvoor"), self.activity)
        form.addRow(self.tr("Zaaknummer"), self.boxes["case_number"])
        form.addRow(self.tr("Tijd (uren:minuten)"), self.boxes["minutes"])
        km_row = QHBoxLayout()
        km_row.addWidget(self.boxes["km"], 1)
        km_row.addWidget(self.km_hint, 1)
        form.addRow(self.tr("Kilometers"), km_row)
        form.addRow(self.tr("Openbaar vervoer"), self.boxes["transit"])
        form.addRow(self.tr("Overige kosten"), self.boxes["other"])
        form.addRow(self.tr("Waarvoor (overige kosten)"), self.boxes["other_text"])
        form.addRow(self.tr("Vrijwilligersvergoeding"), self.boxes["allowance"])
        form.addRow("", self.allowance_hint)
        form.addRow(self.tr("Opmerking"), self.boxes["note"])
        form.addRow(self.warning)
        form.addRow(self.message)
        form.addRow(buttons)
        self.case_label = form.labelForField(self.boxes["case_number"])
        if line is not None:
            self.spent_on.set_date(line.spent_on)
            self.activity.setCurrentIndex(max(self.activity.findData(line.activity), 0))
            for name, value in (("case_number", line.case_number),
                                ("minutes", format_duration(line.minutes) if line.minutes else ""),
                                ("km", format_km(line.km_tenths) if line.km_tenths else ""),
                                ("transit", _money(line.transit_cents)),
                                ("other", _money(line.other_cents)),
                                ("other_text", line.other_text),
                                ("allowance", _money(line.allowance_cents)),
                                ("note", line.note)):
                self.edits[name].setText(value)
        else:
            self.spent_on.set_date(date.today())
        self.edits["allowance"].setEnabled(self.pays_allowance)
        self.allowance_hint.setText("" if self.pays_allowance else self.tr(
            "Het bureau betaalt geen vrijwilligersvergoeding (Beheer → Vrijwilligerszorg)."))
        self.allowance_hint.setVisible(not self.pays_allowance)
        self.spent_on.editor.textChanged.connect(lambda _t: self._update())
        self.activity.currentIndexChanged.connect(lambda _i: self._update())
        fit_to_screen(self, (560, 520))
        self._update()

    def _parsed(self) -> tuple[ExpenseInput | None, list[FieldError]]:
        problems: list[FieldError] = []
        values: dict[str, int] = {}
        for name, parse, code in (("minutes", parse_duration, "duration_format"),
                                  ("km", parse_km, "km_format"),
                                  ("transit", parse_money, "money_format"),
                                  ("other", parse_money, "money_format"),
                                  ("allowance", parse_money, "money_format")):
            value = parse(self.edits[name].text())
            if value is None:
                problems.append(FieldError(f"expense.{name}", code))
            values[name] = value or 0
        if not self.spent_on.is_valid():
            problems.append(FieldError("expense.spent_on", "date_format"))
        e = self.edits
        values_in = ExpenseInput(
            self.spent_on.date(), self.activity.currentData(), e["case_number"].text(),
            minutes=values["minutes"], km_tenths=values["km"], transit_cents=values["transit"],
            other_cents=values["other"], other_text=e["other_text"].text(),
            allowance_cents=values["allowance"] if self.pays_allowance else 0,
            note=e["note"].text())
        if not problems:
            problems = validate_expense(values_in)
        return (None if problems else values_in), problems

    def _update(self) -> None:
        is_case = self.activity.currentData() == ExpenseActivity.CASE
        self.boxes["case_number"].setVisible(is_case)
        if self.case_label is not None:
            self.case_label.setVisible(is_case)
        km = parse_km(self.edits["km"].text())
        self.km_hint.setText(self.tr("× %1 = %2").replace("%1", format_money(self.km_rate))
                             .replace("%2", format_money(round(km * self.km_rate / 10)))
                             if km else "")
        values, problems = self._parsed()
        by_field: dict[str, str] = {}
        for problem in problems:
            by_field.setdefault(problem.field.split(".", 1)[1], field_message(problem))
        aliases = {"km_tenths": "km", "transit_cents": "transit", "other_cents": "other",
                   "allowance_cents": "allowance"}
        for name, message in list(by_field.items()):
            by_field.setdefault(aliases.get(name, name), message)
        for name, box in self.boxes.items():
            typed = bool(self.edits[name].text())
            # A field says what is wrong once something is typed; "empty" waits for Opslaan.
            box.set_error(by_field.get(name) if typed else None)
        self.spent_on.check()
        self.save_button.setEnabled(values is not None)
        self.message.setText("" if values is not None else
                             " ".join(dict.fromkeys(by_field.values())))
        self.warnings = check_limits(self.store, self.mediator_id, values, self.expense_id) \
            if values is not None and values.allowance_cents else []
        self.warning.setText("\n".join(warning_text(w) for w in self.warnings))

    def save(self) -> None:
        values, _problems = self._parsed()
        if values is None:
            return
        if self.warnings and QMessageBox.question(
                self, self.tr("Boven de belastingvrije grens"),
                "\n".join(warning_text(w) for w in self.warnings) + "\n\n" + self.tr(
                    "Over de hele vergoeding is dan belasting verschuldigd. Toch opslaan?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Save:
            return
        ok, saved = guarded(self, lambda: save_expense(self.store, self.mediator_id,
                                                       self.expense_id, values))
        if ok:
            self.saved_id = saved
            self.accept()


def _money(cents: int) -> str:
    return format_money(cents).replace("€\xa0", "").replace("€ ", "") if cents else ""


class ExpensesDialog(QDialog):
    """The year's lines of one mediator, with add, change and delete."""

    COLUMNS = 8

    def __init__(self, store: Store, mediator_id: int, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_topic(self, "vrijwilligerszorg#uren-en-kosten")
        self.store = store
        self.mediator_id = mediator_id
        self.setWindowTitle(self.tr("Uren en kosten van %1").replace("%1", name))
        self.year = QSpinBox()
        self.year.setRange(2000, date.today().year + 1)
        self.year.setValue(date.today().year)
        self.year.setAccessibleName(self.tr("Jaar"))
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setAccessibleName(self.tr("Regels"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Datum"), self.tr("Waarvoor"), self.tr("Tijd"), self.tr("Km"),
            self.tr("Reiskosten"), self.tr("Overig"), self.tr("Vergoeding"), self.tr("Totaal")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Regel toevoegen…"))
        self.edit_button = QPushButton(self.tr("Wijzigen…"))
        self.delete_button = QPushButton(self.tr("Verwijderen"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Jaar")))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addWidget(close)
        self.lines: list[ExpenseLine] = []
        self.year.valueChanged.connect(lambda _v: self.reload())
        self.add_button.clicked.connect(lambda _c=False: self.edit_line(None))
        self.edit_button.clicked.connect(lambda _c=False: self.edit_line(self.current()))
        self.delete_button.clicked.connect(lambda _c=False: self.delete_line())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.activated.connect(lambda _i: self.edit_line(self.current()))
        writable = store.can_edit
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setVisible(writable)
        fit_to_screen(self, (900, 520), "expenses_dialog")
        self.reload()

    def reload(self) -> None:
        year = self.year.value()
        ok, lines = guarded(self, lambda: list_expenses(self.store, self.mediator_id, year))
        self.lines = lines or []
        labels = activity_labels()
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            what = labels.get(line.activity, line.activity) + (
                f" {line.case_number}" if line.case_number else "") + (
                f" — {line.other_text}" if line.other_text else "")
            values = [format_date(line.spent_on), what,
                      format_duration(line.minutes) if line.minutes else "",
                      format_km(line.km_tenths) if line.km_tenths else "",
                      _money(line.km_cents + line.transit_cents), _money(line.other_cents),
                      _money(line.allowance_cents), format_money(line.total_cents)]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column != 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        limit = get_limit(self.store, year) if ok else None
        allowance = sum(line.allowance_cents for line in self.lines)
        text = self.tr("%1 uur, kosten %2, vrijwilligersvergoeding %3").replace(
            "%1", format_duration(sum(line.minutes for line in self.lines))).replace(
            "%2", format_money(sum(line.costs_cents for line in self.lines))).replace(
            "%3", format_money(allowance))
        if limit is not None and allowance:
            text += " " + self.tr("(belastingvrij tot %1 per jaar, %2 per maand)").replace(
                "%1", format_money(limit.year_cents)).replace("%2", format_money(
                    limit.month_cents))
        self.totals.setText(text)
        self._update_buttons()

    def current(self) -> ExpenseLine | None:
        rows = self.table.selectionModel().selectedRows()
        return self.lines[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def line_dialog(self, line: ExpenseLine | None) -> ExpenseLineDialog:
        return ExpenseLineDialog(self.store, self.mediator_id, line, self)

    def edit_line(self, line: ExpenseLine | None) -> None:
        if not self.store.can_edit:
            return
        dialog = self.line_dialog(line)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def delete_line(self) -> None:
        line = self.current()
        if line is None:
            return
        if QMessageBox.question(
                self, self.tr("Regel verwijderen"),
                self.tr("De regel van %1 verwijderen?").replace("%1", format_date(line.spent_on)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        ok, _none = guarded(self, lambda: delete_expense(self.store, line.id))
        if ok:
            self.reload()

