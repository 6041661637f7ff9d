"""The fields of one party (name, address, contact) with validation as typed:
an error shows once a field has been left (or on save), then follows every
keystroke; the postcode is normalised to "1234 AB" on leaving the field."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from desktop.cases.registration import AddressInput, PartyInput, validate_party
from desktop.data.errors import FieldError
from models import Address, Person
from models.enums import Gender
from models.limits import max_chars
from models.rules import check_phone, check_postcode
from views.messages import field_message
from views.widgets import FieldBox

LANGUAGES = ["Nederlands", "Engels", "Turks", "Arabisch", "Pools", "Berbers (Tamazight)",
             "Papiaments", "Tigrinya", "Oekraïens", "Somalisch"]
# Stored fields take their limit from the model (models.limits); postcode, house
# number and phone are typed loosely ("1234ab", "12 a", "+31 (0)6…") and normalised.
LIMITS = {"first_name": max_chars(Person, "first_name"),
          "name_prefix": max_chars(Person, "name_prefix"),
          "last_name": max_chars(Person, "last_name"), "postcode": 8, "house_number": 12,
          "street": max_chars(Address, "street"), "town": max_chars(Address, "town"),
          "municipality": max_chars(Address, "municipality"),
          "neighbourhood": max_chars(Address, "neighbourhood"), "phone": 24,
          "email": max_chars(Person, "email")}


class PartyEditor(QGroupBox):
    changed = Signal()
    lookup_wanted = Signal()  # fields that identify a person or address changed

    def __init__(self, role: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.role = role
        self._touched: set[str] = set()
        self._show_all = False
        self.edits: dict[str, QLineEdit] = {}
        self.boxes: dict[str, FieldBox] = {}
        for name, limit in LIMITS.items():
            edit = QLineEdit()
            edit.setMaxLength(limit)
            edit.setObjectName(f"{role}_{name}")
            self.edits[name] = edit
            self.boxes[name] = FieldBox(edit)
        self.edits["first_name"].setAccessibleName(self.tr("Voornaam"))
        self.edits["first_name"].setPlaceholderText(self.tr("voornaam"))
        self.edits["name_prefix"].setPlaceholderText(self.tr("tussenv."))
        self.edits["last_name"].setPlaceholderText(self.tr("achternaam"))
        self.edits["street"].setPlaceholderText(self.tr("straat"))
        self.edits["town"].setPlaceholderText(self.tr("plaats"))
        self.edits["postcode"].setPlaceholderText("1234 AB")
        self.edits["house_number"].setPlaceholderText(self.tr("12a"))
        self.edits["phone"].setPlaceholderText("06 12345678")
        self.edits["email"].setPlaceholderText("naam@voorbeeld.nl")
        self.language = QComboBox()
        self.language.setEditable(True)
        self.language.addItem("")
        self.language.addItems(LANGUAGES)
        self.language.setObjectName(f"{role}_language")
        self.interpreter = QCheckBox(self.tr("Tolk nodig"))
        self.by_email = QCheckBox(self.tr("Brieven en herinneringen per e-mail"))
        self.by_email.setObjectName(f"{role}_by_email")
        self.by_email.setToolTip(self.tr(
            "Deze partij krijgt brieven als PDF per e-mail, en een herinnering voor elke "
            "afspraak, in plaats van op papier."))
        self.salutation = QComboBox()
        self.salutation.setObjectName(f"{role}_salutation")
        for code, label in ((Gender.UNKNOWN, self.tr("met de naam (Beste Fatma Yılmaz)")),
                            (Gender.FEMALE, self.tr("mevrouw (Beste mevrouw Yılmaz)")),
                            (Gender.MALE, self.tr("meneer (Beste meneer Yılmaz)"))):
            self.salutation.addItem(label, code)

        name_row = QHBoxLayout()
        name_row.addWidget(self.boxes["first_name"], 3)
        name_row.addWidget(self.boxes["name_prefix"], 1)
        name_row.addWidget(self.boxes["last_name"], 4)
        address_row = QHBoxLayout()
        address_row.addWidget(self.boxes["postcode"], 2)
        address_row.addWidget(self.boxes["house_number"], 1)
        street_row = QHBoxLayout()
        street_row.addWidget(self.boxes["street"], 3)
        street_row.addWidget(self.boxes["town"], 2)
        area_row = QHBoxLayout()
        area_row.addWidget(self.boxes["neighbourhood"], 1)
        area_row.addWidget(self.boxes["municipality"], 1)
        self.edits["neighbourhood"].setPlaceholderText(self.tr("wijk of buurt"))
        self.edits["municipality"].setPlaceholderText(self.tr("gemeente"))
        language_row = QHBoxLayout()
        language_row.addWidget(self.language, 1)
        language_row.addWidget(self.interpreter)

        form = QFormLayout(self)
        form.addRow(self.tr("Naam"), name_row)
        form.addRow(self.tr("Postcode en huisnummer"), address_row)
        form.addRow(self.tr("Straat en plaats"), street_row)
        form.addRow(self.tr("Wijk en gemeente"), area_row)
        form.addRow(self.tr("Telefoon"), self.boxes["phone"])
        email_row = QHBoxLayout()
        email_row.addWidget(self.boxes["email"], 1)
        email_row.addWidget(self.by_email)
        form.addRow(self.tr("E-mail"), email_row)
        form.addRow(self.tr("Voorkeurstaal"), language_row)
        form.addRow(self.tr("Aanhef in brieven"), self.salutation)

        for name, edit in self.edits.items():
            edit.textChanged.connect(self._on_change)
            edit.editingFinished.connect(lambda n=name: self._on_leave(n))
        self.language.currentTextChanged.connect(self._on_change)
        self.interpreter.toggled.connect(self._on_change)
        self.by_email.toggled.connect(self._email_choice_changed)
        self.salutation.currentIndexChanged.connect(lambda _i: self._on_change())
        for first, second in itertools.pairwise(self.tab_order()):
            QWidget.setTabOrder(first, second)

    # -- values ----------------------------------------------------------------------
    def tab_order(self) -> list[QWidget]:
        """The fields as they are read: name, address, contact, language, salutation."""
        e = self.edits
        return [
            e["first_name"], e["name_prefix"], e["last_name"], e["postcode"], e["house_number"],
            e["street"], e["town"], e["neighbourhood"], e["municipality"], e["phone"], e["email"],
            self.by_email, self.language, self.interpreter, self.salutation,
        ]

    def value(self) -> PartyInput:
        e = self.edits
        return PartyInput(
            role=self.role,
            first_name=e["first_name"].text(),
            name_prefix=e["name_prefix"].text(),
            last_name=e["last_name"].text(),
            phone=e["phone"].text(),
            email=e["email"].text(),
            preferred_language=self.language.currentText(),
            needs_interpreter=self.interpreter.isChecked(),
            gender=self.salutation.currentData() or Gender.UNKNOWN,
            by_email=self.by_email.isChecked(),
            address=AddressInput(
                postcode=e["postcode"].text(),
                house_number=e["house_number"].text(),
                street=e["street"].text(),
                town=e["town"].text(),
                municipality=e["municipality"].text(),
                neighbourhood=e["neighbourhood"].text(),
            ),
        )

    def set_value(self, party: PartyInput) -> None:
        e = self.edits
        for name, value in (
            ("first_name", party.first_name), ("name_prefix", party.name_prefix),
            ("last_name", party.last_name), ("phone", party.phone), ("email", party.email),
            ("postcode", party.address.postcode), ("house_number", party.address.house_number),
            ("street", party.address.street), ("town", party.address.town),
            ("municipality", party.address.municipality),
            ("neighbourhood", party.address.neighbourhood),
        ):
            e[name].setText(value)
        self.language.setCurrentText(party.preferred_language)
        self.interpreter.setChecked(party.needs_interpreter)
        self.by_email.setChecked(party.by_email)
        if self.salutation.findData(party.gender) < 0:  # "other": kept, shown by its name
            self.salutation.addItem(self.tr("anders: met de naam"), party.gender)
        self.salutation.setCurrentIndex(self.salutation.findData(party.gender))
        self._touched.update(self.edits)  # stored values are checked at once
        self._original = self.value()

    def is_modified(self) -> bool:
        original = getattr(self, "_original", None)
        return (not self.is_blank()) if original is None else self.value() != original

    def is_blank(self) -> bool:
        return not any(edit.text().strip() for edit in self.edits.values()) and not (
            self.language.currentText().strip()
        )

    def errors(self) -> list[FieldError]:
        return validate_party(self.value())

    # -- feedback ----------------------------------------------------------------------
    def show_all_errors(self) -> None:
        self._show_all = True
        self.refresh_errors()

    def refresh_errors(self) -> None:
        by_field: dict[str, str] = {}
        for error in self.errors():
            field = error.field.split(".", 1)[1]
            if field == "address":
                field = "postcode"
            by_field.setdefault(field, field_message(error))
        for name, box in self.boxes.items():
            visible = self._show_all or name in self._touched
            box.set_error(by_field.get(name) if visible else None)

    def _email_choice_changed(self) -> None:
        self._touched.add("email")  # the address is now needed: say so at once
        self._on_change()

    def _on_change(self) -> None:
        self.refresh_errors()
        self.changed.emit()

    def _on_leave(self, name: str) -> None:
        self._touched.add(name)
        edit = self.edits[name]
        # Tidy what was typed once the field is left; never while typing.
        if name == "postcode":
            checked = check_postcode(edit.text())
            if checked.ok and checked.value != edit.text():
                edit.setText(checked.value)
        elif name == "phone":
            checked = check_phone(edit.text())
            if checked.ok and checked.value != edit.text():
                edit.setText(checked.value)
        self.refresh_errors()
        if name in ("postcode", "house_number", "last_name", "phone", "email", "first_name"):
            self.lookup_wanted.emit()
