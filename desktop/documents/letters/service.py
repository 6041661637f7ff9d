"""Making letters for a case: choosing what a letter needs from the database,
filling the template, laying it out and keeping the copy with the case.

Batches load everything they need in a handful of queries, so a thousand
invitations cost about what their PDF costs."""

from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.data.errors import NotFound, RuleViolation
from desktop.data.store import Store
from desktop.documents import case_documents
from desktop.documents.letters import templates
from desktop.documents.letters.content import BuildCancelled, BuildResult, LetterContent
from desktop.documents.letters.context import (
    AppointmentInfo,
    CaseInfo,
    OrganisationInfo,
    Recipient,
    letter_context,
    long_date,
    street_line,
)
from desktop.documents.organisation import get_organisation
from models import (
    Address,
    Appointment,
    AppointmentMediator,
    Case,
    CaseMediator,
    CaseParty,
    CaseResult,
    Mediator,
    PartnerContact,
    PartnerOrganisation,
    Person,
    Room,
    format_name,
)
from models.appointment import not_cancelled
from models.enums import AppointmentKind, CaseStatus, DocumentKind, PlaceKind
from models.rules import fold


@dataclass(frozen=True)
class LetterKind:
    code: str
    recipients: str  # "parties", "referrer" or "none" (a form)
    roles: tuple[str, ...] | None  # the parties it is for by default; None: every party
    needs_appointment: bool = False
    needs_consent: bool = False


LETTER_KINDS: dict[str, LetterKind] = {k.code: k for k in (
    LetterKind("invitation_a", "parties", ("A",)),
    LetterKind("invitation_b", "parties", ("B",)),
    LetterKind("joint_session", "parties", None, needs_appointment=True),
    LetterKind("confirmation", "parties", None, needs_appointment=True),
    LetterKind("b_unreachable", "parties", ("B",)),
    LetterKind("closing", "parties", None),
    LetterKind("referrer_feedback", "referrer", None, needs_consent=True),
    LetterKind("agreement", "none", None),
)}

# Which letter invites to which kind of appointment (Brieven afdrukken).
INVITATION_FOR = {
    AppointmentKind.INTAKE: "invitation_a",
    AppointmentKind.TALK_A: "invitation_a",
    AppointmentKind.TALK_B: "invitation_b",
    AppointmentKind.JOINT_SESSION: "joint_session",
    AppointmentKind.FOLLOW_UP: "confirmation",
    AppointmentKind.OTHER: "confirmation",
}
_DEFAULT_ROLES = {AppointmentKind.INTAKE: ("A",), AppointmentKind.TALK_A: ("A",),
                  AppointmentKind.TALK_B: ("B",)}
_ENGLISH = {"en", "engels", "english", "eng"}


@dataclass(frozen=True)
class LetterRequest:
    case_id: int
    code: str
    recipient_kind: str = "person"  # "person", "contact" or "none"
    recipient_id: int | None = None
    appointment_id: int | None = None
    language: str | None = None  # None: the recipient's own language


@dataclass(frozen=True)
class RecipientOption:
    kind: str
    id: int | None
    name: str
    role: str
    language: str
    has_address: bool


@dataclass(frozen=True)
class AppointmentOption:
    id: int
    kind: str
    starts_at: datetime
    party_roles: tuple[str, ...]


@dataclass(frozen=True)
class LetterOptions:
    case_number: str
    feedback_consent: bool
    recipients: tuple[RecipientOption, ...]
    appointments: tuple[AppointmentOption, ...]


@dataclass(frozen=True)
class Composed:
    request: LetterRequest
    content: LetterContent
    recipient: Recipient
    case_number: str
    source: dict[str, Any]


@dataclass(frozen=True)
class Skipped:
    case_number: str
    recipient: str
    reason: str  # recipient_without_address, …


@dataclass
class BatchResult:
    pdf: bytes
    letters: int
    document_ids: list[int] = field(default_factory=list)


def language_of(preferred: str) -> str:
    return "en" if fold(preferred.strip()) in _ENGLISH else "nl"


# -- loading ----------------------------------------------------------------------------
@dataclass
class _Loaded:
    cases: dict[int, CaseInfo] = field(default_factory=dict)
    results_en: dict[int, str] = field(default_factory=dict)
    parties: dict[int, list[Recipient]] = field(default_factory=lambda: defaultdict(list))
    referrers: dict[int, Recipient] = field(default_factory=dict)
    appointments: dict[int, AppointmentInfo] = field(default_factory=dict)
    appointment_roles: dict[int, tuple[str, ...]] = field(default_factory=dict)


