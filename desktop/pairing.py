"""Pair suggestions: which two mediators fit a case, and why.

Hard rules are never broken: both active and not absent in the coming weeks,
both under their maximum of open cases, neither living in the same street or
4-digit postcode area as a party, neither ever a party in a case with these
parties, and the two share a free part of the week. Preferences are weighed
into a score and every one that counts is reported as a reason."""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import (
    Address,
    Case,
    CaseMediator,
    CaseParty,
    Mediator,
    MediatorAbsence,
    MediatorAvailability,
    Person,
    format_name,
)
from models.enums import CaseStatus, DayPart, Gender, MediatorState
from models.rules import fold

ABSENCE_HORIZON_DAYS = 21  # "not absent in the coming weeks"
EXPERIENCED_CASES = 5
EXPERIENCED_YEARS = 2
DUTCH = {"nederlands", "dutch", "nl"}
PARTS = list(DayPart)

# Weights of the preferences (score points).
W_LOAD = 2.0  # times open/max
W_NEAR = 1.5  # postcode area within NEAR_AREAS
W_SOMEWHAT_NEAR = 0.75
NEAR_AREAS, SOMEWHAT_NEAR_AREAS = 15, 60
W_MIX = 2.0  # one experienced with one newer
W_BOTH_NEW = -1.5
W_BOTH_EXPERIENCED = 0.5
W_LANGUAGE = 3.0  # per language a party needs that the pair speaks
W_GENDER_MIX = 0.5
W_SLOT = 0.25  # per common free part of the week, up to MAX_SLOTS
MAX_SLOTS = 4
W_TOGETHER = 0.5  # per earlier case together, up to MAX_TOGETHER
MAX_TOGETHER = 2


def slot_bit(weekday: int, part: str) -> int:
    return 1 << (weekday * 3 + PARTS.index(DayPart(part)))


@dataclass(frozen=True)
class MediatorFacts:
    id: int
    name: str
    street_key: str
    area: int | None
    languages: frozenset[str]
    gender: str
    experienced: bool
    open_cases: int
    max_open_cases: int
    slots: int
    absent: bool
    active: bool
    person_ids: frozenset[int]  # residents matching this mediator (same name and contact)

    @property
    def free_capacity(self) -> int:
        return max(0, self.max_open_cases - self.open_cases)


@dataclass(frozen=True)
class CaseNeeds:
    case_id: int
    number: str
    street_keys: frozenset[str]
    areas: frozenset[int]
    languages: frozenset[str]
    related_case_ids: frozenset[int]  # every case any of its parties took part in
    current_pair: frozenset[int]


@dataclass(frozen=True)
class Reason:
    code: str
    positive: bool
    detail: str = ""


@dataclass(frozen=True)
class PairSuggestion:
    first: int
    second: int
    first_name: str
    second_name: str
    score: float
    reasons: tuple[Reason, ...]

    @property
    def pair(self) -> tuple[int, int]:
        return (self.first, self.second)


@dataclass
class MatchingData:
    today: date
    mediators: dict[int, MediatorFacts]
    together: dict[tuple[int, int], int] = field(default_factory=dict)


def _area(postcode: str | None) -> int | None:
    return int(postcode[:4]) if postcode and postcode[:4].isdigit() else None


