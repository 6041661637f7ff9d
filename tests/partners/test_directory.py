"""Partners, incidents and Signalen: the done-means story of issue 5 and the
rules around it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import vobject

from desktop import incidents, partners
from desktop.errors import ValidationFailed
from desktop.incidents import IncidentInput
from desktop.letters import service
from desktop.partners import ContactInput, OrganisationInput
from desktop.signals import signals
from tests.conftest import type_ids
from tests.letter_helpers import case_with_parties, set_up_organisation

# Run on SQLite and, when a server is given, on PostgreSQL (tests/conftest.py).
BOTH_DATABASES = True


def kind_id(store, code: str) -> int:
    from desktop import lookups

    return {i.code: i.id for i in lookups.list_items(store, "incident_kinds")}[code]


def housing(store) -> tuple[int, int]:
    from desktop import lookups

    kinds = {i.code: i.id for i in lookups.list_items(store, "referrer_kinds")}
    org = partners.save_organisation(store, None, OrganisationInput(
        "Woonstichting De Linie", kinds["housing"], "Stationsweg", "5", "8011cz", "Zwolle",
        "0381234567", "info@delinie.nl"))
    contact = partners.save_contact(store, org, None, ContactInput(
        "Petra Jansen", "wijkconsulent", "0612345678", "p.jansen@delinie.nl", "Assendorp"))
    return org, contact


def test_partner_organisation_and_contact_are_validated_and_normalised(store):
    org, _contact = housing(store)
    detail = partners.get_organisation(store, org)
    assert (detail.values.postcode, detail.values.phone) == ("8011 CZ", "038 123 4567")
    assert detail.contacts[0].values.phone == "06 12345678"
    with pytest.raises(ValidationFailed) as refused:
        partners.save_organisation(store, None, OrganisationInput("woonstichting de linie"))
    assert refused.value.errors[0].code == "duplicate"
    with pytest.raises(ValidationFailed) as refused:
        partners.save_contact(store, org, None, ContactInput("X", email="geen mail"))
    assert refused.value.errors[0].field == "email"


def test_search_finds_organisations_by_contact_name(store):
    housing(store)
    [row] = partners.search_organisations(store, "jansen")
    assert row.name == "Woonstichting De Linie" and row.matched_contact == "Petra Jansen"
    assert partners.search_organisations(store, "politie") == []
    assert len(partners.search_organisations(store, "")) == 1


def test_referred_cases_show_state_and_feedback_given(store):
    org, contact = housing(store)
    set_up_organisation(store)
    case_id = case_with_parties(store, referrer_organisation="Woonstichting De Linie",
                                referrer_contact="Petra Jansen")
    [referred] = partners.get_organisation(store, org).cases
    assert referred.case_id == case_id and referred.contact == "Petra Jansen"
    assert referred.feedback_on is None
    from desktop.case_detail import get_case, update_case
    from tests.test_letters import _consent_update

    case = get_case(store, case_id)
    update_case(store, case_id, case.version, _consent_update(case))
    service.make_letter(store, service.LetterRequest(case_id, "referrer_feedback", "contact",
                                                     contact))
    [referred] = partners.get_organisation(store, org).cases
    assert referred.feedback_on is not None
    partners.add_moment(store, org, date.today(), "meeting", "Overleg over Assendorp", contact)
    [moment] = partners.get_organisation(store, org).moments
    assert moment.contact == "Petra Jansen" and moment.author == "test-coordinator"


def test_address_list_exports_as_csv_and_vcard(store):
    housing(store)
    rows = partners.export_csv(store).splitlines()
    assert rows[0].startswith("Organisatie;Contactpersoon")
    assert "Woonstichting De Linie;Petra Jansen;wijkconsulent;06 12345678" in rows[1]
    [card] = list(vobject.readComponents(partners.export_vcard(store)))
    assert card.fn.value == "Petra Jansen" and card.org.value == ["Woonstichting De Linie"]
    assert card.email.value == "p.jansen@delinie.nl" and card.adr.value.code == "8011 CZ"


def incident(store, days_ago: int = 10, **values) -> int:
    data = IncidentInput(date.today() - timedelta(days=days_ago), kind_id(store, "graffiti"),
                         "Dorpstraat", "12a", "8011 AB", "Zwolle", "Assendorp")
    for key, value in values.items():
        setattr(data, key, value)
    return incidents.save_incident(store, None, data)


def test_incident_is_validated(store):
    with pytest.raises(ValidationFailed) as refused:
        incidents.save_incident(store, None, IncidentInput(
            date.today() + timedelta(days=1), None, house_number="12", postcode=""))
    fields = {e.field: e.code for e in refused.value.errors}
    assert fields == {"occurred_on": "date_in_future", "kind": "incident_kind_required",
                      "street": "place_required", "postcode": "postcode_required"}


def test_done_means_referral_incident_and_signal(store):
    """The housing corporation's contact refers a case; the graffiti at the same
    address last month is registered; the address comes up in Signalen."""
    _org, contact = housing(store)
    case_id = case_with_parties(store, referrer_organisation="Woonstichting De Linie",
                                referrer_contact="Petra Jansen",
                                conflict_type_ids=type_ids(store, "vandalism"))
    incident_id = incident(store, days_ago=30, reporter_contact_id=contact,
                           persons=["jan de vries", "Onbekende Jongen"], case_id=case_id)
    detail = incidents.get_incident(store, incident_id)
    assert detail.reporter == "Petra Jansen (Woonstichting De Linie)"
    assert detail.case_number == service.letter_options(store, case_id).case_number
    rows = signals(store, date.today() - timedelta(days=365), date.today())
    by_level = {(r.level, r.label): r for r in rows}
    address = by_level[("address", "Dorpstraat 12A, Zwolle")]
    assert (address.cases, address.incidents) == (1, 1)
    person = by_level[("person", "Jan de Vries")]  # the typed name matched the known party
    assert {e.kind for e in person.events} == {"case", "incident"}
    assert ("person", "Onbekende Jongen") not in by_level  # once is not a signal
    history = incidents.address_history(store, "8011ab", "12A")
    assert (history.incidents, history.cases) == (1, 1)


def test_signals_rank_recent_above_old_and_respect_the_period(store):
    for days_ago in (400, 390, 380):  # three incidents a year ago, in another street
        incident(store, days_ago=days_ago, street="Oude Straat", house_number="1")
    for days_ago in (3, 5):
        incident(store, days_ago=days_ago, street="Nieuwe Straat", house_number="2")
    rows = signals(store, date.today() - timedelta(days=800), date.today())
    streets = [r.label for r in rows if r.level == "street"]
    assert streets.index("Nieuwe Straat, Zwolle") < streets.index("Oude Straat, Zwolle")
    recent = signals(store, date.today() - timedelta(days=30), date.today())
    assert [r.label for r in recent if r.level == "street"] == ["Nieuwe Straat, Zwolle"]
    assert not signals(store, date.today() - timedelta(days=30), date.today(), min_count=3)


def test_a_namesake_is_not_guessed(store):
    case_with_parties(store)
    case_with_parties(store)  # the same Jan de Vries is one person (matched on phone)
    from desktop.case_registration import AddressInput, PartyInput, register_case
    from tests.conftest import sample_case

    other = sample_case(store)
    other.parties[0] = PartyInput("A", "Jan", "de", "Vries", phone="06 23456789",
                                  address=AddressInput("7411 AA", "1", "Brink", "Deventer"))
    register_case(store, other)
    incident_id = incident(store, persons=["Jan de Vries"])
    with store.read() as session:
        from models import IncidentPerson

        [linked] = session.query(IncidentPerson).filter_by(incident_id=incident_id).all()
    assert linked.person_id is None and linked.name == "Jan de Vries"
