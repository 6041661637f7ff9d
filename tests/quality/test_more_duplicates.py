"""Addresses, partner organisations and contact persons written twice are found
with their reasons and merged with every link moved and undone exactly; the
recurrence check at registration knows a name written differently; a case's
party opens its own likely duplicates."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.cases.registration import AddressInput, PartyInput, find_recurrences, register_case
from desktop.data.errors import RuleViolation
from desktop.data.integrity import check_database
from desktop.partners.directory import (
    ContactInput,
    OrganisationInput,
    add_moment,
    save_contact,
    save_organisation,
)
from desktop.quality.address_keys import street_key, suffix_key
from desktop.quality.duplicates import duplicates_of_person, find_duplicates
from desktop.quality.merge import list_merges, merge_records, not_the_same, undo_merge
from models import Address, Case, CaseParty, PartnerContact, PartnerContactMoment
from tests.conftest import sample_case

BOTH_DATABASES = True


def _register(store, street: str, number: str, postcode: str = "8011 AB",
              last: str = "Bakker", first: str = "Joke", phone: str = "") -> int:
    data = sample_case(store)
    data.parties[0] = PartyInput("A", first, "", last, phone=phone,
                                 address=AddressInput(postcode, number, street, "Zwolle"))
    return register_case(store, data).id


def _assert_clean(store, data_dir) -> None:
    if store.engine.dialect.name == "sqlite":
        assert not [f for f in check_database(data_dir / "burenrust.sqlite") if f.code != "ok"]


def _address_of(store, case_id: int) -> int:
    with store.read() as session:
        return session.scalar(select(CaseParty.address_id).where(
            CaseParty.case_id == case_id, CaseParty.role == "A"))


def test_street_and_addition_keys_forgive_the_writing():
    assert street_key("Kerkstr.") == street_key("kerkstraat") == street_key("Kerk straat")
    assert street_key("Burg. de Withstraat") == street_key("Burgemeester de With straat")
    assert street_key("Molenln") == "molenlaan" and street_key("Hoofdwg") == "hoofdweg"
    assert street_key("Kerkstraat") != street_key("Kerkplein")
    assert {suffix_key(s) for s in ("2", "-2", " 2", "II", "2hg", "2e")} == {"2"}
    assert suffix_key("a") == "A" and suffix_key("3") != suffix_key("2")


def test_one_home_written_twice_is_found_another_home_is_not(store):
    first = _register(store, "Kerkstraat", "4-2")
    second = _register(store, "Kerkstr.", "4 II", last="Bakker-Smit")
    upstairs = _register(store, "Kerkstraat", "4-3")
    typo = _register(store, "Kerkstraar", "4-2", postcode="8011 AC")
    found = {frozenset((c.first, c.second)): c for c in find_duplicates(store, kind="address")}
    a, b, c, d = (_address_of(store, x) for x in (first, second, upstairs, typo))
    pair = found[frozenset((a, b))]
    assert {"street_abbreviated", "same_postcode", "suffix_written_differently"} <= set(
        pair.reasons)
    assert pair.score >= 90
    assert "street_typo" in found[frozenset((a, d))].reasons  # letters of the postcode too
    assert not any(c in p for p in found)  # another floor is another home
    # An area-only postcode (the import's "from party A") pairs with the full one.
    with store.unit() as session:
        session.add(Address(postcode="8011", house_number=4, house_number_suffix="2",
                            street="Kerkstraat", town="Zwolle"))
    found = {frozenset((x.first, x.second)): x for x in find_duplicates(store, kind="address")}
    assert any("postcode_incomplete" in x.reasons for x in found.values())


def test_an_address_merge_moves_the_parties_and_undo_puts_them_back(store, data_dir):
    first = _register(store, "Kerkstraat", "4-2")
    second = _register(store, "Kerkstr.", "4 II", last="Bakker-Smit")
    kept, removed = _address_of(store, first), _address_of(store, second)
    with store.read() as session:
        before = {c.name: getattr(session.get(Address, removed), c.name)
                  for c in Address.__table__.columns}
    merge_id = merge_records(store, "address", kept, removed,
                             frozenset({"house_number_suffix"}))
    with store.read() as session:
        assert session.get(Address, removed) is None
        assert session.get(Address, kept).house_number_suffix == "II"
        assert _address_of(store, second) == kept
    _assert_clean(store, data_dir)
    # The case list finds the moved case by the kept street.
    [view] = list_merges(store, kind="address")
    assert view.kept_name.startswith("Kerkstraat 4-2") or "Kerkstraat" in view.kept_name
    undo_merge(store, merge_id)
    with store.read() as session:
        after = {c.name: getattr(session.get(Address, removed), c.name)
                 for c in Address.__table__.columns}
        assert session.get(Address, kept).house_number_suffix == "2"
    assert after == before
    assert _address_of(store, second) == removed
    _assert_clean(store, data_dir)


def test_an_address_merge_that_would_take_a_third_homes_key_is_refused(store):
    first = _register(store, "Kerkstraat", "4-2")
    second = _register(store, "Kerkstr.", "4 II", last="Bakker-Smit")
    _register(store, "Kerkstraat", "4-2", postcode="8011 AC", last="Wolters")
    kept, removed = _address_of(store, first), _address_of(store, second)
    with store.unit() as session:
        session.get(Address, removed).postcode = "8011 AC"  # 4 II there is still free
    with pytest.raises(RuleViolation):  # 8011 AC 4-2 is Wolters' home
        merge_records(store, "address", kept, removed, frozenset({"postcode"}))
    with store.read() as session:  # nothing half done
        assert session.get(Address, removed) is not None
        assert _address_of(store, second) == removed


@pytest.fixture
def partners(store):
    key = save_organisation(store, None, OrganisationInput("Woonstichting De Key",
                                                           phone="020 1234567"))
    key_again = save_organisation(store, None, OrganisationInput("De Key woonstichting"))
    police = save_organisation(store, None, OrganisationInput("Politie Zwolle"))
    police_again = save_organisation(store, None, OrganisationInput("Politie  Zwolle"))
    other = save_organisation(store, None, OrganisationInput("Politie Kampen"))
    petra = save_contact(store, key, None, ContactInput("Petra de Boer",
                                                        email="p.deboer@dekey.nl"))
    initial = save_contact(store, key, None, ContactInput("P. de Boer"))
    moved = save_contact(store, key_again, None, ContactInput("Petra de Boer",
                                                              email="p.deboer@dekey.nl"))
    colleague = save_contact(store, key, None, ContactInput("Karin de Boer"))
    return dict(key=key, key_again=key_again, police=police, police_again=police_again,
                other=other, petra=petra, initial=initial, moved=moved, colleague=colleague)


def test_organisations_and_contacts_written_twice_are_found(store, partners):
    p = partners
    orgs = {frozenset((c.first, c.second)): c for c in find_duplicates(store,
                                                                        kind="organisation")}
    assert "same_name" in orgs[frozenset((p["police"], p["police_again"]))].reasons
    assert "name_word_order" in orgs[frozenset((p["key"], p["key_again"]))].reasons
    assert frozenset((p["police"], p["other"])) not in orgs  # Zwolle is not Kampen
    contacts = {frozenset((c.first, c.second)): c for c in find_duplicates(store,
                                                                            kind="contact")}
    assert "initial_fits" in contacts[frozenset((p["petra"], p["initial"]))].reasons
    assert "same_email" in contacts[frozenset((p["petra"], p["moved"]))].reasons
    assert frozenset((p["petra"], p["colleague"])) not in contacts
    not_the_same(store, p["petra"], p["initial"], "contact")
    assert frozenset((p["petra"], p["initial"])) not in {
        frozenset((c.first, c.second)) for c in find_duplicates(store, kind="contact")}


def test_an_organisation_merge_moves_contacts_and_moments_and_undo_restores(store, partners,
                                                                          data_dir):
    from datetime import date

    p = partners
    add_moment(store, p["key_again"], date.today(), "phone_call", "Overleg over de wijk")
    merge_id = merge_records(store, "organisation", p["key"], p["key_again"])
    with store.read() as session:
        assert session.get(PartnerContact, p["moved"]).organisation_id == p["key"]
        assert set(session.scalars(select(PartnerContactMoment.organisation_id))) == {p["key"]}
    # The contact merge then: the moved Petra into the first, the case follows.
    data = sample_case(store)
    case_id = register_case(store, data).id
    with store.unit() as session:
        session.get(Case, case_id).referrer_contact_id = p["moved"]
    contact_merge = merge_records(store, "contact", p["petra"], p["moved"])
    with store.read() as session:
        assert session.get(Case, case_id).referrer_contact_id == p["petra"]
    _assert_clean(store, data_dir)
    undo_merge(store, contact_merge)
    undo_merge(store, merge_id)
    with store.read() as session:
        assert session.get(Case, case_id).referrer_contact_id == p["moved"]
        assert session.get(PartnerContact, p["moved"]).organisation_id == p["key_again"]
        assert set(session.scalars(select(PartnerContactMoment.organisation_id))) == {
            p["key_again"]}
    _assert_clean(store, data_dir)
    assert [m.kind for m in list_merges(store)] == ["contact", "organisation"]


def test_recurrence_at_registration_knows_a_name_written_differently(store):
    _register(store, "Lindelaan", "30", postcode="8011 GH", first="Marieke",
              last="Vries-Jansen")
    _register(store, "Lindelaan", "32", postcode="8011 GH", first="Marieke", last="Vries")
    for first, last in (("M.", "Vries"), ("Marieke", "Vries"), ("Marieke", "Vires"),
                        ("marieke", "VRIES-JANSEN")):
        hits = find_recurrences(store, postcode="8011 CD", house_number="1", first_name=first,
                                name_prefix="de", last_name=last)
        assert hits and {h.reason for h in hits} == {"person"}, (first, last)
    # Another first name in the same area, or the same name elsewhere: no.
    assert find_recurrences(store, postcode="8011 CD", house_number="1", first_name="Jan",
                            name_prefix="de", last_name="Vries") == []
    assert find_recurrences(store, postcode="9999 ZZ", house_number="1",
                            first_name="Marieke", name_prefix="de", last_name="Vries") == []


def test_one_persons_duplicates_from_a_case_party(store):
    first = _register(store, "Lindelaan", "30", postcode="8011 GH", first="Marieke",
                      last="Vries", phone="06 11223344")
    _register(store, "Lindelaan", "30", postcode="8011 GH", first="M.", last="Vries")
    _register(store, "Esdoornlaan", "1", postcode="8013 EF", first="Fatma", last="Yıldız")
    with store.read() as session:
        person = session.scalar(select(CaseParty.person_id).where(
            CaseParty.case_id == first, CaseParty.role == "A"))
    [candidate] = duplicates_of_person(store, person)
    assert person in (candidate.first, candidate.second)
    assert "initial_fits" in candidate.reasons
    assert duplicates_of_person(store, 10 ** 6) == []


def test_the_command_line_lists_addresses_and_partners(store, partners, data_dir, capsys):
    import json

    from desktop.cli import main

    if store.engine.dialect.name != "sqlite":
        pytest.skip("the command opens the data folder's own file")
    _register(store, "Kerkstraat", "4-2")
    _register(store, "Kerkstr.", "4 II", last="Smit")
    store.close()
    assert main(["duplicates", "--kind", "address", "--json", "--data-dir", str(data_dir)]) == 0
    [pair] = json.loads(capsys.readouterr().out)
    assert "street_abbreviated" in pair["reasons"]
    assert main(["duplicates", "--kind", "organisation", "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert "Politie Zwolle" in out and "zelfde naam" in out and "organisaties" in out
    assert main(["duplicates", "--kind", "contact", "--data-dir", str(data_dir)]) == 0
    assert "P. de Boer" in capsys.readouterr().out