def load_matching_data(session: Session, today: date | None = None) -> MatchingData:
    today = today or date.today()
    horizon = today + timedelta(days=ABSENCE_HORIZON_DAYS)
    rows = session.execute(
        select(Mediator, Address.street, Address.town, Address.postcode)
        .outerjoin(Address, Address.id == Mediator.address_id)
    ).all()
    slots: dict[int, int] = {}
    for mediator_id, weekday, part in session.execute(
        select(MediatorAvailability.mediator_id, MediatorAvailability.weekday,
               MediatorAvailability.part)
    ):
        slots[mediator_id] = slots.get(mediator_id, 0) | slot_bit(weekday, part)
    absent = set(session.scalars(
        select(MediatorAbsence.mediator_id).where(
            MediatorAbsence.starts_on <= horizon, MediatorAbsence.ends_on >= today
        )
    ))
    open_counts = dict(session.execute(
        select(CaseMediator.mediator_id, func.count())
        .join(Case, Case.id == CaseMediator.case_id)
        .where(CaseMediator.released_on.is_(None), Case.status != CaseStatus.CLOSED)
        .group_by(CaseMediator.mediator_id)
    ).all())
    done_counts = dict(session.execute(
        select(CaseMediator.mediator_id, func.count())
        .join(Case, Case.id == CaseMediator.case_id)
        .where(Case.status == CaseStatus.CLOSED)
        .group_by(CaseMediator.mediator_id)
    ).all())
    # Residents who are these mediators: same full name and same phone, e-mail or address.
    by_key: dict[str, list[Mediator]] = {}
    for mediator, *_ in rows:
        by_key.setdefault(fold(mediator.last_name), []).append(mediator)
    person_ids: dict[int, set[int]] = {}
    if by_key:
        for person in session.scalars(select(Person).where(Person.name_key.in_(by_key))):
            for mediator in by_key.get(person.name_key, []):
                if fold(person.full_name) != fold(format_name(
                        mediator.first_name, mediator.name_prefix, mediator.last_name)):
                    continue
                same_contact = (
                    (mediator.phone and person.phone == mediator.phone)
                    or (mediator.email and person.email.lower() == mediator.email.lower())
                )
                lived_there = mediator.address_id is not None and session.scalar(
                    select(CaseParty.id).where(CaseParty.person_id == person.id,
                                               CaseParty.address_id == mediator.address_id)
                    .limit(1)
                )
                if same_contact or lived_there:
                    person_ids.setdefault(mediator.id, set()).add(person.id)
    experienced_since = today.replace(year=today.year - EXPERIENCED_YEARS)
    facts = {}
    for mediator, street, town, postcode in rows:
        facts[mediator.id] = MediatorFacts(
            id=mediator.id,
            name=format_name(mediator.first_name, mediator.name_prefix, mediator.last_name),
            street_key=f"{fold(street)}|{fold(town)}" if street else "",
            area=_area(postcode),
            languages=frozenset(fold(x.strip()) for x in mediator.languages.split(",")
                                if x.strip()),
            gender=mediator.gender,
            experienced=done_counts.get(mediator.id, 0) >= EXPERIENCED_CASES
            or bool(mediator.started_on and mediator.started_on <= experienced_since),
            open_cases=open_counts.get(mediator.id, 0),
            max_open_cases=mediator.max_open_cases,
            slots=slots.get(mediator.id, 0),
            absent=mediator.id in absent,
            active=mediator.state == MediatorState.ACTIVE,
            person_ids=frozenset(person_ids.get(mediator.id, ())),
        )
    together: dict[tuple[int, int], int] = {}
    pairs = session.execute(
        select(CaseMediator.case_id, CaseMediator.mediator_id).order_by(CaseMediator.case_id)
    ).all()
    by_case: dict[int, list[int]] = {}
    for case_id, mediator_id in pairs:
        by_case.setdefault(case_id, []).append(mediator_id)
    for members in by_case.values():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                key = (min(a, b), max(a, b))
                together[key] = together.get(key, 0) + 1
    return MatchingData(today, facts, together)


def load_case_needs(session: Session, case_ids: list[int]) -> dict[int, CaseNeeds]:
    rows = session.execute(
        select(CaseParty.case_id, CaseParty.person_id, Address.street, Address.town,
               Address.postcode, Person.preferred_language, Person.needs_interpreter)
        .join(Person, Person.id == CaseParty.person_id)
        .outerjoin(Address, Address.id == CaseParty.address_id)
        .where(CaseParty.case_id.in_(case_ids))
    ).all()
    persons: dict[int, set[int]] = {}
    streets: dict[int, set[str]] = {}
    areas: dict[int, set[int]] = {}
    languages: dict[int, set[str]] = {}
    for case_id, person_id, street, town, postcode, language, _interpreter in rows:
        persons.setdefault(case_id, set()).add(person_id)
        if street:
            streets.setdefault(case_id, set()).add(f"{fold(street)}|{fold(town)}")
        if (area := _area(postcode)) is not None:
            areas.setdefault(case_id, set()).add(area)
        if language and fold(language) not in DUTCH:
            languages.setdefault(case_id, set()).add(fold(language))
    all_persons = set().union(*persons.values()) if persons else set()
    cases_of_person: dict[int, set[int]] = {}
    if all_persons:
        for person_id, case_id in session.execute(
            select(CaseParty.person_id, CaseParty.case_id)
            .where(CaseParty.person_id.in_(all_persons))
        ):
            cases_of_person.setdefault(person_id, set()).add(case_id)
    numbers = dict(session.execute(
        select(Case.id, Case.number).where(Case.id.in_(case_ids))
    ).all())
    current: dict[int, set[int]] = {}
    for case_id, mediator_id in session.execute(
        select(CaseMediator.case_id, CaseMediator.mediator_id)
        .where(CaseMediator.case_id.in_(case_ids), CaseMediator.released_on.is_(None))
    ):
        current.setdefault(case_id, set()).add(mediator_id)
    needs = {}
    for case_id in case_ids:
        related: set[int] = set()
        for person_id in persons.get(case_id, ()):
            related |= cases_of_person.get(person_id, set())
        needs[case_id] = CaseNeeds(
            case_id, numbers.get(case_id, ""), frozenset(streets.get(case_id, ())),
            frozenset(areas.get(case_id, ())), frozenset(languages.get(case_id, ())),
            frozenset(related), frozenset(current.get(case_id, ())),
        )
    return needs


def party_person_cases(session: Session, person_ids: frozenset[int]) -> set[int]:
    if not person_ids:
        return set()
    return set(session.scalars(
        select(CaseParty.case_id).where(CaseParty.person_id.in_(person_ids))
    ))


