"""Invitations to intervisie meetings: the same calendar mail as for talks (iTIP
REQUEST, an update when the meeting changes, a CANCEL when it is called off or a
mediator is taken off it). What each calendar was told is kept on the attendee
row, so nothing goes out twice and a change after sending sends an update."""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.documents.letters.context import OrganisationInfo, clock, weekday_date
from desktop.mail import compose, outbox
from desktop.mail.settings import MailSettings, valid_address
from desktop.mail.talks import Attendee
from models import Mediator, Meeting, MeetingAttendee, format_name
from models.enums import MailPurpose

CANCELLED = "cancelled"  # the fingerprint once the calendar let go of it


def meeting_uid(meeting_id: int) -> str:
    return f"burenrust-meeting-{meeting_id}@burenrust.local"


def _event(meeting: Meeting, names: list[str]) -> compose.Event:
    title = meeting.title or "Intervisie"
    lines = [f"Wat: {title}",
             f"Wanneer: {weekday_date(meeting.starts_at.date(), 'nl')}, "
             f"{clock(meeting.starts_at, 'nl')}–{clock(meeting.ends_at, 'nl')} uur"]
    if meeting.place:
        lines.append(f"Waar: {meeting.place}")
    if names:
        lines.append("Met: " + ", ".join(names))
    return compose.Event(meeting_uid(meeting.id), f"Buurtbemiddeling: {title}",
                         meeting.starts_at, meeting.ends_at, meeting.place, "\n".join(lines))


def _fingerprint(event: compose.Event) -> str:
    parts = (event.title, event.starts_at.isoformat(), event.ends_at.isoformat(), event.place,
             event.description)
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def plan_meeting_invitations(session: Session, settings: MailSettings, now: datetime,
                             org: OrganisationInfo) -> int:
    if not settings.invitations:
        return 0
    queued = 0
    meetings = {m.id: m for m in session.scalars(select(Meeting).where(Meeting.starts_at > now))}
    if not meetings:
        return 0
    rows = session.execute(
        select(MeetingAttendee, Mediator)
        .join(Mediator, Mediator.id == MeetingAttendee.mediator_id)
        .where(MeetingAttendee.meeting_id.in_(list(meetings)))).all()
    names: dict[int, list[str]] = {}
    for attendee, mediator in rows:
        if not attendee.removed:
            names.setdefault(attendee.meeting_id, []).append(
                format_name(mediator.first_name, mediator.name_prefix, mediator.last_name))
    for attendee, mediator in rows:
        meeting = meetings[attendee.meeting_id]
        event = _event(meeting, sorted(names.get(meeting.id, []), key=str.casefold))
        person = Attendee("mediator", mediator.id,
                          format_name(mediator.first_name, mediator.name_prefix,
                                      mediator.last_name),
                          mediator.first_name, valid_address(mediator.email))
        gone = meeting.cancelled or attendee.removed
        told = bool(attendee.mail_fingerprint) and attendee.mail_fingerprint != CANCELLED
        if gone or (told and attendee.mail_address != person.address):
            if told:  # the calendar that has it lets go of it
                attendee.mail_sequence += 1
                old = Attendee("mediator", mediator.id, person.name, person.first_name,
                               attendee.mail_address)
                queued += _put(session, settings, org, event, old, attendee, now, cancel=True)
                attendee.mail_fingerprint = CANCELLED
            if gone:
                continue
        fingerprint = _fingerprint(event)
        if not person.address or attendee.mail_fingerprint == fingerprint:
            continue
        if attendee.mail_fingerprint:  # told before (or cancelled): an update
            attendee.mail_sequence += 1
        attendee.mail_address = person.address
        attendee.mail_fingerprint = fingerprint
        queued += _put(session, settings, org, event, person, attendee, now, cancel=False)
    return queued


def _put(session: Session, settings: MailSettings, org: OrganisationInfo,
         event: compose.Event, person: Attendee, attendee: MeetingAttendee, now: datetime,
         cancel: bool) -> int:
    message = compose.event_invitation(settings, org, event, "de intervisie", person,
                                       attendee.mail_sequence, cancel)
    purpose = MailPurpose.CANCELLATION if cancel else MailPurpose.INVITATION
    key = f"meeting-{purpose}:{attendee.meeting_id}:{attendee.mediator_id}:" \
          f"{attendee.mail_sequence}"
    return int(outbox.queue(session, message, purpose, case_id=None, appointment_id=None,
                            recipient_name=person.name, dedupe_key=key, now=now) is not None)
