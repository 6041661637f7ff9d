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

from desktop.store import Store
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
    today = today or date.today()
    groups: dict[tuple, SignalRow] = {}

    def add(key: tuple, level: str, label: str, ref: EventRef) -> None:
        row = groups.setdefault(key, SignalRow(level, label))
        if ref not in row.events:
            row.events.append(ref)

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
            add(("person", person_id), "person", format_name(first, prefix, last), ref)
            if address_id is not None:
                add(("address", address_id), "address",
                    _address_label(street, house_number, suffix, town), ref)
            if street:
                add(("street", fold(street), fold(town or "")), "street",
                    ", ".join(p for p in (street, town) if p), ref)
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
                add(("address", address_id), "address",
                    _address_label(street, house_number, suffix, town), ref)
            if street:
                add(("street", fold(street), fold(town or "")), "street",
                    ", ".join(p for p in (street, town) if p), ref)
            for person_id, name, name_key in people[incident_id]:
                key = ("person", person_id) if person_id else ("name", name_key)
                add(key, "person", name, ref)
    rows = [r for r in groups.values() if r.count >= min_count]
    rows.sort(key=lambda r: (-r.score(today), -r.count, r.label))
    return rows
