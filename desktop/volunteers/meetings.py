"""Intervisie: meetings of a group of mediators, planned in the agenda, the
invitation sent by e-mail (desktop.mail.meetings), and afterwards who came."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.data.errors import FieldError, NotFound, RuleViolation, ValidationFailed
from desktop.data.store import Store
from desktop.data.value_guard import date_errors, field_errors
from models import Mediator, Meeting, MeetingAttendee, format_name

DEFAULT_TITLE = "Intervisie"
MAX_HOURS = 12


@dataclass(frozen=True)
class MeetingInput:
    starts_at: datetime | None
    ends_at: datetime | None
    mediator_ids: frozenset[int]
    title: str = DEFAULT_TITLE
    place: str = ""
    notes: str = ""


@dataclass(frozen=True)
class Attendee:
    mediator_id: int
    name: str
    attended: bool | None


@dataclass(frozen=True)
class MeetingView:
    id: int
    title: str
    starts_at: datetime
    ends_at: datetime
    place: str
    notes: str
    cancelled: bool
    attendees: list[Attendee] = field(default_factory=list)

    @property
    def attendance_open(self) -> bool:
        """Held, and who came not yet recorded for everyone."""
        return (not self.cancelled and self.ends_at <= datetime.now()
                and any(a.attended is None for a in self.attendees))


def validate_meeting(values: MeetingInput) -> list[FieldError]:
    errors: list[FieldError] = []
    if values.starts_at is None:
        errors.append(FieldError("meeting.starts_at", "date_required"))
    if values.ends_at is None:
        errors.append(FieldError("meeting.ends_at", "time_required"))
    if values.starts_at and values.ends_at:
        if values.ends_at <= values.starts_at:
            errors.append(FieldError("meeting.ends_at", "end_before_start"))
        elif values.ends_at - values.starts_at > timedelta(hours=MAX_HOURS):
            errors.append(FieldError("meeting.ends_at", "out_of_range"))
        errors += date_errors({"starts_at": values.starts_at.date()}, "meeting.")
    if not values.mediator_ids:
        errors.append(FieldError("meeting.mediators", "mediators_required"))
    errors += field_errors(Meeting, {"title": values.title.strip(),
                                     "place": values.place.strip(),
                                     "notes": values.notes.strip()}, "meeting.")
    return errors


def _load(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound(str(meeting_id))
    return meeting


def save_meeting(store: Store, meeting_id: int | None, values: MeetingInput) -> int:
    errors = validate_meeting(values)
    if errors:
        raise ValidationFailed(errors)
    with store.unit() as session:
        known = set(session.scalars(select(Mediator.id).where(
            Mediator.id.in_(list(values.mediator_ids)))))
        if known != set(values.mediator_ids):
            raise NotFound("mediator")
        meeting = Meeting(kind="intervisie") if meeting_id is None \
            else _load(session, meeting_id)
        if meeting_id is None:
            session.add(meeting)
        meeting.title = values.title.strip() or DEFAULT_TITLE
        meeting.starts_at = values.starts_at
        meeting.ends_at = values.ends_at
        meeting.place = values.place.strip()
        meeting.notes = values.notes.strip()
        session.flush()
        present = {a.mediator_id: a for a in session.scalars(
            select(MeetingAttendee).where(MeetingAttendee.meeting_id == meeting.id))}
        for mediator_id, attendee in present.items():
            # Taken off: kept as removed, so desktop.mail.meetings can tell their calendar.
            attendee.removed = mediator_id not in values.mediator_ids
        for mediator_id in values.mediator_ids - set(present):
            session.add(MeetingAttendee(meeting_id=meeting.id, mediator_id=mediator_id,
                                        removed=False))
        return meeting.id


def cancel_meeting(store: Store, meeting_id: int) -> None:
    with store.unit() as session:
        _load(session, meeting_id).cancelled = True


def record_attendance(store: Store, meeting_id: int, attended: dict[int, bool | None]) -> None:
    with store.unit() as session:
        meeting = _load(session, meeting_id)
        if meeting.starts_at > datetime.now():
            raise RuleViolation("meeting_not_held_yet")
        for attendee in session.scalars(
                select(MeetingAttendee).where(MeetingAttendee.meeting_id == meeting_id)):
            if attendee.mediator_id in attended and not attendee.removed:
                attendee.attended = attended[attendee.mediator_id]


def _views(session: Session, meetings: list[Meeting]) -> list[MeetingView]:
    ids = [m.id for m in meetings]
    people: dict[int, list[Attendee]] = {i: [] for i in ids}
    if ids:
        for meeting_id, mediator_id, attended, first, prefix, last in session.execute(
                select(MeetingAttendee.meeting_id, MeetingAttendee.mediator_id,
                       MeetingAttendee.attended, Mediator.first_name, Mediator.name_prefix,
                       Mediator.last_name)
                .join(Mediator, Mediator.id == MeetingAttendee.mediator_id)
                .where(MeetingAttendee.meeting_id.in_(ids),
                       MeetingAttendee.removed.is_(False))):
            people[meeting_id].append(Attendee(mediator_id, format_name(first, prefix, last),
                                               attended))
    return [MeetingView(m.id, m.title, m.starts_at, m.ends_at, m.place, m.notes, m.cancelled,
                        sorted(people[m.id], key=lambda a: a.name.casefold()))
            for m in meetings]


def meetings_between(session: Session, first: date, last: date) -> list[MeetingView]:
    meetings = list(session.scalars(
        select(Meeting).where(Meeting.starts_at >= datetime.combine(first, datetime.min.time()),
                              Meeting.starts_at < datetime.combine(last + timedelta(days=1),
                                                                   datetime.min.time()))
        .order_by(Meeting.starts_at, Meeting.id)))
    return _views(session, meetings)


def get_meeting(store: Store, meeting_id: int) -> MeetingView:
    with store.read() as session:
        return _views(session, [_load(session, meeting_id)])[0]


def attendance_to_record(session: Session, now: datetime) -> list[MeetingView]:
    """Meetings held (not cancelled) with somebody's attendance not yet recorded."""
    waiting = select(MeetingAttendee.meeting_id).where(MeetingAttendee.attended.is_(None),
                                                       MeetingAttendee.removed.is_(False))
    meetings = list(session.scalars(
        select(Meeting).where(Meeting.ends_at <= now, Meeting.cancelled.is_(False),
                              Meeting.id.in_(waiting)).order_by(Meeting.starts_at)))
    return _views(session, meetings)


def missed_in_a_row(session: Session, now: datetime) -> dict[int, tuple[int, date]]:
    """Per mediator: how many of their latest recorded meetings they missed in a row,
    and the date of the last one missed (only mediators who missed the latest)."""
    rows = session.execute(
        select(MeetingAttendee.mediator_id, MeetingAttendee.attended, Meeting.starts_at)
        .join(Meeting, Meeting.id == MeetingAttendee.meeting_id)
        .where(Meeting.cancelled.is_(False), Meeting.starts_at <= now,
               MeetingAttendee.removed.is_(False), MeetingAttendee.attended.is_not(None))
        .order_by(MeetingAttendee.mediator_id, Meeting.starts_at.desc())).all()
    streaks: dict[int, tuple[int, date]] = {}
    done: set[int] = set()
    for mediator_id, attended, starts_at in rows:
        if mediator_id in done:
            continue
        if attended:
            done.add(mediator_id)
            continue
        count, last = streaks.get(mediator_id, (0, starts_at.date()))
        streaks[mediator_id] = (count + 1, last)
    return streaks


def attendance_to_record_for(store: Store) -> list[MeetingView]:
    with store.read() as session:
        return attendance_to_record(session, datetime.now())
