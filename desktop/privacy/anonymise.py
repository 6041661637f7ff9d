"""Removing everything that identifies a resident, and keeping what the figures
count. Shared by the retention term (whole cases) and a resident's erasure
request (one person).

Removed: names, contact details, addresses no longer used by a kept case, the
story, journal and closing texts, notes and places of appointments, incidents'
people and descriptions, stored documents and letters (their files too), and the
personal values in the audit trail of those records. Kept: dates, categories,
results and reasons, municipality and neighbourhood, household, tenure and
dwelling codes, gender and age band, the pair's ids.

Written with plain SQL statements, not through the ORM: the audit listener would
otherwise record every removed value once more. The audit trail gets one row per
record saying that (and why) it was anonymised, without the values."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import Connection, delete, func, insert, or_, select, update

from desktop.data import search_index
from models import (
    Address,
    Appointment,
    AuditEntry,
    Case,
    CaseDocument,
    CaseParty,
    Incident,
    IncidentPerson,
    JournalEntry,
    Mediator,
    OutboxMessage,
    Person,
    RecordMerge,
    format_name,
)

ANONYMOUS = "Geanonimiseerd"
CHUNK = 500


@dataclass
class Anonymised:
    cases: set[int] = field(default_factory=set)
    persons: set[int] = field(default_factory=set)
    addresses: set[int] = field(default_factory=set)
    incidents: set[int] = field(default_factory=set)
    documents: set[int] = field(default_factory=set)
    files: list[str] = field(default_factory=list)  # below documents/, removed after commit


def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    items = sorted(ids)
    for start in range(0, len(items), CHUNK):
        yield items[start:start + CHUNK]


def _rows(conn: Connection, statement_for, ids: Iterable[int]) -> list:
    found = []
    for chunk in _chunks(ids):
        found.extend(conn.execute(statement_for(chunk)).all())
    return found


def _update(conn: Connection, table, column, ids: Iterable[int], **values) -> None:
    for chunk in _chunks(ids):
        conn.execute(update(table).where(column.in_(chunk)).values(**values))


def _kept_references(conn: Connection, leaving: set[int]) -> tuple[set[int], set[int]]:
    """Persons and addresses that a case, incident or mediator we keep still uses."""
    kept_cases = select(Case.id).where(Case.anonymised_on.is_(None), Case.id.not_in(leaving)) \
        if leaving else select(Case.id).where(Case.anonymised_on.is_(None))
    persons = set(conn.scalars(select(CaseParty.person_id).where(
        CaseParty.case_id.in_(kept_cases)))) | set(conn.scalars(
            select(IncidentPerson.person_id).join(Incident).where(
                Incident.anonymised_on.is_(None), IncidentPerson.person_id.is_not(None),
                or_(Incident.case_id.is_(None), Incident.case_id.in_(kept_cases)))))
    addresses = set(conn.scalars(select(CaseParty.address_id).where(
        CaseParty.case_id.in_(kept_cases), CaseParty.address_id.is_not(None)))) | set(
        conn.scalars(select(Mediator.address_id).where(Mediator.address_id.is_not(None))))
    return persons, addresses


def _scrubbed(changes: str) -> str:
    """The audit row keeps which fields changed, not their values."""
    try:
        keys = sorted(json.loads(changes or "{}"))
    except ValueError:
        keys = []
    return json.dumps(dict.fromkeys(keys), sort_keys=True)


def scrub_audit(conn: Connection, entity: str, ids: Iterable[int],
                by_case: bool = False) -> None:
    column = AuditEntry.case_id if by_case else AuditEntry.entity_id
    for chunk in _chunks(ids):
        where = [column.in_(chunk)] if by_case else [AuditEntry.entity == entity,
                                                      column.in_(chunk)]
        for audit_id, changes in conn.execute(
                select(AuditEntry.id, AuditEntry.changes).where(*where)).all():
            conn.execute(update(AuditEntry).where(AuditEntry.id == audit_id)
                         .values(changes=_scrubbed(changes)))


def _record(conn: Connection, user: str, entity: str, ids: Iterable[int], reason: str,
            case_of: dict[int, int | None] | None = None) -> None:
    now = datetime.now().replace(microsecond=0)
    rows = [{"at": now, "user": user, "entity": entity, "entity_id": entity_id,
             "case_id": (case_of or {}).get(entity_id), "action": "anonymise",
             "changes": json.dumps({"reason": reason}, ensure_ascii=False)}
            for entity_id in sorted(ids)]
    if rows:
        conn.execute(insert(AuditEntry), rows)


def _anonymise_persons(conn: Connection, ids: set[int], today: date) -> None:
    # Messages to them (who, address, subject) go from the outbox before their address;
    # a merge's snapshot of them goes too (that merge can then no longer be undone).
    for chunk in _chunks(ids):
        conn.execute(delete(RecordMerge).where(
            RecordMerge.kind == "person",
            or_(RecordMerge.kept_id.in_(chunk), RecordMerge.removed_id.in_(chunk))))
        addresses = [a for a in conn.scalars(select(Person.email_key).where(
            Person.id.in_(chunk))) if a]
        if addresses:
            conn.execute(delete(OutboxMessage).where(
                func.lower(OutboxMessage.to_address).in_(addresses)))
    _update(conn, Person, Person.id, ids, first_name="", name_prefix="", last_name=ANONYMOUS,
            name_key="geanonimiseerd", phone="", email="", email_key="", preferred_language="",
            notes="",
            anonymised_on=today)


def _remove_addresses(conn: Connection, ids: set[int]) -> None:
    for chunk in _chunks(ids):
        conn.execute(update(CaseParty).where(CaseParty.address_id.in_(chunk))
                     .values(address_id=None))
        conn.execute(update(Incident).where(Incident.address_id.in_(chunk))
                     .values(address_id=None))
        conn.execute(delete(RecordMerge).where(
            RecordMerge.kind == "address",
            or_(RecordMerge.kept_id.in_(chunk), RecordMerge.removed_id.in_(chunk))))
        conn.execute(delete(Address).where(Address.id.in_(chunk)))


def anonymise_incidents(conn: Connection, ids: set[int], today: date) -> None:
    """An incident keeps its kind, date and neighbourhood; its people, story and exact
    place go, from the audit trail too."""
    person_rows = _incident_person_audit_ids(conn, ids)
    _update(conn, Incident, Incident.id, ids, description="", groups="", reporter_resident="",
            place_note="", street="", address_id=None, anonymised_on=today)
    for chunk in _chunks(ids):
        conn.execute(delete(IncidentPerson).where(IncidentPerson.incident_id.in_(chunk)))
    scrub_audit(conn, "incidents", ids)
    scrub_audit(conn, "incident_persons", person_rows)


def _remove_documents(conn: Connection, where, user: str, reason: str, done: Anonymised) -> None:
    rows = conn.execute(select(CaseDocument.id, CaseDocument.stored_path).where(where)).all()
    done.documents.update(r[0] for r in rows)
    done.files.extend(r[1] for r in rows if r[1])
    _update(conn, CaseDocument, CaseDocument.id, done.documents, title="", file_name="",
            stored_path="", recipient="", source="", sha256="", size=0,
            recipient_person_id=None, deleted_at=datetime.now().replace(microsecond=0),
            deleted_by=user, delete_reason=reason[:300])


def anonymise_cases(conn: Connection, case_ids: set[int], reason: str, user: str,
                    today: date) -> Anonymised:
    """Anonymise whole cases (the retention term), in the caller's transaction."""
    done = Anonymised(cases=set(case_ids))
    if not case_ids:
        return done
    parties = _rows(conn, lambda chunk: select(
        CaseParty.id, CaseParty.person_id, CaseParty.address_id).where(
        CaseParty.case_id.in_(chunk)), case_ids)
    kept_persons, kept_addresses = _kept_references(conn, case_ids)
    # A person another (kept) case still needs stays as they are; this case's party
    # becomes a person without a name, with the gender and age band the figures count.
    for party_id, person_id, _address in parties:
        if person_id in kept_persons:
            gender, age_band = conn.execute(select(Person.gender, Person.age_band).where(
                Person.id == person_id)).one()
            stand_in = conn.execute(insert(Person).values(
                first_name="", name_prefix="", last_name=ANONYMOUS, name_key="geanonimiseerd",
                gender=gender, age_band=age_band, anonymised_on=today)
                .returning(Person.id)).scalar_one()
            conn.execute(update(CaseParty).where(CaseParty.id == party_id)
                         .values(person_id=stand_in))
    done.persons = {p for _id, p, _a in parties if p not in kept_persons}
    _anonymise_persons(conn, done.persons, today)
    addresses = {a for _id, _p, a in parties if a is not None}
    done.addresses = addresses - kept_addresses
    # An address a kept case still uses stays; this case's party no longer points at it.
    _update(conn, CaseParty, CaseParty.id,
            {party_id for party_id, _p, a in parties if a in kept_addresses}, address_id=None)
    done.incidents = set(_scalar_rows(conn, lambda chunk: select(Incident.id).where(
        Incident.anonymised_on.is_(None), Incident.case_id.in_(chunk)), case_ids))
    done.incidents |= set(_scalar_rows(conn, lambda chunk: select(Incident.id).where(
        Incident.anonymised_on.is_(None), Incident.address_id.in_(chunk)), done.addresses))
    anonymise_incidents(conn, done.incidents, today)
    _remove_addresses(conn, done.addresses)
    _update(conn, Case, Case.id, case_ids, story="", closing_note="", legacy_number="",
            imported_from="", to_complete="", anonymised_on=today)
    # An imported address kept as typed is as personal as the address itself.
    _update(conn, CaseParty, CaseParty.case_id, case_ids, address_as_typed="", address_source="")
    _update(conn, JournalEntry, JournalEntry.case_id, case_ids, text="")
    _update(conn, Appointment, Appointment.case_id, case_ids, notes="", place_text="")
    for chunk in _chunks(case_ids):  # the outbox names who got what about the case
        conn.execute(delete(OutboxMessage).where(OutboxMessage.case_id.in_(chunk)))
    for chunk in _chunks(case_ids):
        _remove_documents(conn, CaseDocument.case_id.in_(chunk), user, reason, done)
    scrub_audit(conn, "", case_ids, by_case=True)
    for entity, ids in (("persons", done.persons), ("addresses", done.addresses)):
        scrub_audit(conn, entity, ids)
    _record(conn, user, "cases", case_ids, reason, {c: c for c in case_ids})
    _record(conn, user, "persons", done.persons, reason)
    _record(conn, user, "incidents", done.incidents, reason)
    search_index.refresh(conn, case_ids)
    return done


