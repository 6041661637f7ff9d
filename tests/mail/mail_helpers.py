"""A case with a pair and a party who chose e-mail, for the mail tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from icalendar import Calendar

from desktop.agenda.appointments import AppointmentInput, save_appointment
from desktop.cases.detail import change_status, get_case
from desktop.cases.registration import register_case
from desktop.mediators.planning import assign_pair
from tests.conftest import sample_case
from tests.mail.smtp_server import Received
from tests.mediator_helpers import mediator

NOW = datetime(2026, 11, 25, 12, 0)  # a Wednesday
TUESDAY = datetime(2026, 12, 1, 10, 0)  # "next Tuesday"
STORY = "Harde muziek na middernacht."


@dataclass
class Planned:
    case_id: int
    a: int
    b: int
    appointment_id: int


def planned_talk(store, start: datetime = TUESDAY, party_by_email: bool = True,
                 b_email: str = "kim@bemiddelaars.nl") -> Planned:
    data = sample_case(store)
    data.parties[0].by_email = party_by_email
    ref = register_case(store, data)
    change_status(store, ref.id, get_case(store, ref.id).version, "waiting_for_pair",
                  on=date(2026, 11, 20))
    a = mediator(store, "Jansen", first_name="Sam", email="sam@bemiddelaars.nl")
    b = mediator(store, "Bakker", "7412 AA", first_name="Kim", email=b_email)
    assign_pair(store, ref.id, None, (a, b))
    appointment_id = save_appointment(store, None, talk(ref.id, a, b, start), confirmed=True)
    return Planned(ref.id, a, b, appointment_id)


def talk(case_id: int, a: int, b: int, start: datetime, **extra) -> AppointmentInput:
    values = {"place_kind": "home_a", "mediator_ids": [a, b], "party_roles": ["A"]}
    values.update(extra)
    return AppointmentInput(case_id, "talk_a", start, start + timedelta(hours=1), **values)


def event_of(received: Received):
    """The message's calendar part, parsed by icalendar, with the part's method."""
    message = received.message()
    [part] = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
    calendar = Calendar.from_ical(part.get_content())
    [event] = calendar.walk("VEVENT")
    return part.get_param("method"), calendar, event


def to(received: Received) -> str:
    return received.recipients[0]
