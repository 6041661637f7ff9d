"""Pair suggestions: which two mediators fit a case, and why.

Hard rules are never broken: both active, with a VOG that has not expired, and
not absent in the coming weeks,
both under their maximum of open cases, neither living in the same street or
4-digit postcode area as a party, neither ever a party in a case with these
parties, and the two share a free part of the week. Preferences are weighed
into a score and every one that counts is reported as a reason."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Integer, case, func, literal, select
from sqlalchemy.orm import Session, aliased

from desktop.volunteers.care_settings import load_settings
from desktop.volunteers.vog import is_valid
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
    # VOG: "valid", "expired" (a hard rule) or "unknown" (no date entered: still
    # proposed, with the caveat, and Te doen asks for the date).
    vog: str = "valid"

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
    # Parties whose postcode area is unknown (an imported "Lindelaan 38"): the rule
    # "no mediator from a party's area" cannot be checked for them.
    unknown_area_roles: frozenset[str] = frozenset()


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
    # Earlier cases together per pair; None until loaded (a plan loads all of it,
    # a single suggestion only what can matter, see suggest_pairs).
    together: dict[tuple[int, int], int] | None = None
    base: PairBase | None = None  # built on first use, shared by every case of a plan
    profiles: MediatorProfiles | None = None  # what `mediators` was made from


def _area(postcode: str | None) -> int | None:
    return int(postcode[:4]) if postcode and postcode[:4].isdigit() else None


def _residents_who_are(session: Session, mediators: Sequence[Any]) -> dict[int, set[int]]:
    """Persons (residents in cases) who are these mediators: the same full name and
    the same phone, e-mail or an address they were a party at. Found from the
    contact details first, so common surnames cost nothing."""
    phones = {m.phone: m for m in mediators if m.phone}
    emails = {m.email.lower(): m for m in mediators if m.email}
    addresses: dict[int, list[Any]] = {}
    for m in mediators:
        if m.address_id is not None:
            addresses.setdefault(m.address_id, []).append(m)
    found: dict[int, set[int]] = {}

    def same_name(m: Mediator, first: str, prefix: str, last: str) -> bool:
        return fold(format_name(first, prefix, last)) == fold(
            format_name(m.first_name, m.name_prefix, m.last_name))

    # Both are stored normalised the same way, so exact matches can use the indexes.
    conditions = []
    if phones:
        conditions.append(Person.phone.in_(phones))
    if emails:
        conditions.append(Person.email.in_({m.email for m in mediators if m.email}))
    for condition in conditions:
        for pid, first, prefix, last, phone, email in session.execute(
            select(Person.id, Person.first_name, Person.name_prefix, Person.last_name,
                   Person.phone, Person.email).where(condition)
        ):
            for m in (phones.get(phone), emails.get((email or "").lower())):
                if m is not None and same_name(m, first, prefix, last):
                    found.setdefault(m.id, set()).add(pid)
    if addresses:
        for pid, first, prefix, last, address_id in session.execute(
            select(Person.id, Person.first_name, Person.name_prefix, Person.last_name,
                   CaseParty.address_id)
            .join(CaseParty, CaseParty.person_id == Person.id)
            .where(CaseParty.address_id.in_(addresses))
        ):
            for m in addresses[address_id]:
                if same_name(m, first, prefix, last):
                    found.setdefault(m.id, set()).add(pid)
    return found


@dataclass(frozen=True)
class MediatorProfiles:
    """The half of the matching data that changes only with the mediators' own
    records (and the residents who might be them): the costly half to read. Its
    facts have no open cases yet and count as experienced by their start alone."""

    today: date
    facts: dict[int, MediatorFacts]


# What the profiles are read from: a change to any of these means reading them again.
PROFILE_TABLES = frozenset({
    Mediator.__tablename__, "volunteer_settings", MediatorAvailability.__tablename__,
    MediatorAbsence.__tablename__, Address.__tablename__, Person.__tablename__,
    CaseParty.__tablename__,
})


def load_profiles(session: Session, today: date | None = None) -> MediatorProfiles:
    today = today or date.today()
    horizon = today + timedelta(days=ABSENCE_HORIZON_DAYS)
    # Columns, not entities: a thousand ORM objects cost more than the query itself.
    rows = session.execute(
        select(Mediator.id, Mediator.first_name, Mediator.name_prefix, Mediator.last_name,
               Mediator.phone, Mediator.email, Mediator.address_id, Mediator.languages,
               Mediator.gender, Mediator.started_on, Mediator.max_open_cases, Mediator.state,
               Mediator.vog_issued_on, Address.street, Address.town, Address.postcode)
        .outerjoin(Address, Address.id == Mediator.address_id)
    ).all()
    # The week pattern (slot_bit) summed in SQL: one row per mediator instead of one
    # per free part of the week (30 of them each), and each part is there once.
    position = MediatorAvailability.weekday * 3 + case(
        {part.value: index for index, part in enumerate(PARTS)},
        value=MediatorAvailability.part)
    slots: dict[int, int] = dict(session.execute(
        select(MediatorAvailability.mediator_id,
               func.sum(literal(1, Integer).op("<<")(position)))
        .group_by(MediatorAvailability.mediator_id)
    ).all())
    absent = set(session.scalars(
        select(MediatorAbsence.mediator_id).where(
            MediatorAbsence.starts_on <= horizon, MediatorAbsence.ends_on >= today
        )
    ))
    person_ids = _residents_who_are(session, rows)
    vog_term = load_settings(session).vog_term_years
    experienced_since = today.replace(year=today.year - EXPERIENCED_YEARS)
    facts = {}
    for mediator in rows:
        street, town, postcode = mediator.street, mediator.town, mediator.postcode
        facts[mediator.id] = MediatorFacts(
            id=mediator.id,
            name=format_name(mediator.first_name, mediator.name_prefix, mediator.last_name),
            street_key=f"{fold(street)}|{fold(town)}" if street else "",
            area=_area(postcode),
            languages=frozenset(fold(x.strip()) for x in mediator.languages.split(",")
                                if x.strip()),
            gender=mediator.gender,
            experienced=bool(mediator.started_on and mediator.started_on <= experienced_since),
            open_cases=0,
            max_open_cases=mediator.max_open_cases,
            slots=slots.get(mediator.id, 0),
            absent=mediator.id in absent,
            active=mediator.state == MediatorState.ACTIVE,
            person_ids=frozenset(person_ids.get(mediator.id, ())),
            vog="unknown" if mediator.vog_issued_on is None
            else "valid" if is_valid(mediator.vog_issued_on, vog_term, today) else "expired",
        )
    return MediatorProfiles(today, facts)


@dataclass(frozen=True)
class Workload:
    open_cases: dict[int, int]  # per mediator: pairs not released, in open cases
    done_cases: dict[int, int]  # per mediator: pairs released (cases behind them)


def load_workload(session: Session) -> Workload:
    """Two counts per mediator, cheap to read again after every assignment."""
    # A pair is released when its case closes (or a mediator steps out): open work is
    # what is not released; experience is what was, counted from an index alone.
    # Counted from the open cases (few, their status indexed), not from every pair made.
    open_cases = select(Case.id).where(
        Case.status.in_([s.value for s in CaseStatus if s != CaseStatus.CLOSED]))
    open_counts = dict(session.execute(
        select(CaseMediator.mediator_id, func.count())
        .where(CaseMediator.released_on.is_(None), CaseMediator.case_id.in_(open_cases))
        .group_by(CaseMediator.mediator_id)
    ).all())
    done_counts = dict(session.execute(
        select(CaseMediator.mediator_id, func.count())
        .where(CaseMediator.released_on.is_not(None))
        .group_by(CaseMediator.mediator_id)
    ).all())
    return Workload(open_counts, done_counts)


def combine(profiles: MediatorProfiles, workload: Workload,
            previous: MatchingData | None = None) -> MatchingData:
    """The matching data of these profiles under this workload. With `previous`
    (made from the same profiles), what did not change is kept: the facts of the
    mediators whose counts stayed, and the pair matrix while nobody's experience
    changed (it holds no workload)."""
    if previous is not None and previous.profiles is not profiles:
        previous = None
    facts = {}
    for mediator_id, profile in profiles.facts.items():
        open_cases = workload.open_cases.get(mediator_id, 0)
        experienced = profile.experienced or \
            workload.done_cases.get(mediator_id, 0) >= EXPERIENCED_CASES
        old = previous.mediators.get(mediator_id) if previous is not None else None
        if old is not None and (old.open_cases, old.experienced) == (open_cases, experienced):
            facts[mediator_id] = old
        else:
            facts[mediator_id] = replace(profile, open_cases=open_cases,
                                         experienced=experienced)
    data = MatchingData(profiles.today, facts, profiles=profiles)
    if previous is not None and previous.base is not None:
        people = [facts[m.id] for m in previous.base.people]
        if all(new.experienced == old.experienced
               for new, old in zip(people, previous.base.people, strict=True)):
            data.base = _rebased(previous.base, people)
    return data


def load_matching_data(session: Session, today: date | None = None) -> MatchingData:
    return combine(load_profiles(session, today), load_workload(session))


def load_together(session: Session, ids: set[int] | None = None) -> dict[tuple[int, int], int]:
    """How many cases each pair of mediators did together (optionally only among `ids`)."""
    first, second = aliased(CaseMediator), aliased(CaseMediator)
    statement = (
        select(first.mediator_id, second.mediator_id, func.count())
        .join(second, (second.case_id == first.case_id)
              & (second.mediator_id > first.mediator_id))
        .group_by(first.mediator_id, second.mediator_id)
    )
    if ids is not None:
        # "+ 0": the second side is tested, not searched by its index. SQLite would
        # otherwise probe the (case_id, mediator_id) index once per id for every row
        # of the first side: 250 ms for 163 mediators, against 5 ms this way.
        statement = statement.where(first.mediator_id.in_(ids),
                                    (second.mediator_id + 0).in_(ids))
    return {(a, b): n for a, b, n in session.execute(statement)}


def load_case_needs(session: Session, case_ids: list[int]) -> dict[int, CaseNeeds]:
    rows = session.execute(
        select(CaseParty.case_id, CaseParty.person_id, Address.street, Address.town,
               Address.postcode, Person.preferred_language, Person.needs_interpreter,
               CaseParty.role)
        .join(Person, Person.id == CaseParty.person_id)
        .outerjoin(Address, Address.id == CaseParty.address_id)
        .where(CaseParty.case_id.in_(case_ids))
    ).all()
    persons: dict[int, set[int]] = {}
    streets: dict[int, set[str]] = {}
    areas: dict[int, set[int]] = {}
    languages: dict[int, set[str]] = {}
    unknown: dict[int, set[str]] = {}
    for case_id, person_id, street, town, postcode, language, _interpreter, role in rows:
        persons.setdefault(case_id, set()).add(person_id)
        if street:
            streets.setdefault(case_id, set()).add(f"{fold(street)}|{fold(town)}")
        if (area := _area(postcode)) is not None:
            areas.setdefault(case_id, set()).add(area)
        else:
            unknown.setdefault(case_id, set()).add(role)
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
            frozenset(unknown.get(case_id, ())),
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
    if m.vog == "expired":
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
    if m.vog == "unknown":
        reasons.append(Reason("vog_unknown", False, m.name))
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
    if common >= 2:
        reasons.append(Reason("common_slots", True, str(common)))
    else:
        reasons.append(Reason("one_common_slot", False))
    times = together.get((min(a.id, b.id), max(a.id, b.id)), 0)
    if times:
        score += W_TOGETHER * min(times, MAX_TOGETHER)
        reasons.append(Reason("worked_together", True, str(times)))
    return score, reasons


@dataclass
class PairBase:
    """Everything about the mediators that does not depend on the case, as numpy
    arrays: who may take a case at all, their load, where they live, and what a
    pair scores regardless of the case (experience mix, gender mix, common free
    time). Built once per MatchingData and shared by every case of a plan."""

    people: list[MediatorFacts]
    ids: object  # int array
    available: object  # bool array: active, not absent, room for a case, some free time
    load: object  # float array: -W_LOAD * open / max
    area: object  # float array, nan when unknown
    street: object  # object array of street keys
    bonus: object  # n x n float; -inf below the diagonal and where a pair cannot meet
    speaks: dict[str, object] = field(default_factory=dict)
    together: object = None  # n x n float bonus, once the full record is loaded

    def together_bonus(self, together: dict[tuple[int, int], int]):
        import numpy as np

        if self.together is None:
            index = {m.id: i for i, m in enumerate(self.people)}
            matrix = np.zeros((len(self.people),) * 2)
            for (a, b), times in together.items():
                i, j = index.get(a), index.get(b)
                if i is not None and j is not None:
                    bonus = W_TOGETHER * min(times, MAX_TOGETHER)
                    matrix[min(i, j), max(i, j)] = bonus
            self.together = matrix
        return self.together


def _kind_bonus(first: int, second: int, genders: list[Gender]) -> float:
    """pair_score's experience and gender mix for two kinds (gender * 2 + experienced)."""
    (gender_a, experienced_a), (gender_b, experienced_b) = divmod(first, 2), divmod(second, 2)
    if experienced_a != experienced_b:
        score = W_MIX
    else:
        score = W_BOTH_EXPERIENCED if experienced_a else W_BOTH_NEW
    known = genders[gender_a] != Gender.UNKNOWN and genders[gender_b] != Gender.UNKNOWN
    return score + (W_GENDER_MIX if known and gender_a != gender_b else 0.0)


