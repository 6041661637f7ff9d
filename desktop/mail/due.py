"""What should go out now: invitations (and their updates and cancellations) for
the appointments ahead, reminders whose day has come, then the outbox is sent.

Run by the program every few minutes and by `burenrust mail send-due` (the task
scheduler). It works from what is in the database, not from what happened while
it was closed, so it catches up after a pause and never queues a thing twice
(MailInvitation keeps what each calendar was told; reminders carry a dedupe key)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.agenda.appointments import TodoItem
from desktop.data.store import Store
from desktop.documents.letters.context import OrganisationInfo
from desktop.mail import compose, outbox
from desktop.mail import settings as mail_settings
from desktop.mail.settings import MailSettings
from desktop.mail.talks import Attendee, Talk, load_talks
from models import (
    Appointment,
    AppointmentMediator,
    Case,
    MailInvitation,
    Mediator,
    Organisation,
    OutboxMessage,
    format_name,
)
from models.enums import MailPurpose, OutboxState

# Mediators without an address are named in Te doen for talks this close.
TODO_HORIZON = timedelta(days=14)


def _ahead(session: Session, now: datetime, until: datetime | None = None
           ) -> list[Appointment]:
    statement = select(Appointment).where(Appointment.starts_at > now)
    if until is not None:
        statement = statement.where(Appointment.starts_at < until)
    return list(session.scalars(statement.order_by(Appointment.starts_at, Appointment.id)))


def _supersede(session: Session, appointment_id: int, address: str) -> None:
    """An older invitation still waiting for the same calendar is not sent any more:
    the newer one says it all (and a higher SEQUENCE wins anyway)."""
    for row in session.scalars(select(OutboxMessage).where(
            OutboxMessage.appointment_id == appointment_id,
            OutboxMessage.to_address == address,
            OutboxMessage.purpose.in_((MailPurpose.INVITATION, MailPurpose.CANCELLATION)),
            OutboxMessage.state.in_((OutboxState.QUEUED, OutboxState.FAILED)))):
        row.state = OutboxState.DROPPED
        row.last_error = "superseded"
        row.content = None


def plan_invitations(session: Session, settings: MailSettings, now: datetime) -> int:
    """Queue what the pair's calendars need for the appointments ahead."""
    if not settings.invitations:
        return 0
    org = None
    queued = 0
    appointments = _ahead(session, now)
    talks = {t.id: t for t in load_talks(session, appointments)}
    sent = {(i.appointment_id, i.mediator_id): i for i in session.scalars(
        select(MailInvitation).where(MailInvitation.appointment_id.in_(list(talks))))}

    def put(talk: Talk, mediator: Attendee, invitation: MailInvitation, cancel: bool) -> None:
        nonlocal org, queued
        if org is None:
            org = _organisation(session)
        _supersede(session, talk.id, mediator.address)
        message = compose.invitation(settings, org, talk, mediator, invitation.sequence, cancel)
        purpose = MailPurpose.CANCELLATION if cancel else MailPurpose.INVITATION
        key = f"{purpose}:{talk.id}:{mediator.id}:{invitation.sequence}"
        if outbox.queue(session, message, purpose, case_id=talk.case_id,
                        appointment_id=talk.id, recipient_name=mediator.name,
                        dedupe_key=key, now=now) is not None:
            queued += 1

    for talk in talks.values():
        on_it = {m.id: m for m in talk.mediators}
        for mediator in talk.mediators:
            if not mediator.address or talk.cancelled:
                continue
            fingerprint = compose.fingerprint(talk)
            invitation = sent.get((talk.id, mediator.id))
            if invitation is None:
                invitation = MailInvitation(appointment_id=talk.id, mediator_id=mediator.id,
                                            address=mediator.address, sequence=0,
                                            fingerprint=fingerprint, cancelled=False)
                session.add(invitation)
            elif (invitation.fingerprint == fingerprint and not invitation.cancelled
                  and invitation.address == mediator.address):
                continue
            else:
                if invitation.address != mediator.address and not invitation.cancelled:
                    # The old address's calendar lets go of it first.
                    old = replace(mediator, address=invitation.address)
                    invitation.sequence += 1
                    put(talk, old, invitation, cancel=True)
                invitation.sequence += 1
                invitation.fingerprint = fingerprint
                invitation.address = mediator.address
                invitation.cancelled = False
            put(talk, mediator, invitation, cancel=False)
        # Cancelled, or this mediator was taken off it: their calendar lets go.
        for (appointment_id, mediator_id), invitation in sent.items():
            if appointment_id != talk.id or invitation.cancelled:
                continue
            if talk.cancelled or mediator_id not in on_it:
                invitation.sequence += 1
                invitation.cancelled = True
                known = on_it.get(mediator_id)
                gone = _former(session, mediator_id, invitation.address, known)
                put(talk, gone, invitation, cancel=True)
    return queued


