import pytest

from desktop.cases.detail import get_case
from desktop.cases.history import case_history
from desktop.cases.parties import add_party, update_party
from desktop.cases.queries import CaseFilter, fetch_rows
from desktop.cases.registration import AddressInput, PartyInput, register_case
from desktop.data.errors import StaleData, ValidationFailed
from tests.conftest import sample_case

# Run on SQLite and, when a server is given, on PostgreSQL (tests/conftest.py).
BOTH_DATABASES = True


@pytest.fixture
def case(store):
    return register_case(store, sample_case(store))


def test_correct_a_party_updates_person_address_and_search(store, case):
    detail = get_case(store, case.id)
    party = detail.parties[0].editable
    party.phone = "038 123 4567"
    party.address = AddressInput("7411 HK", "3", "Singel", "Deventer", "Deventer", "Voorstad")
    update_party(store, case.id, detail.version, party)
    detail = get_case(store, case.id)
    a = detail.parties[0]
    assert a.phone == "038 123 4567"
    assert a.address == "Singel 3, 7411 HK Deventer"
    assert detail.neighbourhood == "Voorstad"
    assert [r.number for r in fetch_rows(store, CaseFilter(text="singel 3"))] == [case.number]
    history = case_history(store, case.id)
    assert any(h.entity == "persons" and h.action == "update" and "phone" in h.changes
               for h in history)


def test_correcting_with_bad_input_or_stale_version_changes_nothing(store, case):
    detail = get_case(store, case.id)
    party = detail.parties[0].editable
    party.email = "geen-email"
    with pytest.raises(ValidationFailed):
        update_party(store, case.id, detail.version, party)
    party.email = "jan@example.nl"
    with pytest.raises(StaleData):
        update_party(store, case.id, detail.version - 1, party)
    assert get_case(store, case.id).parties[0].email == "jan@example.nl"


def test_add_a_third_household(store, case):
    detail = get_case(store, case.id)
    role = add_party(store, case.id, detail.version, PartyInput(
        "?", "Kees", "", "Bos", address=AddressInput("8011 AB", "16", "Dorpstraat", "Zwolle")))
    assert role == "C"
    assert [p.role for p in get_case(store, case.id).parties] == ["A", "B", "C"]