def _mediator_names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.execute(select(Mediator.id, Mediator.first_name, Mediator.name_prefix,
                                  Mediator.last_name).where(Mediator.id.in_(ids)))
    return {i: format_name(f, p, lname) for i, f, p, lname in rows}


def _load(session: Session, case_ids: set[int], appointment_ids: set[int]) -> _Loaded:
    loaded = _Loaded()
    results = {r.id: r for r in session.scalars(select(CaseResult))}
    pairs: dict[int, list[int]] = defaultdict(list)
    for case_id, mediator_id in session.execute(
        select(CaseMediator.case_id, CaseMediator.mediator_id)
        .where(CaseMediator.case_id.in_(case_ids), CaseMediator.released_on.is_(None))
        .order_by(CaseMediator.id)
    ):
        pairs[case_id].append(mediator_id)
    appointment_rows = session.scalars(
        select(Appointment).where(Appointment.id.in_(appointment_ids))).all()
    links = session.execute(select(AppointmentMediator.appointment_id,
                                   AppointmentMediator.mediator_id)
                            .where(AppointmentMediator.appointment_id.in_(appointment_ids))
                            .order_by(AppointmentMediator.id)).all()
    names = _mediator_names(session, {m for ids in pairs.values() for m in ids}
                            | {m for _a, m in links})
    party_rows = session.execute(
        select(CaseParty.case_id, CaseParty.role, Person, Address)
        .join(Person, Person.id == CaseParty.person_id)
        .outerjoin(Address, Address.id == CaseParty.address_id)
        .where(CaseParty.case_id.in_(case_ids)).order_by(CaseParty.case_id, CaseParty.role)
    ).all()
    homes: dict[tuple[int, str], str] = {}
    party_names: dict[int, list[str]] = defaultdict(list)
    for case_id, role, person, address in party_rows:
        loaded.parties[case_id].append(Recipient(
            "person", person.id, person.first_name, person.name_prefix, person.last_name,
            person.gender,
            street_line=street_line(address.street, address.house_number,
                                    address.house_number_suffix) if address else "",
            postcode=address.postcode if address else "", town=address.town if address else "",
            language=language_of(person.preferred_language), role=role))
        party_names[case_id].append(person.full_name)
        if address is not None:
            homes[(case_id, role)] = address.one_line()
    cases = session.scalars(select(Case).where(Case.id.in_(case_ids))).all()
    for case in cases:
        result = results.get(case.result_id) if case.result_id else None
        loaded.cases[case.id] = CaseInfo(
            case.id, case.number, case.registered_on, case.feedback_consent, case.status,
            result.name if result else "", tuple(party_names[case.id]),
            tuple(names[m] for m in pairs[case.id] if m in names), case.joint_session_on)
        loaded.results_en[case.id] = (result.name_en or result.name) if result else ""
    contact_ids = {c.referrer_contact_id for c in cases if c.referrer_contact_id}
    contacts = {
        contact.id: (contact, org) for contact, org in session.execute(
            select(PartnerContact, PartnerOrganisation)
            .join(PartnerOrganisation, PartnerOrganisation.id == PartnerContact.organisation_id)
            .where(PartnerContact.id.in_(contact_ids)))
    } if contact_ids else {}
    for case in cases:
        if case.referrer_contact_id in contacts:
            contact, org = contacts[case.referrer_contact_id]
            loaded.referrers[case.id] = Recipient(
                "contact", contact.id, last_name=contact.name, organisation=org.name,
                street_line=" ".join(p for p in (org.street, org.house_number) if p),
                postcode=org.postcode, town=org.town)
    rooms = {r.id: ", ".join(p for p in (r.name, r.address) if p)
             for r in session.scalars(select(Room))}
    by_appointment: dict[int, list[str]] = defaultdict(list)
    for appointment_id, mediator_id in links:
        by_appointment[appointment_id].append(names.get(mediator_id, ""))
    for a in appointment_rows:
        home_role = {PlaceKind.HOME_A: "A", PlaceKind.HOME_B: "B"}.get(a.place_kind, "")
        if a.place_kind == PlaceKind.ROOM:
            place = rooms.get(a.room_id or 0, a.place_text)
        elif home_role:
            place = homes.get((a.case_id, home_role), a.place_text)
        else:
            place = a.place_text
        loaded.appointments[a.id] = AppointmentInfo(
            a.id, a.kind, a.starts_at, a.ends_at, a.place_kind, place, home_role,
            tuple(by_appointment[a.id]))
        loaded.appointment_roles[a.id] = tuple(r for r in a.party_roles.split(",") if r)
    return loaded