def pair_base(data: MatchingData) -> PairBase:
    import numpy as np

    if data.base is not None:
        return data.base
    people = sorted(data.mediators.values(), key=lambda m: m.id)
    n = len(people)
    # Experience and gender mix depend on two small classes per mediator: score each
    # pair of classes once, then look all pairs up at once (a thousand mediators make
    # a million pairs; every pass over them counts).
    genders = list(Gender)
    kinds = np.array([genders.index(Gender(m.gender)) * 2 + m.experienced for m in people],
                     dtype=np.intp)
    by_kind = np.array([[_kind_bonus(a, b, genders) for b in range(len(genders) * 2)]
                        for a in range(len(genders) * 2)])
    bonus = by_kind[kinds[:, None], kinds[None, :]]
    slots = np.array([m.slots for m in people], dtype=np.int32)
    common = np.bitwise_count(slots[:, None] & slots[None, :])
    bonus += (W_SLOT * np.minimum(np.arange(22), MAX_SLOTS))[common]
    # Each pair once (row < column), and never two who share no free part of the
    # week: -inf there, once, instead of masking every case's matrix again.
    bonus[(common == 0) | np.tri(n, dtype=bool)] = -np.inf
    data.base = PairBase(
        people=people,
        ids=np.array([m.id for m in people]),
        available=_available(people),
        load=_load(people),
        area=np.array([np.nan if m.area is None else m.area for m in people], dtype=float),
        street=np.array([m.street_key for m in people], dtype=object),
        bonus=bonus,
    )
    return data.base


