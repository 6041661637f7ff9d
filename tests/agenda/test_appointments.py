from datetime import date, datetime, timedelta

import pytest
from icalendar import Calendar
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desktop.agenda.appointments import (
    AppointmentInput,
    NeedsConfirmation,
    cancel_appointment,
    case_appointments,
    save_appointment,
    save_room,
    todo,
    week_appointments,
    week_of,
)
from desktop.agenda.calendar_files import appointment_ics, mediator_ics
from desktop.agenda.clashes import Conflict, find_conflicts
from desktop.agenda.outcomes import record_outcome
from desktop.cases.detail import add_journal_entry, change_status, get_case
from desktop.cases.registration import register_case
from desktop.data.errors import ValidationFailed
from desktop.mediators.planning import assign_pair
from desktop.mediators.register import add_absence
from tests.conftest import sample_case
from tests.mediator_helpers import mediator, waiting_case

# Run on SQLite and, when a server is given, on PostgreSQL (tests/conftest.py).
BOTH_DATABASES = True

MONDAY = date(2026, 11, 30)  # a Monday; the helpers' mediators are free Mon-Wed evenings


def evening(day: date, hour: int = 19, minutes: int = 30) -> datetime:
    return datetime.combine(day, datetime.min.time()).replace(hour=hour, minute=minutes)


@pytest.fixture
def setup(store):
    case_id = waiting_case(store)
    a, b = mediator(store, "Een", "7411 AA"), mediator(store, "Twee", "7412 AA")
    assign_pair(store, case_id, None, (a, b))
    room = save_room(store, None, "Wijkcentrum De Pol", "Polstraat 1, Zwolle")
    return case_id, a, b, room


def talk(case_id, a, b, start, **extra) -> AppointmentInput:
    values = {"place_kind": "home_a", "mediator_ids": [a, b], "party_roles": ["A"]}
    values.update(extra)
    return AppointmentInput(case_id, "talk_a", start, start + timedelta(hours=1), **values)


def test_plan_an_appointment_and_see_it_in_the_week_and_journal(store, setup):
    case_id, a, b, _room = setup
    save_appointment(store, None, talk(case_id, a, b, evening(MONDAY)))
    [view] = week_appointments(store, MONDAY)
    assert view.case_id == case_id and view.place == "Dorpstraat 12, 8011 AB Zwolle"
    assert view.mediators == ("Sam Een", "Sam Twee") and view.conflicts == ()
    assert week_appointments(store, MONDAY, mediator_id=a) == [view]
    assert week_appointments(store, MONDAY + timedelta(days=7)) == []
    journal = get_case(store, case_id).journal
    assert (journal[-1].kind, journal[-1].text) == (
        "appointment_planned", f"talk_a|{evening(MONDAY).isoformat(timespec='minutes')}")


def test_clashes_need_confirming(store, setup):
    case_id, a, b, room = setup
    save_appointment(store, None, talk(case_id, a, b, evening(MONDAY), place_kind="room",
                                       room_id=room))
    # Same mediators, same room, half an hour later: both double booked.
    clash = talk(case_id, a, b, evening(MONDAY, 20, 0), place_kind="room", room_id=room)
    with pytest.raises(NeedsConfirmation) as raised:
        save_appointment(store, None, clash)
    codes = [c.code for c in raised.value.conflicts]
    assert codes.count("mediator_busy") == 2 and "room_busy" in codes
    assert len(case_appointments(store, case_id)) == 1
    save_appointment(store, None, clash, confirmed=True)
    assert len(case_appointments(store, case_id)) == 2
    assert all(v.conflicts for v in week_appointments(store, MONDAY))


