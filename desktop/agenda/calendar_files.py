"""Calendar files (.ics, RFC 5545) for appointments, in Europe/Amsterdam time
with the time zone written into the file, so Outlook and Google Calendar
place them right. Descriptions carry no more than the mediator needs."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from desktop.agenda.appointments import AppointmentView, get_appointment, mediator_appointments
from desktop.data.store import Store

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
PRODUCT = "-//Burenrust//Buurtbemiddeling//NL"
KIND_TITLES = {
    "intake": "intakegesprek",
    "talk_a": "gesprek met partij A",
    "talk_b": "gesprek met partij B",
    "joint_session": "bemiddelingsgesprek",
    "follow_up": "nazorggesprek",
    "other": "afspraak",
}


def event_uid(appointment_id: int) -> str:
    """One UID per appointment, in exported files and in invitations alike, so a
    calendar that has the one recognises the other."""
    return f"burenrust-appointment-{appointment_id}@burenrust.local"


def _event(appointment: AppointmentView, stamp: datetime):
    from icalendar import Event

    event = Event()
    event.add("uid", event_uid(appointment.id))
    event.add("dtstamp", stamp)
    event.add("sequence", appointment.version)
    # A cancelled appointment stays in the file as cancelled: a calendar that imported
    # it before then takes it out, rather than keeping a talk that will not happen.
    event.add("status", "CANCELLED" if appointment.cancelled else "CONFIRMED")
    event.add("dtstart", appointment.starts_at.replace(tzinfo=AMSTERDAM))
    event.add("dtend", appointment.ends_at.replace(tzinfo=AMSTERDAM))
    title = KIND_TITLES.get(appointment.kind, "afspraak")
    event.add("summary", f"Buurtbemiddeling {appointment.case_number}: {title}")
    if appointment.place:
        event.add("location", appointment.place)
    lines = []
    if appointment.mediators:
        lines.append("Bemiddelaars: " + " & ".join(appointment.mediators))
    if appointment.notes:
        lines.append(appointment.notes)
    if lines:
        event.add("description", "\n".join(lines))
    return event


def _calendar(appointments: list[AppointmentView], name: str) -> bytes:
    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    stamp = datetime.now(UTC).replace(microsecond=0)
    for appointment in appointments:
        calendar.add_component(_event(appointment, stamp))
    calendar.add_missing_timezones()  # a VTIMEZONE for Europe/Amsterdam
    return calendar.to_ical()


def appointment_ics(store: Store, appointment_id: int) -> bytes:
    appointment = get_appointment(store, appointment_id)
    return _calendar([appointment], f"Buurtbemiddeling {appointment.case_number}")


def mediator_ics(store: Store, mediator_id: int, since: datetime | None = None) -> bytes:
    appointments = mediator_appointments(store, mediator_id, since)
    return _calendar(appointments, "Buurtbemiddeling")
