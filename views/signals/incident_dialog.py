"""Register or change an incident: when, what, where, who reported it, who was
involved, and the case that followed. What is already known at the address shows
while typing."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.admin import categories
from desktop.data.errors import ValidationFailed
from desktop.data.store import Store
from desktop.partners import directory
from desktop.signals import incidents
from desktop.signals.incidents import IncidentInput
from models import Incident
from models.limits import max_chars
from views.errors import guarded, show_error
from views.i18n import format_date
from views.manual import set_topic
from views.messages import message_for
from views.screen_fit import fit_to_screen
from views.widgets import DateField, FieldBox, save_shortcut, style_banner


class IncidentDialog(QDialog):
    def __init__(self, store: Store, incident_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_topic(self, "signalen#incidenten")
        self.store = store
        self.incident_id = incident_id
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Incident") if incident_id else self.tr("Nieuw incident"))
        fit_to_screen(self, (620, 720), "incident_dialog")
        self.day = DateField()
        self.day.set_date(date.today())
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Kies…"), None)
        _ok, kinds = guarded(self, lambda: categories.list_items(store, "incident_kinds"))
        for item in kinds or []:
            if item.active:
                self.kind.addItem(item.name, item.id)
        self.kind_box = FieldBox(self.kind)

        def line(limit: int, hint: str = "") -> FieldBox:
            edit = QLineEdit()
            edit.setMaxLength(limit)
            edit.setPlaceholderText(hint)
            return FieldBox(edit)

        def stored(name: str, hint: str = "") -> FieldBox:  # limits from the model
            return line(max_chars(Incident, name), hint)

        self.fields = {"postcode": line(8, "1234 AB"), "house_number": line(12, "12a"),
                       "street": stored("street"), "town": stored("town"),
                       "neighbourhood": stored("neighbourhood"),
                       "place_note": stored("place_note", self.tr("bijvoorbeeld bij de speeltuin")),
                       "reporter_resident": stored("reporter_resident",
                                                   self.tr("naam of 'anoniem'")),
                       "case_number": line(12, "2026-0042")}
        self.reporter = QComboBox()
        self.reporter.addItem(self.tr("Een bewoner"), None)
        _ok, contacts = guarded(self, lambda: directory.contact_choices(store))
        for contact_id, label in contacts or []:
            self.reporter.addItem(label, contact_id)
        self.persons = QPlainTextEdit()
        self.persons.setPlaceholderText(self.tr("Eén naam per regel"))
        self.persons.setMaximumHeight(70)
        self.persons.setTabChangesFocus(True)
        self.groups = QLineEdit()
        self.groups.setPlaceholderText(self.tr("bijvoorbeeld een groep jongeren"))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description_box = FieldBox(self.description)
        self.groups_box = FieldBox(self.groups)
        self.history = QLabel()
        self.history.setWordWrap(True)
        style_banner(self.history)
        self.history.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("Datum"), self.day)
        form.addRow(self.tr("Soort"), self.kind_box)
        address_row = QHBoxLayout()
        address_row.addWidget(self.fields["postcode"])
        address_row.addWidget(self.fields["house_number"])
        form.addRow(self.tr("Postcode en huisnummer"), address_row)
        form.addRow(self.tr("Straat"), self.fields["street"])
        form.addRow(self.tr("Plaats"), self.fields["town"])
        form.addRow(self.tr("Wijk"), self.fields["neighbourhood"])
        form.addRow(self.tr("Plek"), self.fields["place_note"])
        form.addRow(self.tr("Gemeld door"), self.reporter)
        form.addRow(self.tr("Naam melder (bewoner)"), self.fields["reporter_resident"])
        form.addRow(self.tr("Betrokken personen"), self.persons)
        form.addRow(self.tr("Betrokken groepen"), self.groups_box)
        form.addRow(self.tr("Wat gebeurde er"), self.description_box)
        form.addRow(self.tr("Gevolgd door zaak"), self.fields["case_number"])
        self.save_button = QPushButton(self.tr("Opslaan"))
        self.save_button.setDefault(True)
        cancel = QPushButton(self.tr("Annuleren"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.history)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(lambda _c=False: self.save())
        save_shortcut(self, self.save, self.save_button)
        cancel.clicked.connect(self.reject)
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self.show_history)
        for key in ("postcode", "house_number"):
            self.fields[key].editor.textChanged.connect(lambda _t: self._timer.start())
        self.fields["postcode"].editor.editingFinished.connect(self._normalise_postcode)
        self.reporter.currentIndexChanged.connect(self._reporter_changed)
        if incident_id is not None:
            self._load(incident_id)
        self._reporter_changed()

    def _load(self, incident_id: int) -> None:
        ok, detail = guarded(self, lambda: incidents.get_incident(self.store, incident_id))
        if not ok or detail is None:
            return
        v = detail.values
        self.day.set_date(v.occurred_on)
        self.kind.setCurrentIndex(max(self.kind.findData(v.kind_id), 0))
        for key in ("postcode", "house_number", "street", "town", "neighbourhood",
                    "place_note", "reporter_resident"):
            self.fields[key].editor.setText(getattr(v, key))
        self.fields["case_number"].editor.setText(detail.case_number)
        self.reporter.setCurrentIndex(max(self.reporter.findData(v.reporter_contact_id), 0))
        self.persons.setPlainText("\n".join(v.persons))
        self.groups.setText(v.groups)
        self.description.setPlainText(v.description)

    def _reporter_changed(self) -> None:
        self.fields["reporter_resident"].setEnabled(self.reporter.currentData() is None)

    def _normalise_postcode(self) -> None:
        from models.rules import check_postcode

        box = self.fields["postcode"]
        checked = check_postcode(box.editor.text())
        box.set_error(None if checked.ok else message_for(checked.error or "invalid"))
        if checked.ok and checked.value != box.editor.text():
            box.editor.setText(checked.value)

    def show_history(self) -> None:
        found = incidents.address_history(
            self.store, self.fields["postcode"].editor.text(),
            self.fields["house_number"].editor.text(), exclude_incident_id=self.incident_id)
        if found is None or (found.incidents == 0 and found.cases == 0):
            self.history.setVisible(False)
            return
        parts = []
        if found.incidents:
            parts.append(self.tr("%1 eerder(e) incident(en), het laatst op %2")
                         .replace("%1", str(found.incidents))
                         .replace("%2", format_date(found.last_incident)))
        if found.cases:
            parts.append(self.tr("%1 zaak/zaken, de laatste aangemeld op %2")
                         .replace("%1", str(found.cases))
                         .replace("%2", format_date(found.last_case)))
        self.history.setText("<b>" + self.tr("Herhaling op dit adres:") + "</b> "
                             + "; ".join(parts) + ".")
        self.history.setVisible(True)

    def values(self) -> IncidentInput:
        f = {key: box.editor.text() for key, box in self.fields.items()}
        return IncidentInput(
            self.day.date(), self.kind.currentData(), f["street"], f["house_number"],
            f["postcode"], f["town"], f["neighbourhood"], "", f["place_note"],
            self.reporter.currentData(),
            f["reporter_resident"] if self.reporter.currentData() is None else "",
            self.persons.toPlainText().splitlines(), self.groups.text(),
            self.description.toPlainText(), None)

    def save(self) -> bool:
        data = self.values()
        number = self.fields["case_number"].editor.text().strip()
        boxes = {**self.fields, "kind": self.kind_box, "occurred_on": self.day,
                 "description": self.description_box, "groups": self.groups_box}
        for box in boxes.values():
            box.set_error(None)
        if number:
            data.case_id = incidents.case_id_for_number(self.store, number)
            if data.case_id is None:
                self.fields["case_number"].set_error(self.tr("Er is geen zaak met dit nummer."))
                return False
        try:
            self.saved_id = incidents.save_incident(self.store, self.incident_id, data)
        except ValidationFailed as exc:
            for error in exc.errors:
                boxes.get(error.field, self.fields["street"]).set_error(message_for(error.code))
            return False
        except Exception as exc:
            show_error(self, exc)
            return False
        self.accept()
        return True