# -- composing ---------------------------------------------------------------------------
class _Templates:
    """Templates read once per batch (the coordinator's own or the shipped ones)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.cache: dict[tuple[str, str], templates.TemplateText] = {}

    def get(self, code: str, language: str) -> templates.TemplateText:
        key = (code, language)
        if key not in self.cache:
            self.cache[key] = templates.load(self.session, code, language)
        return self.cache[key]


def _recipient(request: LetterRequest, loaded: _Loaded) -> Recipient:
    if request.recipient_kind == "none":
        return Recipient("none", None)
    if request.recipient_kind == "contact":
        referrer = loaded.referrers.get(request.case_id)
        if referrer is None:
            raise RuleViolation("no_referrer")
        return referrer
    for party in loaded.parties.get(request.case_id, []):
        if party.id == request.recipient_id:
            return party
    raise NotFound(f"recipient {request.recipient_id}")


def _compose(request: LetterRequest, loaded: _Loaded, org: OrganisationInfo,
             texts: _Templates, today: date) -> Composed:
    kind = LETTER_KINDS.get(request.code)
    if kind is None:
        raise NotFound(request.code)
    case = loaded.cases.get(request.case_id)
    if case is None:
        raise NotFound(str(request.case_id))
    if kind.needs_consent and not case.feedback_consent:
        raise RuleViolation("feedback_without_consent")
    if kind.recipients != "none" and not (org.phone or org.email):
        raise RuleViolation("organisation_contact_missing")
    recipient = _recipient(request, loaded)
    # Residents get their letter by post; a partner's letter may go by e-mail.
    if recipient.kind == "person" and not recipient.has_address:
        raise RuleViolation("recipient_without_address")
    appointment = loaded.appointments.get(request.appointment_id or 0)
    if kind.needs_appointment and appointment is None:
        raise RuleViolation("letter_needs_appointment")
    language = request.language or recipient.language
    if language == "en":
        case = replace(case, result=loaded.results_en.get(case.id, case.result))
    referrer = loaded.referrers.get(case.id)
    values = letter_context(org, case, recipient, appointment, language, today,
                            (referrer.name, referrer.organisation) if referrer else ("", ""))
    template = texts.get(request.code, language)
    text = templates.render(template.subject, template.body, values)
    signers = case.party_names + case.mediators if recipient.kind == "none" else ()
    content = LetterContent(text.subject, text.body, case.number, long_date(today, language),
                            recipient.address_lines(), signers, language)
    source = {
        "template": {"code": template.code, "language": template.language,
                     "subject": template.subject, "body": template.body,
                     "custom": template.is_custom},
        "values": values,
        "text": {"subject": text.subject, "body": text.body},
        "address": list(content.address_lines),
        "made_on": today.isoformat(),
    }
    return Composed(request, content, recipient, case.number, source)


def _appointment_ids(requests: list[LetterRequest]) -> set[int]:
    return {r.appointment_id for r in requests if r.appointment_id}


def compose(store: Store, requests: list[LetterRequest], today: date | None = None,
            org: OrganisationInfo | None = None) -> list[Composed]:
    org = org or get_organisation(store)
    today = today or date.today()
    with store.read() as session:
        loaded = _load(session, {r.case_id for r in requests}, _appointment_ids(requests))
        texts = _Templates(session)
        return [_compose(r, loaded, org, texts, today) for r in requests]


def preview(store: Store, request: LetterRequest) -> bytes:
    """The letter as it would be made, without keeping it."""
    composed = compose(store, [request])
    from desktop.documents.letters.pdf import build_pdf  # ReportLab: when a PDF is made

    return build_pdf(get_organisation(store), [composed[0].content]).pdf


def _file_name(item: Composed) -> str:
    who = item.recipient.name or ""
    return f"{item.case_number} {item.content.subject} {who}".strip()[:120] + ".pdf"


def _new_document(item: Composed, data: bytes) -> case_documents.NewDocument:
    recipient = item.recipient
    return case_documents.NewDocument(
        data, _file_name(item), item.content.subject, DocumentKind.LETTER,
        template_code=item.request.code, language=item.content.language,
        recipient=recipient.name,
        recipient_person_id=recipient.id if recipient.kind == "person" else None,
        recipient_contact_id=recipient.id if recipient.kind == "contact" else None,
        appointment_id=item.request.appointment_id, source=item.source)


def make_letter(store: Store, request: LetterRequest) -> int:
    """Make the letter and keep it with the case; returns the document's id."""
    org = get_organisation(store)
    item = compose(store, [request], org=org)[0]
    from desktop.documents.letters.pdf import build_pdf  # ReportLab: when a PDF is made

    pdf = build_pdf(org, [item.content]).pdf
    return case_documents.add_document(store, request.case_id, _new_document(item, pdf))