def _available(people: list[MediatorFacts]):
    import numpy as np

    return np.array([m.active and not m.absent and m.open_cases < m.max_open_cases
                     and m.slots != 0 and m.vog != "expired" for m in people], dtype=bool)


def _load(people: list[MediatorFacts]):
    import numpy as np

    return np.array([-W_LOAD * (m.open_cases / m.max_open_cases if m.max_open_cases else 1)
                     for m in people])


def _rebased(old: PairBase, people: list[MediatorFacts]) -> PairBase:
    """The pair base for a new workload of the same mediators with the same
    experience: only who has room and the load weight change."""
    return PairBase(people=people, ids=old.ids, available=_available(people),
                    load=_load(people), area=old.area, street=old.street, bonus=old.bonus,
                    speaks=old.speaks)


def _eligible_rows(base: PairBase, needs: CaseNeeds, mediator_cases: dict[int, set[int]]):
    """The hard rules of `eligible`, for all mediators at once: their row numbers."""
    import numpy as np

    mask = base.available.copy()
    for street in needs.street_keys:
        mask &= base.street != street
    if needs.areas:
        mask &= ~np.isin(base.area, list(needs.areas))
    excluded = set(needs.current_pair) | {
        m for m, cases in mediator_cases.items() if cases & needs.related_case_ids}
    if excluded:
        mask &= ~np.isin(base.ids, list(excluded))
    return np.nonzero(mask)[0]