def test_outside_free_time_absence_and_holiday(store, setup):
    case_id, a, b, _room = setup
    saturday_morning = datetime(2026, 12, 5, 10, 0)
    with pytest.raises(NeedsConfirmation) as raised:
        save_appointment(store, None, talk(case_id, a, b, saturday_morning))
    assert [c.code for c in raised.value.conflicts] == ["outside_availability"] * 2
    add_absence(store, a, date(2026, 12, 7), date(2026, 12, 9), "vakantie")
    with pytest.raises(NeedsConfirmation) as raised:
        save_appointment(store, None, talk(case_id, a, b, evening(date(2026, 12, 7))))
    assert [c.code for c in raised.value.conflicts] == ["absent"]
    christmas = evening(date(2026, 12, 25))  # a Friday and Eerste Kerstdag
    with pytest.raises(NeedsConfirmation) as raised:
        save_appointment(store, None, talk(case_id, a, b, christmas))
    assert Conflict("holiday", "Eerste kerstdag") in raised.value.conflicts  # in Dutch


def test_invalid_appointments_are_refused(store, setup):
    case_id, a, b, _room = setup
    bad = talk(case_id, a, b, evening(MONDAY))
    bad.ends_at = bad.starts_at - timedelta(minutes=5)
    with pytest.raises(ValidationFailed):
        save_appointment(store, None, bad)
    no_room = talk(case_id, a, b, evening(MONDAY), place_kind="room")
    with pytest.raises(ValidationFailed):
        save_appointment(store, None, no_room)


def test_change_and_cancel_are_journalled(store, setup):
    case_id, a, b, _room = setup
    appointment_id = save_appointment(store, None, talk(case_id, a, b, evening(MONDAY)))
    moved = talk(case_id, a, b, evening(MONDAY + timedelta(days=1)))
    save_appointment(store, appointment_id, moved)
    [view] = case_appointments(store, case_id)
    assert view.starts_at == evening(MONDAY + timedelta(days=1))
    cancel_appointment(store, appointment_id, "party_b")
    # Kept for the record, with who called it off; it no longer books anyone.
    [view] = case_appointments(store, case_id)
    assert (view.outcome, view.outcome_by, view.cancelled) == ("cancelled", "party_b", True)
    assert week_appointments(store, week_of(view.starts_at.date())) == []
    save_appointment(store, None, moved)  # no NeedsConfirmation: the time is free again
    journal = get_case(store, case_id).journal
    assert [e.kind for e in journal][-3:-1] == ["appointment_changed", "appointment_cancelled"]
    assert journal[-2].text.endswith("|party_b")


def test_calendar_files_import_as_amsterdam_time(store, setup):
    case_id, a, b, _room = setup
    appointment_id = save_appointment(store, None, talk(case_id, a, b, evening(MONDAY)))
    calendar = Calendar.from_ical(appointment_ics(store, appointment_id))
    [event] = calendar.walk("VEVENT")
    start = event.decoded("dtstart")
    assert str(start.tzinfo) == "Europe/Amsterdam" and (start.hour, start.minute) == (19, 30)
    assert start.utcoffset() == timedelta(hours=1)  # winter time
    assert calendar.walk("VTIMEZONE")[0]["TZID"] == "Europe/Amsterdam"
    assert "gesprek met partij A" in str(event["SUMMARY"])
    assert str(event["LOCATION"]) == "Dorpstraat 12, 8011 AB Zwolle"
    summer = save_appointment(store, None, talk(case_id, a, b, evening(date(2027, 6, 7))))
    feed = Calendar.from_ical(mediator_ics(store, a))
    assert len(feed.walk("VEVENT")) == 2
    june = next(e for e in feed.walk("VEVENT") if e["UID"].startswith(
        f"burenrust-appointment-{summer}@"))
    assert june.decoded("dtstart").utcoffset() == timedelta(hours=2)