def _scalar_rows(conn: Connection, statement_for, ids: Iterable[int]) -> list[int]:
    found: list[int] = []
    for chunk in _chunks(ids):
        found.extend(conn.scalars(statement_for(chunk)))
    return found


def _incident_person_audit_ids(conn: Connection, incidents: set[int]) -> set[int]:
    """The incident_persons rows go; their audit rows name the incident inside."""
    ids: set[int] = set()
    if not incidents:
        return ids
    for audit_id, changes in conn.execute(select(AuditEntry.entity_id, AuditEntry.changes)
                                          .where(AuditEntry.entity == "incident_persons")):
        try:
            if json.loads(changes or "{}").get("incident_id") in incidents:
                ids.add(audit_id)
        except (ValueError, AttributeError):
            continue
    return ids


ERASED = "[verwijderd]"


def _names_of(conn: Connection, person_id: int) -> list[str]:
    first, prefix, last = conn.execute(select(
        Person.first_name, Person.name_prefix, Person.last_name).where(
        Person.id == person_id)).one()
    full = format_name(first, prefix, last)
    surname = " ".join(p for p in (prefix, last) if p)
    return [n for n in dict.fromkeys((full, surname, last, first)) if len(n) >= 2]


def _without(text: str, names: list[str]) -> str:
    for name in names:
        text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", ERASED, text, flags=re.IGNORECASE)
    return text


