"""Likely duplicate persons, scored with rapidfuzz and explained in words.

Not every pair is compared. The scoring (below) lists a pair only when the two
share something besides their name: the same home, phone number or e-mail
address (the same name alone stays under the line: a town has several Jan de
Vries). So those are the blocks: persons who were a party at one home (its
postcode area, street, number and addition compared as written differently:
"Kerkstr. 4 II" is "Kerkstraat 4-2"), persons with one phone number, persons
with one e-mail address. A pair outside every block could never reach the list,
so nothing is lost by not comparing it, and 200,000 persons take seconds. Each
pair gets a score (0-100) and its reasons. Pairs the coordinator said are
different people are left out."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.data.store import Store
from desktop.quality.address_keys import street_key, suffix_key
from desktop.quality.candidates import FIRST_NAME_POINTS, MIN_SCORE, Candidate
from desktop.quality.name_keys import NameKey, first_names_agree, name_key, surname_score
from models import Address, CaseParty, DistinctPair, Person, format_name

MAX_BLOCK = 400  # a bigger block (one number for a whole institution) is split further


@dataclass(frozen=True)
class PersonFacts:
    id: int
    first_name: str
    name_prefix: str
    last_name: str
    phone: str
    email: str
    homes: frozenset[tuple]  # (area, street key, number, addition key) of each address

    # Made only for the few persons in a block: 200,000 name keys would cost seconds.
    @cached_property
    def key(self) -> NameKey:
        return name_key(self.first_name, self.name_prefix, self.last_name)

    @property
    def name(self) -> str:
        return format_name(self.first_name, self.name_prefix, self.last_name)


def home_key(postcode: str, street: str, number: int, suffix: str) -> tuple:
    return (postcode[:4], street_key(street or ""), number, suffix_key(suffix or ""))


def load_facts(session: Session, where=None, sharing_only: bool = False
               ) -> list[PersonFacts]:
    """Every person (not anonymised), or those matching `where` (a condition on
    Person), with the homes they were a party at. `sharing_only`: only who shares
    a home, phone or e-mail with someone (the rest is in no block)."""
    query = select(Person.id, Person.first_name, Person.name_prefix, Person.last_name,
                   Person.phone, Person.email_key).where(Person.anonymised_on.is_(None))
    if where is not None:
        query = query.where(where)
    rows = session.execute(query).all()
    homes: dict[int, set[tuple]] = defaultdict(set)
    party_query = (select(CaseParty.person_id, Address.postcode, Address.street,
                          Address.house_number, Address.house_number_suffix)
                   .join(Address, Address.id == CaseParty.address_id))
    if where is not None:
        party_query = party_query.where(CaseParty.person_id.in_([r.id for r in rows]))
    keys: dict[tuple, tuple] = {}  # one key per address, not per party
    for person_id, *address in session.execute(party_query):
        address = tuple(address)
        if address not in keys:
            keys[address] = home_key(*address)
        homes[person_id].add(keys[address])
    rows = [r for r in rows if r.last_name or r.first_name]
    if sharing_only:
        counts = Counter(home for person_homes in homes.values() for home in person_homes)
        counts.update(("phone", r.phone) for r in rows if r.phone)
        counts.update(("email", r.email_key) for r in rows if r.email_key)
        rows = [r for r in rows if counts[("phone", r.phone)] > 1
                or counts[("email", r.email_key)] > 1
                or any(counts[home] > 1 for home in homes.get(r.id, ()))]
    return [PersonFacts(r.id, r.first_name, r.name_prefix, r.last_name, r.phone or "",
                        r.email_key or "", frozenset(homes.get(r.id, ())))
            for r in rows]


def blocks(people: list[PersonFacts]) -> list[list[int]]:
    """Index lists of people who share a home, a phone number or an e-mail address."""
    found: dict[tuple, list[int]] = defaultdict(list)
    for index, p in enumerate(people):
        for home in p.homes:
            found[("home", *home)].append(index)
        if p.phone:
            found[("phone", p.phone)].append(index)
        if p.email:
            found[("email", p.email)].append(index)
    result = []
    for members in found.values():
        if len(members) < 2:
            continue
        if len(members) > MAX_BLOCK:  # a switchboard's number for hundreds: by surname
            sub: dict[str, list[int]] = defaultdict(list)
            for i in members:
                for part in people[i].key.surname_parts:
                    sub[part[:2]].append(i)
            result += [m for m in sub.values() if len(m) > 1]
        else:
            result.append(members)
    return result


SHARED_POINTS = {"same_address": 25, "same_phone": 20, "same_email": 20}


def score_pair(a: PersonFacts, b: PersonFacts) -> Candidate | None:
    surname, surname_reason = surname_score(a.key, b.key)
    first = first_names_agree(a.key, b.key)
    if surname_reason is None or first is None:
        return None  # a shared phone with another name is a household, not a duplicate
    reasons = [surname_reason, first]
    score = surname * 0.45 + FIRST_NAME_POINTS[first]
    if a.homes & b.homes:
        reasons.append("same_address")
    if a.phone and a.phone == b.phone:
        reasons.append("same_phone")
    if a.email and a.email == b.email:
        reasons.append("same_email")
    score += sum(SHARED_POINTS.get(r, 0) for r in reasons)
    score = min(100, round(score))
    if score < MIN_SCORE:
        return None
    x, y = (a, b) if a.id < b.id else (b, a)
    return Candidate(x.id, y.id, x.name, y.name, score, tuple(reasons))


BULK_FROM = 12  # from this block size on, surnames are first compared in bulk


def candidates_among(people: list[PersonFacts], known_distinct: set[tuple[int, int]],
                     progress: Callable[[int, int], None] | None = None) -> list[Candidate]:
    """Every likely duplicate pair within the blocks, best first. Most blocks are a
    household: each pair is scored. In a bigger block (a shared phone number) the
    surnames are compared in bulk first (rapidfuzz.process.cdist), and only the
    pairs that pass are looked at in detail."""
    from rapidfuzz import fuzz, process

    seen: set[tuple[int, int]] = set()
    found: list[Candidate] = []
    groups = blocks(people)
    for number, members in enumerate(groups):
        if len(members) < BULK_FROM:
            pairs = ((i, j) for i in range(len(members)) for j in range(i + 1, len(members)))
        else:
            surnames = [people[i].key.surname for i in members]
            # token_set_ratio: "vries" and "jansen vries" (a double surname) score 100.
            pairs = _upper_pairs(process.cdist(
                surnames, surnames, scorer=fuzz.token_set_ratio, score_cutoff=60,
                dtype="uint8", workers=1))
        for row, column in pairs:
            a, b = people[members[row]], people[members[column]]
            pair = (a.id, b.id) if a.id < b.id else (b.id, a.id)
            if pair in seen or pair in known_distinct:
                continue
            seen.add(pair)
            if (candidate := score_pair(a, b)) is not None:
                found.append(candidate)
        if progress and number % 5000 == 0:
            progress(number, len(groups))
    found.sort(key=lambda c: (-c.score, c.first, c.second))
    return found


def _upper_pairs(matrix) -> Iterable[tuple[int, int]]:
    import numpy as np

    rows, columns = np.nonzero(np.triu(matrix, k=1))
    return zip(rows.tolist(), columns.tolist(), strict=True)


def distinct_pairs(session: Session, kind: str = "person") -> set[tuple[int, int]]:
    return {(a, b) for a, b in session.execute(
        select(DistinctPair.first_id, DistinctPair.second_id).where(DistinctPair.kind == kind))}


def find_duplicates(store: Store, progress: Callable[[int, int], None] | None = None,
                    kind: str = "person") -> list[Candidate]:
    from desktop.quality import address_duplicates as addresses
    from desktop.quality import partner_duplicates as partners

    with store.read() as session:
        known = distinct_pairs(session, kind)
        if kind == "address":
            return addresses.address_candidates(addresses.load_addresses(session), known)
        if kind == "organisation":
            return partners.organisation_candidates(partners.load_organisations(session), known)
        if kind == "contact":
            return partners.contact_candidates(partners.load_contacts(session), known)
        people = load_facts(session, sharing_only=True)
    return candidates_among(people, known, progress)


def duplicates_of_person(store: Store, person_id: int) -> list[Candidate]:
    """The likely duplicates of one person (asked from a case's party): only the
    blocks that person is in are scored."""
    from sqlalchemy import and_, or_

    with store.read() as session:
        me = load_facts(session, Person.id == person_id)
        if not me:
            return []
        mine = me[0]
        # Only who could share a block: a party at a home with my area and number
        # (the home key decides), the same phone, the same e-mail.
        near = [Person.id == person_id]
        homes = [and_(Address.postcode.startswith(area), Address.house_number == number)
                 for area, _street, number, _suffix in mine.homes]
        if homes:
            near.append(Person.id.in_(select(CaseParty.person_id).join(
                Address, Address.id == CaseParty.address_id).where(or_(*homes))))
        if mine.phone:
            near.append(Person.phone == mine.phone)
        if mine.email:
            near.append(Person.email_key == mine.email)
        people = load_facts(session, or_(*near))
        known = distinct_pairs(session)
    index = next((i for i, p in enumerate(people) if p.id == person_id), None)
    if index is None:
        return []
    mine = [members for members in blocks(people) if index in members]
    found = {}
    for members in mine:
        for other in members:
            if other == index:
                continue
            a, b = people[index], people[other]
            pair = (min(a.id, b.id), max(a.id, b.id))
            if pair in known or pair in found:
                continue
            if (candidate := score_pair(a, b)) is not None:
                found[pair] = candidate
    return sorted(found.values(), key=lambda c: (-c.score, c.first, c.second))
