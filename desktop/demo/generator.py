"""Realistic Dutch demo data: cases over several years in a few towns, with
recurring addresses and persons, partner referrers, results and a journal.
Bulk inserts, so a 100,000-case database for benchmarks takes seconds."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from faker import Faker
from sqlalchemy import func, insert, select

from desktop.data import search_index
from desktop.data.engine import continue_sequences
from desktop.data.errors import RuleViolation
from desktop.data.store import Store
from desktop.demo.places import PLACES
from desktop.demo.variants import plant_address_variants, plant_partner_variants, plant_variants
from desktop.demo.volunteer_care import demo_courses, demo_expenses, demo_meetings, vog_date
from models import (
    AccessSettings,
    Address,
    Appointment,
    AppointmentMediator,
    Case,
    CaseConflictType,
    CaseMediator,
    CaseParty,
    CaseResult,
    ClosingReason,
    ConflictType,
    JournalEntry,
    Mediator,
    MediatorAbsence,
    MediatorAvailability,
    MediatorExpense,
    MediatorTraining,
    Meeting,
    MeetingAttendee,
    Organisation,
    PartnerContact,
    PartnerOrganisation,
    Person,
    ReferrerKind,
    Room,
    VolunteerSettings,
    format_case_number,
)
from models.enums import (
    AgeBand,
    AppointmentKind,
    AppointmentOutcome,
    CaseStatus,
    Gender,
    JournalKind,
    MediatorState,
    OutcomeBy,
    PlaceKind,
    TrainingKind,
    Urgency,
)
from models.rules import NAME_PREFIXES, fold

DEMO_MARK = "demo"
_LETTERS = [a + b for a in "ABCDEFGHJKLMNPRTVWXZ" for b in "ABCDEGHJKLMNPRTVXZ"]


def postcode_letters(area: str, street: str, number: int) -> str:
    import zlib

    return _LETTERS[zlib.crc32(f"{area}|{street}|{number // 24}|{number % 2}".encode())
                    % len(_LETTERS)]


# Locales in proportions a Dutch town might show; names stress Unicode in letters and search.
LOCALES = {"nl_NL": 0.8, "tr_TR": 0.07, "pl_PL": 0.05, "vi_VN": 0.03, "en_GB": 0.05}
PARTNERS = [
    ("housing", "Woonstichting De Veste", ["Marloes Bakker", "Erik Hendriks"]),
    ("housing", "Openbaar Belang", ["Sandra Kuipers"]),
    ("police", "Politie basisteam IJsselland", ["Wijkagent R. Mulder", "Wijkagent F. Yilmaz"]),
    ("municipality", "Gemeente Zwolle, team Wijkzaken", ["Iris de Boer"]),
    ("welfare", "Travers Welzijn", ["Karin Smit"]),
    ("youth_work", "Jongerenwerk Deventer", ["Mo el Idrissi"]),
    ("neighbourhood_team", "Sociaal Wijkteam Holtenbroek", ["Anouk Visser"]),
    ("enforcement", "Handhaving Kampen", ["Bas Jonker"]),
]
REFERRER_WEIGHTS = {"resident": 40, "police": 15, "housing": 25, "municipality": 6,
                    "welfare": 6, "youth_work": 2, "enforcement": 2, "neighbourhood_team": 2,
                    "mental_health": 1, "other": 1}
OPEN_STATUSES = [CaseStatus.REGISTERED, CaseStatus.INTAKE, CaseStatus.WAITING_FOR_PAIR,
                 CaseStatus.TALKS, CaseStatus.JOINT_SESSION, CaseStatus.FOLLOW_UP,
                 CaseStatus.ON_HOLD]
STORIES = [
    "Bovenburen maken 's avonds laat veel lawaai; aanvrager slaapt slecht.",
    "Onenigheid over de schutting tussen de tuinen en overhangende takken.",
    "De hond van de buren blaft de hele dag wanneer zij weg zijn.",
    "Rook van de barbecue en de houtkachel trekt bij aanvrager naar binnen.",
    "Kinderen spelen voetbal tegen de gevel; gesprekken liepen uit op ruzie.",
    "Buurman parkeert steeds voor de uitrit van aanvrager.",
    "Harde muziek in het weekend; een briefje hielp niet.",
    "Afval en rommel op de gezamenlijke galerij.",
    "Aanvrager voelt zich geïntimideerd na een woordenwisseling bij de voordeur.",
    "Verstoorde verhouding na jarenlange kleine ergernissen.",
]


@dataclass
class DemoResult:
    cases: int
    persons: int
    addresses: int


def _split_last_name(last_name: str) -> tuple[str, str]:
    lowered = last_name.lower()
    for prefix in NAME_PREFIXES:
        if lowered.startswith(prefix + " "):
            return prefix, last_name[len(prefix) + 1 :]
    return "", last_name


def _name_pool(rng: random.Random, size: int) -> list[tuple[str, str, str, str]]:
    fake = Faker(list(LOCALES), use_weighting=True)
    fake.seed_instance(rng.randint(0, 2**31))
    pool = []
    for _ in range(size):
        locale = rng.choices(list(LOCALES), weights=list(LOCALES.values()))[0]
        generator = fake[locale]
        female = rng.random() < 0.5
        first = generator.first_name_female() if female else generator.first_name_male()
        prefix, last = _split_last_name(generator.last_name())
        pool.append((first, prefix, last, Gender.FEMALE if female else Gender.MALE))
    return pool


def has_cases(store: Store) -> bool:
    with store.read() as session:
        return session.scalar(select(Case.id).limit(1)) is not None


def _holds_real_cases(store: Store) -> bool:
    with store.read() as session:
        return bool(
            session.scalar(select(func.count(Case.id)).where(Case.imported_from != DEMO_MARK))
        )


def generate(
    store: Store,
    cases: int = 200,
    seed: int = 2026,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    mediators: int | None = None,
) -> DemoResult:
    """Fill the database with `cases` demo cases and a team of mediators (by
    default one for every 25 cases, 8 to 120); refuses when real cases exist."""
    if _holds_real_cases(store):
        raise RuleViolation("demo_refused_real_cases")
    rng = random.Random(seed)
    today = today or date.today()
    names = _name_pool(rng, min(4000, max(200, cases)))
    places = [
        (town, municipality, hood, area, streets)
        for town, (municipality, hoods) in PLACES.items()
        for hood, (area, streets) in hoods.items()
    ]
    with store.unit() as session:
        conn = session.connection()
        kinds = {k.code: k.id for k in session.scalars(select(ReferrerKind))}
        type_ids = list(session.scalars(select(ConflictType.id).order_by(ConflictType.sort_order)))
        results = {r.code: r.id for r in session.scalars(select(CaseResult))}
        reasons = list(session.scalars(select(ClosingReason.id)))

        def next_id(model) -> int:
            return (session.scalar(select(func.max(model.id))) or 0) + 1

        contact_by_kind: dict[str, list[int]] = {}
        org_id, contact_id = next_id(PartnerOrganisation), next_id(PartnerContact)
        for kind, org_name, contacts in PARTNERS:
            existing = session.scalar(
                select(PartnerOrganisation.id).where(PartnerOrganisation.name == org_name)
            )
            if existing is None:
                conn.execute(
                    insert(PartnerOrganisation),
                    [{"id": org_id, "name": org_name, "referrer_kind_id": kinds.get(kind),
                      "street": rng.choice(["Stationsweg", "Burgemeester Roelenweg",
                                            "Hanzelaan", "Grote Markt"]),
                      "house_number": str(rng.randint(1, 120)),
                      "postcode": f"80{rng.randint(10, 49)} {rng.choice(['AB', 'CD', 'GH'])}",
                      "town": "Zwolle", "phone": f"038 {rng.randint(100, 999)} "
                                                 f"{rng.randint(1000, 9999)}",
                      "email": f"info@{org_name.split()[-1].lower()}.example"}],
                )
                existing, org_id = org_id, org_id + 1
            for contact in contacts:
                conn.execute(
                    insert(PartnerContact),
                    [{"id": contact_id, "organisation_id": existing, "name": contact,
                      "role": CONTACT_ROLES.get(kind, "contactpersoon"),
                      "phone": f"06 {rng.randint(10000000, 58999999)}",
                      "email": f"{contact.split()[-1].lower()}@{kind}.example",
                      "neighbourhoods": rng.choice(["Assendorp, Diezerpoort", "Holtenbroek",
                                                    "Stadshagen", "Zuid"])}],
                )
                contact_by_kind.setdefault(kind, []).append(contact_id)
                contact_id += 1

        address_id, person_id = next_id(Address), next_id(Person)
        case_id, party_id = next_id(Case), next_id(CaseParty)
        used_addresses: set[tuple[str, int, str]] = set(
            session.execute(
                select(Address.postcode, Address.house_number, Address.house_number_suffix)
            ).all()
        )
        drawn_addresses = set(used_addresses)
        addresses, persons, case_rows, parties, links, journal = [], [], [], [], [], []
        # Earlier (person, address, hood) pairs that a later case may bring back: herhaling.
        seen: list[tuple[int, int, str, str]] = []
        years = 5
        start = today - timedelta(days=365 * years)
        dates = sorted(start + timedelta(days=rng.randrange(365 * years + 1)) for _ in range(cases))
        seqs: dict[int, int] = {}
        for year, max_seq in session.execute(
            select(Case.year, func.max(Case.seq)).group_by(Case.year)
        ):
            seqs[year] = max_seq

        def new_address(place) -> tuple[int, str]:
            nonlocal address_id
            town, municipality, hood, area, streets = place
            while True:
                letters = rng.choice("ABCDEFGHJKLMNPRTVWXZ") + rng.choice("ABCDEGHJKLMNPRTVXZ")
                drawn = (f"{area} {letters}", rng.randint(1, 240),
                         rng.choice(["", "", "", "", "", "", "A", "B", "2"]))
                if drawn not in drawn_addresses:
                    break
            drawn_addresses.add(drawn)
            street = rng.choice(streets)
            # As in life, one side of a stretch of a street has one postcode: the same
            # street and number get the same letters, and a home that exists already
            # is not made twice (the next number is). The draws stay as they were, so
            # the rest of the demo does not change.
            number = drawn[1]
            while (key := (f"{area} {postcode_letters(area, street, number)}", number,
                           drawn[2])) in used_addresses:
                number += 1
            used_addresses.add(key)
            addresses.append({
                "id": address_id, "postcode": key[0], "house_number": key[1],
                "house_number_suffix": key[2], "street": street, "town": town,
                "municipality": municipality, "neighbourhood": hood,
            })
            address_id += 1
            return address_id - 1, hood

        def new_person() -> int:
            nonlocal person_id
            first, prefix, last, gender = rng.choice(names)
            # Two residents of one name do not share an address: the person's number
            # makes it theirs (and leaves the demo's draws as they were).
            email = (f"{last.lower().replace(' ', '')}{rng.randint(1, 99)}.{person_id % 1000}"
                     "@example.nl" if rng.random() < 0.4 else "")
            persons.append({
                "id": person_id, "first_name": first, "name_prefix": prefix, "last_name": last,
                "name_key": fold(last),
                "gender": gender, "age_band": rng.choice(list(AgeBand)[1:]),
                "phone": f"06 {rng.randint(10000000, 58999999)}" if rng.random() < 0.8 else "",
                "email": email, "email_key": email.lower(),
                "preferred_language": "" if rng.random() < 0.9 else rng.choice(
                    ["Engels", "Turks", "Pools", "Arabisch"]),
            })
            person_id += 1
            return person_id - 1

        for index, registered_on in enumerate(dates):
            year = registered_on.year
            seqs[year] = seqs.get(year, 0) + 1
            age_days = (today - registered_on).days
            place = rng.choice(places)
            recurring = seen and rng.random() < 0.08
            if recurring:
                person_a, address_a, hood, municipality = rng.choice(seen)
            else:
                person_a = new_person()
                address_a, hood = new_address(place)
                municipality = place[1]
            address_b, _ = new_address(place)
            if recurring:
                address_b = rng.choice(seen)[1] if rng.random() < 0.5 else address_b
            person_b = new_person()
            if rng.random() < 0.05:
                seen.append((person_a, address_a, hood, municipality))
            referrer = rng.choices(list(REFERRER_WEIGHTS), list(REFERRER_WEIGHTS.values()))[0]
            contacts = contact_by_kind.get(referrer)
            if age_days > 120 or (age_days > 30 and rng.random() < 0.6):
                status = CaseStatus.CLOSED
            else:
                status = rng.choice(OPEN_STATUSES)
            closed = status == CaseStatus.CLOSED
            result_code = rng.choices(
                list(results), weights=[45, 15, 10, 8, 22][: len(results)]
            )[0] if closed else None
            taken_up = closed and result_code != "no_mediation"
            intake_on = registered_on + timedelta(days=rng.randint(1, 10))
            first_talk = intake_on + timedelta(days=rng.randint(3, 20))
            joint = first_talk + timedelta(days=rng.randint(7, 30))
            closed_on = (joint if taken_up else intake_on) + timedelta(days=rng.randint(10, 40))
            closed_on = min(closed_on, today)
            case_rows.append({
                "id": case_id, "year": year, "seq": seqs[year],
                "number": format_case_number(year, seqs[year]), "status": status,
                "urgency": rng.choices(list(Urgency), weights=[80, 15, 5])[0],
                "story": rng.choice(STORIES), "municipality": municipality,
                "neighbourhood": hood, "is_complex": rng.random() < 0.22,
                "registered_on": registered_on,
                "intake_on": intake_on if (closed or status != CaseStatus.REGISTERED) else None,
                "first_talk_on": first_talk if (taken_up or status in (
                    CaseStatus.TALKS, CaseStatus.JOINT_SESSION, CaseStatus.FOLLOW_UP)) else None,
                "joint_session_on": joint if (taken_up and rng.random() < 0.6) else None,
                "closed_on": closed_on if closed else None,
                "minutes_spent": rng.randint(60, 900),
                "referrer_kind_id": kinds.get(referrer),
                "referrer_contact_id": rng.choice(contacts) if contacts else None,
                "feedback_consent": rng.random() < 0.7,
                "result_id": results[result_code] if result_code else None,
                "closing_reason_id": (
                    rng.choice(reasons) if result_code == "no_mediation" else None
                ),
                "imported_from": DEMO_MARK, "version": 1,
            })
            for role, person, address in (("A", person_a, address_a), ("B", person_b, address_b)):
                parties.append({"id": party_id, "case_id": case_id, "person_id": person,
                                "address_id": address, "role": role})
                party_id += 1
            for n, type_id in enumerate(rng.sample(type_ids, rng.choice([1, 1, 1, 2, 2, 3]))):
                links.append({"case_id": case_id, "conflict_type_id": type_id, "is_main": n == 0})
            journal.append({
                "case_id": case_id, "kind": JournalKind.STATUS_CHANGE,
                "occurred_at": datetime.combine(registered_on, time(9, 30)), "text": "",
                "author": "demo", "to_status": CaseStatus.REGISTERED,
            })
            if status != CaseStatus.REGISTERED:
                journal.append({
                    "case_id": case_id, "kind": JournalKind.PHONE_CALL,
                    "occurred_at": datetime.combine(intake_on, time(14, 0)),
                    "text": "Intakegesprek gevoerd met partij A.", "author": "demo",
                })
                journal.append({
                    "case_id": case_id, "kind": JournalKind.STATUS_CHANGE,
                    "occurred_at": datetime.combine(
                        closed_on if closed else intake_on, time(16, 0)),
                    "text": "", "author": "demo", "from_status": CaseStatus.REGISTERED,
                    "to_status": status,
                })
            case_id += 1
            if progress and index % 1000 == 0:
                progress(index, cases)

        team = _demo_mediators(
            rng, names, places, new_address,
            mediators if mediators is not None else min(120, max(8, cases // 25)), today,
            next_id(Mediator),
        )
        mediator_rows, availability, absences, trainings = team
        for model, rows in (
            (Address, addresses), (Mediator, mediator_rows),
            (MediatorAvailability, availability), (MediatorAbsence, absences),
            (MediatorTraining, trainings),
        ):
            if rows:
                conn.execute(insert(model), rows)
        addresses.clear()
        # Mediators 5 to 7 (active, offsets from the start) get no case: Te doen names them.
        idle = {m["id"] for m in mediator_rows[5:8]} if len(mediator_rows) > 10 else set()
        links_to_mediators = _demo_pairs(rng, case_rows,
                                         [m["id"] for m in mediator_rows if m["id"] not in idle])
        room_ids = []
        for name, address in DEMO_ROOMS:
            existing = session.scalar(select(Room.id).where(Room.name == name))
            if existing is None:
                existing = conn.execute(insert(Room).values(name=name, address=address)
                                        ).inserted_primary_key[0]
            room_ids.append(existing)
        appointments, appointment_links = _demo_appointments(
            rng, case_rows, links_to_mediators, room_ids, today, next_id(Appointment),
            availability)
        for model, rows in (
            (Address, addresses), (Person, persons), (Case, case_rows),
            (CaseParty, parties), (CaseConflictType, links), (JournalEntry, journal),
            (CaseMediator, links_to_mediators), (Appointment, appointments),
            (AppointmentMediator, appointment_links),
        ):
            keys = set().union(*rows) if rows else set()
            # executemany wants the same keys in every row
            rows = [{key: row.get(key) for key in keys} for row in rows]
            for start_at in range(0, len(rows), 5000):
                conn.execute(insert(model), rows[start_at : start_at + 5000])
        meetings, attendees = demo_meetings(rng, mediator_rows, today, next_id(Meeting),
                                            DEMO_ROOMS[0][0] + ", " + DEMO_ROOMS[0][1])
        expenses = demo_expenses(rng, links_to_mediators, case_rows, meetings, attendees, today)
        for model, rows in ((Meeting, meetings), (MeetingAttendee, attendees),
                            (MediatorExpense, expenses)):
            for start_at in range(0, len(rows), 5000):
                conn.execute(insert(model), rows[start_at : start_at + 5000])
        if session.get(VolunteerSettings, 1) is None:  # the demo office pays an allowance
            session.add(VolunteerSettings(id=1, pays_allowance=True))
        _demo_incidents(conn, session, rng, case_rows, parties, persons_by_id(persons),
                        [c for ids in contact_by_kind.values() for c in ids], today,
                        cases // 8)
        plant_variants(conn, rng)  # a few residents registered twice, differently written
        continue_sequences(conn)  # rows were written with their own ids
        # A few homes and a partner typed in again: new rows, numbered by the database.
        plant_address_variants(conn, random.Random(cases))  # own draws
        plant_partner_variants(conn)
        search_index.rebuild(conn)
        if session.get(Organisation, 1) is None:  # a letterhead, so letters can be tried
            session.add(Organisation(id=1, **DEMO_ORGANISATION))
        if session.get(AccessSettings, 1) is None:  # made-up people: no sign-in until chosen
            session.add(AccessSettings(id=1, sign_in_required=False))
        if progress:
            progress(cases, cases)
    return DemoResult(len(case_rows), len(persons), len(addresses))


CONTACT_ROLES = {"housing": "wijkconsulent", "police": "wijkagent", "municipality": "wijkregisseur",
                 "welfare": "maatschappelijk werker", "youth_work": "jongerenwerker",
                 "neighbourhood_team": "wijkteammedewerker", "enforcement": "boa"}
INCIDENT_NOTES = [
    "Buren schelden elkaar uit op de galerij.", "Graffiti op de schutting.",
    "Fietsen vernield bij de portiek.", "Ruzie op straat over het parkeren.",
    "Groep jongeren blijft 's avonds hangen bij de speeltuin.",
    "Harde muziek tot diep in de nacht.", "Afval gedumpt naast de container.",
]


def persons_by_id(persons: list[dict]) -> dict[int, str]:
    return {p["id"]: " ".join(x for x in (p["first_name"], p["name_prefix"], p["last_name"])
                              if x) for p in persons}


def _demo_incidents(conn, session, rng, case_rows, parties, names: dict[int, str],
                    contacts: list[int], today: date, count: int) -> None:
    """Incidents over the last two years; a third at the address of a recent case
    (often with its party involved), so Signalen has something to show."""
    from models import Incident, IncidentKind, IncidentPerson

    kinds = list(session.scalars(select(IncidentKind.id)))
    if not kinds or not count:
        return
    recent_cases = {c["id"] for c in case_rows if (today - c["registered_on"]).days < 730}
    wanted = list({p["address_id"] for p in parties
                   if p.get("address_id") and p["case_id"] in recent_cases})
    rng.shuffle(wanted)
    addresses = {a.id: a for a in session.scalars(select(Address).where(
        Address.id.in_(wanted[:2000])))}
    recent = [p for p in parties if p.get("address_id") in addresses]
    first = (session.scalar(select(func.max(Incident.id))) or 0) + 1
    incidents, involved = [], []
    for index in range(count):
        party = rng.choice(recent) if recent and rng.random() < 0.35 else None
        address = addresses[party["address_id"]] if party else rng.choice(list(
            addresses.values())) if addresses else None
        if address is None:
            return
        on = today - timedelta(days=int(rng.random() ** 2 * 730))
        incident_id = first + index
        incidents.append({
            "id": incident_id, "occurred_on": on, "kind_id": rng.choice(kinds),
            "address_id": address.id if party or rng.random() < 0.5 else None,
            "street": address.street, "postcode": address.postcode, "town": address.town,
            "municipality": address.municipality, "neighbourhood": address.neighbourhood,
            "place_note": "", "reporter_contact_id": rng.choice(contacts) if contacts and (
                rng.random() < 0.6) else None,
            "reporter_resident": "" if rng.random() < 0.6 else "Bewoner (anoniem)",
            "groups": "groep jongeren" if rng.random() < 0.15 else "",
            "description": rng.choice(INCIDENT_NOTES), "case_id": None, "created_by": DEMO_MARK,
        })
        if party and rng.random() < 0.6:
            name = names.get(party["person_id"], "")
            involved.append({"incident_id": incident_id, "person_id": party["person_id"],
                             "name": name, "name_key": fold(name)})
    conn.execute(insert(Incident), incidents)
    if involved:
        conn.execute(insert(IncidentPerson), involved)


LANGUAGES = ["Engels", "Turks", "Arabisch", "Pools", "Duits", "Papiaments"]


def _demo_mediators(rng, names, places, new_address, count: int, today: date, first_id: int):
    """A team of volunteers: most active, a few paused; free evenings mostly."""
    mediator_rows, availability, absences, trainings = [], [], [], []
    parts = [(day, part) for day in range(6) for part in ("morning", "afternoon", "evening")]
    evening_weight = [3 if part == "evening" else 1 for _day, part in parts]
    for offset in range(count):
        mediator_id = first_id + offset
        first, prefix, last, gender = rng.choice(names)
        address_id, _hood = new_address(rng.choice(places))
        # Five to seven (given no case below) started some months ago and drifted off.
        started = today - timedelta(days=rng.randint(120, 240) if 5 <= offset < 8
                                    else rng.randint(60, 365 * 9))
        mediator_rows.append({
            "id": mediator_id, "first_name": first, "name_prefix": prefix, "last_name": last,
            "phone": f"06 {rng.randint(10000000, 58999999)}",
            "email": f"{last.lower().replace(' ', '')}.{mediator_id}@vrijwilliger.example.nl",
            "address_id": address_id, "gender": gender,
            "age_band": rng.choice(list(AgeBand)[1:]),
            "languages": ", ".join(rng.sample(LANGUAGES, rng.choice([0, 0, 0, 1, 1, 2]))),
            "started_on": started, "basic_training_on": started - timedelta(days=30),
            "vog_issued_on": vog_date(rng, offset, started, today),
            "max_open_cases": rng.choice([1, 2, 2, 2, 3]),
            # The first few are active: the VOG spread and the inactive ones must show.
            "state": MediatorState.ACTIVE if offset < 8 else
            rng.choices(list(MediatorState), weights=[85, 10, 5])[0],
            "notes": "",
        })
        mediator_rows[-1]["stopped_on"] = today - timedelta(days=rng.randint(30, 900)) \
            if mediator_rows[-1]["state"] == MediatorState.STOPPED else None
        chosen = set()
        while len(chosen) < rng.randint(2, 5):
            chosen.add(rng.choices(parts, weights=evening_weight)[0])
        availability += [{"mediator_id": mediator_id, "weekday": d, "part": p}
                         for d, p in sorted(chosen)]
        if rng.random() < 0.1:
            start = today + timedelta(days=rng.randint(-5, 40))
            absences.append({"mediator_id": mediator_id, "starts_on": start,
                             "ends_on": start + timedelta(days=rng.randint(5, 21)),
                             "reason": rng.choice(["Vakantie", "Ziek", "Drukte op het werk"])})
        trainings.append({"mediator_id": mediator_id, "kind": TrainingKind.BASIC,
                          "title": "Basistraining buurtbemiddeling",
                          "held_on": started - timedelta(days=30)})
    return mediator_rows, availability, absences, trainings + demo_courses(rng, mediator_rows,
                                                                          today)


def _demo_pairs(rng, case_rows, mediator_ids: list[int]) -> list[dict]:
    """Pairs for the cases past the pairing step; waiting cases are left to plan."""
    if len(mediator_ids) < 2:
        return []
    paired = {CaseStatus.TALKS, CaseStatus.JOINT_SESSION, CaseStatus.FOLLOW_UP,
              CaseStatus.ON_HOLD, CaseStatus.CLOSED}
    rows = []
    for case in case_rows:
        if case["status"] not in paired or case["first_talk_on"] is None:
            continue
        a, b = rng.sample(mediator_ids, 2)
        assigned = case["intake_on"] or case["registered_on"]
        released = case["closed_on"]
        case["pair_assigned_on"] = assigned
        for mediator_id in (a, b):
            rows.append({"case_id": case["id"], "mediator_id": mediator_id,
                         "assigned_on": assigned, "released_on": released})
    return rows


DEMO_ORGANISATION = {
    "name": "Buurtbemiddeling Voorbeeldstad (demo)", "street": "Stationsplein 2",
    "postcode": "8011 CW", "town": "Zwolle", "phone": "038 123 45 67",
    "email": "info@buurtbemiddeling.example", "website": "www.buurtbemiddeling.example",
    "signatory_name": "Sanne de Wit", "signatory_role": "coördinator",
    "footer": "Demonstratiegegevens: niets hierin gaat over echte mensen.",
}
DEMO_ROOMS = [
    ("Wijkcentrum De Pol", "Polstraat 12, 8011 CT Zwolle"),
    ("Buurthuis Het Anker", "Ankerstraat 3, 7412 AB Deventer"),
    ("Kantoor Buurtbemiddeling", "Stationsweg 5, 8011 CZ Zwolle"),
]


def _demo_appointments(rng, case_rows, links, room_ids, today: date, first_id: int,
                       availability):
    """A living agenda: the coming weeks' talks and joint sessions of open cases,
    at a part of the week both mediators are usually free."""
    free: dict[int, set[tuple[int, str]]] = {}
    for row in availability:
        free.setdefault(row["mediator_id"], set()).add((row["weekday"], row["part"]))
    hours = {"morning": time(10, 0), "afternoon": time(14, 0), "evening": time(19, 30)}
    pairs: dict[int, list[int]] = {}
    for link in links:
        if link["released_on"] is None:
            pairs.setdefault(link["case_id"], []).append(link["mediator_id"])
    kind_for = {CaseStatus.TALKS: [AppointmentKind.TALK_A, AppointmentKind.TALK_B],
                CaseStatus.JOINT_SESSION: [AppointmentKind.JOINT_SESSION],
                CaseStatus.FOLLOW_UP: [AppointmentKind.FOLLOW_UP]}
    appointments, appointment_links = [], []
    next_id = first_id
    monday = today - timedelta(days=today.weekday())
    # Earlier this week's talks mostly went ahead; a few wait for the coordinator to
    # say how they went (Te doen), one in ten a party did not come.
    now = datetime.now() if today == date.today() else datetime.combine(today, time(12))
    for case in case_rows:
        kinds = kind_for.get(case["status"])
        mediators = pairs.get(case["id"])
        if not kinds or not mediators:
            continue
        common = sorted(set.intersection(*(free.get(m, set()) for m in mediators)))
        if not common:  # the coordinator plans it anyway, at one of them's free time
            common = sorted(free.get(mediators[0], set())) or [(1, "evening")]
        weekday, part = rng.choice(common)
        day = monday + timedelta(days=weekday + 7 * rng.randint(0, 2))
        starts = datetime.combine(day, hours[part])
        kind = rng.choice(kinds)
        outcome = rng.choices([AppointmentOutcome.HELD, AppointmentOutcome.NO_SHOW, None],
                              weights=[70, 10, 20])[0] if starts < now else None
        place = {AppointmentKind.TALK_A: PlaceKind.HOME_A, AppointmentKind.TALK_B:
                 PlaceKind.HOME_B, AppointmentKind.FOLLOW_UP: PlaceKind.PHONE}.get(
                     kind, PlaceKind.ROOM)
        appointments.append({
            "id": next_id, "case_id": case["id"], "kind": kind, "starts_at": starts,
            "ends_at": starts + timedelta(minutes=90 if kind == "joint_session" else 60),
            "place_kind": place,
            "room_id": rng.choice(room_ids) if place == PlaceKind.ROOM else None,
            "place_text": "", "party_roles": {"talk_a": "A", "talk_b": "B"}.get(kind, "A,B"),
            "notes": "", "version": 1, "outcome": outcome,
            "outcome_by": OutcomeBy.PARTY_B if outcome == AppointmentOutcome.NO_SHOW else "",
        })
        appointment_links += [{"appointment_id": next_id, "mediator_id": m} for m in mediators]
        next_id += 1
    return appointments, appointment_links