def _individual_scores(base: PairBase, rows, needs: CaseNeeds):
    """individual_score for the given rows, at once."""
    import numpy as np

    scores = base.load[rows].copy()
    if needs.areas:
        areas = base.area[rows]
        distance = np.min(np.abs(areas[:, None] - np.array(sorted(needs.areas))[None, :]),
                          axis=1)
        known = ~np.isnan(areas)
        scores += np.where(known & (distance <= NEAR_AREAS), W_NEAR,
                           np.where(known & (distance <= SOMEWHAT_NEAR_AREAS),
                                    W_SOMEWHAT_NEAR, 0.0))
    return scores


def pair_matrix(base: PairBase, rows, needs: CaseNeeds):
    """Scores of every pair of the given rows at once, the same sums as
    individual_score + pair_score (without earlier cases together); -inf where a
    pair may not be formed."""
    import numpy as np

    grid = np.ix_(rows, rows)  # rows ascend, so the sub-grid keeps the upper triangle
    individual = _individual_scores(base, rows, needs)
    total = base.bonus[grid] + individual[:, None] + individual[None, :]
    for language in needs.languages:
        if language not in base.speaks:
            base.speaks[language] = np.array([language in m.languages for m in base.people])
        speaks = base.speaks[language][rows]
        total += W_LANGUAGE * (speaks[:, None] | speaks[None, :])
    return total


