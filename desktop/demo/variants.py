"""Planted duplicates for the demo: a few residents registered twice, the second
time written as a tired volunteer would ("M. de Vries", "de Vries-Jansen",
"Vires") at the same address. Realistically few: about one in 300."""

from __future__ import annotations

import random
from collections import defaultdict

from sqlalchemy import Connection, select, update

from models import Address, CaseParty, Person

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
