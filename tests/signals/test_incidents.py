"""Incidents and Signalen: the done-means story of issue 5 (a referral, an
incident at the same address, the address coming up in Signalen) and the rules
around it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.data.errors import ValidationFailed
from desktop.documents.letters import service
from desktop.signals import incidents
from desktop.signals.incidents import IncidentInput
from desktop.signals.recurring import signals
from tests.conftest import type_ids
from tests.letter_helpers import case_with_parties
from tests.partner_helpers import housing, incident

# Run on SQLite and, when a server is given, on PostgreSQL (tests/conftest.py).
BOTH_DATABASES = True


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
    from desktop.cases.registration import AddressInput, PartyInput, register_case
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
