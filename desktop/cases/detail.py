"""One case: reading it whole, changing its status, editing its details and
writing its journal."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from desktop.cases.registration import (
    AddressInput,
    PartyInput,
    RecurrenceHit,
    find_recurrences,
)
from desktop.data.errors import FieldError, NotFound, RuleViolation, StaleData, ValidationFailed
from desktop.data.store import Store
from desktop.data.value_guard import date_errors, field_errors
from models import (
    Case,
    CaseConflictType,
    CaseMediator,
    CaseParty,
    CaseResult,
    ClosingReason,
    ConflictType,
    JournalEntry,
    Mediator,
    PartnerContact,
    PartnerOrganisation,
    ReferrerKind,
    format_name,
)
from models.enums import PROCESS_ORDER, CaseStatus, JournalKind, Urgency
from models.rules import format_house_number

# The date a status change fills in, when it is still empty. The days of the first
# talk and the joint session are not among them: a case moves to "talks" when they are
# planned, and those days are filled in when a held talk is recorded (the agenda).
STATUS_DATES = {
    CaseStatus.INTAKE: "intake_on",
    CaseStatus.FOLLOW_UP: "follow_up_on",
    CaseStatus.CLOSED: "closed_on",
}


@dataclass(frozen=True)
class PartyView:
    role: str
    name: str
    phone: str
    email: str
    preferred_language: str
    needs_interpreter: bool
    address: str
    postcode: str
    house_number: str
    neighbourhood: str
    editable: PartyInput  # the same details, as the party form takes them
    # An imported address not yet complete ("Lindelaan 38"); "from_a": town and
    # postcode area taken from party A's address.
    address_as_typed: str = ""
    address_source: str = ""
    person_id: int | None = None


@dataclass(frozen=True)
class JournalView:
    id: int
    kind: str
    occurred_at: datetime
    text: str
    author: str
    from_status: str | None
    to_status: str | None


@dataclass(frozen=True)
class CaseDetail:
    id: int
    number: str
    version: int
    status: str
    urgency: str
    story: str
    municipality: str
    neighbourhood: str
    is_complex: bool
    registered_on: date
    intake_on: date | None
    first_talk_on: date | None
    joint_session_on: date | None
    follow_up_on: date | None
    closed_on: date | None
    conflict_type_ids: list[int]
    conflict_types: list[str]
    referrer_kind: str
    referrer: str
    result: str
    closing_reason: str
    closing_note: str
    parties: list[PartyView]
    journal: list[JournalView]
    recurrences: list[RecurrenceHit]
    mediators: list[tuple[int, str]] = field(default_factory=list)  # the current pair
    feedback_consent: bool = False
    # What an import could not fill in, line by line (the list "Nog aan te vullen").
    to_complete: list[str] = field(default_factory=list)

    @property
    def is_closed(self) -> bool:
        return self.status == CaseStatus.CLOSED


def suggested_next_status(status: str) -> CaseStatus | None:
    """The usual next step; the coordinator may choose any other."""
    try:
        index = PROCESS_ORDER.index(CaseStatus(status))
    except ValueError:  # on hold: back into the process at talks
        return CaseStatus.TALKS
    return PROCESS_ORDER[index + 1] if index + 1 < len(PROCESS_ORDER) else None


def load_case(session: Session, case_id: int) -> Case:
    case = session.scalars(
        select(Case)
        .where(Case.id == case_id)
        .options(
            selectinload(Case.parties).selectinload(CaseParty.person),
            selectinload(Case.parties).selectinload(CaseParty.address),
            selectinload(Case.conflict_types),
        )
    ).one_or_none()
    if case is None:
        raise NotFound(str(case_id))
    return case


def _party_input(party: CaseParty) -> PartyInput:
    person, address = party.person, party.address
    return PartyInput(
        role=party.role,
        first_name=person.first_name,
        name_prefix=person.name_prefix,
        last_name=person.last_name,
        phone=person.phone,
        email=person.email,
        preferred_language=person.preferred_language,
        needs_interpreter=person.needs_interpreter,
        gender=person.gender,
        by_email=party.by_email,
        address_as_typed=party.address_as_typed,
        address_source=party.address_source,
        address=AddressInput(
            postcode=address.postcode,
            house_number=format_house_number(address.house_number, address.house_number_suffix),
            street=address.street,
            town=address.town,
            municipality=address.municipality,
            neighbourhood=address.neighbourhood,
        )
        if address
        else AddressInput(),
    )


def _name(session: Session, model: type, row_id: int | None) -> str:
    if row_id is None:
        return ""
    row = session.get(model, row_id)
    return row.name if row is not None else ""


def _party_lookups(case: Case) -> list[dict[str, str]]:
    """What find_recurrences asks about each party of a case."""
    return [
        {
            "postcode": p.address.postcode if p.address else "",
            "house_number": (
                format_house_number(p.address.house_number, p.address.house_number_suffix)
                if p.address
                else ""
            ),
            "first_name": p.person.first_name,
            "name_prefix": p.person.name_prefix,
            "last_name": p.person.last_name,
            "phone": p.person.phone,
            "email": p.person.email,
        }
        for p in case.parties
    ]


def _recurrences(store: Store, case_id: int, lookups: list[dict[str, str]]
                 ) -> list[RecurrenceHit]:
    found: dict[tuple[int, str], RecurrenceHit] = {}
    for party_lookup in lookups:
        for hit in find_recurrences(store, **party_lookup, exclude_case_id=case_id):
            found.setdefault((hit.case_id, hit.reason), hit)
    return sorted(found.values(), key=lambda h: h.registered_on, reverse=True)


def case_recurrences(store: Store, case_id: int) -> list[RecurrenceHit]:
    """Earlier cases with these parties or at these addresses: read apart from the
    case itself, so that the case screen can show first and add them after."""
    with store.read() as session:
        lookups = _party_lookups(load_case(session, case_id))
    return _recurrences(store, case_id, lookups)


def warm_up_case_reading(store: Store) -> None:
    """Read the newest case once, off the GUI thread, so that SQLAlchemy has compiled
    (and cached) the statements of opening a case before a coordinator opens one: the
    first opening spent some 30 ms of its 50 on compiling them."""
    with store.read() as session:
        newest = session.scalar(select(Case.id).order_by(Case.id.desc()).limit(1))
    if newest is not None:
        get_case(store, newest, with_recurrences=False)


def get_case(store: Store, case_id: int, with_recurrences: bool = True) -> CaseDetail:
    """The case; its `recurrences` stay empty when not asked for."""
    with store.read() as session:
        case = load_case(session, case_id)
        parties = [
            PartyView(
                person_id=p.person_id,
                role=p.role,
                name=p.person.full_name,
                phone=p.person.phone,
                email=p.person.email,
                preferred_language=p.person.preferred_language,
                needs_interpreter=p.person.needs_interpreter,
                address=p.address.one_line() if p.address else "",
                postcode=p.address.postcode if p.address else "",
                house_number=(
                    format_house_number(p.address.house_number, p.address.house_number_suffix)
                    if p.address
                    else ""
                ),
                neighbourhood=p.address.neighbourhood if p.address else "",
                editable=_party_input(p),
                address_as_typed=p.address_as_typed,
                address_source=p.address_source,
            )
            for p in case.parties
        ]
        type_names = dict(session.execute(select(ConflictType.id, ConflictType.name)).all())
        ordered_types = sorted(case.conflict_types, key=lambda t: not t.is_main)
        referrer = ""
        if case.referrer_contact_id is not None:
            contact = session.get(PartnerContact, case.referrer_contact_id)
            if contact is not None:
                organisation = session.get(PartnerOrganisation, contact.organisation_id)
                org_name = organisation.name if organisation else ""
                referrer = org_name if contact.name == org_name else f"{contact.name}, {org_name}"
        journal = [
            JournalView(
                e.id, e.kind, e.occurred_at, e.text, e.author, e.from_status, e.to_status
            )
            for e in session.scalars(
                select(JournalEntry)
                .where(JournalEntry.case_id == case_id)
                .order_by(JournalEntry.occurred_at, JournalEntry.id)
            )
        ]
        detail_args = {
            "id": case.id,
            "number": case.number,
            "version": case.version,
            "status": case.status,
            "urgency": case.urgency,
            "story": case.story,
            "municipality": case.municipality,
            "neighbourhood": case.neighbourhood,
            "is_complex": case.is_complex,
            "feedback_consent": case.feedback_consent,
            "registered_on": case.registered_on,
            "intake_on": case.intake_on,
            "first_talk_on": case.first_talk_on,
            "joint_session_on": case.joint_session_on,
            "follow_up_on": case.follow_up_on,
            "closed_on": case.closed_on,
            "conflict_type_ids": [t.conflict_type_id for t in ordered_types],
            "conflict_types": [type_names.get(t.conflict_type_id, "") for t in ordered_types],
            "referrer_kind": _name(session, ReferrerKind, case.referrer_kind_id),
            "referrer": referrer,
            "result": _name(session, CaseResult, case.result_id),
            "closing_reason": _name(session, ClosingReason, case.closing_reason_id),
            "closing_note": case.closing_note,
            "parties": parties,
            "journal": journal,
            "to_complete": gaps_of(case),
            "mediators": [
                (m.id, format_name(m.first_name, m.name_prefix, m.last_name))
                for m in session.scalars(
                    select(Mediator)
                    .join(CaseMediator, CaseMediator.mediator_id == Mediator.id)
                    .where(CaseMediator.case_id == case_id, CaseMediator.released_on.is_(None))
                    .order_by(Mediator.last_name)
                )
            ],
        }
        lookups = _party_lookups(case)
    return CaseDetail(
        **detail_args,
        recurrences=_recurrences(store, case_id, lookups) if with_recurrences else [],
    )


def gaps_of(case: Case) -> list[str]:
    """What is still to be filled in: a party's incomplete address (gone once the
    address is completed), then what the import noted."""
    lines = []
    for party in case.parties:
        if party.address_source == "from_a" and party.address is not None:
            lines.append(f"Adres partij {party.role}: plaats en postcodegebied zijn overgenomen "
                         "uit het adres van partij A; vul de postcode aan.")
        elif party.address_as_typed and party.address is None:
            lines.append(f"Adres partij {party.role} is onvolledig: „{party.address_as_typed}”; "
                         "vul het adres aan.")
    return lines + [line for line in case.to_complete.splitlines() if line.strip()]


def check_version(case: Case, expected_version: int) -> None:
    if case.version != expected_version:
        raise StaleData(case.number)


def change_status(
    store: Store,
    case_id: int,
    expected_version: int,
    new_status: str,
    result_id: int | None = None,
    closing_reason_id: int | None = None,
    note: str = "",
    on: date | None = None,
) -> None:
    """Any status may follow any other; closing asks for a result (and a
    reason when the result is "no mediation")."""
    target = CaseStatus(new_status)
    problems = field_errors(JournalEntry, {"text": note}, names={"text": "note"})
    problems += date_errors({"on": on})
    if problems:
        raise ValidationFailed(problems)
    try:
        with store.unit() as session:
            case = load_case(session, case_id)
            check_version(case, expected_version)
            if case.status == target:
                raise RuleViolation("status_unchanged")
            day = on or date.today()
            if target == CaseStatus.CLOSED:
                result = session.get(CaseResult, result_id) if result_id else None
                if result is None:
                    raise RuleViolation("result_required")
                if result.requires_reason and not closing_reason_id:
                    raise RuleViolation("closing_reason_required")
                case.result_id = result.id
                case.closing_reason_id = closing_reason_id if result.requires_reason else None
                case.closing_note = note.strip()
                # The pair's work on this case is done: it no longer counts as open.
                for link in session.scalars(select(CaseMediator).where(
                        CaseMediator.case_id == case.id, CaseMediator.released_on.is_(None))):
                    link.released_on = day
            elif case.status == CaseStatus.CLOSED:
                # Reopened: the old result no longer holds; the pair that closed it is back.
                for link in session.scalars(select(CaseMediator).where(
                        CaseMediator.case_id == case.id,
                        CaseMediator.released_on == case.closed_on)):
                    link.released_on = None
                case.result_id = None
                case.closing_reason_id = None
                case.closed_on = None
            date_field = STATUS_DATES.get(target)
            if date_field and getattr(case, date_field) is None:
                setattr(case, date_field, day)
            session.add(
                JournalEntry(
                    case_id=case.id,
                    kind=JournalKind.STATUS_CHANGE,
                    occurred_at=datetime.now().replace(microsecond=0),
                    text=note.strip(),
                    author=store.user,
                    from_status=case.status,
                    to_status=target,
                )
            )
            case.status = target
    except StaleDataError as exc:
        raise StaleData(str(case_id)) from exc


UNDONE_NOTE = "Vergissing hersteld"  # in the journal, which is kept in Dutch


def undo_status_change(store: Store, case_id: int, expected_version: int) -> str:
    """Take back the newest status change (a mis-click): the case gets its former
    status again and a step date that change filled in is emptied. Both changes stay
    in the journal. Closing and reopening are not undone this way (they touch the
    result and the pair): the status dialog does that deliberately. Returns the
    status the case is back in."""
    try:
        with store.unit() as session:
            case = load_case(session, case_id)
            check_version(case, expected_version)
            last = session.scalars(
                select(JournalEntry)
                .where(JournalEntry.case_id == case_id,
                       JournalEntry.kind == JournalKind.STATUS_CHANGE)
                .order_by(JournalEntry.occurred_at.desc(), JournalEntry.id.desc())
                .limit(1)).first()
            if last is None or not last.from_status or last.to_status != case.status:
                raise RuleViolation("nothing_to_undo")
            if CaseStatus.CLOSED in (last.from_status, last.to_status):
                raise RuleViolation("undo_closing")
            date_field = STATUS_DATES.get(CaseStatus(case.status))
            if date_field and getattr(case, date_field) == last.occurred_at.date():
                earlier = session.scalar(
                    select(JournalEntry.id).where(
                        JournalEntry.case_id == case_id,
                        JournalEntry.kind == JournalKind.STATUS_CHANGE,
                        JournalEntry.to_status == case.status,
                        JournalEntry.id != last.id).limit(1))
                if earlier is None:  # this change filled it in
                    setattr(case, date_field, None)
            session.add(JournalEntry(
                case_id=case.id, kind=JournalKind.STATUS_CHANGE,
                occurred_at=datetime.now().replace(microsecond=0), text=UNDONE_NOTE,
                author=store.user, from_status=case.status, to_status=last.from_status))
            case.status = last.from_status
            return case.status
    except StaleDataError as exc:
        raise StaleData(str(case_id)) from exc


@dataclass
class CaseUpdate:
    story: str
    urgency: str
    is_complex: bool
    conflict_type_ids: list[int]
    neighbourhood: str
    municipality: str
    # Whether the parties agreed that the referrer hears the outcome; None: unchanged.
    feedback_consent: bool | None = None


def update_case(store: Store, case_id: int, expected_version: int, update: CaseUpdate) -> None:
    errors = []
    if not update.conflict_type_ids:
        errors.append(FieldError("conflict_types", "conflict_type_required"))
    errors += field_errors(Case, {"story": update.story, "neighbourhood": update.neighbourhood,
                                  "municipality": update.municipality})
    if update.urgency not in set(Urgency):
        errors.append(FieldError("urgency", "invalid"))
    if errors:
        raise ValidationFailed(errors)
    try:
        with store.unit() as session:
            case = load_case(session, case_id)
            check_version(case, expected_version)
            case.story = update.story.strip()
            case.urgency = update.urgency
            case.is_complex = update.is_complex
            case.neighbourhood = update.neighbourhood.strip()
            case.municipality = update.municipality.strip()
            if update.feedback_consent is not None:
                case.feedback_consent = update.feedback_consent
            wanted = list(dict.fromkeys(update.conflict_type_ids))
            existing = {t.conflict_type_id: t for t in case.conflict_types}
            for type_id, link in existing.items():
                if type_id not in wanted:
                    case.conflict_types.remove(link)
            for index, type_id in enumerate(wanted):
                link = existing.get(type_id)
                if link is None:
                    link = CaseConflictType(conflict_type_id=type_id)
                    case.conflict_types.append(link)
                link.is_main = index == 0
            # Bump the version even when only the linked rows changed.
            case.updated_at = datetime.now().replace(microsecond=0)
    except StaleDataError as exc:
        raise StaleData(str(case_id)) from exc


def add_journal_entry(
    store: Store, case_id: int, kind: str, text: str, occurred_at: datetime | None = None
) -> int:
    kind = JournalKind(kind)
    if not text.strip():
        raise ValidationFailed([FieldError("journal_text", "text_required")])
    problems = field_errors(JournalEntry, {"text": text}, names={"text": "journal_text"})
    problems += date_errors({"occurred_at": occurred_at})
    if problems:
        raise ValidationFailed(problems)
    with store.unit() as session:
        if session.get(Case, case_id) is None:
            raise NotFound(str(case_id))
        entry = JournalEntry(
            case_id=case_id,
            kind=kind,
            occurred_at=occurred_at or datetime.now().replace(microsecond=0),
            text=text.strip(),
            author=store.user,
        )
        session.add(entry)
        session.flush()
        return entry.id


def mark_completed(store: Store, case_id: int, expected_version: int) -> None:
    """The coordinator has filled in what the import noted: the case leaves the list
    "Nog aan te vullen" (an incomplete address keeps it there until completed). What
    the list said stays in the audit trail."""
    try:
        with store.unit() as session:
            case = load_case(session, case_id)
            check_version(case, expected_version)
            case.to_complete = ""
            case.updated_at = datetime.now().replace(microsecond=0)
    except StaleDataError as exc:
        raise StaleData(str(case_id)) from exc