def test_things_to_do(store):
    today = date.today()
    waiting = waiting_case(store)
    quiet = register_case(store, sample_case(store, registered_on=today - timedelta(days=9)))
    called = register_case(store, sample_case(store, registered_on=today - timedelta(days=9)))
    add_journal_entry(store, called.id, "phone_call", "A gebeld")
    joint = register_case(store, sample_case(store, registered_on=today - timedelta(days=60)))
    change_status(store, joint.id, get_case(store, joint.id).version, "joint_session")
    held = save_appointment(store, None, AppointmentInput(
        joint.id, "joint_session", evening(today - timedelta(weeks=5)),
        evening(today - timedelta(weeks=5), 21), "office"), confirmed=True)
    missing = save_appointment(store, None, AppointmentInput(
        joint.id, "talk_a", evening(today - timedelta(weeks=6)),
        evening(today - timedelta(weeks=6), 20), "office"), confirmed=True)
    # Nobody said yet how the joint session went: that is to do, not a follow-up.
    items = {(i.code, i.case_id, i.appointment_id) for i in todo(store)}
    assert ("outcome_missing", joint.id, held) in items
    assert ("outcome_missing", joint.id, missing) in items
    assert not any(code == "follow_up_due" for code, *_rest in items)
    record_outcome(store, held, "held")
    assert get_case(store, joint.id).joint_session_on == (today - timedelta(weeks=5))
    items = {(i.code, i.case_id) for i in todo(store)}
    assert ("waiting_for_pair", waiting) in items
    assert ("not_contacted", quiet.id) in items
    assert ("not_contacted", called.id) not in items
    assert ("follow_up_due", joint.id) in items
    assert week_of(date(2026, 12, 3)) == MONDAY


def test_the_weeks_clashes_in_bulk_match_the_one_by_one_check(store, setup):
    """The agenda's week asks `conflicts_of` for all appointments at once; each
    answer must equal what `find_conflicts` says for that appointment alone."""
    from collections import Counter

    from desktop.agenda.clashes import conflicts_of
    from models import Appointment

    case_id, a, b, room = setup
    c = mediator(store, "Drie", "7413 AA")
    add_absence(store, c, date(2026, 12, 23), date(2026, 12, 23))
    christmas_week = date(2026, 12, 21)
    plans = [  # (day offset, hour, mediators, room?) with overlaps on purpose
        (0, 19, [a, b], True), (0, 19, [a, c], True), (0, 20, [b, c], False),
        (1, 10, [a, b], False), (2, 19, [c, a], True), (2, 19, [b], True),
        (4, 19, [a, b], False), (4, 19, [a, b], True), (6, 12, [c], False),
    ]
    for offset, hour, ids, in_room in plans:
        extra = {"place_kind": "room", "room_id": room} if in_room else {}
        data = talk(case_id, ids[0], ids[-1], evening(christmas_week + timedelta(days=offset),
                                                      hour), **extra)
        data.mediator_ids = ids
        save_appointment(store, None, data, confirmed=True)
    # One just before the week that runs into it, and a cancelled one that clashes with nothing.
    save_appointment(store, None, talk(case_id, a, b, evening(christmas_week, 0, 0)
                                       - timedelta(minutes=30)), confirmed=True)
    cancelled = save_appointment(store, None, talk(case_id, a, b, evening(christmas_week)),
                                 confirmed=True)
    cancel_appointment(store, cancelled)

    with store.read() as session:
        start = datetime.combine(christmas_week, datetime.min.time())
        appointments = list(session.scalars(
            select(Appointment).options(selectinload(Appointment.mediators))
            .where(Appointment.starts_at >= start - timedelta(hours=1),
                   Appointment.starts_at < start + timedelta(days=7))))
        bulk = conflicts_of(session, appointments)
        for appointment in appointments:
            alone = find_conflicts(session, AppointmentInput(
                appointment.case_id, appointment.kind, appointment.starts_at,
                appointment.ends_at, appointment.place_kind, appointment.room_id,
                appointment.place_text, sorted(m.mediator_id for m in appointment.mediators)),
                exclude_id=appointment.id)
            assert Counter(bulk[appointment.id]) == Counter(alone), appointment.starts_at
    codes = Counter(conflict.code for found in bulk.values() for conflict in found)
    assert set(codes) == {"mediator_busy", "room_busy", "outside_availability", "absent",
                          "holiday"}
