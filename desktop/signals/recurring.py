"""Signalen: addresses, streets and persons that come back in several incidents
or cases within a period, so the coordinator can act before it escalates.

Ordered by a score that weighs how often and how recent: every case or incident
counts 1, halved for each 30 days it lies back (a half-life), so three events
last week rank above five last winter."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from desktop.data.store import Store
from models import Address, Case, CaseParty, Incident, IncidentPerson, Person, format_name
from models.rules import fold, format_house_number

HALF_LIFE_DAYS = 30


@dataclass(frozen=True)
class EventRef:
    kind: str  # "case" or "incident"
    id: int
    label: str  # the case number, or the incident's date and kind
    on: date


@dataclass
class SignalRow:
    level: str  # "address", "street" or "person"
    label: str
    events: list[EventRef] = field(default_factory=list)
    # The score the list is ordered by (see the module's docstring), shown to the
    # coordinator so the order can be understood.
    weight: float = 0.0

    @property
    def count(self) -> int:
        return len(self.events)

    @property
    def cases(self) -> int:
        return sum(e.kind == "case" for e in self.events)

    @property
    def incidents(self) -> int:
        return sum(e.kind == "incident" for e in self.events)

    @property
    def last(self) -> date:
        return max(e.on for e in self.events)

    def score(self, today: date) -> float:
        return sum(0.5 ** (max((today - e.on).days, 0) / HALF_LIFE_DAYS) for e in self.events)


def _address_label(street: str, number: int | None, suffix: str, town: str) -> str:
    where = f"{street} {format_house_number(number, suffix)}" if number else street
    return ", ".join(p for p in (where, town) if p)


def signals(store: Store, start: date, end: date, min_count: int = 2,
            today: date | None = None) -> list[SignalRow]:
    """Rows of at least min_count cases or incidents. Labels are made only for
    those: most addresses and persons appear once, and there are tens of thousands."""
    today = today or date.today()
    events: dict[tuple, list[EventRef]] = {}
    raw: dict[tuple, tuple] = {}  # what the label is made of, from the first event
    seen: set[tuple[tuple, EventRef]] = set()  # a set: a busy street has thousands of events
    folded: dict[str, str] = {}

    def key_of(text_: str) -> str:
        if text_ not in folded:
            folded[text_] = fold(text_)
        return folded[text_]

    def add(key: tuple, parts: tuple, ref: EventRef) -> None:
        if (key, ref) in seen:
            return
        seen.add((key, ref))
        found = events.get(key)
        if found is None:
            events[key] = [ref]
            raw[key] = parts
        else:
            found.append(ref)

    with store.read() as session:
        case_rows = session.execute(
            select(Case.id, Case.number, Case.registered_on, Person.id, Person.first_name,
                   Person.name_prefix, Person.last_name, Address.id, Address.street,
                   Address.house_number, Address.house_number_suffix, Address.town)
            .join(CaseParty, CaseParty.case_id == Case.id)
            .join(Person, Person.id == CaseParty.person_id)
            .outerjoin(Address, Address.id == CaseParty.address_id)
            .where(Case.registered_on >= start, Case.registered_on <= end)).all()
        for (case_id, number, on, person_id, first, prefix, last, address_id, street,
             house_number, suffix, town) in case_rows:
            ref = EventRef("case", case_id, number, on)
            add(("person", person_id), (first, prefix, last), ref)
            if address_id is not None:
                add(("address", address_id), (street, house_number, suffix, town), ref)
            if street:
                add(("street", key_of(street), key_of(town or "")), (street, town), ref)
        incident_rows = session.execute(
            select(Incident.id, Incident.occurred_on, Incident.street, Incident.town,
                   Incident.address_id, Address.house_number, Address.house_number_suffix)
            .outerjoin(Address, Address.id == Incident.address_id)
            .where(Incident.occurred_on >= start, Incident.occurred_on <= end)).all()
        incident_ids = [r[0] for r in incident_rows]
        people: dict[int, list[tuple[int | None, str, str]]] = defaultdict(list)
        if incident_ids:
            for incident_id, person_id, name, name_key in session.execute(
                select(IncidentPerson.incident_id, IncidentPerson.person_id,
                       IncidentPerson.name, IncidentPerson.name_key)
                .where(IncidentPerson.incident_id.in_(incident_ids))):
                people[incident_id].append((person_id, name, name_key))
        for incident_id, on, street, town, address_id, house_number, suffix in incident_rows:
            ref = EventRef("incident", incident_id, on.strftime("%d-%m-%Y"), on)
            if address_id is not None:
                add(("address", address_id), (street, house_number, suffix, town), ref)
            if street:
                add(("street", key_of(street), key_of(town or "")), (street, town), ref)
            for person_id, name, name_key in people[incident_id]:
                key = ("person", person_id) if person_id else ("name", name_key)
                add(key, ("", "", name), ref)
    rows = [SignalRow("person" if key[0] == "name" else key[0], _label(key[0], raw[key]), refs)
            for key, refs in events.items() if len(refs) >= min_count]
    for row in rows:
        row.weight = row.score(today)
    rows.sort(key=lambda r: (-r.weight, -r.count, r.label))
    return rows


def _label(level: str, parts: tuple) -> str:
    if level == "address":
        return _address_label(*parts)
    if level == "street":
        return ", ".join(p for p in parts if p)
    return format_name(*parts)
