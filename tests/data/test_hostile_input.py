"""Lengths, characters and dates are checked once, everywhere: whatever a
coordinator types or pastes (a 10,000-character name, a NUL, a broken character,
the year 1), every service answers with a field and a reason, on SQLite and on
PostgreSQL alike — never a DataError, an UnicodeEncodeError or a silently stored
value. Searches take % and _ as letters."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from desktop.admin import categories
from desktop.agenda.appointments import AppointmentInput, save_appointment
from desktop.cases.queries import CaseFilter, fetch_rows
from desktop.cases.registration import AddressInput, PartyInput, register_case
from desktop.data.errors import ValidationFailed
from desktop.documents import case_documents
from desktop.mediators.register import MediatorInput, save_mediator
from desktop.partners import directory
from desktop.partners.directory import ContactInput, OrganisationInput
from desktop.signals import incidents
from desktop.signals.incidents import IncidentInput
from models import Person
from models.enums import AppointmentKind, PlaceKind
from tests.conftest import sample_case
from tests.letter_helpers import case_with_parties
from tests.partner_helpers import kind_id

BOTH_DATABASES = True
LONG = "x" * 10_010
NUL = "Jan\x00de Vries"
SURROGATE = "Jan \ud800 Vries"


def refused(action) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as caught:
        action()
    return {e.field: e.code for e in caught.value.errors}


def party_a(**changes) -> PartyInput:
    values = {"role": "A", "first_name": "Jan", "last_name": "Vries", "phone": "0612345678",
              "address": AddressInput("8011 AB", "12", "Dorpstraat", "Zwolle")}
    values.update(changes)
    return PartyInput(**values)


@pytest.mark.parametrize(("field", "value", "code"), [
    ("last_name", LONG, "too_long"),
    ("name_prefix", "van der van den van de", "too_long"),
    ("preferred_language", "Nederlands, Engels, Turks en Pools " * 2, "too_long"),
    ("first_name", NUL, "invalid_characters"),
    ("last_name", SURROGATE, "invalid_characters"),
])
def test_a_party_is_refused_at_the_field(store, field, value, code):
    errors = refused(lambda: register_case(store, sample_case(store, parties=[
        party_a(**{field: value})])))
    assert errors[f"A.{field}"] == code
    with store.read() as session:
        assert session.query(Person).count() == 0


@pytest.mark.parametrize(("field", "value"), [("street", "Laan " * 40), ("town", "Z" * 200),
                                              ("street", "Dorp\x00straat")])
def test_an_address_is_refused_at_the_field(store, field, value):
    address = AddressInput("8011 AB", "12", "Dorpstraat", "Zwolle")
    setattr(address, field, value)
    errors = refused(lambda: register_case(store, sample_case(store, parties=[
        party_a(address=address)])))
    assert f"A.{field}" in errors


def test_referrer_and_story(store):
    errors = refused(lambda: register_case(store, sample_case(
        store, referrer_organisation="W" * 300, story="verhaal\x00")))
    assert errors == {"referrer_organisation": "too_long", "story": "invalid_characters"}


def test_mediators(store):
    errors = refused(lambda: save_mediator(store, None, MediatorInput(
        last_name=LONG, first_name=SURROGATE, languages="Engels, " * 40)))
    assert errors == {"M.last_name": "too_long", "M.first_name": "invalid_characters",
                      "M.languages": "too_long"}


def test_partners(store):
    assert "name" in refused(lambda: directory.save_organisation(
        store, None, OrganisationInput("W" * 200)))
    assert "town" in refused(lambda: directory.save_organisation(
        store, None, OrganisationInput("Woonstichting", town="\x00")))
    org = directory.save_organisation(store, None, OrganisationInput("Woonstichting"))
    assert "role" in refused(lambda: directory.save_contact(
        store, org, None, ContactInput("Petra", role="r" * 200)))


def test_incidents_and_categories(store):
    errors = refused(lambda: incidents.save_incident(store, None, IncidentInput(
        date.today(), kind_id(store, "graffiti"), street="Dorpstraat",
        description="d\x00", persons=["P" * 300])))
    assert errors == {"description": "invalid_characters", "persons": "too_long"}
    assert refused(lambda: categories.add_item(store, "conflict_types", "n" * 200)) == {
        "name": "too_long"}


def test_what_slips_past_a_service_is_stopped_before_the_database(store):
    """The net under every service: an ORM write with a too-long or broken value."""
    from models import Room

    errors = refused(lambda: _write(store, Room(name="Zaal\x00", address="a" * 500)))
    assert errors == {"rooms.name": "invalid_characters", "rooms.address": "too_long"}


def _write(store, row) -> None:
    with store.unit() as session:
        session.add(row)


@pytest.mark.parametrize("when", [date(1, 6, 1), date(1979, 12, 31), date(2100, 1, 1)])
def test_a_registration_date_outside_the_sensible_years(store, when):
    errors = refused(lambda: register_case(store, sample_case(store, registered_on=when)))
    assert errors == {"registered_on": "date_out_of_range"}


@pytest.mark.parametrize("year", [6, 8634])
def test_an_appointment_in_an_impossible_year(store, year):
    case_id = case_with_parties(store)
    start = datetime(year, 3, 1, 19, 30)
    errors = refused(lambda: save_appointment(store, None, AppointmentInput(
        case_id, AppointmentKind.TALK_A, start, start + timedelta(hours=1), PlaceKind.OFFICE),
        confirmed=True))
    assert errors["starts_at"] == "date_out_of_range"


def test_percent_and_underscore_are_letters_in_searches(store):
    register_case(store, sample_case(store))
    assert fetch_rows(store, CaseFilter(text="%%% vries")) == []
    assert fetch_rows(store, CaseFilter(text="__ vries")) == []
    assert len(fetch_rows(store, CaseFilter(text="vries"))) == 1
    incidents.save_incident(store, None, IncidentInput(
        date.today(), kind_id(store, "graffiti"), street="Dorpstraat"))
    assert incidents.list_incidents(store, "%") == []
    assert incidents.list_incidents(store, "_") == []
    assert len(incidents.list_incidents(store, "dorp")) == 1


@pytest.mark.parametrize("typed", ["\x00", "vries\x00", "\ud800 vries", "\udcff"])
def test_broken_characters_in_a_search_find_what_they_can(store, typed):
    register_case(store, sample_case(store))
    assert len(fetch_rows(store, CaseFilter(text=typed))) == 1  # what is left is searched
    incidents.list_incidents(store, typed)
    from desktop.cases.registration import find_recurrences

    find_recurrences(store, last_name=typed, email=typed, phone=typed)


@pytest.mark.parametrize("name", ["汉" * 80 + ".pdf", "😀" * 80 + ".docx",
                                  "ä" * 200 + ".jpeg"])
def test_long_names_in_other_scripts_are_shortened_by_bytes(store, name):
    case_id = case_with_parties(store)
    doc_id = case_documents.add_document(store, case_id, case_documents.NewDocument(
        b"inhoud", name, "Een document"))
    [stored] = [p for p in case_documents.documents_root(store).rglob("*") if p.is_file()]
    assert len(stored.name.encode("utf-8")) <= 255
    assert stored.suffix == "." + name.rsplit(".", 1)[1]
    assert case_documents.read_document(store, doc_id) == b"inhoud"


def test_a_date_field_names_the_sensible_years(qtbot):
    from views.widgets import DateField

    field = DateField()
    qtbot.addWidget(field)
    field.editor.setText("01-01-0001")
    assert field.date() is None and not field.check()
    assert "1980" in field.error.text() and "2099" in field.error.text()
    field.editor.setText("01-01-2026")
    assert field.check() and field.date() == date(2026, 1, 1)
