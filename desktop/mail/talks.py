"""What invitations and reminders need to know about appointments, read in a few
statements for all of them at once: when, where (with the address), which case,
the pair with their addresses, and the parties who chose e-mail."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.documents.letters.context import Recipient
from desktop.documents.letters.service import language_of
from desktop.mail.settings import valid_address
from models import (
    Address,
    Appointment,
    AppointmentMediator,
    Case,
    CaseParty,
    Mediator,
    Organisation,
    Person,
    Room,
    format_name,
)
from models.enums import AppointmentKind, PlaceKind

# Who a talk is with when the appointment does not say (as the letters assume).
_DEFAULT_ROLES = {AppointmentKind.INTAKE: ("A",), AppointmentKind.TALK_A: ("A",),
                  AppointmentKind.TALK_B: ("B",)}


@dataclass(frozen=True)
class Attendee:
    kind: str  # "mediator" or "party"
    id: int  # mediator id, or person id
    name: str
    first_name: str
    address: str  # "" when there is none (or it is not a valid address)
    recipient: Recipient | None = None  # a party: how letters greet them
    language: str = "nl"


@dataclass(frozen=True)
class Talk:
    id: int
    case_id: int
    case_number: str
    kind: str
    starts_at: datetime
    ends_at: datetime
    place_kind: str
    place: str  # where, with the address when there is one
    cancelled: bool
    mediators: tuple[Attendee, ...]
    parties: tuple[Attendee, ...]  # only those the talk is with


def _place(appointment: Appointment, rooms: dict[int, tuple[str, str]],
           homes: dict[tuple[int, str], str], office: str) -> str:
    kind = appointment.place_kind
    if kind == PlaceKind.ROOM:
        name, address = rooms.get(appointment.room_id or 0, ("", ""))
        return ", ".join(p for p in (name, address) if p) or appointment.place_text
    if kind in (PlaceKind.HOME_A, PlaceKind.HOME_B):
        role = "A" if kind == PlaceKind.HOME_A else "B"
        home = homes.get((appointment.case_id, role), "")
        return f"bij partij {role} thuis, {home}" if home else f"bij partij {role} thuis"
    if kind == PlaceKind.PHONE:
        return "telefonisch"
    if kind == PlaceKind.VIDEO:
        return "videogesprek" + (f": {appointment.place_text}" if appointment.place_text else "")
    if kind == PlaceKind.OFFICE:
        return ", ".join(p for p in ("op kantoor", appointment.place_text or office) if p)
    return appointment.place_text


def load_talks(session: Session, appointments: list[Appointment]) -> list[Talk]:
    if not appointments:
        return []
    case_ids = {a.case_id for a in appointments}
    numbers = dict(session.execute(select(Case.id, Case.number)
                                   .where(Case.id.in_(case_ids))).all())
    rooms = {r.id: (r.name, r.address) for r in session.scalars(select(Room))}
    org = session.get(Organisation, 1)
    office = ", ".join(p for p in (org.street, f"{org.postcode} {org.town}".strip())
                       if p) if org else ""
    links: dict[int, list[int]] = {}
    for appointment_id, mediator_id in session.execute(
            select(AppointmentMediator.appointment_id, AppointmentMediator.mediator_id)
            .where(AppointmentMediator.appointment_id.in_([a.id for a in appointments]))
            .order_by(AppointmentMediator.mediator_id)):
        links.setdefault(appointment_id, []).append(mediator_id)
    mediator_ids = {m for ids in links.values() for m in ids}
    mediators = {
        m.id: Attendee("mediator", m.id, format_name(m.first_name, m.name_prefix, m.last_name),
                       m.first_name, valid_address(m.email))
        for m in session.scalars(select(Mediator).where(Mediator.id.in_(mediator_ids)))
    }
    homes: dict[tuple[int, str], str] = {}
    parties: dict[int, list[Attendee]] = {}
    for party, person, address in session.execute(
            select(CaseParty, Person, Address)
            .join(Person, Person.id == CaseParty.person_id)
            .outerjoin(Address, Address.id == CaseParty.address_id)
            .where(CaseParty.case_id.in_(case_ids))):
        if address is not None:
            homes[(party.case_id, party.role)] = address.one_line()
        if not party.by_email:
            continue
        language = language_of(person.preferred_language)
        recipient = Recipient("person", person.id, person.first_name, person.name_prefix,
                              person.last_name, person.gender, language=language,
                              role=party.role)
        parties.setdefault(party.case_id, []).append(Attendee(
            "party", person.id, person.full_name, person.first_name,
            valid_address(person.email), recipient, language))
    talks = []
    for a in appointments:
        roles = tuple(r for r in a.party_roles.split(",") if r) or _DEFAULT_ROLES.get(a.kind, ())
        with_parties = tuple(p for p in parties.get(a.case_id, ())
                             if not roles or (p.recipient and p.recipient.role in roles))
        talks.append(Talk(
            a.id, a.case_id, numbers.get(a.case_id, ""), a.kind, a.starts_at, a.ends_at,
            a.place_kind, _place(a, rooms, homes, office), a.outcome == "cancelled",
            tuple(mediators[m] for m in links.get(a.id, []) if m in mediators), with_parties))
    return talks