def erase_person(conn: Connection, person_id: int, reason: str, user: str,
                 today: date) -> Anonymised:
    """A resident's erasure request (AVG art. 17): this person only. Their cases stay
    for the other parties and the figures, with their name taken out of every text.
    The caller has checked that none of their cases is still open."""
    done = Anonymised(persons={person_id})
    names = _names_of(conn, person_id)
    parties = conn.execute(select(CaseParty.id, CaseParty.case_id, CaseParty.address_id)
                           .where(CaseParty.person_id == person_id)).all()
    cases = {case_id for _id, case_id, _a in parties}
    others = set(conn.scalars(select(CaseParty.address_id).where(
        CaseParty.person_id != person_id, CaseParty.address_id.is_not(None)))) | set(
        conn.scalars(select(Mediator.address_id).where(Mediator.address_id.is_not(None))))
    own = {a for _id, _c, a in parties if a is not None}
    done.addresses = own - others
    _update(conn, CaseParty, CaseParty.id, {i for i, _c, a in parties if a in others},
            address_id=None)
    _update(conn, CaseParty, CaseParty.id, {i for i, _c, _a in parties}, address_as_typed="",
            address_source="")
    for case_id in cases:
        story, closing = conn.execute(select(Case.story, Case.closing_note).where(
            Case.id == case_id)).one()
        conn.execute(update(Case).where(Case.id == case_id).values(
            story=_without(story, names), closing_note=_without(closing, names)))
        for entry_id, text in conn.execute(select(JournalEntry.id, JournalEntry.text).where(
                JournalEntry.case_id == case_id)).all():
            if _without(text, names) != text:
                conn.execute(update(JournalEntry).where(JournalEntry.id == entry_id)
                             .values(text=_without(text, names)))
        for appointment_id, notes in conn.execute(select(Appointment.id, Appointment.notes)
                                                  .where(Appointment.case_id == case_id)).all():
            if _without(notes, names) != notes:
                conn.execute(update(Appointment).where(Appointment.id == appointment_id)
                             .values(notes=_without(notes, names)))
    _remove_documents(conn, CaseDocument.recipient_person_id == person_id, user, reason, done)
    mentioned = set(conn.scalars(select(IncidentPerson.incident_id).where(
        IncidentPerson.person_id == person_id)))
    conn.execute(delete(IncidentPerson).where(IncidentPerson.person_id == person_id))
    for incident_id, description in conn.execute(select(Incident.id, Incident.description)
                                                  .where(Incident.id.in_(mentioned))).all():
        conn.execute(update(Incident).where(Incident.id == incident_id)
                     .values(description=_without(description, names)))
    _anonymise_persons(conn, {person_id}, today)
    _remove_addresses(conn, done.addresses)
    scrub_audit(conn, "", cases, by_case=True)
    scrub_audit(conn, "persons", {person_id})
    scrub_audit(conn, "addresses", done.addresses)
    scrub_audit(conn, "incidents", mentioned)
    _record(conn, user, "persons", {person_id}, reason)
    search_index.refresh(conn, cases)
    done.cases = cases
    return done
