"""Partners: search organisations and contacts; per organisation its details,
contact persons, the cases it referred (state, feedback given) and the calls
and meetings with it. The address list exports as CSV or vCard."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.admin import categories
from desktop.data.errors import ValidationFailed
from desktop.data.store import Store
from desktop.partners import directory
from desktop.partners.directory import ContactInput, OrganisationDetail, OrganisationInput
from models import PartnerContact, PartnerOrganisation
from models.enums import ContactMomentKind
from models.limits import max_chars
from views.errors import guarded, show_error
from views.i18n import format_date, format_datetime
from views.labels import status_label
from views.manual import set_topic
from views.messages import message_for
from views.widgets import DateField, FieldBox, make_table, save_shortcut, style_title

MAX_COLUMN_WIDTH = 170


def _table(headers: list[str]) -> QTableWidget:
    table = make_table(headers)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    header = table.horizontalHeader()
    for column in range(table.columnCount()):
        if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch:
            table.resizeColumnToContents(column)
            # One long value must not squeeze the column that matters off the screen.
            table.setColumnWidth(column, min(table.columnWidth(column), MAX_COLUMN_WIDTH))


def moment_kind_labels() -> dict[str, str]:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    return {
        ContactMomentKind.PHONE_CALL: translate("Labels", "Telefoongesprek"),
        ContactMomentKind.MEETING: translate("Labels", "Overleg"),
        ContactMomentKind.EMAIL: translate("Labels", "E-mail"),
        ContactMomentKind.OTHER: translate("Labels", "Anders"),
    }


class PartnersPage(QWidget):
    open_case = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_topic(self, "partners")
        self.store = store
        self.organisation_id: int | None = None
        self.detail: OrganisationDetail | None = None
        self.contact_id: int | None = None
        title = QLabel(self.tr("Partners"))
        style_title(title)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Zoek organisatie of contactpersoon…"))
        self.search.setClearButtonEnabled(True)
        self.list = _table([self.tr("Organisatie"), self.tr("Soort"), self.tr("Plaats"),
                            self.tr("Contacten"), self.tr("Zaken")])
        self.list.horizontalHeader().setStretchLastSection(False)
        self.list.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.setWordWrap(False)  # a long name is cut off with "…", not broken
        self.list.setAccessibleName(self.tr("Organisaties"))
        self.new_button = QPushButton(self.tr("Nieuwe organisatie"))
        self.csv_button = QPushButton(self.tr("Adreslijst (CSV)…"))
        self.vcard_button = QPushButton(self.tr("Adreslijst (vCard)…"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.vcard_button)
        left_layout.addLayout(buttons)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._details_tab(), self.tr("Gegevens"))
        self.tabs.addTab(self._contacts_tab(), self.tr("Contactpersonen"))
        self.tabs.addTab(self._cases_tab(), self.tr("Verwezen zaken"))
        self.tabs.addTab(self._moments_tab(), self.tr("Contactmomenten"))
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(splitter, 1)

        self.search.textChanged.connect(lambda _t: self.refresh())
        self.list.itemSelectionChanged.connect(self._selected)
        self.new_button.clicked.connect(lambda _c=False: self.new_organisation())
        self.csv_button.clicked.connect(lambda _c=False: self.export("csv"))
        self.vcard_button.clicked.connect(lambda _c=False: self.export("vcf"))
        self.refresh()
        self._show(None)

    # -- tabs ------------------------------------------------------------------------------
    def _field(self, limit: int, check: str = "") -> FieldBox:
        edit = QLineEdit()
        edit.setMaxLength(limit)
        box = FieldBox(edit)
        if check:
            edit.editingFinished.connect(lambda b=box, c=check: self._check_field(b, c))
        return box

    def _check_field(self, box: FieldBox, check: str) -> None:
        from models.rules import check_email, check_phone, check_postcode

        checked = {"phone": check_phone, "email": check_email, "postcode": check_postcode}[
            check](box.editor.text())
        box.set_error(None if checked.ok else message_for(checked.error or "invalid"))
        if checked.ok and checked.value != box.editor.text():
            box.editor.setText(checked.value)

    def _details_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.org_fields = {
            "name": self._field(max_chars(PartnerOrganisation, "name")),
            "street": self._field(max_chars(PartnerOrganisation, "street")),
            "house_number": self._field(max_chars(PartnerOrganisation, "house_number")),
            "postcode": self._field(8, "postcode"),
            "town": self._field(max_chars(PartnerOrganisation, "town")),
            "phone": self._field(24, "phone"),
            "email": self._field(max_chars(PartnerOrganisation, "email"), "email"),
        }
        self.kind = QComboBox()
        self.kind.addItem(self.tr("(onbekend)"), None)
        _ok, kinds = guarded(self, lambda: categories.list_items(self.store, "referrer_kinds"))
        for item in kinds or []:
            if not item.is_self:
                self.kind.addItem(item.name, item.id)
        self.org_notes = QPlainTextEdit()
        self.org_notes.setMaximumHeight(90)
        self.org_notes.setTabChangesFocus(True)
        labels = {"name": self.tr("Naam"), "street": self.tr("Straat"),
                  "house_number": self.tr("Huisnummer"), "postcode": self.tr("Postcode"),
                  "town": self.tr("Plaats"), "phone": self.tr("Telefoon"),
                  "email": self.tr("E-mail")}
        form.addRow(labels["name"], self.org_fields["name"])
        form.addRow(self.tr("Soort"), self.kind)
        for key in ("street", "house_number", "postcode", "town", "phone", "email"):
            form.addRow(labels[key], self.org_fields[key])
        form.addRow(self.tr("Notities"), self.org_notes)
        self.save_org_button = QPushButton(self.tr("Opslaan"))
        self.save_org_button.clicked.connect(lambda _c=False: self.save_organisation())
        save_shortcut(page, self.save_organisation, self.save_org_button)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_org_button)
        form.addRow(save_row)
        return page

    def _contacts_tab(self) -> QWidget:
        page = QWidget()
        self.contacts = _table([self.tr("Naam"), self.tr("Functie"), self.tr("Telefoon"),
                                self.tr("E-mail"), self.tr("Wijken"), self.tr("Zaken")])
        self.contacts.itemSelectionChanged.connect(self._contact_selected)
        self.contacts.setAccessibleName(self.tr("Contactpersonen"))
        self.contact_fields = {"name": self._field(max_chars(PartnerContact, "name")),
                               "role": self._field(max_chars(PartnerContact, "role")),
                               "phone": self._field(24, "phone"),
                               "email": self._field(max_chars(PartnerContact, "email"), "email"),
                               "neighbourhoods": self._field(400)}
        self.contact_active = QCheckBox(self.tr("Actief (vertrokken: vinkje weg)"))
        self.contact_active.setChecked(True)
        form = QFormLayout()
        for key, label in (("name", self.tr("Naam")), ("role", self.tr("Functie")),
                           ("phone", self.tr("Telefoon")), ("email", self.tr("E-mail")),
                           ("neighbourhoods", self.tr("Wijken"))):
            form.addRow(label, self.contact_fields[key])
        form.addRow("", self.contact_active)
        self.new_contact_button = QPushButton(self.tr("Nieuwe contactpersoon"))
        self.save_contact_button = QPushButton(self.tr("Contactpersoon opslaan"))
        self.new_contact_button.clicked.connect(lambda _c=False: self._clear_contact())
        self.save_contact_button.clicked.connect(lambda _c=False: self.save_contact())
        save_shortcut(page, self.save_contact, self.save_contact_button)
        row = QHBoxLayout()
        row.addWidget(self.new_contact_button)
        row.addStretch(1)
        row.addWidget(self.save_contact_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.contacts, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        return page

    def _cases_tab(self) -> QWidget:
        self.cases = _table([self.tr("Zaak"), self.tr("Aangemeld"), self.tr("Status"),
                             self.tr("Resultaat"), self.tr("Verwezen door"),
                             self.tr("Terugkoppeling")])
        self.cases.activated.connect(lambda index: self._open_referred(index.row()))
        self.cases.setAccessibleName(self.tr("Verwezen zaken"))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.cases, 1)
        hint = QLabel(self.tr("Dubbelklik om de zaak te openen. Terugkoppeling: de datum van "
                              "de brief aan de verwijzer."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        return page

    def _moments_tab(self) -> QWidget:
        self.moments = _table([self.tr("Datum"), self.tr("Soort"), self.tr("Met"),
                               self.tr("Notitie")])
        self.moments.setAccessibleName(self.tr("Contactmomenten"))
        self.moment_day = DateField()
        self.moment_day.set_date(date.today())
        self.moment_kind = QComboBox()
        for code, label in moment_kind_labels().items():
            self.moment_kind.addItem(label, code)
        self.moment_contact = QComboBox()
        self.moment_note = QPlainTextEdit()
        self.moment_note.setMaximumHeight(70)
        self.moment_note.setTabChangesFocus(True)
        self.add_moment_button = QPushButton(self.tr("Contactmoment toevoegen"))
        self.add_moment_button.clicked.connect(lambda _c=False: self.add_moment())
        form = QFormLayout()
        form.addRow(self.tr("Datum"), self.moment_day)
        form.addRow(self.tr("Soort"), self.moment_kind)
        form.addRow(self.tr("Met"), self.moment_contact)
        form.addRow(self.tr("Notitie"), self.moment_note)
        form.addRow("", self.add_moment_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.moments, 1)
        layout.addLayout(form)
        return page

    # -- list ------------------------------------------------------------------------------
    def refresh(self) -> None:
        ok, rows = guarded(self, lambda: directory.search_organisations(
            self.store, self.search.text()))
        self.rows = rows if ok and rows else []
        _fill(self.list, [
            [r.name + (f" — {r.matched_contact}" if r.matched_contact else ""), r.kind, r.town,
             str(r.contacts), str(r.cases)] for r in self.rows])
        for index, row in enumerate(self.rows):
            if row.id == self.organisation_id:
                self.list.selectRow(index)

    def _selected(self) -> None:
        rows = self.list.selectionModel().selectedRows()
        if rows:
            self.open_organisation(self.rows[rows[0].row()].id)

    def select_organisation(self, organisation_id: int) -> None:
        for index, row in enumerate(self.rows):
            if row.id == organisation_id:
                self.list.selectRow(index)
                return
        self.open_organisation(organisation_id)

    def open_organisation(self, organisation_id: int) -> None:
        ok, detail = guarded(self, lambda: directory.get_organisation(self.store,
                                                                      organisation_id))
        if ok and detail is not None:
            self.organisation_id = organisation_id
            self._show(detail)

    def new_organisation(self) -> None:
        self.organisation_id = None
        self.list.clearSelection()
        self._show(None)
        self.tabs.setCurrentIndex(0)
        self.org_fields["name"].editor.setFocus()

    def _show(self, detail: OrganisationDetail | None) -> None:
        self.detail = detail
        values = detail.values if detail else OrganisationInput("")
        for key, box in self.org_fields.items():
            box.editor.setText(getattr(values, key))
            box.set_error(None)
        self.kind.setCurrentIndex(max(self.kind.findData(values.kind_id), 0))
        self.org_notes.setPlainText(values.notes)
        for index in (1, 2, 3):
            self.tabs.setTabEnabled(index, detail is not None)
        contacts = detail.contacts if detail else []
        _fill(self.contacts, [[c.values.name + ("" if c.values.active else
                                                " " + self.tr("(vertrokken)")),
                               c.values.role, c.values.phone, c.values.email,
                               c.values.neighbourhoods, str(c.cases)] for c in contacts])
        self._clear_contact()
        cases = detail.cases if detail else []
        _fill(self.cases, [[c.number, format_date(c.registered_on), status_label(c.status),
                            c.result, c.contact,
                            format_datetime(c.feedback_on) if c.feedback_on else "—"]
                           for c in cases])
        kinds = moment_kind_labels()
        moments = detail.moments if detail else []
        _fill(self.moments, [[format_date(m.occurred_on), kinds.get(m.kind, m.kind), m.contact,
                              m.note] for m in moments])
        self.moment_contact.clear()
        self.moment_contact.addItem(self.tr("(de organisatie)"), None)
        for c in contacts:
            self.moment_contact.addItem(c.values.name, c.id)

    # -- saving ----------------------------------------------------------------------------
    def organisation_values(self) -> OrganisationInput:
        f = {key: box.editor.text() for key, box in self.org_fields.items()}
        return OrganisationInput(f["name"], self.kind.currentData(), f["street"],
                                 f["house_number"], f["postcode"], f["town"], f["phone"],
                                 f["email"], self.org_notes.toPlainText())

    def _show_errors(self, boxes: dict[str, FieldBox], exc: ValidationFailed) -> None:
        for box in boxes.values():
            box.set_error(None)
        for error in exc.errors:
            if error.field in boxes:
                boxes[error.field].set_error(message_for(error.code))

    def save_organisation(self) -> bool:
        try:
            organisation_id = directory.save_organisation(self.store, self.organisation_id,
                                                         self.organisation_values())
        except ValidationFailed as exc:
            self._show_errors(self.org_fields, exc)
            return False
        except Exception as exc:
            show_error(self, exc)
            return False
        self.organisation_id = organisation_id
        self.refresh()
        self.open_organisation(organisation_id)
        return True

    def _contact_selected(self) -> None:
        rows = self.contacts.selectionModel().selectedRows()
        if not rows or self.detail is None:
            return
        contact = self.detail.contacts[rows[0].row()]
        self.contact_id = contact.id
        for key, box in self.contact_fields.items():
            box.editor.setText(getattr(contact.values, key))
            box.set_error(None)
        self.contact_active.setChecked(contact.values.active)

    def _clear_contact(self) -> None:
        self.contact_id = None
        for box in self.contact_fields.values():
            box.editor.clear()
            box.set_error(None)
        self.contact_active.setChecked(True)

    def contact_values(self) -> ContactInput:
        f = {key: box.editor.text() for key, box in self.contact_fields.items()}
        return ContactInput(f["name"], f["role"], f["phone"], f["email"], f["neighbourhoods"],
                            self.contact_active.isChecked())

    def save_contact(self) -> bool:
        if self.organisation_id is None:
            return False
        try:
            directory.save_contact(self.store, self.organisation_id, self.contact_id,
                                  self.contact_values())
        except ValidationFailed as exc:
            self._show_errors(self.contact_fields, exc)
            return False
        except Exception as exc:
            show_error(self, exc)
            return False
        self.refresh()
        self.open_organisation(self.organisation_id)
        return True

    def add_moment(self) -> bool:
        day = self.moment_day.date()
        if self.organisation_id is None or day is None:
            self.moment_day.check()
            return False
        ok, _id = guarded(self, lambda: directory.add_moment(
            self.store, self.organisation_id, day, self.moment_kind.currentData(),
            self.moment_note.toPlainText(), self.moment_contact.currentData()))
        if ok:
            self.moment_note.clear()
            self.open_organisation(self.organisation_id)
        return bool(ok)

    def _open_referred(self, row: int) -> None:
        if self.detail is not None and 0 <= row < len(self.detail.cases):
            self.open_case.emit(self.detail.cases[row].case_id)

    def export(self, kind: str, path: str | None = None) -> Path | None:
        if path is None:
            filters = {"csv": self.tr("CSV-bestand (*.csv)"), "vcf": self.tr("vCard (*.vcf)")}
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Adreslijst opslaan"), f"partners.{kind}", filters[kind])
            if not path:
                return None
        maker = directory.export_csv if kind == "csv" else directory.export_vcard
        ok, text = guarded(self, lambda: maker(self.store))
        if not ok or text is None:
            return None
        target = Path(path)
        # Excel opens a CSV with a byte order mark as UTF-8, so "Çelik" stays "Çelik".
        encoding = "utf-8-sig" if kind == "csv" else "utf-8"
        done, _none = guarded(self, lambda: target.write_text(text, encoding=encoding))
        if done:
            guarded(self, lambda: self.store.record_event("export", "address_list",
                                                          format=kind))
        return target if done else None

