import json
from datetime import date

import pytest
from sqlalchemy import func, select, text

from desktop.cases.registration import (
    AddressInput,
    PartyInput,
    find_recurrences,
    register_case,
)
from desktop.data.errors import ValidationFailed
from models import (
    Address,
    AuditEntry,
    Case,
    CaseParty,
    JournalEntry,
    PartnerContact,
    Person,
)
from tests.conftest import sample_case

# Run on SQLite and, when a server is given, on PostgreSQL (tests/conftest.py).
BOTH_DATABASES = True


def count(store, model) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_register_case_numbers_per_year(store):
    first = register_case(store, sample_case(store))
    second = register_case(store, sample_case(store))
    assert first.number == f"{date.today().year}-0001"
    assert second.number == f"{date.today().year}-0002"
    old = register_case(store, sample_case(store, registered_on=date(2024, 3, 1)))
    assert old.number == "2024-0001"


def test_registration_stores_parties_types_and_journal(store):
    ref = register_case(store, sample_case(store))
    with store.read() as session:
        case = session.get(Case, ref.id)
        assert case.status == "registered"
        assert case.neighbourhood == "Assendorp"
        assert sorted(p.role for p in case.parties) == ["A", "B"]
        a = next(p for p in case.parties if p.role == "A")
        assert a.person.full_name == "Jan de Vries"
        assert a.address.postcode == "8011 AB" and a.address.house_number_suffix == "A"
        assert [t.is_main for t in case.conflict_types].count(True) == 1
        assert session.scalar(
            select(func.count()).where(JournalEntry.case_id == ref.id)
        ) == 1


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        (lambda c: setattr(c.parties[0], "last_name", ""), "A.last_name", "last_name_required"),
        (lambda c: setattr(c.parties[0].address, "postcode", "123 AB"), "A.postcode",
         "postcode_format"),
        (lambda c: setattr(c.parties[0], "phone", "0612"), "A.phone", "phone_invalid"),
        (lambda c: setattr(c.parties[0], "email", "jan@"), "A.email", "email_invalid"),
        (lambda c: setattr(c.parties[0].address, "street", ""), "A.street", "street_required"),
        (lambda c: c.conflict_type_ids.clear(), "conflict_types", "conflict_type_required"),
        (lambda c: setattr(c, "story", "x" * 20001), "story", "too_long"),
        (lambda c: setattr(c.parties[1], "last_name", "") or setattr(
            c.parties[1], "address", AddressInput()), "B.last_name", "name_or_address_required"),
    ],
)
def test_invalid_input_is_refused_and_nothing_is_written(store, change, field, code):
    data = sample_case(store)
    change(data)
    with pytest.raises(ValidationFailed) as raised:
        register_case(store, data)
    assert (field, code) in [(e.field, e.code) for e in raised.value.errors]
    assert count(store, Case) == 0
    assert count(store, Person) == 0


def test_requester_needs_a_way_to_be_reached(store):
    data = sample_case(store)
    data.parties[0] = PartyInput("A", "Jan", "", "Vries")
    with pytest.raises(ValidationFailed) as raised:
        register_case(store, data)
    assert "contact_required" in [e.code for e in raised.value.errors]


def test_other_party_known_only_by_address(store):
    data = sample_case(store)
    data.parties[1] = PartyInput(
        "B", address=AddressInput("8011 AB", "16", "Dorpstraat", "Zwolle")
    )
    ref = register_case(store, data)
    assert ref.id


def test_address_and_person_are_shared_between_cases(store):
    register_case(store, sample_case(store))
    register_case(store, sample_case(store))
    assert count(store, Address) == 2
    assert count(store, Person) == 2  # the same Jan and the same Ayşe


def test_same_name_elsewhere_is_another_person(store):
    register_case(store, sample_case(store))
    data = sample_case(store)
    data.parties[0].phone = ""
    data.parties[0].email = ""
    data.parties[0].address = AddressInput("7411 AA", "3", "Singel", "Deventer")
    register_case(store, data)
    with store.read() as session:
        assert session.scalar(select(func.count()).where(Person.last_name == "Vries")) == 2


def test_recurrence_by_address_and_by_person(store):
    first = register_case(store, sample_case(store))
    by_address = find_recurrences(store, postcode="8011ab", house_number="14")
    assert [(h.case_id, h.reason) for h in by_address] == [(first.id, "address")]
    by_phone = find_recurrences(store, last_name="Anders", phone="0612345678")
    assert [(h.case_id, h.reason) for h in by_phone] == [(first.id, "person")]
    assert find_recurrences(store, postcode="8011 AB", house_number="99") == []
    # A common name alone, in another town, is not a recurrence.
    assert find_recurrences(store, first_name="Jan", name_prefix="de", last_name="Vries",
                            postcode="1011 AA") == []


def test_a_common_name_elsewhere_does_not_hide_the_one_nearby(store):
    """Over 200 Jan de Vries in other towns (and the database asked for at most 200
    rows) must not push the one in the same postcode area out of the answer."""
    with store.unit() as session:
        for number in range(220):
            person = Person(first_name="Jan", name_prefix="de", last_name="Vries",
                            phone=f"06 {20000000 + number}")
            address = Address(postcode="1011 AA", house_number=number + 1,
                              house_number_suffix="", street="Damrak", town="Amsterdam")
            case = Case(year=2024, seq=number + 1, number=f"2024-{number + 1:04d}",
                        registered_on=date(2024, 1, 1))
            case.parties.append(CaseParty(role="A", person=person, address=address))
            session.add(case)
    nearby = register_case(store, sample_case(store))  # Jan de Vries, 8011 AB, the last one
    hits = find_recurrences(store, first_name="Jan", name_prefix="de", last_name="Vries",
                            postcode="8011 CD")
    assert [(h.case_id, h.reason) for h in hits] == [(nearby.id, "person")]


def test_referrer_organisation_and_contact_are_created_once(store):
    from desktop.admin import categories

    housing = next(k.id for k in categories.list_items(store, "referrer_kinds")
                   if k.code == "housing")
    for _ in range(2):
        register_case(store, sample_case(
            store, referrer_kind_id=housing, referrer_organisation="Woonstichting De Veste",
            referrer_contact="Marloes Bakker"))
    assert count(store, PartnerContact) == 1


def test_every_change_is_audited_with_user(store):
    ref = register_case(store, sample_case(store))
    with store.read() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.case_id == ref.id)).all()
    assert {e.entity for e in entries} >= {"cases", "case_parties", "case_conflict_types"}
    assert {e.user for e in entries} == {"test-coordinator"}
    case_entry = next(e for e in entries if e.entity == "cases")
    assert json.loads(case_entry.changes)["story"] == "Harde muziek na middernacht."


def test_search_index_follows_the_data(store):
    ref = register_case(store, sample_case(store))
    year, seq = (int(part) for part in ref.number.split("-"))
    with store.engine.connect() as connection:
        body = connection.scalar(
            text("SELECT body FROM case_search WHERE rowid = :key"),
            {"key": year * 100_000 + seq},
        )
    assert "celik" in body and "8011ab" in body and "dorpstraat 12a" in body
    assert ref.number in body


def test_failure_during_save_rolls_everything_back(store, monkeypatch):
    import desktop.data.search_index as search_index

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(search_index, "refresh", broken)
    with pytest.raises(RuntimeError):
        register_case(store, sample_case(store))
    assert count(store, Case) == 0
    assert count(store, Address) == 0
    assert count(store, AuditEntry) == 0
