"""Incidents: what happened where, who reported it, who was involved, and the
case that followed. An incident at a known address or with a known person is
linked to them, so that Signalen can see what repeats."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.cases.registration import AddressInput, find_or_create_address
from desktop.data.errors import FieldError, NotFound, ValidationFailed
from desktop.data.store import Store
from desktop.data.value_guard import date_errors, field_errors
from models import (
    Address,
    Case,
    CaseParty,
    Incident,
    IncidentKind,
    IncidentPerson,
    PartnerContact,
    PartnerOrganisation,
    Person,
)
from models.limits import clean_text
from models.rules import check_house_number, check_postcode, fold, split_name


@dataclass
class IncidentInput:
    occurred_on: date | None
    kind_id: int | None
    street: str = ""
    house_number: str = ""
    postcode: str = ""
    town: str = ""
    neighbourhood: str = ""
    municipality: str = ""
    place_note: str = ""
    reporter_contact_id: int | None = None
    reporter_resident: str = ""
    persons: list[str] = field(default_factory=list)  # names of people involved
    groups: str = ""
    description: str = ""
    case_id: int | None = None


@dataclass(frozen=True)
class IncidentRow:
    id: int
    occurred_on: date
    kind: str
    place: str
    neighbourhood: str
    reporter: str
    case_number: str


@dataclass(frozen=True)
class IncidentDetail:
    id: int
    values: IncidentInput
    kind: str
    reporter: str
    case_number: str


@dataclass(frozen=True)
class AddressHistory:
    """What is known at an address: earlier incidents and cases."""

    incidents: int
    cases: int
    last_incident: date | None
    last_case: date | None


def validate_incident(data: IncidentInput, today: date | None = None) -> list[FieldError]:
    errors: list[FieldError] = []
    today = today or date.today()
    if data.occurred_on is None:
        errors.append(FieldError("occurred_on", "date_format"))
    elif data.occurred_on > today:
        errors.append(FieldError("occurred_on", "date_in_future"))
    if data.kind_id is None:
        errors.append(FieldError("kind", "incident_kind_required"))
    if not data.street.strip() and not data.postcode.strip() and not data.place_note.strip():
        errors.append(FieldError("street", "place_required"))
    postcode = check_postcode(data.postcode)
    if not postcode.ok:
        errors.append(FieldError("postcode", postcode.error or "invalid"))
    _number, _suffix, number_error = check_house_number(data.house_number)
    if number_error:
        errors.append(FieldError("house_number", number_error))
    if data.house_number.strip() and not data.postcode.strip():
        errors.append(FieldError("postcode", "postcode_required"))
    errors += field_errors(Incident, {
        "description": data.description, "groups": data.groups, "street": data.street,
        "town": data.town, "neighbourhood": data.neighbourhood, "place_note": data.place_note,
        "reporter_resident": data.reporter_resident})
    for name in data.persons:
        errors += field_errors(IncidentPerson, {"name": name}, names={"name": "persons"})
    errors += date_errors({"occurred_on": data.occurred_on})
    return errors


def _match_person(session: Session, name: str) -> Person | None:
    """A person already known by this exact name (diacritics and case aside), if
    exactly one: a guess between two namesakes would link the wrong resident."""
    first, prefix, last = split_name(name)
    if not last:
        return None
    candidates = session.scalars(
        select(Person).where(Person.name_key == fold(last)).limit(20)).all()
    wanted = fold(" ".join(p for p in (first, prefix, last) if p))
    matches = [p for p in candidates if fold(p.full_name) == wanted]
    return matches[0] if len(matches) == 1 else None


def save_incident(store: Store, incident_id: int | None, data: IncidentInput) -> int:
    errors = validate_incident(data)
    if errors:
        raise ValidationFailed(errors)
    with store.unit() as session, session.no_autoflush:
        if incident_id is None:
            incident = Incident(created_by=store.user)
            session.add(incident)
        else:
            incident = session.get(Incident, incident_id)
            if incident is None:
                raise NotFound(str(incident_id))
        postcode = check_postcode(data.postcode).value
        address = None
        if postcode and data.house_number.strip():
            address = find_or_create_address(session, AddressInput(
                postcode, data.house_number, data.street, data.town, data.municipality,
                data.neighbourhood))
        incident.occurred_on = data.occurred_on
        incident.kind_id = data.kind_id
        incident.address_id = address.id if address is not None and address.id else None
        if address is not None and not address.id:
            session.flush()
            incident.address_id = address.id
        incident.street = data.street.strip()
        incident.postcode = postcode
        incident.town = data.town.strip()
        incident.neighbourhood = data.neighbourhood.strip() or (
            address.neighbourhood if address is not None else "")
        incident.municipality = data.municipality.strip() or (
            address.municipality if address is not None else "")
        incident.place_note = data.place_note.strip()[:200]
        incident.reporter_contact_id = data.reporter_contact_id
        incident.reporter_resident = data.reporter_resident.strip()[:200]
        incident.groups = data.groups.strip()
        incident.description = data.description.strip()
        incident.case_id = data.case_id
        wanted = [n.strip() for n in data.persons if n.strip()]
        incident.persons.clear()
        for name in dict.fromkeys(wanted):
            person = _match_person(session, name)
            incident.persons.append(IncidentPerson(
                person_id=person.id if person else None, name=name[:200],
                name_key=fold(name)[:200]))
        session.flush()
        return incident.id


def delete_incident(store: Store, incident_id: int) -> None:
    with store.unit() as session:
        incident = session.get(Incident, incident_id)
        if incident is None:
            raise NotFound(str(incident_id))
        session.delete(incident)


def _place(street: str, number: str, town: str, note: str) -> str:
    text = " ".join(p for p in (street, number) if p)
    text = ", ".join(p for p in (text, town) if p)
    return f"{text} ({note})" if note and text else (text or note)


def _reporter_names(session: Session, contact_ids: set[int]) -> dict[int, str]:
    if not contact_ids:
        return {}
    rows = session.execute(
        select(PartnerContact.id, PartnerContact.name, PartnerOrganisation.name)
        .join(PartnerOrganisation, PartnerOrganisation.id == PartnerContact.organisation_id)
        .where(PartnerContact.id.in_(contact_ids)))
    return {i: f"{name} ({org})" if name != org else org for i, name, org in rows}


def list_incidents(store: Store, text: str = "", start: date | None = None,
                   end: date | None = None, limit: int = 500, case_id: int | None = None,
                   ids: list[int] | None = None) -> list[IncidentRow]:
    with store.read() as session:
        query = (select(Incident, IncidentKind.name, Address.house_number,
                        Address.house_number_suffix, Case.number)
                 .join(IncidentKind, IncidentKind.id == Incident.kind_id)
                 .outerjoin(Address, Address.id == Incident.address_id)
                 .outerjoin(Case, Case.id == Incident.case_id))
        if case_id is not None:
            query = query.where(Incident.case_id == case_id)
        if ids is not None:
            query = query.where(Incident.id.in_(ids))
        if start is not None:
            query = query.where(Incident.occurred_on >= start)
        if end is not None:
            query = query.where(Incident.occurred_on <= end)
        needle = clean_text(text).strip().lower()
        if needle:  # % and _ are letters here, not wildcards
            query = query.where(or_(*(func.lower(column).contains(needle, autoescape=True)
                                      for column in (Incident.street, Incident.postcode,
                                                     Incident.neighbourhood,
                                                     Incident.description,
                                                     IncidentKind.name))))
        rows = session.execute(
            query.order_by(Incident.occurred_on.desc(), Incident.id.desc()).limit(limit)).all()
        reporters = _reporter_names(session, {r[0].reporter_contact_id for r in rows
                                              if r[0].reporter_contact_id})
        return [
            IncidentRow(
                incident.id, incident.occurred_on, kind,
                _place(incident.street, _number(number, suffix), incident.town,
                       incident.place_note),
                incident.neighbourhood,
                reporters.get(incident.reporter_contact_id or 0, incident.reporter_resident),
                case_number or "")
            for incident, kind, number, suffix, case_number in rows
        ]


def _number(number: int | None, suffix: str | None) -> str:
    if not number:
        return ""
    from models.rules import format_house_number

    return format_house_number(number, suffix or "")


def get_incident(store: Store, incident_id: int) -> IncidentDetail:
    with store.read() as session:
        incident = session.get(Incident, incident_id)
        if incident is None:
            raise NotFound(str(incident_id))
        address = session.get(Address, incident.address_id) if incident.address_id else None
        kind = session.get(IncidentKind, incident.kind_id)
        case = session.get(Case, incident.case_id) if incident.case_id else None
        reporters = _reporter_names(session, {incident.reporter_contact_id}
                                    if incident.reporter_contact_id else set())
        values = IncidentInput(
            incident.occurred_on, incident.kind_id, incident.street,
            _number(address.house_number, address.house_number_suffix) if address else "",
            incident.postcode, incident.town, incident.neighbourhood, incident.municipality,
            incident.place_note, incident.reporter_contact_id, incident.reporter_resident,
            [p.name for p in incident.persons], incident.groups, incident.description,
            incident.case_id)
        return IncidentDetail(incident.id, values, kind.name if kind else "",
                              reporters.get(incident.reporter_contact_id or 0,
                                            incident.reporter_resident),
                              case.number if case else "")


def address_history(store: Store, postcode: str, house_number: str,
                    exclude_incident_id: int | None = None,
                    exclude_case_id: int | None = None) -> AddressHistory | None:
    """Earlier incidents and cases at this address, or None when the address is
    incomplete. Shown at once while a new case or incident is typed."""
    checked = check_postcode(postcode)
    number, suffix, error = check_house_number(house_number)
    if not checked.ok or not checked.value or not number or error:
        return None
    with store.read() as session:
        address_id = session.scalar(select(Address.id).where(
            Address.postcode == checked.value, Address.house_number == number,
            Address.house_number_suffix == suffix))
        if address_id is None:
            return AddressHistory(0, 0, None, None)
        incidents = select(func.count(), func.max(Incident.occurred_on)).where(
            Incident.address_id == address_id)
        if exclude_incident_id is not None:
            incidents = incidents.where(Incident.id != exclude_incident_id)
        cases = (select(func.count(func.distinct(Case.id)), func.max(Case.registered_on))
                 .join(CaseParty, CaseParty.case_id == Case.id)
                 .where(CaseParty.address_id == address_id))
        if exclude_case_id is not None:
            cases = cases.where(Case.id != exclude_case_id)
        incident_count, last_incident = session.execute(incidents).one()
        case_count, last_case = session.execute(cases).one()
        return AddressHistory(incident_count, case_count, last_incident, last_case)


def incidents_of_case(store: Store, case_id: int) -> list[IncidentRow]:
    return list_incidents(store, case_id=case_id, limit=1000)


def case_id_for_number(store: Store, number: str) -> int | None:
    """The case with this number ("2026-0042"), if there is one."""
    text = number.strip()
    if not text:
        return None
    with store.read() as session:
        return session.scalar(select(Case.id).where(Case.number == text))


def incidents_around_case(store: Store, case_id: int) -> list[IncidentRow]:
    """Incidents linked to the case, or at one of its parties' addresses."""
    with store.read() as session:
        address_ids = [a for a in session.scalars(select(CaseParty.address_id).where(
            CaseParty.case_id == case_id)) if a is not None]
        ids = list(session.scalars(select(Incident.id).where(
            or_(Incident.case_id == case_id, Incident.address_id.in_(address_ids)))))
    return list_incidents(store, ids=ids, limit=50) if ids else []