MAX_TOGETHER_BONUS = W_TOGETHER * MAX_TOGETHER


def _add_together(scores, people, together: dict[tuple[int, int], int]) -> None:
    index = {m.id: i for i, m in enumerate(people)}
    for (a, b), times in together.items():
        i, j = index.get(a), index.get(b)
        if i is not None and j is not None:
            scores[min(i, j), max(i, j)] += W_TOGETHER * min(times, MAX_TOGETHER)


def suggest_pairs(
    data: MatchingData,
    needs: CaseNeeds,
    mediator_cases: dict[int, set[int]],
    limit: int = 20,
    fetch_together: Callable[[set[int]], dict[tuple[int, int], int]] | None = None,
) -> list[PairSuggestion]:
    """The best `limit` pairs among all that keep the hard rules. Every pair is
    scored at once as a matrix; the reasons are spelled out for the chosen few.
    Without the full record of who worked together, only the pairs that could
    still reach the list with the largest such bonus have theirs looked up."""
    import numpy as np

    base = pair_base(data)
    rows = _eligible_rows(base, needs, mediator_cases)
    if len(rows) < 2:
        return []
    people = [base.people[row] for row in rows]
    scores = pair_matrix(base, rows, needs)
    flat = scores.ravel()  # a view: bonuses added to scores show here too
    valid = int(np.isfinite(flat).sum())
    if not valid:
        return []
    keep = min(limit, valid)
    together = data.together
    if together is not None:  # the full record (a plan): one matrix for every case
        scores += base.together_bonus(together)[np.ix_(rows, rows)]
    else:
        threshold = -np.partition(-flat, keep - 1)[keep - 1]
        near = np.nonzero(flat >= threshold - MAX_TOGETHER_BONUS)[0]
        ids = {people[p // len(people)].id for p in near} | {
            people[p % len(people)].id for p in near}
        together = fetch_together(ids) if fetch_together else {}
        _add_together(scores, people, together)
    # A few more than asked, so that ties at the edge are decided exactly below. Which
    # of many equal pairs make the list is left to the selection, not to the ids: by
    # ids, every case got the same few mediators and a plan served fewer cases.
    top = _best_positions(scores, keep + 10)
    result = []
    for position in top:
        if not np.isfinite(flat[position]):
            continue
        a, b = people[position // len(people)], people[position % len(people)]
        score_a, reasons_a = individual_score(a, needs)
        score_b, reasons_b = individual_score(b, needs)
        bonus, reasons = pair_score(a, b, needs, together)
        total = round(score_a + score_b + bonus, 3)
        result.append(PairSuggestion(a.id, b.id, a.name, b.name, total,
                                     tuple(reasons_a + reasons_b + reasons)))
    result.sort(key=lambda s: (-s.score, s.first, s.second))
    return result[:keep]


def _best_positions(scores, count: int):
    """Flat positions of the `count` highest scores. Only rows whose best score is
    among the `count` best row maxima can hold one (each of the best `count` pairs
    is at least the count-th best row maximum), so only those rows are searched:
    a few dozen rows instead of a million cells for a thousand mediators."""
    import numpy as np

    rows, columns = scores.shape
    row_best = scores.max(axis=1)
    if rows > count:
        candidates = np.nonzero(row_best >= np.partition(row_best, rows - count)[rows - count])[0]
    else:
        candidates = np.arange(rows)
    part = scores[candidates].ravel()
    within = np.argpartition(-part, min(count, part.size - 1))[:count]
    return candidates[within // columns] * columns + within % columns


def mediator_case_map(session: Session, data: MatchingData) -> dict[int, set[int]]:
    """For each mediator matched to a resident: the cases that resident was a party in."""
    owner = {pid: m.id for m in data.mediators.values() for pid in m.person_ids}
    result: dict[int, set[int]] = {}
    if owner:
        for person_id, case_id in session.execute(
            select(CaseParty.person_id, CaseParty.case_id)
            .where(CaseParty.person_id.in_(owner))
        ):
            result.setdefault(owner[person_id], set()).add(case_id)
    return result