def eligible(m: MediatorFacts, needs: CaseNeeds, mediator_cases: dict[int, set[int]]) -> bool:
    """The hard rules that concern one mediator."""
    if not m.active or m.absent or m.open_cases >= m.max_open_cases or not m.slots:
        return False
    if m.id in needs.current_pair:
        return False
    if m.street_key and m.street_key in needs.street_keys:
        return False
    if m.area is not None and m.area in needs.areas:
        return False
    return not (mediator_cases.get(m.id, set()) & needs.related_case_ids)


def individual_score(m: MediatorFacts, needs: CaseNeeds) -> tuple[float, list[Reason]]:
    reasons: list[Reason] = []
    score = -W_LOAD * (m.open_cases / m.max_open_cases if m.max_open_cases else 1)
    if m.open_cases == 0:
        reasons.append(Reason("no_open_cases", True, m.name))
    elif m.open_cases + 1 >= m.max_open_cases:
        reasons.append(Reason("almost_full", False, m.name))
    if m.area is not None and needs.areas:
        distance = min(abs(m.area - area) for area in needs.areas)
        if distance <= NEAR_AREAS:
            score += W_NEAR
            reasons.append(Reason("near", True, m.name))
        elif distance <= SOMEWHAT_NEAR_AREAS:
            score += W_SOMEWHAT_NEAR
        else:
            reasons.append(Reason("far", False, m.name))
    return score, reasons


def pair_bonus_bound(needs: CaseNeeds) -> float:
    return (W_LANGUAGE * len(needs.languages) + max(W_MIX, W_BOTH_EXPERIENCED) + W_GENDER_MIX
            + W_SLOT * MAX_SLOTS + W_TOGETHER * MAX_TOGETHER)


def pair_score(a: MediatorFacts, b: MediatorFacts, needs: CaseNeeds,
               together: dict[tuple[int, int], int]) -> tuple[float, list[Reason]]:
    reasons: list[Reason] = []
    score = 0.0
    if a.experienced != b.experienced:
        score += W_MIX
        reasons.append(Reason("experience_mix", True))
    elif a.experienced:
        score += W_BOTH_EXPERIENCED
        reasons.append(Reason("both_experienced", True))
    else:
        score += W_BOTH_NEW
        reasons.append(Reason("both_new", False))
    for language in sorted(needs.languages):
        if language in a.languages or language in b.languages:
            score += W_LANGUAGE
            reasons.append(Reason("speaks_language", True, language))
        else:
            reasons.append(Reason("language_missing", False, language))
    if Gender.UNKNOWN not in (a.gender, b.gender) and a.gender != b.gender:
        score += W_GENDER_MIX
        reasons.append(Reason("gender_mix", True))
    common = (a.slots & b.slots).bit_count()
    score += W_SLOT * min(common, MAX_SLOTS)
    reasons.append(Reason("common_slots", common >= 2, str(common)))
    times = together.get((min(a.id, b.id), max(a.id, b.id)), 0)
    if times:
        score += W_TOGETHER * min(times, MAX_TOGETHER)
        reasons.append(Reason("worked_together", True, str(times)))
    return score, reasons


def suggest_pairs(
    data: MatchingData,
    needs: CaseNeeds,
    mediator_cases: dict[int, set[int]],
    limit: int = 20,
) -> list[PairSuggestion]:
    """The best `limit` pairs, exactly: mediators are visited from the best
    individual score down and a pair is skipped once even the largest pair
    bonus could not lift it into the list."""
    people = [m for m in data.mediators.values() if eligible(m, needs, mediator_cases)]
    scored = sorted(
        ((individual_score(m, needs), m) for m in people), key=lambda item: -item[0][0]
    )
    bound = pair_bonus_bound(needs)
    best: list[tuple[float, int, int, list[Reason]]] = []  # min-heap of the kept pairs
    for i, ((score_a, reasons_a), a) in enumerate(scored):
        if len(best) >= limit and i + 1 < len(scored) and (
            score_a + scored[i + 1][0][0] + bound <= best[0][0]
        ):
            break
        for (score_b, reasons_b), b in scored[i + 1:]:
            if len(best) >= limit and score_a + score_b + bound <= best[0][0]:
                break  # the rest of b's are worse still
            if not a.slots & b.slots:
                continue  # hard rule: they must be able to meet
            bonus, reasons = pair_score(a, b, needs, data.together)
            total = round(score_a + score_b + bonus, 3)
            item = (total, -a.id, -b.id, reasons_a + reasons_b + reasons)
            if len(best) < limit:
                heapq.heappush(best, item)
            elif item[:3] > best[0][:3]:
                heapq.heapreplace(best, item)
    result = []
    for total, neg_a, neg_b, reasons in sorted(best, key=lambda x: x[:3], reverse=True):
        a, b = data.mediators[-neg_a], data.mediators[-neg_b]
        result.append(PairSuggestion(a.id, b.id, a.name, b.name, total, tuple(reasons)))
    return result


def mediator_case_map(session: Session, data: MatchingData) -> dict[int, set[int]]:
    """For each mediator matched to a resident: the cases that resident was a party in."""
    result = {}
    for m in data.mediators.values():
        if m.person_ids:
            result[m.id] = party_person_cases(session, m.person_ids)
    return result
