"""Beheer → Vrijwilligerszorg: the office's rules (VOG term, warning weeks,
trainings a year, intervisie, weeks without a case), the km rate, whether an
allowance is paid, and the year's tax-free allowance limits."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.data.store import Store
from desktop.volunteers.amounts import format_money, parse_money
from desktop.volunteers.care_settings import (
    RANGES,
    CareSettings,
    get_limit,
    get_settings,
    save_settings,
    set_limit,
)
from views.errors import guarded
from views.manual import set_topic
from views.messages import message_for
from views.screen_fit import fit_to_screen
from views.widgets import FieldBox, error_label, save_cancel


def _amount(cents: int) -> str:
    return format_money(cents).replace("€\xa0", "").replace("€ ", "")


class CareSettingsDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_topic(self, "vrijwilligerszorg#instellingen")
        self.store = store
        self.setWindowTitle(self.tr("Vrijwilligerszorg"))
        current = get_settings(store)
        self.spins: dict[str, QSpinBox] = {}
        for name in ("vog_term_years", "vog_warn_weeks", "refreshers_per_year",
                     "missed_meetings", "inactive_weeks"):
            spin = QSpinBox()
            spin.setRange(*RANGES[name])
            spin.setValue(getattr(current, name))
            spin.setObjectName(f"care_{name}")
            self.spins[name] = spin
        self.spins["vog_term_years"].setSuffix(self.tr(" jaar"))
        self.spins["vog_warn_weeks"].setSuffix(self.tr(" weken vooraf"))
        self.spins["inactive_weeks"].setSuffix(self.tr(" weken"))
        self.km_rate = QLineEdit(_amount(current.km_rate_cents))
        self.km_rate.setMaxLength(8)
        self.km_box = FieldBox(self.km_rate)
        self.pays = QCheckBox(self.tr("Het bureau betaalt een vrijwilligersvergoeding"))
        self.pays.setChecked(current.pays_allowance)
        rules = QGroupBox(self.tr("Regels"))
        form = QFormLayout(rules)
        form.addRow(self.tr("VOG geldig"), self.spins["vog_term_years"])
        form.addRow(self.tr("Waarschuwen (VOG en training)"), self.spins["vog_warn_weeks"])
        form.addRow(self.tr("Trainingen per jaar"), self.spins["refreshers_per_year"])
        form.addRow(self.tr("Intervisie op rij gemist"), self.spins["missed_meetings"])
        form.addRow(self.tr("Melden na zonder zaak"), self.spins["inactive_weeks"])
        money = QGroupBox(self.tr("Vergoedingen"))
        money_form = QFormLayout(money)
        money_form.addRow(self.tr("Kilometervergoeding (€ per km)"), self.km_box)
        money_form.addRow(self.pays)
        self.year = QSpinBox()
        self.year.setRange(2000, date.today().year + 5)
        self.year.setValue(date.today().year)
        self.month_limit = QLineEdit()
        self.year_limit = QLineEdit()
        self.month_box, self.year_box = FieldBox(self.month_limit), FieldBox(self.year_limit)
        limits = QHBoxLayout()
        limits.addWidget(self.year)
        limits.addWidget(QLabel(self.tr("per maand")))
        limits.addWidget(self.month_box)
        limits.addWidget(QLabel(self.tr("per jaar")))
        limits.addWidget(self.year_box)
        money_form.addRow(self.tr("Belastingvrij maximum"), limits)
        self.limit_note = QLabel()
        self.limit_note.setWordWrap(True)
        money_form.addRow(self.limit_note)
        self.message = error_label()
        buttons, self.save_button = save_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(rules)
        layout.addWidget(money)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._limit_edited = False
        self.year.valueChanged.connect(lambda _v: self._show_limit())
        for edit in (self.km_rate, self.month_limit, self.year_limit):
            edit.textChanged.connect(lambda _t: self._update())
        self.month_limit.textEdited.connect(lambda _t: setattr(self, "_limit_edited", True))
        self.year_limit.textEdited.connect(lambda _t: setattr(self, "_limit_edited", True))
        fit_to_screen(self, (640, 520))
        self._show_limit()

    def _show_limit(self) -> None:
        limit = get_limit(self.store, self.year.value())
        self._limit_edited = False
        self.month_limit.setText(_amount(limit.month_cents))
        self.year_limit.setText(_amount(limit.year_cents))
        self.limit_note.setText({
            "office": self.tr("Door het bureau ingevuld."),
            "legal": self.tr("De bedragen van de Belastingdienst voor %1.").replace(
                "%1", str(limit.year)),
            "carried": self.tr("Nog de bedragen van %1: kijk op belastingdienst.nl wat voor %2 "
                               "geldt en vul die hier in.").replace(
                "%1", str(limit.source_year)).replace("%2", str(limit.year)),
        }[limit.source])
        self._update()

    def _update(self) -> None:
        problems = []
        for edit, box in ((self.km_rate, self.km_box), (self.month_limit, self.month_box),
                          (self.year_limit, self.year_box)):
            bad = parse_money(edit.text()) is None
            box.set_error(message_for("money_format") if bad else None)
            problems.append(bad)
        month, year = parse_money(self.month_limit.text()), parse_money(self.year_limit.text())
        order = month is not None and year is not None and month > year
        self.message.setText(message_for("limit_month_above_year") if order else "")
        km = parse_money(self.km_rate.text())
        far = km is not None and km > RANGES["km_rate_cents"][1]
        if far:
            self.km_box.set_error(message_for("out_of_range"))
        self.save_button.setEnabled(not any(problems) and not order and not far)

    def values(self) -> CareSettings:
        return replace(CareSettings(), **{n: s.value() for n, s in self.spins.items()},
                       km_rate_cents=parse_money(self.km_rate.text()) or 0,
                       pays_allowance=self.pays.isChecked())

    def save(self) -> None:
        values = self.values()
        year = self.year.value()
        month, whole = parse_money(self.month_limit.text()), parse_money(self.year_limit.text())
        edited = self._limit_edited

        def store_all() -> None:
            save_settings(self.store, values)
            if edited and month is not None and whole is not None:
                set_limit(self.store, year, month, whole)

        ok, _none = guarded(self, store_all)
        if ok:
            self.accept()
