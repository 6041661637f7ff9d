"""Nieuwe zaak: register a case while on the phone. Keyboard first, validated
as typed, save impossible until valid, and nothing typed is ever lost."""

from __future__ import annotations

import itertools
import logging
from dataclasses import asdict
from html import escape

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.admin import categories
from desktop.cases.registration import (
    AddressInput,
    CaseInput,
    PartyInput,
    RecurrenceHit,
    find_recurrences,
    register_case,
    validate_case,
)
from desktop.data.drafts import Draft, delete_draft, new_draft_id, save_draft
from desktop.data.errors import ServiceError
from desktop.data.store import Store
from desktop.partners.directory import organisation_names
from desktop.signals.incidents import address_history
from models import Case, PartnerContact, PartnerOrganisation
from models.enums import Urgency
from models.limits import EARLIEST_DATE, max_chars
from views.cases.conflict_type_picker import ConflictTypePicker
from views.cases.party_editor import PartyEditor
from views.errors import guarded
from views.i18n import format_date
from views.labels import status_label, urgency_labels
from views.manual import set_topic
from views.messages import field_message, message_for
from views.tasks import Runner, log_failure
from views.widgets import FieldBox, save_shortcut, style_banner, style_title

log = logging.getLogger(__name__)


def _party_from(data: dict) -> PartyInput:
    fields = {k: v for k, v in data.items() if k in PartyInput.__dataclass_fields__}
    fields["address"] = AddressInput(**{
        k: v for k, v in data.get("address", {}).items()
        if k in AddressInput.__dataclass_fields__
    })
    return PartyInput(**fields)


