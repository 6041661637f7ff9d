"""Partner organisations and their contacts: validation, search, referred cases
with the feedback letter, contact moments and the address list."""

from __future__ import annotations

from datetime import date

import pytest
import vobject

from desktop.data.errors import ValidationFailed
from desktop.documents.letters import service
from desktop.partners import directory
from desktop.partners.directory import ContactInput, OrganisationInput
from tests.letter_helpers import case_with_parties, consent_update, set_up_organisation
from tests.partner_helpers import housing

# Run on SQLite and, when a server is given, on PostgreSQL (tests/conftest.py).
BOTH_DATABASES = True


def test_partner_organisation_and_contact_are_validated_and_normalised(store):
    org, _contact = housing(store)
    detail = directory.get_organisation(store, org)
    assert (detail.values.postcode, detail.values.phone) == ("8011 CZ", "038 123 4567")
    assert detail.contacts[0].values.phone == "06 12345678"
    with pytest.raises(ValidationFailed) as refused:
        directory.save_organisation(store, None, OrganisationInput("woonstichting de linie"))
    assert refused.value.errors[0].code == "duplicate"
    with pytest.raises(ValidationFailed) as refused:
        directory.save_contact(store, org, None, ContactInput("X", email="geen mail"))
    assert refused.value.errors[0].field == "email"


def test_search_finds_organisations_by_contact_name(store):
    housing(store)
    [row] = directory.search_organisations(store, "jansen")
    assert row.name == "Woonstichting De Linie" and row.matched_contact == "Petra Jansen"
    assert directory.search_organisations(store, "politie") == []
    assert len(directory.search_organisations(store, "")) == 1


def test_referred_cases_show_state_and_feedback_given(store):
    org, contact = housing(store)
    set_up_organisation(store)
    case_id = case_with_parties(store, referrer_organisation="Woonstichting De Linie",
                                referrer_contact="Petra Jansen")
    [referred] = directory.get_organisation(store, org).cases
    assert referred.case_id == case_id and referred.contact == "Petra Jansen"
    assert referred.feedback_on is None
    from desktop.cases.detail import get_case, update_case

    case = get_case(store, case_id)
    update_case(store, case_id, case.version, consent_update(case))
    service.make_letter(store, service.LetterRequest(case_id, "referrer_feedback", "contact",
                                                     contact))
    [referred] = directory.get_organisation(store, org).cases
    assert referred.feedback_on is not None
    directory.add_moment(store, org, date.today(), "meeting", "Overleg over Assendorp", contact)
    [moment] = directory.get_organisation(store, org).moments
    assert moment.contact == "Petra Jansen" and moment.author == "test-coordinator"


def test_address_list_exports_as_csv_and_vcard(store):
    housing(store)
    rows = directory.export_csv(store).splitlines()
    assert rows[0].startswith("Organisatie;Contactpersoon")
    assert "Woonstichting De Linie;Petra Jansen;wijkconsulent;06 12345678" in rows[1]
    [card] = list(vobject.readComponents(directory.export_vcard(store)))
    assert card.fn.value == "Petra Jansen" and card.org.value == ["Woonstichting De Linie"]
    assert card.email.value == "p.jansen@delinie.nl" and card.adr.value.code == "8011 CZ"

