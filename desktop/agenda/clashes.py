"""What clashes with an appointment: double bookings of a mediator or room,
outside someone's usual free time, absences and public holidays.

`find_conflicts` checks the one appointment being planned. `conflicts_of` does the
same for many at once (the agenda's week) in a handful of statements: asking
`find_conflicts` for each of a busy week's appointments cost about 2,000
statements, a second on the GUI thread."""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import (
    Appointment,
    AppointmentMediator,
    Mediator,
    MediatorAbsence,
    MediatorAvailability,
    Room,
    format_name,
)
from models.appointment import not_cancelled
from models.enums import DayPart, PlaceKind


def day_part(moment: datetime) -> str:
    if moment.hour < 12:
        return DayPart.MORNING
    if moment.hour < 18:
        return DayPart.AFTERNOON
    return DayPart.EVENING


@dataclass
class AppointmentInput:
    case_id: int
    kind: str
    starts_at: datetime
    ends_at: datetime
    place_kind: str
    room_id: int | None = None
    place_text: str = ""
    mediator_ids: list[int] = field(default_factory=list)
    party_roles: list[str] = field(default_factory=list)
    notes: str = ""


@dataclass(frozen=True)
class Conflict:
    code: str  # mediator_busy, room_busy, outside_availability, absent, holiday
    detail: str


def holiday_name(day: date) -> str | None:
    return _holidays(day.year).get(day)


@lru_cache(maxsize=8)
def _holidays(year: int):
    import holidays  # loaded when first needed

    # In Dutch whatever the PC's locale (without `language` the names may be English).
    return holidays.country_holidays("NL", years=year, language="nl")


def find_conflicts(session: Session, data: AppointmentInput,
                   exclude_id: int | None = None) -> list[Conflict]:
    conflicts: list[Conflict] = []
    overlapping = select(Appointment).where(
        Appointment.starts_at < data.ends_at, Appointment.ends_at > data.starts_at,
        not_cancelled(),
    )
    if exclude_id is not None:
        overlapping = overlapping.where(Appointment.id != exclude_id)
    names = {
        m.id: format_name(m.first_name, m.name_prefix, m.last_name)
        for m in session.scalars(select(Mediator).where(Mediator.id.in_(data.mediator_ids)))
    }
    if data.mediator_ids:
        busy = session.execute(
            overlapping.with_only_columns(AppointmentMediator.mediator_id, Appointment.starts_at)
            .join(AppointmentMediator, AppointmentMediator.appointment_id == Appointment.id)
            .where(AppointmentMediator.mediator_id.in_(data.mediator_ids))
        ).all()
        for mediator_id, starts_at in busy:
            conflicts.append(Conflict("mediator_busy",
                                      f"{names.get(mediator_id, '')} {starts_at:%H:%M}"))
    if data.place_kind == PlaceKind.ROOM and data.room_id is not None:
        taken = session.execute(
            overlapping.with_only_columns(Appointment.starts_at)
            .where(Appointment.room_id == data.room_id)
        ).all()
        room = session.get(Room, data.room_id)
        for (starts_at,) in taken:
            conflicts.append(Conflict("room_busy",
                                      f"{room.name if room else ''} {starts_at:%H:%M}"))
    part, weekday, day = day_part(data.starts_at), data.starts_at.weekday(), data.starts_at.date()
    for mediator_id in data.mediator_ids:
        free = session.scalar(select(func.count()).where(
            MediatorAvailability.mediator_id == mediator_id,
            MediatorAvailability.weekday == weekday, MediatorAvailability.part == part))
        if not free:
            conflicts.append(Conflict("outside_availability", names.get(mediator_id, "")))
        absent = session.scalar(select(func.count()).where(
            MediatorAbsence.mediator_id == mediator_id,
            MediatorAbsence.starts_on <= day, MediatorAbsence.ends_on >= day))
        if absent:
            conflicts.append(Conflict("absent", names.get(mediator_id, "")))
    if (holiday := holiday_name(day)) is not None:
        conflicts.append(Conflict("holiday", holiday))
    return conflicts


