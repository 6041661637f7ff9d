"""One mediator: details with the VOG, the weekly pattern of free parts of the
day, absences, trainings, their cases, and volunteer care (what needs attention,
hours and expenses, their year overview, inzage)."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.registration import AddressInput
from desktop.data.errors import FieldError
from desktop.data.store import Store
from desktop.mediators.register import (
    MAX_OPEN_CASES_LIMIT,
    MAX_TRAINING_MINUTES,
    MediatorDetail,
    MediatorInput,
    add_absence,
    add_training,
    remove_absence,
    remove_training,
    save_mediator,
    set_availability,
    validate_mediator,
)
from desktop.volunteers.amounts import format_duration, parse_duration
from desktop.volunteers.care_settings import get_settings
from desktop.volunteers.vog import valid_until
from desktop.volunteers.year_overview import export_year
from models import Address, Mediator
from models.enums import DayPart, MediatorState
from models.limits import max_chars
from models.roles import Permission
from views.care_texts import reminder_text
from views.errors import guarded
from views.file_export import ask_path, save_in_background
from views.i18n import format_date, format_datetime
from views.labels import (
    age_band_labels,
    appointment_kind_labels,
    day_part_labels,
    gender_labels,
    mediator_state_labels,
    status_label,
    training_kind_labels,
    weekday_labels,
)
from views.manual import set_topic
from views.mediators.expenses_dialog import ExpensesDialog
from views.messages import field_message, message_for
from views.tasks import Runner, SyncRunner
from views.widgets import DateField, FieldBox, save_shortcut, style_title

# Limits from the models (models.limits); postcode, house number and phone are typed
# loosely and normalised.
FIELDS = {"first_name": max_chars(Mediator, "first_name"),
          "name_prefix": max_chars(Mediator, "name_prefix"),
          "last_name": max_chars(Mediator, "last_name"), "phone": 24,
          "email": max_chars(Mediator, "email"), "postcode": 8, "house_number": 12,
          "street": max_chars(Address, "street"), "town": max_chars(Address, "town"),
          "neighbourhood": max_chars(Address, "neighbourhood"),
          "languages": max_chars(Mediator, "languages")}


class MediatorEditor(QWidget):
    saved = Signal(int)
    open_case = Signal(int)
    dirty_changed = Signal(bool)

    def __init__(self, store: Store, parent: QWidget | None = None,
                 runner: Runner | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner or SyncRunner(self)
        self.mediator_id: int | None = None
        self._loading = False
        self._original: tuple | None = None
        self._show_all = False

        self.title = QLabel()
        style_title(self.title)
        self.edits: dict[str, QLineEdit] = {}
        self.boxes: dict[str, FieldBox] = {}
        for name, limit in FIELDS.items():
            edit = QLineEdit()
            edit.setMaxLength(limit)
            edit.setObjectName(f"mediator_{name}")
            self.edits[name] = edit
            self.boxes[name] = FieldBox(edit)
        self.edits["first_name"].setPlaceholderText(self.tr("voornaam"))
        self.edits["name_prefix"].setPlaceholderText(self.tr("tussenv."))
        self.edits["last_name"].setPlaceholderText(self.tr("achternaam"))
        self.edits["postcode"].setPlaceholderText("1234 AB")
        self.edits["house_number"].setPlaceholderText("12a")
        self.edits["street"].setPlaceholderText(self.tr("straat"))
        self.edits["town"].setPlaceholderText(self.tr("plaats"))
        self.edits["languages"].setPlaceholderText(self.tr("bijvoorbeeld Engels, Turks"))
        self.gender = QComboBox()
        for code, label in gender_labels().items():
            self.gender.addItem(label, code)
        self.age_band = QComboBox()
        for code, label in age_band_labels().items():
            self.age_band.addItem(label, code)
        self.state = QComboBox()
        for code, label in mediator_state_labels().items():
            self.state.addItem(label, code)
        self.max_open = QSpinBox()
        self.max_open.setRange(0, MAX_OPEN_CASES_LIMIT)
        self.started_on = DateField()
        self.training_on = DateField()
        self.vog_on = DateField()
        self.vog_on.setObjectName("mediator_vog")
        self.vog_on.editor.setAccessibleName(self.tr("VOG afgegeven op"))
        self.vog_state = QLabel()
        self.vog_state.setWordWrap(True)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)

        name_row = QHBoxLayout()
        name_row.addWidget(self.boxes["first_name"], 3)
        name_row.addWidget(self.boxes["name_prefix"], 1)
        name_row.addWidget(self.boxes["last_name"], 4)
        address_row = QHBoxLayout()
        address_row.addWidget(self.boxes["postcode"], 1)
        address_row.addWidget(self.boxes["house_number"], 1)
        address_row.addWidget(self.boxes["street"], 3)
        address_row.addWidget(self.boxes["town"], 2)
        person_row = QHBoxLayout()
        person_row.addWidget(self.gender)
        person_row.addWidget(self.age_band)
        work_row = QHBoxLayout()
        work_row.addWidget(self.state)
        work_row.addWidget(QLabel(self.tr("max. open zaken")))
        work_row.addWidget(self.max_open)
        work_row.addStretch(1)
        dates_row = QHBoxLayout()
        dates_row.addWidget(QLabel(self.tr("begonnen")))
        dates_row.addWidget(self.started_on)
        dates_row.addWidget(QLabel(self.tr("basistraining")))
        dates_row.addWidget(self.training_on)
        vog_row = QHBoxLayout()
        vog_row.addWidget(QLabel(self.tr("afgegeven op")))
        vog_row.addWidget(self.vog_on)
        vog_row.addStretch(1)
        details = QGroupBox(self.tr("Gegevens"))
        form = QFormLayout(details)
        form.addRow(self.tr("Naam"), name_row)
        form.addRow(self.tr("Adres"), address_row)
        form.addRow(self.tr("Wijk"), self.boxes["neighbourhood"])
        form.addRow(self.tr("Telefoon"), self.boxes["phone"])
        form.addRow(self.tr("E-mail"), self.boxes["email"])
        form.addRow(self.tr("Geslacht en leeftijd"), person_row)
        form.addRow(self.tr("Talen (naast Nederlands)"), self.boxes["languages"])
        form.addRow(self.tr("Inzet"), work_row)
        form.addRow(self.tr("Sinds"), dates_row)
        form.addRow(self.tr("VOG"), vog_row)
        form.addRow("", self.vog_state)
        form.addRow(self.tr("Notities"), self.notes)

        # Weekly pattern: day x morning / afternoon / evening.
        self.slots: dict[tuple[int, str], QCheckBox] = {}
        availability = QGroupBox(self.tr("Meestal vrij"))
        grid = QGridLayout(availability)
        for column, day in enumerate(weekday_labels(), start=1):
            grid.addWidget(QLabel(day), 0, column, Qt.AlignmentFlag.AlignCenter)
        for row, (part, label) in enumerate(day_part_labels().items(), start=1):
            grid.addWidget(QLabel(label), row, 0)
            for weekday in range(7):
                box = QCheckBox()
                box.setAccessibleName(f"{label} {weekday_labels()[weekday]}")
                self.slots[(weekday, part)] = box
                grid.addWidget(box, row, weekday + 1, Qt.AlignmentFlag.AlignCenter)

        self.save_button = QPushButton(self.tr("Opslaan"))
        self.save_button.setDefault(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        # Absences, trainings, cases: saved at once, as they are added.
        self.absences = QListWidget()
        self.absences.setAccessibleName(self.tr("Afwezigheid"))
        self.absences.setMaximumHeight(90)
        self.add_absence_button = QPushButton(self.tr("Afwezigheid toevoegen…"))
        self.remove_absence_button = QPushButton(self.tr("Verwijderen"))
        self.trainings = QListWidget()
        self.trainings.setAccessibleName(self.tr("Trainingen en intervisie"))
        self.trainings.setMaximumHeight(90)
        self.add_training_button = QPushButton(self.tr("Training of intervisie toevoegen…"))
        self.remove_training_button = QPushButton(self.tr("Verwijderen"))
        self.cases = QLabel()
        self.cases.setWordWrap(True)
        self.cases.setTextFormat(Qt.TextFormat.RichText)
        self.cases.linkActivated.connect(
            lambda href: self.open_case.emit(int(href.split(":", 1)[1])))
        extra = QGroupBox(self.tr("Afwezigheid, trainingen en zaken"))
        extra_layout = QGridLayout(extra)
        extra_layout.addWidget(QLabel(self.tr("Afwezig")), 0, 0)
        extra_layout.addWidget(self.absences, 1, 0)
        absence_buttons = QHBoxLayout()
        absence_buttons.addWidget(self.add_absence_button)
        absence_buttons.addWidget(self.remove_absence_button)
        extra_layout.addLayout(absence_buttons, 2, 0)
        extra_layout.addWidget(QLabel(self.tr("Trainingen en intervisie")), 0, 1)
        extra_layout.addWidget(self.trainings, 1, 1)
        training_buttons = QHBoxLayout()
        training_buttons.addWidget(self.add_training_button)
        training_buttons.addWidget(self.remove_training_button)
        extra_layout.addLayout(training_buttons, 2, 1)
        extra_layout.addWidget(self.cases, 3, 0, 1, 2)
        self.upcoming = QLabel()
        self.upcoming.setWordWrap(True)
        self.upcoming.setTextFormat(Qt.TextFormat.RichText)
        self.upcoming.linkActivated.connect(
            lambda href: self.open_case.emit(int(href.split(":", 1)[1])))
        extra_layout.addWidget(self.upcoming, 4, 0, 1, 2)
        # Volunteer care: the reminders about them, hours and expenses, their year, inzage.
        self.care = QLabel()
        self.care.setWordWrap(True)
        self.care.setObjectName("mediator_care")
        self.expenses_button = QPushButton(self.tr("Uren en kosten…"))
        self.year_button = QPushButton(self.tr("Jaaroverzicht (PDF)…"))
        self.access_button = QPushButton(self.tr("Inzage…"))
        self.access_button.setToolTip(self.tr(
            "Alles wat Burenrust over deze vrijwilliger bewaart, als PDF en JSON"))
        # Hidden (never shown before it has a parent: that would open it as a window).
        if not store.may(Permission.PRIVACY):
            self.access_button.hide()
        if not store.may(Permission.EXPORT):
            self.year_button.hide()
        care_buttons = QHBoxLayout()
        care_buttons.addWidget(self.expenses_button)
        care_buttons.addWidget(self.year_button)
        care_buttons.addWidget(self.access_button)
        care_buttons.addStretch(1)
        extra_layout.addWidget(self.care, 5, 0, 1, 2)
        extra_layout.addLayout(care_buttons, 6, 0, 1, 2)
        self.extra = extra

        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(details)
        layout.addWidget(availability)
        layout.addLayout(buttons)
        layout.addWidget(extra)
        layout.addStretch(1)

        for edit in self.edits.values():
            edit.textChanged.connect(self._on_change)
            edit.editingFinished.connect(self._on_change)
        for combo in (self.gender, self.age_band, self.state):
            combo.currentIndexChanged.connect(self._on_change)
        self.max_open.valueChanged.connect(self._on_change)
        for field in (self.started_on, self.training_on, self.vog_on):
            field.editor.textChanged.connect(self._on_change)
        self.notes.textChanged.connect(self._on_change)
        for box in self.slots.values():
            box.toggled.connect(self._on_change)
        self.save_button.clicked.connect(lambda _checked=False: self.save())
        save_shortcut(self, self.save, self.save_button)
        self.add_absence_button.clicked.connect(lambda _checked=False: self.ask_absence())
        self.remove_absence_button.clicked.connect(lambda _checked=False: self._remove(
            self.absences, remove_absence))
        self.add_training_button.clicked.connect(lambda _checked=False: self.ask_training())
        self.expenses_button.clicked.connect(lambda _checked=False: self.show_expenses())
        self.year_button.clicked.connect(lambda _checked=False: self.save_year())
        self.access_button.clicked.connect(lambda _checked=False: self.save_access())
        self.remove_training_button.clicked.connect(lambda _checked=False: self._remove(
            self.trainings, remove_training))
        self.show_new()

    # -- loading -------------------------------------------------------------------------
    def show_new(self) -> None:
        self.mediator_id = None
        self._fill(MediatorInput(last_name=""), frozenset(
            (day, DayPart.EVENING) for day in range(5)))
        self.title.setText(self.tr("Nieuwe bemiddelaar"))
        self.absences.clear()
        self.trainings.clear()
        self.cases.clear()
        self.upcoming.clear()
        self.care.clear()
        self.extra.setEnabled(False)
        self._mark_clean()

    def show_detail(self, detail: MediatorDetail) -> None:
        self.mediator_id = detail.id
        self._term = None  # the office's VOG term is read again: it may have changed
        self._fill(detail.values, detail.availability)
        self.title.setText(detail.name)
        self.absences.clear()
        for absence in detail.absences:
            text = f"{format_date(absence.starts_on)} – {format_date(absence.ends_on)}"
            item = QListWidgetItem(f"{text}  {absence.reason}".strip())
            item.setData(Qt.ItemDataRole.UserRole, absence.id)
            self.absences.addItem(item)
        self.trainings.clear()
        kinds = training_kind_labels()
        for training in detail.trainings:
            hours = f"  ({format_duration(training.minutes)} u)" if training.minutes else ""
            item = QListWidgetItem(f"{format_date(training.held_on)}  "
                                   f"{kinds.get(training.kind, training.kind)}  "
                                   f"{training.title}{hours}")
            item.setData(Qt.ItemDataRole.UserRole, training.id)
            self.trainings.addItem(item)

        def links(cases) -> str:
            return ", ".join(
                f'<a href="case:{c.case_id}">{escape(c.number)}</a> '
                f"({escape(status_label(c.status).lower())})" for c in cases
            ) or self.tr("geen")

        self.cases.setText(
            "<b>" + self.tr("Open zaken:") + "</b> " + links(detail.open_cases) + "<br><b>"
            + self.tr("Eerdere zaken:") + "</b> " + links(detail.past_cases[:30])
        )
        self.extra.setEnabled(True)
        self._mark_clean()

    def show_appointments(self, appointments) -> None:
        """The mediator's coming appointments, each linking to its case."""
        kinds = appointment_kind_labels()
        lines = [
            f'{format_datetime(a.starts_at)} <a href="case:{a.case_id}">'
            f"{escape(a.case_number)}</a> {escape(kinds.get(a.kind, a.kind))}"
            + (f" · {escape(a.place)}" if a.place else "")
            for a in appointments[:20]
        ]
        self.upcoming.setText("<b>" + self.tr("Komende afspraken:") + "</b> "
                              + ("<br>".join(lines) if lines else self.tr("geen")))

    def _fill(self, values: MediatorInput, slots) -> None:
        self._loading = True
        try:
            for name in ("first_name", "name_prefix", "last_name", "phone", "email",
                         "languages"):
                self.edits[name].setText(getattr(values, name))
            for name in ("postcode", "house_number", "street", "town", "neighbourhood"):
                self.edits[name].setText(getattr(values.address, name))
            self.gender.setCurrentIndex(max(self.gender.findData(values.gender), 0))
            self.age_band.setCurrentIndex(max(self.age_band.findData(values.age_band), 0))
            self.state.setCurrentIndex(max(self.state.findData(values.state), 0))
            self.max_open.setValue(values.max_open_cases)
            self.started_on.set_date(values.started_on)
            self.training_on.set_date(values.basic_training_on)
            self.vog_on.set_date(values.vog_issued_on)
            self.notes.setPlainText(values.notes)
            for slot, box in self.slots.items():
                box.setChecked(slot in slots)
        finally:
            self._loading = False
        self._show_all = False

    # -- values --------------------------------------------------------------------------
    def value(self) -> MediatorInput:
        e = self.edits
        return MediatorInput(
            last_name=e["last_name"].text(), first_name=e["first_name"].text(),
            name_prefix=e["name_prefix"].text(), phone=e["phone"].text(),
            email=e["email"].text(),
            address=AddressInput(e["postcode"].text(), e["house_number"].text(),
                                 e["street"].text(), e["town"].text(), "",
                                 e["neighbourhood"].text()),
            gender=self.gender.currentData(), age_band=self.age_band.currentData(),
            languages=e["languages"].text(), started_on=self.started_on.date(),
            basic_training_on=self.training_on.date(), vog_issued_on=self.vog_on.date(),
            max_open_cases=self.max_open.value(),
            state=self.state.currentData() or MediatorState.ACTIVE,
            notes=self.notes.toPlainText(),
        )

    def chosen_slots(self) -> set[tuple[int, str]]:
        return {slot for slot, box in self.slots.items() if box.isChecked()}

    def _snapshot(self) -> tuple:
        return (self.value(), frozenset(self.chosen_slots()))

    def _mark_clean(self) -> None:
        self._original = self._snapshot()
        self._on_change()

    def is_dirty(self) -> bool:
        return self._original is not None and self._snapshot() != self._original

    def errors(self) -> list[FieldError]:
        errors = validate_mediator(self.value())
        for name, field in (("started_on", self.started_on), ("training_on", self.training_on),
                            ("vog_issued_on", self.vog_on)):
            if not field.is_valid():
                errors.append(FieldError(f"M.{name}", "date_format"))
        return errors

    def _on_change(self, *_args) -> None:
        if self._loading:
            return
        errors = self.errors()
        by_field = {}
        for error in errors:
            by_field.setdefault(error.field.split(".", 1)[1], field_message(error))
        for name, box in self.boxes.items():
            touched = self._show_all or bool(self.edits[name].text())
            box.set_error(by_field.get(name) if touched else None)
        self.started_on.check()
        self.training_on.check()
        if self.vog_on.check() and "vog_issued_on" in by_field:
            self.vog_on.set_error(by_field["vog_issued_on"])
        self._show_vog()
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty and not errors)
        if errors and (dirty or self._show_all):
            self.summary.setText(self.tr("Nog nodig voor opslaan:") + " "
                                 + " ".join(dict.fromkeys(by_field.values())))
        else:
            self.summary.setText("")
        self.dirty_changed.emit(dirty)

    # -- saving --------------------------------------------------------------------------
    def save(self) -> bool:
        if self.errors():
            self._show_all = True
            self._on_change()
            return False
        values, slots = self.value(), self.chosen_slots()

        def store_all() -> int:
            mediator_id = save_mediator(self.store, self.mediator_id, values)
            set_availability(self.store, mediator_id, slots)
            return mediator_id

        ok, mediator_id = guarded(self, store_all)
        if not ok or mediator_id is None:
            return False
        self.mediator_id = mediator_id
        self._mark_clean()
        self.saved.emit(mediator_id)
        return True

    def ask_absence(self) -> None:
        dialog = AbsenceDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_absence(*dialog.values())

    def add_absence(self, starts_on, ends_on, reason: str) -> bool:
        if self.mediator_id is None:
            return False
        ok, _ = guarded(self, lambda: add_absence(self.store, self.mediator_id, starts_on,
                                                   ends_on, reason))
        if ok:
            self.saved.emit(self.mediator_id)
        return ok

    def _show_vog(self) -> None:
        """How long the typed VOG date holds, under the office's term."""
        issued = self.vog_on.date()
        term = self._vog_term()
        until = valid_until(issued, term)
        if not self.vog_on.editor.text():
            self.vog_state.setText(self.tr("geen datum: Te doen vraagt erom"))
            self.vog_state.setStyleSheet("")
        elif until is None:
            self.vog_state.setText("")
        elif until < date.today():
            self.vog_state.setText(self.tr("verlopen op %1: niet voorgesteld voor een koppel")
                                   .replace("%1", format_date(until)))
            self.vog_state.setStyleSheet("color: #a4000f")
        else:
            self.vog_state.setText(self.tr("geldig t/m %1 (termijn %2 jaar)")
                                   .replace("%1", format_date(until)).replace("%2", str(term)))
            self.vog_state.setStyleSheet("")

    def _vog_term(self) -> int:
        if getattr(self, "_term", None) is None:
            ok, settings = guarded(self, lambda: get_settings(self.store))
            self._term = settings.vog_term_years if ok and settings else 3
        return self._term

    def show_care(self, reminders) -> None:
        self.care.setText("<b>" + self.tr("Aandacht:") + "</b> " + (
            "; ".join(escape(reminder_text(r)) for r in reminders) or self.tr("niets")))

    def show_expenses(self) -> None:
        if self.mediator_id is None:
            return
        ExpensesDialog(self.store, self.mediator_id, self.title.text(), self).exec()

    def save_year(self, path: Path | None = None, year: int | None = None) -> None:
        if self.mediator_id is None:
            return
        year = year or date.today().year
        path = path or ask_path(self, self.tr("Jaaroverzicht opslaan"),
                                f"jaaroverzicht-{year}", "pdf")
        if path is None:
            return
        mediator_id, store = self.mediator_id, self.store

        def saved(target: Path) -> None:
            guarded(self, lambda: store.record_event("export", "mediator_year", year=year))
            self.summary.setText(self.tr("Opgeslagen: %1").replace("%1", str(target)))

        save_in_background(self, self.runner, lambda: export_year(store, mediator_id, year),
                           path, saved)

    def save_access(self, path: Path | None = None) -> None:
        """Inzage: the PDF, and the JSON beside it with the same name."""
        if self.mediator_id is None:
            return
        path = path or ask_path(self, self.tr("Inzage opslaan"), "inzage-vrijwilliger", "pdf")
        if path is None:
            return
        mediator_id, store = self.mediator_id, self.store

        def make() -> bytes:
            from desktop.privacy import mediators as mediator_privacy

            report = mediator_privacy.collect(store, mediator_id)
            path.with_suffix(".json").write_text(mediator_privacy.to_json(report),
                                                 encoding="utf-8")
            return mediator_privacy.to_pdf(store, report)

        def saved(target: Path) -> None:
            guarded(self, lambda: store.record_event("export", "mediator_access"))
            self.summary.setText(self.tr("Opgeslagen: %1 (en .json)").replace(
                "%1", str(target)))

        save_in_background(self, self.runner, make, path, saved)

    def ask_training(self) -> None:
        dialog = TrainingDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            kind, held_on, title, minutes = dialog.values()
            if self.mediator_id is not None:
                ok, _ = guarded(self, lambda: add_training(self.store, self.mediator_id, kind,
                                                            held_on, title, minutes))
                if ok:
                    self.saved.emit(self.mediator_id)

    def _remove(self, listing: QListWidget, remove) -> None:
        item = listing.currentItem()
        if item is None or self.mediator_id is None:
            return
        ok, _ = guarded(self, lambda: remove(self.store, item.data(Qt.ItemDataRole.UserRole)))
        if ok:
            self.saved.emit(self.mediator_id)


class AbsenceDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_topic(self, "bemiddelaars#afwezigheid")
        self.setWindowTitle(self.tr("Afwezigheid toevoegen"))
        self.starts = DateField()
        self.ends = DateField()
        self.reason = QLineEdit()
        self.reason.setMaxLength(160)
        self.reason.setPlaceholderText(self.tr("vakantie, ziek…"))
        self.hint = QLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Van"), self.starts)
        form.addRow(self.tr("Tot en met"), self.ends)
        form.addRow(self.tr("Reden"), self.reason)
        form.addRow(self.hint)
        form.addRow(self.buttons)
        for field in (self.starts, self.ends):
            field.editor.textChanged.connect(lambda _t: self._update())
        self._update()

    def _update(self) -> None:
        start, end = self.starts.date(), self.ends.date()
        ok = start is not None and end is not None and end >= start
        self.hint.setText("" if ok or start is None or end is None
                          else message_for("end_before_start"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def values(self):
        return self.starts.date(), self.ends.date(), self.reason.text()


class TrainingDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_topic(self, "bemiddelaars#trainingen")
        self.setWindowTitle(self.tr("Training of intervisie toevoegen"))
        self.kind = QComboBox()
        for code, label in training_kind_labels().items():
            self.kind.addItem(label, code)
        self.kind.setCurrentIndex(self.kind.count() - 1)
        self.held_on = DateField()
        self.title = QLineEdit()
        self.title.setMaxLength(160)
        self.hours = QLineEdit()
        self.hours.setPlaceholderText("2:30")
        self.hours.setMaxLength(10)
        self.hours.setAccessibleName(self.tr("Duur"))
        self.hours_box = FieldBox(self.hours)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Soort"), self.kind)
        form.addRow(self.tr("Datum"), self.held_on)
        form.addRow(self.tr("Omschrijving"), self.title)
        form.addRow(self.tr("Duur (uren:minuten)"), self.hours_box)
        form.addRow(self.buttons)
        self.held_on.editor.textChanged.connect(lambda _t: self._update())
        self.hours.textChanged.connect(lambda _t: self._update())
        self._update()

    def _update(self) -> None:
        minutes = parse_duration(self.hours.text())
        fits = minutes is not None and minutes <= MAX_TRAINING_MINUTES
        self.hours_box.set_error(None if fits else message_for(
            "duration_format" if minutes is None else "out_of_range"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.held_on.date() is not None and fits)

    def values(self):
        return (self.kind.currentData(), self.held_on.date(), self.title.text(),
                parse_duration(self.hours.text()) or 0)
