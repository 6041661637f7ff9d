"""Appointments on cases: planning them (what clashes is in `clashes`), the week,
and the list of things to do."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from desktop.agenda.clashes import (
    AppointmentInput,
    Conflict,
    conflicts_of,
    find_conflicts,
)
from desktop.agenda.outcomes import missing_outcomes, record_outcome
from desktop.data.errors import FieldError, NotFound, ServiceError, StaleData, ValidationFailed
from desktop.data.store import Store
from desktop.data.value_guard import date_errors, field_errors
from models import (
    Address,
    Appointment,
    AppointmentMediator,
    Case,
    CaseMediator,
    CaseParty,
    JournalEntry,
    Mediator,
    Room,
    format_name,
)
from models.appointment import not_cancelled
from models.enums import (
    AppointmentKind,
    AppointmentOutcome,
    CaseStatus,
    JournalKind,
    OutcomeBy,
    PlaceKind,
)
from models.roles import Permission

MAX_DURATION = timedelta(hours=8)
FOLLOW_UP_AFTER = timedelta(weeks=6)  # nazorg: some weeks after the joint session
NOT_CONTACTED_AFTER = timedelta(days=7)


class NeedsConfirmation(ServiceError):
    """The appointment clashes; it is saved only when the coordinator confirms."""

    code = "needs_confirmation"

    def __init__(self, conflicts: list[Conflict]) -> None:
        super().__init__(", ".join(c.code for c in conflicts))
        self.conflicts = conflicts


@dataclass(frozen=True)
class AppointmentView:
    id: int
    case_id: int
    case_number: str
    kind: str
    starts_at: datetime
    ends_at: datetime
    place_kind: str
    place: str  # the room's name, the party's address or what was typed
    room_id: int | None
    place_text: str
    mediator_ids: tuple[int, ...]
    mediators: tuple[str, ...]
    party_roles: tuple[str, ...]
    notes: str
    version: int
    conflicts: tuple[Conflict, ...] = ()
    outcome: str | None = None  # AppointmentOutcome; None while ahead or not recorded
    outcome_by: str = ""  # OutcomeBy, for a cancellation or a no-show

    @property
    def cancelled(self) -> bool:
        return self.outcome == AppointmentOutcome.CANCELLED


@dataclass(frozen=True)
class RoomView:
    id: int
    name: str
    address: str
    active: bool


@dataclass(frozen=True)
class TodoItem:
    code: str  # waiting_for_pair, not_contacted, follow_up_due, outcome_missing
    case_id: int
    case_number: str
    since: date
    due: date
    # For outcome_missing: which appointment, of what kind and when.
    appointment_id: int | None = None
    appointment_kind: str = ""
    starts_at: datetime | None = None
    # E-mail items (desktop.mail): whom it is about, and the failure's code.
    who: str = ""
    detail: str = ""


def validate_appointment(data: AppointmentInput) -> list[FieldError]:
    errors = []
    if data.kind not in set(AppointmentKind):
        errors.append(FieldError("kind", "invalid"))
    if data.place_kind not in set(PlaceKind):
        errors.append(FieldError("place_kind", "invalid"))
    if data.ends_at <= data.starts_at:
        errors.append(FieldError("ends_at", "end_before_start"))
    elif data.ends_at - data.starts_at > MAX_DURATION:
        errors.append(FieldError("ends_at", "too_long"))
    if data.place_kind == PlaceKind.ROOM and data.room_id is None:
        errors.append(FieldError("room", "room_required"))
    errors += field_errors(Appointment, {"notes": data.notes, "place_text": data.place_text})
    errors += date_errors({"starts_at": data.starts_at, "ends_at": data.ends_at})
    return errors


def _journal(session: Session, store: Store, case_id: int, kind: str, appointment_kind: str,
             starts_at: datetime) -> None:
    session.add(JournalEntry(
        case_id=case_id, kind=kind, occurred_at=datetime.now().replace(microsecond=0),
        text=f"{appointment_kind}|{starts_at.isoformat(timespec='minutes')}",
        author=store.user,
    ))


def save_appointment(store: Store, appointment_id: int | None, data: AppointmentInput,
                     confirmed: bool = False, expected_version: int | None = None) -> int:
    """Plan or change an appointment. Clashes are refused with NeedsConfirmation
    unless the coordinator confirmed them; every change is written in the journal."""
    errors = validate_appointment(data)
    if errors:
        raise ValidationFailed(errors)
    try:
        with store.unit() as session:
            if session.get(Case, data.case_id) is None:
                raise NotFound(str(data.case_id))
            conflicts = find_conflicts(session, data, exclude_id=appointment_id)
            if conflicts and not confirmed:
                raise NeedsConfirmation(conflicts)
            if appointment_id is None:
                appointment = Appointment(case_id=data.case_id)
                session.add(appointment)
                journal_kind = JournalKind.APPOINTMENT_PLANNED
            else:
                appointment = session.get(Appointment, appointment_id, options=[
                    selectinload(Appointment.mediators)])
                if appointment is None:
                    raise NotFound(str(appointment_id))
                if expected_version is not None and appointment.version != expected_version:
                    raise StaleData(str(appointment_id))
                journal_kind = JournalKind.APPOINTMENT_CHANGED
            appointment.kind = data.kind
            appointment.starts_at = data.starts_at
            appointment.ends_at = data.ends_at
            appointment.place_kind = data.place_kind
            appointment.room_id = data.room_id if data.place_kind == PlaceKind.ROOM else None
            appointment.place_text = data.place_text.strip()
            appointment.party_roles = ",".join(sorted(set(data.party_roles)))
            appointment.notes = data.notes.strip()
            wanted = set(data.mediator_ids)
            for link in list(appointment.mediators):
                if link.mediator_id not in wanted:
                    appointment.mediators.remove(link)
            present = {link.mediator_id for link in appointment.mediators}
            for mediator_id in sorted(wanted - present):
                appointment.mediators.append(AppointmentMediator(mediator_id=mediator_id))
            _journal(session, store, data.case_id, journal_kind, data.kind, data.starts_at)
            session.flush()
            return appointment.id
    except StaleDataError as exc:
        raise StaleData(str(appointment_id)) from exc


def cancel_appointment(store: Store, appointment_id: int, by: str = OutcomeBy.ORGANISATION,
                       note: str = "") -> None:
    """Called off: kept for the record (who cancelled), no longer booked or counted."""
    record_outcome(store, appointment_id, AppointmentOutcome.CANCELLED, by, note)


def _views(session: Session, appointments: list[Appointment],
           with_conflicts: bool = False) -> list[AppointmentView]:
    if not appointments:
        return []
    case_ids = {a.case_id for a in appointments}
    numbers = dict(
        session.execute(select(Case.id, Case.number).where(Case.id.in_(case_ids))).all()
    )
    rooms = {r.id: r.name for r in session.scalars(select(Room))}
    mediator_ids = {link.mediator_id for a in appointments for link in a.mediators}
    names = {
        m.id: format_name(m.first_name, m.name_prefix, m.last_name)
        for m in session.scalars(select(Mediator).where(Mediator.id.in_(mediator_ids)))
    }
    homes = {
        (case_id, role): address.one_line()
        for case_id, role, address in session.execute(
            select(CaseParty.case_id, CaseParty.role, Address)
            .join(Address, Address.id == CaseParty.address_id)
            .where(CaseParty.case_id.in_(case_ids))
        )
    }
    clashes = conflicts_of(session, appointments) if with_conflicts else {}
    views = []
    for a in appointments:
        if a.place_kind == PlaceKind.ROOM:
            place = rooms.get(a.room_id, "")
        elif a.place_kind in (PlaceKind.HOME_A, PlaceKind.HOME_B):
            place = homes.get((a.case_id, "A" if a.place_kind == PlaceKind.HOME_A else "B"), "")
        else:
            place = a.place_text
        ids = tuple(sorted(link.mediator_id for link in a.mediators))
        views.append(AppointmentView(
            a.id, a.case_id, numbers.get(a.case_id, ""), a.kind, a.starts_at, a.ends_at,
            a.place_kind, place or a.place_text, a.room_id, a.place_text, ids,
            tuple(names.get(i, "") for i in ids),
            tuple(r for r in a.party_roles.split(",") if r), a.notes, a.version,
            clashes.get(a.id, ()),
            a.outcome, a.outcome_by,
        ))
    return views


def week_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week_appointments(store: Store, monday: date, mediator_id: int | None = None,
                      with_conflicts: bool = True) -> list[AppointmentView]:
    start = datetime.combine(monday, time.min)
    with store.read() as session:
        statement = (
            select(Appointment)
            .options(selectinload(Appointment.mediators))
            .where(Appointment.starts_at >= start,
                   Appointment.starts_at < start + timedelta(days=7), not_cancelled())
            .order_by(Appointment.starts_at)
        )
        if mediator_id is not None:
            statement = statement.where(Appointment.id.in_(
                select(AppointmentMediator.appointment_id)
                .where(AppointmentMediator.mediator_id == mediator_id)))
        return _views(session, list(session.scalars(statement)), with_conflicts)


def case_appointments(store: Store, case_id: int) -> list[AppointmentView]:
    with store.read() as session:
        return _views(session, list(session.scalars(
            select(Appointment).options(selectinload(Appointment.mediators))
            .where(Appointment.case_id == case_id).order_by(Appointment.starts_at)
        )), with_conflicts=True)


def mediator_appointments(store: Store, mediator_id: int,
                          since: datetime | None = None) -> list[AppointmentView]:
    with store.read() as session:
        statement = (
            select(Appointment).options(selectinload(Appointment.mediators))
            .join(AppointmentMediator, AppointmentMediator.appointment_id == Appointment.id)
            .where(AppointmentMediator.mediator_id == mediator_id)
            .order_by(Appointment.starts_at)
        )
        if since is not None:
            statement = statement.where(Appointment.starts_at >= since)
        return _views(session, list(session.scalars(statement)))


def get_appointment(store: Store, appointment_id: int) -> AppointmentView:
    with store.read() as session:
        appointment = session.get(Appointment, appointment_id, options=[
            selectinload(Appointment.mediators)])
        if appointment is None:
            raise NotFound(str(appointment_id))
        return _views(session, [appointment])[0]


def current_pair(store: Store, case_id: int) -> list[int]:
    with store.read() as session:
        return list(session.scalars(select(CaseMediator.mediator_id).where(
            CaseMediator.case_id == case_id, CaseMediator.released_on.is_(None))))


# -- rooms ---------------------------------------------------------------------------------
def list_rooms(store: Store, include_inactive: bool = False) -> list[RoomView]:
    with store.read() as session:
        statement = select(Room).order_by(Room.name)
        if not include_inactive:
            statement = statement.where(Room.active.is_(True))
        return [RoomView(r.id, r.name, r.address, r.active) for r in session.scalars(statement)]


def save_room(store: Store, room_id: int | None, name: str, address: str = "",
              active: bool = True) -> int:
    store.require(Permission.ADMIN)
    name = " ".join(name.split())
    if not name:
        raise ValidationFailed([FieldError("name", "name_required")])
    with store.unit() as session:
        duplicate = session.scalar(select(Room.id).where(
            func.lower(Room.name) == name.lower(), Room.id != (room_id or 0)))
        if duplicate is not None:
            raise ValidationFailed([FieldError("name", "duplicate")])
        room = Room() if room_id is None else session.get(Room, room_id)
        if room is None:
            raise NotFound(str(room_id))
        if room_id is None:
            session.add(room)
        room.name, room.address, room.active = name[:120], address.strip()[:200], active
        session.flush()
        return room.id


# -- things to do ----------------------------------------------------------------------------
def todo(store: Store, today: date | None = None, now: datetime | None = None
         ) -> list[TodoItem]:
    """Due items: cases waiting for a pair, parties not contacted a week after
    registration, follow-up (nazorg) some weeks after the joint session, and
    appointments that ended without anyone saying how they went."""
    today = today or date.today()
    now = now or datetime.now()
    items: list[TodoItem] = []
    with store.read() as session:
        with_pair = select(CaseMediator.case_id).where(CaseMediator.released_on.is_(None))
        for case_id, number, registered_on, intake_on in session.execute(
            select(Case.id, Case.number, Case.registered_on, Case.intake_on)
            .where(Case.status == CaseStatus.WAITING_FOR_PAIR, Case.id.not_in(with_pair))
        ):
            since = intake_on or registered_on
            items.append(TodoItem("waiting_for_pair", case_id, number, since, since))
        contact_kinds = (JournalKind.PHONE_CALL, JournalKind.EMAIL, JournalKind.LETTER,
                         JournalKind.MEETING, JournalKind.APPOINTMENT_PLANNED)
        contacted = select(JournalEntry.case_id).where(JournalEntry.kind.in_(contact_kinds))
        for case_id, number, registered_on in session.execute(
            select(Case.id, Case.number, Case.registered_on)
            .where(Case.status.in_((CaseStatus.REGISTERED, CaseStatus.INTAKE)),
                   Case.registered_on <= today - NOT_CONTACTED_AFTER,
                   Case.id.not_in(contacted))
        ):
            items.append(TodoItem("not_contacted", case_id, number, registered_on,
                                  registered_on + NOT_CONTACTED_AFTER))
        planned_follow_up = select(Appointment.case_id).where(
            Appointment.kind == AppointmentKind.FOLLOW_UP, not_cancelled())
        for case_id, number, joint in session.execute(
            select(Case.id, Case.number, Case.joint_session_on)
            .where(Case.status.in_((CaseStatus.JOINT_SESSION, CaseStatus.FOLLOW_UP)),
                   Case.joint_session_on.is_not(None), Case.follow_up_on.is_(None),
                   Case.id.not_in(planned_follow_up))
        ):
            due = joint + FOLLOW_UP_AFTER
            if due <= today + timedelta(days=14):
                items.append(TodoItem("follow_up_due", case_id, number, joint, due))
        for missing in missing_outcomes(session, now):
            day = missing.starts_at.date()
            items.append(TodoItem("outcome_missing", missing.case_id, missing.case_number,
                                  day, day, missing.appointment_id, missing.kind,
                                  missing.starts_at))
    return sorted(items, key=lambda item: (item.due, item.case_number))
