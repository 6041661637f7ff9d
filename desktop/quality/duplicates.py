"""Likely duplicate persons, scored with rapidfuzz and explained in words.

Not every pair is compared: persons are put in blocks that a duplicate would
share (the 4-digit postcode area of an address they were a party at, with the
first letter of a surname part; the first three letters of a surname part with
the first initial, in any area; the same phone number; the same e-mail address),
and only pairs within a block are scored. Each pair gets a score (0-100) and its
reasons. Pairs the coordinator said are different people are left out."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.data.store import Store
from desktop.quality.name_keys import NameKey, first_names_agree, name_key
from models import Address, CaseParty, DistinctPair, Person, format_name

SURNAME_CUTOFF = 88  # similarity of the surname parts (0-100) for "nearly the same"
MIN_SCORE = 72
MAX_BLOCK = 4000  # a bigger block (a very common surname in one area) is split further


@dataclass(frozen=True)
class PersonFacts:
    id: int
    name: str
    key: NameKey
    phone: str
    email: str
    areas: frozenset[int]
    addresses: frozenset[int]


@dataclass(frozen=True)
class Candidate:
    first: int
    second: int
    first_name: str
    second_name: str
    score: int
    reasons: tuple[str, ...]  # codes; views/quality_texts words them


def load_facts(session: Session) -> list[PersonFacts]:
    rows = session.execute(
        select(Person.id, Person.first_name, Person.name_prefix, Person.last_name,
               Person.phone, Person.email_key)
        .where(Person.anonymised_on.is_(None))).all()
    areas: dict[int, set[int]] = defaultdict(set)
    addresses: dict[int, set[int]] = defaultdict(set)
    for person_id, address_id, postcode in session.execute(
            select(CaseParty.person_id, CaseParty.address_id, Address.postcode)
            .join(Address, Address.id == CaseParty.address_id)):
        addresses[person_id].add(address_id)
        if postcode and postcode[:4].isdigit():
            areas[person_id].add(int(postcode[:4]))
    return [PersonFacts(r.id, format_name(r.first_name, r.name_prefix, r.last_name),
                        name_key(r.first_name, r.name_prefix, r.last_name), r.phone or "",
                        r.email_key or "", frozenset(areas.get(r.id, ())),
                        frozenset(addresses.get(r.id, ())))
            for r in rows if (r.last_name or r.first_name)]


def blocks(people: list[PersonFacts]) -> list[list[int]]:
    """Index lists of people who may be the same."""
    found: dict[tuple, list[int]] = defaultdict(list)
    for index, p in enumerate(people):
        letters = {part[0] for part in p.key.surname_parts if part}
        for area in p.areas or {None}:
            for letter in letters:
                found[("area", area, letter)].append(index)
        # Across areas too (someone who moved, an import without postcode): the start
        # of a surname part with the first initial.
        for part in p.key.surname_parts:
            found[("name", part[:3], p.key.initials[:1])].append(index)
        if p.phone:
            found[("phone", p.phone)].append(index)
        if p.email:
            found[("email", p.email)].append(index)
    result = []
    for members in found.values():
        if len(members) < 2:
            continue
        if len(members) > MAX_BLOCK:  # split on two letters of the surname
            sub: dict[str, list[int]] = defaultdict(list)
            for i in members:
                for part in people[i].key.surname_parts:
                    sub[part[:2]].append(i)
            result += [m for m in sub.values() if len(m) > 1]
        else:
            result.append(members)
    return result


def _surname_score(a: NameKey, b: NameKey) -> tuple[float, str | None]:
    from rapidfuzz import fuzz
    from rapidfuzz.distance import JaroWinkler

    if not a.surname_parts or not b.surname_parts:
        return 0.0, None
    if a.surname_parts == b.surname_parts:
        return 100.0, "same_surname"
    if set(a.surname_parts) & set(b.surname_parts):  # "de Vries" / "de Vries-Jansen"
        return 90.0, "double_surname"
    # Jaro-Winkler forgives a swapped pair of letters ("Vires") as names need, but only
    # for names of about the same length: it rates "Dijk" and "Dijkstra" alike.
    score = fuzz.ratio(a.surname, b.surname)
    if abs(len(a.surname) - len(b.surname)) <= 2:
        score = max(score, JaroWinkler.normalized_similarity(a.surname, b.surname) * 100)
    return score, "surname_typo" if score >= SURNAME_CUTOFF else None


# Points: the name says "maybe", something they share says "likely". The same name
# alone (70) stays below the list: in a town there are several Jan de Vries.
FIRST_NAME_POINTS = {"same_first_name": 25, "initial_fits": 15, "first_name_typo": 18,
                     "first_name_missing": 5}
SHARED_POINTS = {"same_address": 25, "same_phone": 20, "same_email": 20}


def score_pair(a: PersonFacts, b: PersonFacts) -> Candidate | None:
    surname, surname_reason = _surname_score(a.key, b.key)
    first = first_names_agree(a.key, b.key)
    if surname_reason is None or first is None:
        return None  # a shared phone with another name is a household, not a duplicate
    reasons = [surname_reason, first]
    score = surname * 0.45 + FIRST_NAME_POINTS[first]
    if a.addresses & b.addresses:
        reasons.append("same_address")
    if a.phone and a.phone == b.phone:
        reasons.append("same_phone")
    if a.email and a.email == b.email:
        reasons.append("same_email")
    score += sum(SHARED_POINTS.get(r, 0) for r in reasons)
    if not set(reasons) & set(SHARED_POINTS) and a.areas & b.areas:
        reasons.append("same_area")
    score = min(100, round(score))
    if score < MIN_SCORE:
        return None
    x, y = (a, b) if a.id < b.id else (b, a)
    return Candidate(x.id, y.id, x.name, y.name, score, tuple(reasons))


def candidates_among(people: list[PersonFacts], known_distinct: set[tuple[int, int]],
                     progress: Callable[[int, int], None] | None = None) -> list[Candidate]:
    """Every likely duplicate pair within the blocks, best first. Surnames are
    compared in bulk per block (rapidfuzz.process.cdist); only the few pairs that
    pass are looked at in detail."""
    from rapidfuzz import fuzz, process

    seen: set[tuple[int, int]] = set()
    found: list[Candidate] = []
    groups = blocks(people)
    for number, members in enumerate(groups):
        surnames = [people[i].key.surname for i in members]
        # token_set_ratio: "vries" and "jansen vries" (a double surname) score 100.
        matrix = process.cdist(surnames, surnames, scorer=fuzz.token_set_ratio, score_cutoff=60,
                               dtype="uint8", workers=1)
        for row, column in _upper_pairs(matrix):
            a, b = people[members[row]], people[members[column]]
            pair = (min(a.id, b.id), max(a.id, b.id))
            if pair in seen or pair in known_distinct:
                continue
            seen.add(pair)
            if (candidate := score_pair(a, b)) is not None:
                found.append(candidate)
        if progress and number % 500 == 0:
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


def find_duplicates(store: Store, progress: Callable[[int, int], None] | None = None
                    ) -> list[Candidate]:
    with store.read() as session:
        people = load_facts(session)
        known = distinct_pairs(session)
    return candidates_among(people, known, progress)
