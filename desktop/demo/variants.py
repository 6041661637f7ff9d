"""Planted duplicates for the demo: a few residents registered twice, the second
time written as a tired volunteer would ("M. de Vries", "de Vries-Jansen",
"Vires") at the same address; a few homes entered twice ("Kerkstr." with only
the postcode's digits, as an import leaves it); one partner organisation and one
contact person typed in again. Realistically few: about one in 300."""

from __future__ import annotations

import random
from collections import defaultdict

from sqlalchemy import Connection, insert, select, update

from models import Address, CaseParty, PartnerContact, PartnerOrganisation, Person

SPOUSES = ["Jansen", "Bakker", "Visser", "Smit", "Meijer", "Bos"]


def variant(rng: random.Random, first: str, last: str) -> tuple[str, str]:
    kind = rng.choice(["initial", "double", "typo"])
    if kind == "initial" and first:
        return f"{first[0]}.", last
    if kind == "double":
        return first, f"{last}-{rng.choice(SPOUSES)}"
    if len(last) > 3:  # two letters swapped
        i = rng.randint(1, len(last) - 3)
        return first, last[:i] + last[i + 1] + last[i] + last[i + 2:]
    return first, last


def plant_variants(conn: Connection, rng: random.Random, every: int = 300) -> int:
    rows = conn.execute(
        select(CaseParty.id, CaseParty.person_id, CaseParty.address_id, Address.postcode)
        .join(Address, Address.id == CaseParty.address_id)
        .where(CaseParty.role == "A")).all()
    by_area: dict[str, list] = defaultdict(list)
    for row in rows:
        if row.postcode:
            by_area[row.postcode[:4]].append(row)
    areas = [ids for ids in by_area.values() if len(ids) > 1]
    planted = 0
    for _ in range(max(2, len(rows) // every)):
        if not areas:
            break
        original, copy = rng.sample(rng.choice(areas), 2)
        if original.person_id == copy.person_id:
            continue
        person = conn.execute(select(Person.first_name, Person.name_prefix, Person.last_name,
                                     Person.phone).where(Person.id == original.person_id)).one()
        first, last = variant(rng, person.first_name, person.last_name)
        # Registered again from the same home, the phone number only sometimes.
        conn.execute(update(Person).where(Person.id == copy.person_id).values(
            first_name=first, name_prefix=person.name_prefix, last_name=last,
            name_key=last.casefold(), phone=person.phone if rng.random() < 0.5 else ""))
        conn.execute(update(CaseParty).where(CaseParty.id == copy.id).values(
            address_id=original.address_id))
        planted += 1
    return planted


def _short_street(street: str) -> str:
    for whole, short in (("straat", "str."), ("laan", "ln."), ("weg", "wg."), ("plein", "pln.")):
        if street.endswith(whole):
            return street[: -len(whole)] + short
    return street.upper()


def plant_address_variants(conn: Connection, rng: random.Random, every: int = 400) -> int:
    """A home entered again: the street written short and the postcode without its
    letters; one party of a later case points at the copy."""
    rows = conn.execute(
        select(CaseParty.id, Address.id.label("address_id"), Address.postcode,
               Address.house_number, Address.house_number_suffix, Address.street,
               Address.town, Address.municipality, Address.neighbourhood)
        .join(Address, Address.id == CaseParty.address_id)
        .where(CaseParty.role == "B")).all()
    planted, used = 0, set()
    for row in rng.sample(rows, min(len(rows), max(2, len(rows) // every))):
        key = (row.postcode[:4], row.house_number, row.house_number_suffix)
        if key in used or len(row.postcode) < 7:
            continue
        used.add(key)
        copy = conn.execute(insert(Address).values(
            postcode=row.postcode[:4], house_number=row.house_number,
            house_number_suffix=row.house_number_suffix, street=_short_street(row.street),
            town=row.town, municipality=row.municipality, neighbourhood=row.neighbourhood)
        ).inserted_primary_key[0]
        conn.execute(update(CaseParty).where(CaseParty.id == row.id).values(address_id=copy))
        planted += 1
    return planted


def plant_partner_variants(conn: Connection) -> int:
    """The first organisation typed in again in other words, and its first contact
    again as initial and surname, with the same e-mail."""
    organisation = conn.execute(select(PartnerOrganisation).order_by(
        PartnerOrganisation.id).limit(1)).first()
    if organisation is None:
        return 0
    words = organisation.name.split()
    name = " ".join(words[1:] + words[:1]) if len(words) > 1 else organisation.name.lower()
    copy = conn.execute(insert(PartnerOrganisation).values(
        name=name, referrer_kind_id=organisation.referrer_kind_id, town=organisation.town,
        phone=organisation.phone)).inserted_primary_key[0]
    contact = conn.execute(select(PartnerContact).where(
        PartnerContact.organisation_id == organisation.id).order_by(PartnerContact.id)
        .limit(1)).first()
    if contact is not None and " " in contact.name:
        first, _space, rest = contact.name.partition(" ")
        conn.execute(insert(PartnerContact).values(
            organisation_id=copy, name=f"{first[0]}. {rest}", role=contact.role,
            email=contact.email, phone="", neighbourhoods="", active=True))
    return 1
