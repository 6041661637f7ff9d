"""The register of residents' requests (Verzoeken): inzage, correction, erasure and
objection, each with the date it came in and the date the answer is due (30 days
later), shown in Te doen as that date nears; and erasing one person now."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, or_, select

from desktop.data.errors import FieldError, NotFound, RuleViolation, ValidationFailed
from desktop.data.store import Store
from desktop.data.value_guard import date_errors, field_errors
from desktop.privacy.anonymise import erase_person
from models import Address, Case, CaseParty, Person, ResidentRequest, format_name
from models.enums import CaseStatus, RequestKind, RequestStatus
from models.limits import clean_text
from models.privacy import ANSWER_WITHIN_DAYS
from models.roles import Permission
from models.rules import fold, format_house_number

WARN_DAYS_BEFORE = 7


@dataclass(frozen=True)
class RequestView:
    id: int
    kind: str
    received_on: date
    due_on: date
    requester: str
    person_id: int | None
    status: str
    handled_on: date | None
    answer: str
    notes: str


@dataclass(frozen=True)
class PersonMatch:
    id: int
    name: str
    addresses: tuple[str, ...]
    cases: tuple[str, ...]  # case numbers
    open_cases: int


def _view(row: ResidentRequest) -> RequestView:
    return RequestView(row.id, row.kind, row.received_on, row.due_on, row.requester,
                       row.person_id, row.status, row.handled_on, row.answer, row.notes)


def list_requests(store: Store, include_done: bool = True) -> list[RequestView]:
    store.require(Permission.PRIVACY)
    with store.read() as session:
        statement = select(ResidentRequest).order_by(ResidentRequest.status.desc(),
                                                     ResidentRequest.due_on)
        if not include_done:
            statement = statement.where(ResidentRequest.status == RequestStatus.OPEN)
        return [_view(r) for r in session.scalars(statement)]


def add_request(store: Store, kind: str, received_on: date, requester: str,
                person_id: int | None = None, notes: str = "") -> int:
    store.require(Permission.PRIVACY)
    errors = field_errors(ResidentRequest, {"requester": requester.strip(),
                                            "notes": notes.strip()})
    errors += date_errors({"received_on": received_on})
    if kind not in set(RequestKind):
        errors.append(FieldError("kind", "invalid"))
    if not requester.strip() and person_id is None:
        errors.append(FieldError("requester", "name_required"))
    if received_on > date.today():
        errors.append(FieldError("received_on", "date_in_future"))
    if errors:
        raise ValidationFailed(errors)
    with store.unit() as session:
        row = ResidentRequest(kind=kind, received_on=received_on,
                              due_on=received_on + timedelta(days=ANSWER_WITHIN_DAYS),
                              requester=requester.strip(), person_id=person_id,
                              notes=notes.strip())
        session.add(row)
        session.flush()
        return row.id


def close_request(store: Store, request_id: int, answer: str,
                  today: date | None = None) -> None:
    store.require(Permission.PRIVACY)
    errors = field_errors(ResidentRequest, {"answer": answer.strip()})
    if errors:
        raise ValidationFailed(errors)
    with store.unit() as session:
        row = session.get(ResidentRequest, request_id)
        if row is None:
            raise NotFound(str(request_id))
        row.status = RequestStatus.DONE
        row.handled_on = today or date.today()
        row.answer = answer.strip()


def note_answer(store: Store, person_id: int, answer: str, kind: str = RequestKind.ACCESS,
                today: date | None = None) -> int | None:
    """Record what was sent on the person's open request of this kind, if any."""
    store.require(Permission.PRIVACY)
    with store.read() as session:
        request_id = session.scalar(select(ResidentRequest.id).where(
            ResidentRequest.person_id == person_id, ResidentRequest.kind == kind,
            ResidentRequest.status == RequestStatus.OPEN).order_by(ResidentRequest.due_on))
    if request_id is not None:
        close_request(store, request_id, answer, today)
    return request_id


def due_soon(store: Store, today: date | None = None) -> list[RequestView]:
    today = today or date.today()
    with store.read() as session:
        return [_view(r) for r in session.scalars(select(ResidentRequest).where(
            ResidentRequest.status == RequestStatus.OPEN,
            ResidentRequest.due_on <= today + timedelta(days=WARN_DAYS_BEFORE))
            .order_by(ResidentRequest.due_on))]


def find_persons(store: Store, text: str, limit: int = 50) -> list[PersonMatch]:
    """Residents by name (any part, accents and capitals aside) or by postcode."""
    store.require(Permission.PRIVACY)
    needle = fold(clean_text(text)).strip()
    if len(needle) < 2:
        return []
    compact = needle.replace(" ", "").upper()
    is_postcode = re.fullmatch(r"\d{4}[A-Z]{2}", compact) is not None
    with store.read() as session:
        by_address = select(CaseParty.person_id).join(Address).where(
            func.replace(Address.postcode, " ", "") == compact) if is_postcode else None
        statement = select(Person).where(Person.anonymised_on.is_(None))
        words = needle.split()
        conditions = [column.contains(word, autoescape=True) for word in words
                      for column in (Person.name_key, func.lower(Person.first_name))]
        if by_address is not None:
            conditions.append(Person.id.in_(by_address))
        statement = statement.where(or_(*conditions)).limit(limit * 4)
        found = []
        for person in session.scalars(statement):
            full = fold(format_name(person.first_name, person.name_prefix, person.last_name))
            if by_address is None and not all(word in full for word in words):
                continue
            rows = session.execute(
                select(Case.number, Case.status, Address.street, Address.house_number,
                       Address.house_number_suffix, Address.postcode)
                .join(CaseParty, CaseParty.case_id == Case.id)
                .outerjoin(Address, Address.id == CaseParty.address_id)
                .where(CaseParty.person_id == person.id).order_by(Case.year, Case.seq)).all()
            addresses = tuple(dict.fromkeys(
                f"{street} {format_house_number(number, suffix)}, {postcode}"
                for _n, _s, street, number, suffix, postcode in rows if street))
            found.append(PersonMatch(
                person.id, format_name(person.first_name, person.name_prefix, person.last_name),
                addresses, tuple(dict.fromkeys(r[0] for r in rows)),
                sum(1 for r in rows if r[1] != CaseStatus.CLOSED)))
            if len(found) >= limit:
                break
        return found


def erase(store: Store, person_id: int, reason: str = "",
          today: date | None = None) -> int:
    """Erase one person now (AVG art. 17), refused while one of their cases is open.
    Returns how many cases their name was taken out of."""
    store.require(Permission.PRIVACY)
    if store.read_only:
        raise RuleViolation("read_only")
    today = today or date.today()
    reason = reason.strip() or "Verzoek tot verwijdering (AVG art. 17)"
    from desktop.privacy.retention import purge, remove_document_files

    with store.unit() as session:
        person = session.get(Person, person_id)
        if person is None or person.anonymised_on is not None:
            raise NotFound(str(person_id))
        still_open = session.scalar(select(Case.number).join(CaseParty).where(
            CaseParty.person_id == person_id, Case.status != CaseStatus.CLOSED).limit(1))
        if still_open:
            raise RuleViolation("person_has_open_case")
        done = erase_person(session.connection(), person_id, reason, store.user, today)
    remove_document_files(store, done.files)
    note_answer(store, person_id, f"Verwijderd op {today:%d-%m-%Y}", RequestKind.ERASURE,
                today)
    purge(store)
    return len(done.cases)
