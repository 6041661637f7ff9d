"""Inzage (AVG art. 15): everything Burenrust records about one resident, as one
readable PDF on the letterhead and as machine-readable JSON.

Their party data in each case, case numbers, dates, status and result, the
letters sent to them, the appointments of their cases, and the journal entries
and story of their cases. Those texts also speak of other people (the neighbour,
the mediators, a referrer): such names are not the resident's to receive. They
are found and marked, the coordinator reviews them in a preview, and every name
left ticked is blacked out in both files."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from datetime import date, datetime

from sqlalchemy import select

from desktop.data.errors import NotFound
from desktop.data.store import Store
from models import (
    Address,
    Appointment,
    AppointmentMediator,
    Case,
    CaseDocument,
    CaseParty,
    CaseResult,
    JournalEntry,
    Mediator,
    PartnerContact,
    Person,
    format_name,
)
from models.enums import DocumentKind
from models.roles import Permission
from models.rules import format_house_number

BLACKED = "█████"
# The letter speaks Dutch; the JSON keeps the program's codes.
STATUS = {"registered": "aangemeld", "intake": "intake", "waiting_for_pair":
          "wacht op bemiddelaars", "talks": "gesprekken", "joint_session":
          "bemiddelingsgesprek", "follow_up": "nazorg", "on_hold": "gepauzeerd",
          "closed": "afgesloten"}
APPOINTMENT = {"intake": "intakegesprek", "talk_a": "gesprek met partij A", "talk_b":
               "gesprek met partij B", "joint_session": "bemiddelingsgesprek",
               "follow_up": "nazorggesprek", "other": "afspraak"}


@dataclass
class CaseRecord:
    number: str
    role: str  # "A" requester, "B" the other party, …
    registered_on: str
    status: str
    result: str
    closed_on: str
    address: str
    household: str
    tenure: str
    story: str
    journal: list[dict[str, str]] = field(default_factory=list)  # date, kind, text
    appointments: list[dict[str, str]] = field(default_factory=list)  # date, kind, place


@dataclass
class AccessReport:
    person_id: int
    name: str
    phone: str
    email: str
    language: str
    made_on: str
    cases: list[CaseRecord] = field(default_factory=list)
    letters: list[dict[str, str]] = field(default_factory=list)  # date, title, case
    other_names: list[str] = field(default_factory=list)  # to review and black out


def _day(value: date | datetime | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


def _moment(value: datetime) -> str:
    return value.strftime("%d-%m-%Y %H:%M")


def collect(store: Store, person_id: int, today: date | None = None) -> AccessReport:
    store.require(Permission.PRIVACY)
    with store.read() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound(str(person_id))
        report = AccessReport(
            person_id, format_name(person.first_name, person.name_prefix, person.last_name),
            person.phone, person.email, person.preferred_language,
            _day(today or date.today()))
        results = dict(session.execute(select(CaseResult.id, CaseResult.name)).all())
        others: set[str] = set()
        parties = session.execute(
            select(CaseParty, Case, Address).join(Case, Case.id == CaseParty.case_id)
            .outerjoin(Address, Address.id == CaseParty.address_id)
            .where(CaseParty.person_id == person_id).order_by(Case.year, Case.seq)).all()
        for party, case, address in parties:
            where = ""
            if address is not None:
                number = format_house_number(address.house_number, address.house_number_suffix)
                where = f"{address.street} {number}, {address.postcode} {address.town}"
            elif party.address_as_typed:  # imported, not yet complete: as it was typed
                where = party.address_as_typed
            record = CaseRecord(
                case.number, party.role, _day(case.registered_on), case.status,
                results.get(case.result_id, ""), _day(case.closed_on), where,
                party.household, party.tenure, case.story)
            for entry in session.scalars(select(JournalEntry).where(
                    JournalEntry.case_id == case.id).order_by(JournalEntry.occurred_at)):
                if entry.text:
                    record.journal.append({"datum": _moment(entry.occurred_at),
                                           "soort": entry.kind, "tekst": entry.text})
            for appointment in session.scalars(select(Appointment).where(
                    Appointment.case_id == case.id).order_by(Appointment.starts_at)):
                record.appointments.append({"datum": _moment(appointment.starts_at),
                                            "soort": appointment.kind,
                                            "plaats": appointment.place_text,
                                            "notities": appointment.notes})
            report.cases.append(record)
            others |= _other_names(session, case, person_id)
        for document in session.scalars(select(CaseDocument).where(
                CaseDocument.recipient_person_id == person_id,
                CaseDocument.kind == DocumentKind.LETTER,
                CaseDocument.deleted_at.is_(None)).order_by(CaseDocument.created_at)):
            number = session.scalar(select(Case.number).where(Case.id == document.case_id))
            report.letters.append({"datum": _day(document.created_at),
                                   "titel": document.title, "zaak": number or ""})
        own = {report.name.lower(), person.last_name.lower(), person.first_name.lower()}
        report.other_names = sorted((n for n in others if n.lower() not in own),
                                    key=lambda n: (-len(n), n))
    return report


def _other_names(session, case: Case, person_id: int) -> set[str]:
    """Names in this case's texts that belong to somebody else."""
    names: set[str] = set()
    for first, prefix, last in session.execute(
            select(Person.first_name, Person.name_prefix, Person.last_name)
            .join(CaseParty, CaseParty.person_id == Person.id)
            .where(CaseParty.case_id == case.id, Person.id != person_id)).all():
        names |= {format_name(first, prefix, last), " ".join(p for p in (prefix, last) if p)}
    for first, prefix, last in session.execute(
            select(Mediator.first_name, Mediator.name_prefix, Mediator.last_name)
            .join(AppointmentMediator, AppointmentMediator.mediator_id == Mediator.id)
            .join(Appointment, Appointment.id == AppointmentMediator.appointment_id)
            .where(Appointment.case_id == case.id)).all():
        names.add(format_name(first, prefix, last))
    if case.referrer_contact_id:
        contact = session.get(PartnerContact, case.referrer_contact_id)
        if contact is not None:
            names.add(contact.name)
    return {n.strip() for n in names if len(n.strip()) >= 3}