class _Booked:
    __slots__ = ("ends_at", "id", "mediators", "room_id", "starts_at")

    def __init__(self, id_: int, starts_at: datetime, ends_at: datetime,
                 room_id: int | None) -> None:
        self.id, self.starts_at, self.ends_at, self.room_id = id_, starts_at, ends_at, room_id
        self.mediators: set[int] = set()


def conflicts_of(session: Session, appointments: Sequence[Appointment]
                 ) -> dict[int, tuple[Conflict, ...]]:
    """Each appointment's clashes with every other planned appointment, as
    `find_conflicts(…, exclude_id=appointment.id)` would give them."""
    if not appointments:
        return {}
    first = min(a.starts_at for a in appointments)
    last = max(a.ends_at for a in appointments)
    booked: dict[int, _Booked] = {
        row.id: _Booked(row.id, row.starts_at, row.ends_at, row.room_id)
        for row in session.execute(
            select(Appointment.id, Appointment.starts_at, Appointment.ends_at,
                   Appointment.room_id)
            .where(Appointment.starts_at < last, Appointment.ends_at > first, not_cancelled())
        )
    }
    for appointment_id, mediator_id in session.execute(
        select(AppointmentMediator.appointment_id, AppointmentMediator.mediator_id)
        .join(Appointment, Appointment.id == AppointmentMediator.appointment_id)
        .where(Appointment.starts_at < last, Appointment.ends_at > first, not_cancelled())
    ):
        booked[appointment_id].mediators.add(mediator_id)
    by_start = sorted(booked.values(), key=lambda b: (b.starts_at, b.id))
    starts = [b.starts_at for b in by_start]
    longest = max((b.ends_at - b.starts_at for b in by_start), default=timedelta(0))

    mediator_ids = {link.mediator_id for a in appointments for link in a.mediators}
    names = {
        m.id: format_name(m.first_name, m.name_prefix, m.last_name)
        for m in session.scalars(select(Mediator).where(Mediator.id.in_(mediator_ids)))
    }
    free = {tuple(row) for row in session.execute(
        select(MediatorAvailability.mediator_id, MediatorAvailability.weekday,
               MediatorAvailability.part)
        .where(MediatorAvailability.mediator_id.in_(mediator_ids))
    )}
    absences: dict[int, list[tuple]] = defaultdict(list)
    for mediator_id, starts_on, ends_on in session.execute(
        select(MediatorAbsence.mediator_id, MediatorAbsence.starts_on, MediatorAbsence.ends_on)
        .where(MediatorAbsence.mediator_id.in_(mediator_ids),
               MediatorAbsence.starts_on <= last.date(), MediatorAbsence.ends_on >= first.date())
    ):
        absences[mediator_id].append((starts_on, ends_on))
    rooms = {r.id: r.name for r in session.scalars(select(Room))}

    result: dict[int, tuple[Conflict, ...]] = {}
    for a in appointments:
        ids = sorted(link.mediator_id for link in a.mediators)
        # Only those starting between (its start - the longest) and its end can overlap.
        window = by_start[bisect_left(starts, a.starts_at - longest):
                          bisect_left(starts, a.ends_at)]
        overlapping = [b for b in window
                       if b.ends_at > a.starts_at and b.id != a.id]
        conflicts = [
            Conflict("mediator_busy", f"{names.get(m, '')} {b.starts_at:%H:%M}")
            for b in overlapping for m in ids if m in b.mediators
        ]
        if a.place_kind == PlaceKind.ROOM and a.room_id is not None:
            conflicts += [Conflict("room_busy", f"{rooms.get(a.room_id, '')} {b.starts_at:%H:%M}")
                          for b in overlapping if b.room_id == a.room_id]
        part, weekday, day = day_part(a.starts_at), a.starts_at.weekday(), a.starts_at.date()
        for m in ids:
            if (m, weekday, part) not in free:
                conflicts.append(Conflict("outside_availability", names.get(m, "")))
            if any(start <= day <= end for start, end in absences.get(m, ())):
                conflicts.append(Conflict("absent", names.get(m, "")))
        if (holiday := holiday_name(day)) is not None:
            conflicts.append(Conflict("holiday", holiday))
        result[a.id] = tuple(conflicts)
    return result