def split_pages(pdf: bytes, ranges: list[tuple[int, int]],
                progress: Callable[[int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> list[bytes]:
    """One PDF per letter from the batch's PDF (the copies kept with the cases)."""
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(io.BytesIO(pdf))
    parts = []
    for first, last in ranges:
        if cancelled is not None and cancelled():
            raise BuildCancelled
        writer = PdfWriter()
        for number in range(first - 1, last):
            writer.add_page(reader.pages[number])
        out = io.BytesIO()
        writer.write(out)
        parts.append(out.getvalue())
        if progress is not None:
            progress(len(parts))
    return parts


def period_requests(store: Store, start: date, end: date
                    ) -> tuple[list[LetterRequest], list[Skipped]]:
    """One invitation per recipient for every appointment from start to end
    (inclusive), in time order; recipients without an address are listed apart."""
    with store.read() as session:
        appointments = session.scalars(
            select(Appointment)
            .join(Case, Case.id == Appointment.case_id)
            .where(Appointment.starts_at >= datetime.combine(start, time.min),
                   Appointment.starts_at <= datetime.combine(end, time.max),
                   Case.status != CaseStatus.CLOSED, not_cancelled())
            .order_by(Appointment.starts_at, Appointment.id)).all()
        loaded = _load(session, {a.case_id for a in appointments}, set())
    requests: list[LetterRequest] = []
    skipped: list[Skipped] = []
    for a in appointments:
        roles = tuple(r for r in a.party_roles.split(",") if r) or _DEFAULT_ROLES.get(a.kind)
        for party in loaded.parties.get(a.case_id, []):
            if roles and party.role not in roles:
                continue
            if not party.has_address:
                skipped.append(Skipped(loaded.cases[a.case_id].number, party.name,
                                       "recipient_without_address"))
                continue
            requests.append(LetterRequest(a.case_id, INVITATION_FOR.get(a.kind, "confirmation"),
                                          "person", party.id, a.id))
    return requests, skipped


def print_batch(store: Store, requests: list[LetterRequest], keep_copies: bool = True,
                progress: Callable[[int], None] | None = None,
                cancelled: Callable[[], bool] | None = None,
                today: date | None = None) -> BatchResult:
    """All letters in one PDF; with keep_copies each letter is also kept with its
    case. progress(n) counts up to len(requests), or twice that with copies (the
    copies take a second pass); cancelled() is polled per letter and keeps nothing."""
    if not requests:
        raise RuleViolation("no_letters")
    org = get_organisation(store)
    items = compose(store, requests, today=today, org=org)
    from desktop.documents.letters.pdf import build_pdf  # ReportLab: when a PDF is made

    built: BuildResult = build_pdf(org, [i.content for i in items], progress, cancelled)
    result = BatchResult(built.pdf, len(items))
    if keep_copies:
        count = len(items)
        parts = split_pages(built.pdf, built.page_ranges,
                            None if progress is None else (lambda n: progress(count + n)),
                            cancelled)
        result.document_ids = case_documents.add_documents(
            store, [i.request.case_id for i in items],
            [_new_document(i, part) for i, part in zip(items, parts, strict=True)])
    return result


def letter_options(store: Store, case_id: int) -> LetterOptions:
    with store.read() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise NotFound(str(case_id))
        appointment_rows = session.scalars(
            select(Appointment).where(Appointment.case_id == case_id, not_cancelled())
            .order_by(Appointment.starts_at.desc())).all()
        loaded = _load(session, {case_id}, set())
        recipients = [RecipientOption("person", p.id, p.name, p.role, p.language, p.has_address)
                      for p in loaded.parties.get(case_id, [])]
        if case_id in loaded.referrers:
            r = loaded.referrers[case_id]
            recipients.append(RecipientOption("contact", r.id, r.name, "", "nl", r.has_address))
        return LetterOptions(
            case.number, case.feedback_consent, tuple(recipients),
            tuple(AppointmentOption(a.id, a.kind, a.starts_at,
                                    tuple(x for x in a.party_roles.split(",") if x))
                  for a in appointment_rows))