def _pattern(names: list[str]) -> re.Pattern | None:
    if not names:
        return None
    ordered = sorted(names, key=len, reverse=True)  # "Anna de Vries" before "de Vries"
    return re.compile("(?<!\\w)(" + "|".join(re.escape(n) for n in ordered) + ")(?!\\w)",
                      re.IGNORECASE)


def segments(text: str, names: list[str]) -> list[tuple[str, bool]]:
    """The text in pieces, each marked True where it is somebody else's name."""
    pattern = _pattern(names)
    if pattern is None or not text:
        return [(text, False)]
    pieces, last = [], 0
    for match in pattern.finditer(text):
        if match.start() > last:
            pieces.append((text[last:match.start()], False))
        pieces.append((match.group(0), True))
        last = match.end()
    if last < len(text):
        pieces.append((text[last:], False))
    return pieces


def redacted(text: str, names: list[str]) -> str:
    return "".join(BLACKED if other else piece for piece, other in segments(text, names))


def _redacted_report(report: AccessReport, blacked: list[str]) -> dict:
    data = asdict(report)
    data.pop("other_names")
    for case in data["cases"]:
        case["story"] = redacted(case["story"], blacked)
        for entry in case["journal"]:
            entry["tekst"] = redacted(entry["tekst"], blacked)
        for appointment in case["appointments"]:
            appointment["notities"] = redacted(appointment["notities"], blacked)
            appointment["plaats"] = redacted(appointment["plaats"], blacked)
    return data


def to_json(report: AccessReport, blacked: list[str]) -> str:
    data = _redacted_report(report, blacked)
    return json.dumps({"inzage": data, "toelichting": (
        "Alles wat Burenrust over u vastlegt. Namen van anderen zijn zwart gemaakt.")},
        ensure_ascii=False, indent=2)


def to_pdf(store: Store, report: AccessReport, blacked: list[str]) -> bytes:
    """One readable Dutch document on the letterhead."""
    from desktop.documents.letters.context import long_date
    from desktop.documents.letters.pdf import LetterContent, build_pdf
    from desktop.documents.organisation import get_organisation

    data = _redacted_report(report, blacked)
    lines = [
        "U hebt gevraagd wat wij over u hebben vastgelegd (inzage, artikel 15 AVG). Hieronder "
        "staat alles wat in ons programma Burenrust over u staat. Waar een tekst over iemand "
        "anders gaat, hebben wij die naam zwart gemaakt.",
        "",
        "Uw gegevens",
        f"Naam: {report.name}",
        f"Telefoon: {report.phone or '–'}",
        f"E-mail: {report.email or '–'}",
        f"Voorkeurstaal: {report.language or '–'}",
    ]
    for case in data["cases"]:
        lines += ["", f"Zaak {case['number']} (u bent partij {case['role']})",
                  f"Aangemeld op {case['registered_on']}; stand: "
                  f"{STATUS.get(case['status'], case['status'])}"
                  + (f"; afgesloten op {case['closed_on']}" if case["closed_on"] else "")
                  + (f"; resultaat: {case['result']}" if case["result"] else ""),
                  f"Adres in deze zaak: {case['address'] or '–'}"]
        if case["story"]:
            lines += ["Verhaal bij de aanmelding:", case["story"]]
        for appointment in case["appointments"]:
            kind = APPOINTMENT.get(appointment["soort"], appointment["soort"])
            lines.append(f"Afspraak {appointment['datum']}: {kind}"
                         + (f", {appointment['plaats']}" if appointment["plaats"] else ""))
        if case["journal"]:
            lines.append("Journaal:")
            lines += [f"{entry['datum']} — {entry['tekst']}" for entry in case["journal"]]
    if data["letters"]:
        lines += ["", "Brieven aan u"]
        lines += [f"{letter['datum']} — {letter['titel']} (zaak {letter['zaak']})"
                  for letter in data["letters"]]
    content = LetterContent("Inzage in uw gegevens", "\n".join(lines) + "\n", "",
                            long_date(date.today(), "nl"))
    return build_pdf(get_organisation(store), [content]).pdf