class NewCaseForm(QWidget):
    saved = Signal(int, str)  # case id, case number
    open_case = Signal(int)
    cancel_requested = Signal()
    dirty_changed = Signal(bool)

    def __init__(
        self, store: Store, runner: Runner, parent: QWidget | None = None,
        draft: Draft | None = None,
    ) -> None:
        super().__init__(parent)
        set_topic(self, "nieuwe-zaak")
        self.store = store
        self.runner = runner
        self.draft_id = draft.id if draft else new_draft_id()
        self._show_all = False
        self._saved = False
        self._lookup_generation = 0

        self.registered_on = QDateEdit(QDate.currentDate())
        self.registered_on.setDisplayFormat("dd-MM-yyyy")
        self.registered_on.setCalendarPopup(True)
        self.registered_on.setMaximumDate(QDate.currentDate())
        self.registered_on.setMinimumDate(QDate(EARLIEST_DATE.year, EARLIEST_DATE.month,
                                                EARLIEST_DATE.day))
        self.urgency = QComboBox()
        for code, label in urgency_labels().items():
            self.urgency.addItem(label, code)
        self.referrer_kind = QComboBox()
        self.referrer_kind.setObjectName("referrer_kind")
        self.organisation = QComboBox()
        self.organisation.setEditable(True)
        self.organisation.setObjectName("organisation")
        self.organisation.lineEdit().setMaxLength(max_chars(PartnerOrganisation, "name"))
        self.organisation.lineEdit().setPlaceholderText(self.tr("bijvoorbeeld de woningcorporatie"))
        self.contact = QLineEdit()
        self.contact.setMaxLength(max_chars(PartnerContact, "name"))
        self.contact.setPlaceholderText(self.tr("naam van de contactpersoon"))
        self.types = ConflictTypePicker()
        self.story = QPlainTextEdit()
        self.story.setPlaceholderText(
            self.tr("Wat is er aan de hand, sinds wanneer, wat is al geprobeerd?")
        )
        self.story.setTabChangesFocus(True)
        self.story.setMinimumHeight(90)
        self.story_box = FieldBox(self.story)
        self.story_count = QLabel()
        self.complex = QCheckBox(self.tr("Complexe zaak"))
        self.party_a = PartyEditor("A", self.tr("Partij A — aanvrager"))
        self.party_b = PartyEditor("B", self.tr("Partij B — andere partij"))
        self.banner = QLabel()
        style_banner(self.banner)
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.setVisible(False)
        self.banner.linkActivated.connect(self._link)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("summary")
        self.save_button = QPushButton(self.tr("Zaak opslaan"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Opslaan (Ctrl+S)"))
        self.cancel_button = QPushButton(self.tr("Annuleren"))

        intake = QGroupBox(self.tr("Aanmelding"))
        intake_form = QFormLayout(intake)
        intake_form.addRow(self.tr("Datum aanmelding"), self.registered_on)
        intake_form.addRow(self.tr("Urgentie"), self.urgency)
        intake_form.addRow(self.tr("Verwezen door"), self.referrer_kind)
        intake_form.addRow(self.tr("Organisatie verwijzer"), self.organisation)
        intake_form.addRow(self.tr("Contactpersoon"), self.contact)
        conflict = QGroupBox(self.tr("Het conflict"))
        conflict_form = QFormLayout(conflict)
        conflict_form.addRow(self.tr("Soort conflict"), self.types)
        story_row = QVBoxLayout()
        story_row.addWidget(self.story_box)
        counter_row = QHBoxLayout()
        counter_row.addWidget(self.complex)
        counter_row.addStretch(1)
        counter_row.addWidget(self.story_count)
        story_row.addLayout(counter_row)
        conflict_form.addRow(self.tr("Verhaal"), story_row)

        # A phone call starts with who is calling and where; the details follow.
        parties = QHBoxLayout()
        parties.addWidget(self.party_a)
        parties.addWidget(self.party_b)
        bottom = QHBoxLayout()
        bottom.addWidget(conflict, 3)
        bottom.addWidget(intake, 2)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        title = QLabel(self.tr("Nieuwe aanmelding"))
        style_title(title)
        content_layout.addWidget(title)
        content_layout.addWidget(self.banner)
        content_layout.addLayout(parties)
        content_layout.addLayout(bottom)
        content_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        # Keyboard order follows a phone call: who, where, what.
        order = [
            *self._party_order(self.party_a), *self._party_order(self.party_b),
            self.types.main, self.types.others, self.story, self.complex,
            self.registered_on, self.urgency, self.referrer_kind, self.organisation,
            self.contact, self.save_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        self._load_choices()
        for signal in (
            self.registered_on.dateChanged, self.urgency.currentIndexChanged,
            self.referrer_kind.currentIndexChanged, self.organisation.currentTextChanged,
            self.contact.textChanged, self.types.changed,
            self.story.textChanged, self.complex.toggled,
            self.party_a.changed, self.party_b.changed,
        ):
            signal.connect(self._on_change)
        self.referrer_kind.currentIndexChanged.connect(self._referrer_kind_changed)
        self.lookup_timer = QTimer(self)
        self.lookup_timer.setSingleShot(True)
        self.lookup_timer.setInterval(300)
        self.lookup_timer.timeout.connect(self.check_recurrence_now)
        self.party_a.lookup_wanted.connect(self.lookup_timer.start)
        self.party_b.lookup_wanted.connect(self.lookup_timer.start)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(lambda: self.cancel_requested.emit())
        save_shortcut(self, self.save)
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(2000)
        self.draft_timer.timeout.connect(self.write_draft)
        if draft is not None:
            self.restore_state(draft.state)
        self._referrer_kind_changed()
        self._on_change()

    @staticmethod
    def _party_order(editor: PartyEditor) -> list[QWidget]:
        return editor.tab_order()

    def _load_choices(self) -> None:
        def load():
            return (
                categories.list_items(self.store, "referrer_kinds"),
                categories.list_items(self.store, "conflict_types"),
                organisation_names(self.store),
            )

        ok, loaded = guarded(self, load)
        if not ok or loaded is None:
            return
        kinds, types, organisations = loaded
        self._self_kinds = {k.id for k in kinds if k.is_self}
        for kind in kinds:
            self.referrer_kind.addItem(kind.name, kind.id)
        self.types.set_items(types)
        self.organisation.addItem("")
        self.organisation.addItems(organisations)

    def _referrer_kind_changed(self) -> None:
        is_self = self.referrer_kind.currentData() in getattr(self, "_self_kinds", set())
        self.organisation.setEnabled(not is_self)
        self.contact.setEnabled(not is_self)

    # -- values ----------------------------------------------------------------------
    def conflict_type_ids(self) -> list[int]:
        return self.types.selected_ids()

    def value(self) -> CaseInput:
        parties = [self.party_a.value()]
        if not self.party_b.is_blank():
            parties.append(self.party_b.value())
        referrer_enabled = self.organisation.isEnabled()
        return CaseInput(
            parties=parties,
            conflict_type_ids=self.conflict_type_ids(),
            story=self.story.toPlainText(),
            urgency=self.urgency.currentData() or Urgency.NORMAL,
            referrer_kind_id=self.referrer_kind.currentData(),
            referrer_organisation=self.organisation.currentText() if referrer_enabled else "",
            referrer_contact=self.contact.text() if referrer_enabled else "",
            registered_on=self.registered_on.date().toPython(),
            is_complex=self.complex.isChecked(),
        )

    def is_dirty(self) -> bool:
        if self._saved:
            return False
        return bool(
            not self.party_a.is_blank()
            or not self.party_b.is_blank()
            or self.story.toPlainText().strip()
            or self.conflict_type_ids()
            or self.contact.text().strip()
            or self.organisation.currentText().strip()
        )

    # -- feedback ----------------------------------------------------------------------
    def _on_change(self) -> None:
        errors = validate_case(self.value())
        self.save_button.setEnabled(not errors)
        length = len(self.story.toPlainText())
        self.story_count.setText(self.tr("%1 van %2 tekens").replace("%1", str(length)).replace(
            "%2", str(max_chars(Case, "story"))))
        general = {e.field: message_for(e.code) for e in errors if "." not in e.field}
        visible = self._show_all
        self.types.set_error(general.get("conflict_types") if visible else None)
        self.story_box.set_error(general.get("story"))
        if errors:
            self.summary.setText(self._missing_text(errors))
        else:
            self.summary.setText(self.tr("Alles is ingevuld; u kunt opslaan."))
        self.dirty_changed.emit(self.is_dirty())
        if self.is_dirty():
            self.draft_timer.start()

    # -- drafts ------------------------------------------------------------------------
    def state(self) -> dict:
        """Everything typed, as plain values (for the draft file)."""
        case = asdict(self.value())
        case["registered_on"] = case["registered_on"].isoformat()
        return {
            "case": case,
            "party_b_blank": self.party_b.is_blank(),
            "party_b": asdict(self.party_b.value()),
        }

    def restore_state(self, state: dict) -> None:
        case = state.get("case", {})
        parties = case.get("parties", [])
        if parties:
            self.party_a.set_value(_party_from(parties[0]))
        if not state.get("party_b_blank", True):
            self.party_b.set_value(_party_from(state.get("party_b", {})))
        self.types.set_selected(case.get("conflict_type_ids", []))
        self.story.setPlainText(case.get("story", ""))
        self.urgency.setCurrentIndex(max(self.urgency.findData(case.get("urgency")), 0))
        self.referrer_kind.setCurrentIndex(
            max(self.referrer_kind.findData(case.get("referrer_kind_id")), 0))
        self.organisation.setCurrentText(case.get("referrer_organisation", ""))
        self.contact.setText(case.get("referrer_contact", ""))
        self.complex.setChecked(bool(case.get("is_complex")))
        registered = case.get("registered_on")
        if registered:
            self.registered_on.setDate(QDate.fromString(str(registered), "yyyy-MM-dd"))

    def write_draft(self) -> None:
        if not self.is_dirty() or self.store.data_dir is None:
            return
        try:
            save_draft(self.store.data_dir, self.draft_id, self.state())
        except (OSError, ServiceError):  # no room, or no key to seal it with: the form stays
            log.exception("draft could not be written")

    def discard_draft(self) -> None:
        self.draft_timer.stop()
        if self.store.data_dir is not None:
            delete_draft(self.store.data_dir, self.draft_id)

    def _missing_text(self, errors) -> str:
        where = {"A": self.tr("partij A"), "B": self.tr("partij B")}
        parts = []
        for error in errors[:3]:
            role = error.field.split(".", 1)[0]
            text = field_message(error)
            parts.append(f"{where[role]}: {text}" if role in where else text)
        more = len(errors) - len(parts)
        summary = self.tr("Nog nodig voor opslaan:") + " " + " ".join(parts)
        if more > 0:
            summary += " " + self.tr("(en nog %1)").replace("%1", str(more))
        return summary

    def save(self) -> bool:
        data = self.value()
        errors = validate_case(data)
        if errors:
            self._show_all = True
            self.party_a.show_all_errors()
            if not self.party_b.is_blank():
                self.party_b.show_all_errors()
            self._on_change()
            self._focus_first_error(errors)
            return False
        ok, ref = guarded(self, lambda: register_case(self.store, data))
        if not ok or ref is None:
            return False
        self._saved = True
        self.discard_draft()
        self.saved.emit(ref.id, ref.number)
        return True

    def _focus_first_error(self, errors) -> None:
        first = errors[0].field
        if first == "conflict_types":
            self.types.main.setFocus()
            return
        role, _, field = first.partition(".")
        editor = self.party_a if role == "A" else self.party_b
        field = "postcode" if field == "address" else field
        widget = editor.edits.get(field)
        if widget is not None:
            widget.setFocus()

    # -- recurrence (herhaling) ----------------------------------------------------------
    def check_recurrence_now(self) -> None:
        self._lookup_generation += 1
        generation = self._lookup_generation
        parties = [self.party_a.value(), self.party_b.value()]

        def find() -> tuple[list[RecurrenceHit], list[str]]:
            hits: dict[tuple[int, str], RecurrenceHit] = {}
            incident_lines: list[str] = []
            for party in parties:
                known = address_history(self.store, party.address.postcode,
                                        party.address.house_number)
                if known is not None and known.incidents:
                    incident_lines.append(
                        self.tr("Op het adres van partij %1 zijn %2 incident(en) genoteerd, "
                                "het laatst op %3.")
                        .replace("%1", party.role).replace("%2", str(known.incidents))
                        .replace("%3", format_date(known.last_incident)))
                for hit in find_recurrences(
                    self.store,
                    postcode=party.address.postcode,
                    house_number=party.address.house_number,
                    first_name=party.first_name,
                    name_prefix=party.name_prefix,
                    last_name=party.last_name,
                    phone=party.phone,
                    email=party.email,
                ):
                    hits.setdefault((hit.case_id, hit.reason), hit)
            return list(hits.values()), incident_lines

        def show(found: tuple[list[RecurrenceHit], list[str]]) -> None:
            if generation == self._lookup_generation:
                self.show_recurrences(*found)

        self.runner.run(find, show, log_failure)

    def show_recurrences(self, hits: list[RecurrenceHit],
                         incident_lines: list[str] | None = None) -> None:
        incident_lines = incident_lines or []
        if not hits and not incident_lines:
            self.banner.setVisible(False)
            self.banner.clear()
            return
        lines = []
        for hit in sorted(hits, key=lambda h: h.registered_on, reverse=True)[:6]:
            what = (
                self.tr("dit adres") if hit.reason == "address" else self.tr("deze persoon")
            )
            lines.append(
                self.tr("%1 komt voor in zaak %2 van %3 (%4, %5)")
                .replace("%1", what.capitalize())
                .replace("%2", f'<a href="case:{hit.case_id}">{escape(hit.number)}</a>')
                .replace("%3", format_date(hit.registered_on))
                .replace("%4", escape(hit.name))
                .replace("%5", status_label(hit.status).lower())
            )
        lines.extend(escape(line) for line in incident_lines)
        self.banner.setText(
            "<b>" + self.tr("Herhaling:") + "</b> " + "<br>".join(lines)
        )
        self.banner.setVisible(True)

    def _link(self, href: str) -> None:
        if href.startswith("case:"):
            self.open_case.emit(int(href.split(":", 1)[1]))