def _organisation(session: Session) -> OrganisationInfo:
    """The name and phone number the messages are signed with."""
    row = session.get(Organisation, 1)
    if row is None:
        return OrganisationInfo()
    return OrganisationInfo(row.name, row.street, row.postcode, row.town, row.phone, row.email)


def _former(session: Session, mediator_id: int, address: str,
            known: Attendee | None) -> Attendee:
    if known is not None:
        return replace(known, address=address)
    mediator = session.get(Mediator, mediator_id)
    name = format_name(mediator.first_name, mediator.name_prefix, mediator.last_name) \
        if mediator else ""
    return Attendee("mediator", mediator_id, name, mediator.first_name if mediator else "",
                    address)


def reminder_due_at(settings: MailSettings, starts_at: datetime) -> datetime:
    day = starts_at.date() - timedelta(days=settings.reminder_days)
    return datetime.combine(day, time(settings.reminder_hour))


def plan_reminders(session: Session, settings: MailSettings, now: datetime) -> int:
    """Reminders whose moment has come for talks that have not begun; also when the
    program was closed at that moment (caught up), and never twice (dedupe key)."""
    if settings.reminder_days <= 0:
        return 0
    until = datetime.combine(now.date() + timedelta(days=settings.reminder_days + 1), time.min)
    appointments = [a for a in _ahead(session, now, until) if a.outcome != "cancelled"]
    if not appointments:
        return 0
    org = _organisation(session)
    queued = 0
    for talk in load_talks(session, appointments):
        if reminder_due_at(settings, talk.starts_at) > now:
            continue
        people = list(talk.mediators) + (list(talk.parties) if settings.remind_parties else [])
        for attendee in people:
            if not attendee.address:
                continue
            key = (f"reminder:{talk.id}:{attendee.kind[0]}{attendee.id}:"
                   f"{talk.starts_at.isoformat(timespec='minutes')}")
            message = compose.reminder(settings, org, talk, attendee)
            if outbox.queue(session, message, MailPurpose.REMINDER, case_id=talk.case_id,
                            appointment_id=talk.id, recipient_name=attendee.name,
                            dedupe_key=key, now=now) is not None:
                queued += 1
    return queued


def plan(store: Store, settings: MailSettings, now: datetime) -> int:
    if not settings.ready:
        return 0
    from desktop.mail.meetings import plan_meeting_invitations

    with store.unit() as session:
        return (plan_invitations(session, settings, now) + plan_reminders(session, settings, now)
                + plan_meeting_invitations(session, settings, now, _organisation(session)))


def send_due(store: Store, data_dir: Path, now: datetime | None = None) -> outbox.SendReport:
    """Queue what is due, then send the outbox (with the password from the keyring)."""
    settings = mail_settings.load(data_dir)
    now = now or datetime.now().replace(microsecond=0)
    if not settings.ready:
        return outbox.SendReport(error="not_configured")
    queued = plan(store, settings, now)
    password = mail_settings.password(data_dir, settings) if settings.user else ""
    report = outbox.send_queued(store, settings, password, now)
    return replace(report, queued=queued)


# -- Te doen -----------------------------------------------------------------------------------
def mail_todo(store: Store, data_dir: Path, today: date | None = None,
              now: datetime | None = None) -> list[TodoItem]:
    """Mediators on a talk soon who cannot get an invitation (no e-mail address), and
    messages the outbox could not deliver."""
    settings = mail_settings.load(data_dir)
    if not settings.ready:
        return []
    now = now or datetime.now()
    today = today or now.date()
    items: list[TodoItem] = []
    with store.read() as session:
        if settings.invitations:
            appointments = [a for a in session.scalars(
                select(Appointment).options(selectinload(Appointment.mediators))
                .where(Appointment.starts_at > now,
                       Appointment.starts_at < now + TODO_HORIZON,
                       Appointment.id.in_(select(AppointmentMediator.appointment_id))))
                if a.outcome != "cancelled"]
            for talk in load_talks(session, appointments):
                for mediator in talk.mediators:
                    if not mediator.address:
                        items.append(TodoItem(
                            "mediator_without_email", talk.case_id, talk.case_number,
                            today, talk.starts_at.date(), talk.id, talk.kind, talk.starts_at,
                            who=mediator.name))
        for row, number in session.execute(
                select(OutboxMessage, Case.number)
                .outerjoin(Case, Case.id == OutboxMessage.case_id)
                .where(OutboxMessage.state.in_(outbox.NEEDS_ATTENTION))):
            items.append(TodoItem(
                "mail_failed", row.case_id or 0, number or "", row.created_at.date(), today,
                row.appointment_id, "", None, who=row.recipient_name or row.to_address,
                detail=row.last_error))
    return items
