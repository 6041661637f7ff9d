"""A pair planned for a talk next Tuesday get an invitation their calendar takes,
an update when it moves, a cancellation when it is called off; the party who
chose e-mail and the pair get a reminder on Monday. Sent to a real SMTP server."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from desktop.agenda.appointments import cancel_appointment, get_appointment, save_appointment
from desktop.cases.detail import get_case
from desktop.mail.due import mail_todo, send_due
from desktop.mail.outbox import list_outbox
from models import MailInvitation
from tests.mail.mail_helpers import NOW, STORY, TUESDAY, event_of, planned_talk, talk, to

SAM, KIM, JAN = "sam@bemiddelaars.nl", "kim@bemiddelaars.nl", "jan@example.nl"


def test_the_pair_gets_an_invitation_their_calendar_accepts(store, data_dir, mail_ready,
                                                             smtp_server):
    planned = planned_talk(store)
    report = send_due(store, data_dir, now=NOW)
    assert (report.queued, report.sent, report.waiting) == (2, 2, 0)
    assert sorted(to(r) for r in smtp_server.received) == [KIM, SAM]
    for received in smtp_server.received:
        method, calendar, event = event_of(received)
        assert method == "REQUEST" and str(calendar["METHOD"]) == "REQUEST"
        uid = f"burenrust-appointment-{planned.appointment_id}@burenrust.local"
        assert str(event["UID"]) == uid
        assert int(event["SEQUENCE"]) == 0
        assert str(event["ORGANIZER"]) == "mailto:bureau@buurtbemiddeling-zwolle.nl"
        assert str(event["ATTENDEE"]) == f"mailto:{to(received)}"
        start = event.decoded("DTSTART")
        assert start.replace(tzinfo=None) == TUESDAY and str(start.tzinfo) == "Europe/Amsterdam"
        assert "Dorpstraat 12A, 8011 AB Zwolle" in str(event["LOCATION"])
        assert received.sender == "bureau@buurtbemiddeling-zwolle.nl"
        message = received.message()
        assert message["Reply-To"] == "coordinator@buurtbemiddeling-zwolle.nl"
        assert message["Subject"].strip().startswith("Uitnodiging: Buurtbemiddeling ")
        text = message.get_body(("plain",)).get_content()
        assert "dinsdag 1 december 2026" in text and "10:00" in text
        # Never the story of the case, anywhere in the message.
        assert STORY not in message.as_string() and "middernacht" not in str(event)
    # The journal names each message: to whom and the subject, not the text.
    journal = [e for e in get_case(store, planned.case_id).journal if e.kind == "mail_sent"]
    assert len(journal) == 2 and all("Uitnodiging" in e.text for e in journal)
    assert any(e.text.startswith("Kim Bakker <kim@") for e in journal)
    # Nothing changed: nothing more is sent.
    assert send_due(store, data_dir, now=NOW + timedelta(minutes=5)).sent == 0
    assert len(smtp_server.received) == 2


def test_a_moved_talk_is_an_update_and_a_cancelled_one_a_cancel(store, data_dir, mail_ready,
                                                                  smtp_server):
    planned = planned_talk(store)
    send_due(store, data_dir, now=NOW)
    view = get_appointment(store, planned.appointment_id)
    later = TUESDAY + timedelta(hours=2)
    save_appointment(store, planned.appointment_id, talk(planned.case_id, planned.a, planned.b,
                                                         later),
                     confirmed=True, expected_version=view.version)
    send_due(store, data_dir, now=NOW + timedelta(minutes=5))
    updates = smtp_server.received[2:]
    assert len(updates) == 2
    for received in updates:
        method, _calendar, event = event_of(received)
        assert method == "REQUEST" and int(event["SEQUENCE"]) == 1
        assert event.decoded("DTSTART").replace(tzinfo=None) == later
        assert received.message()["Subject"].strip().startswith("Gewijzigd:")
    # Recording how it went changes nothing the calendar shows: no update.
    cancel_appointment(store, planned.appointment_id)
    send_due(store, data_dir, now=NOW + timedelta(minutes=10))
    cancels = smtp_server.received[4:]
    assert len(cancels) == 2
    for received in cancels:
        method, calendar, event = event_of(received)
        assert method == "CANCEL" and str(calendar["METHOD"]) == "CANCEL"
        assert int(event["SEQUENCE"]) == 2 and str(event["STATUS"]) == "CANCELLED"
        assert str(event["UID"]).startswith(f"burenrust-appointment-{planned.appointment_id}@")
    send_due(store, data_dir, now=NOW + timedelta(minutes=15))
    assert len(smtp_server.received) == 6


def test_a_mediator_taken_off_the_talk_gets_a_cancel_and_the_new_one_an_invitation(
        store, data_dir, mail_ready, smtp_server):
    from tests.mediator_helpers import mediator

    planned = planned_talk(store)
    send_due(store, data_dir, now=NOW)
    other = mediator(store, "Smit", "7413 AA", first_name="Noor", email="noor@bemiddelaars.nl")
    view = get_appointment(store, planned.appointment_id)
    save_appointment(store, planned.appointment_id, talk(planned.case_id, planned.a, other,
                                                         TUESDAY),
                     confirmed=True, expected_version=view.version)
    send_due(store, data_dir, now=NOW + timedelta(minutes=5))
    new = {to(r): event_of(r) for r in smtp_server.received[2:]}
    assert set(new) == {KIM, "noor@bemiddelaars.nl", SAM}
    assert new[KIM][0] == "CANCEL" and new["noor@bemiddelaars.nl"][0] == "REQUEST"
    # Sam's invitation changed too (the pair's names are in it): an update.
    assert new[SAM][0] == "REQUEST" and int(new[SAM][2]["SEQUENCE"]) == 1


def test_reminders_go_the_day_before_from_nine_and_never_twice(store, data_dir, mail_ready,
                                                               smtp_server):
    planned_talk(store)
    send_due(store, data_dir, now=NOW)  # the invitations
    monday = TUESDAY - timedelta(days=1)
    assert send_due(store, data_dir, now=monday.replace(hour=8, minute=59)).queued == 0
    report = send_due(store, data_dir, now=monday.replace(hour=9, minute=0))
    reminders = smtp_server.received[2:]
    assert report.queued == 3 and sorted(to(r) for r in reminders) == [JAN, KIM, SAM]
    party = next(r.message() for r in reminders if to(r) == JAN)
    # (A long subject is folded onto its own line; clients drop the space, as here.)
    assert party["Subject"].strip() == (
        "Herinnering: uw afspraak met buurtbemiddeling op dinsdag 1 december 2026")
    text = party.get_body(("plain",)).get_content()
    assert text.startswith("Beste Jan de Vries,") and "om 10:00 uur" in text
    assert STORY not in text
    assert send_due(store, data_dir, now=monday.replace(hour=15)).queued == 0
    assert len(smtp_server.received) == 5


def test_reminders_catch_up_after_the_program_was_closed_but_not_after_the_talk(
        store, data_dir, mail_ready, smtp_server):
    planned_talk(store)
    planned_talk(store, start=TUESDAY - timedelta(days=1, hours=-9))  # Monday 19:00
    # Closed from Wednesday until Monday 20:00: the Tuesday reminders go now; Monday's
    # talk has begun, so neither its invitations nor its reminders go any more.
    report = send_due(store, data_dir, now=TUESDAY - timedelta(hours=14))
    kinds = sorted(r.message()["Subject"].strip().split(":")[0] for r in smtp_server.received)
    assert kinds == ["Herinnering"] * 3 + ["Uitnodiging"] * 2
    assert report.sent == 5


def test_the_party_who_chose_paper_gets_no_reminder(store, data_dir, mail_ready, smtp_server):
    planned_talk(store, party_by_email=False)
    send_due(store, data_dir, now=TUESDAY - timedelta(hours=12))
    assert JAN not in {to(r) for r in smtp_server.received}


def test_a_mediator_without_an_address_gets_none_and_te_doen_says_so(
        store, data_dir, mail_ready, smtp_server):
    planned = planned_talk(store, b_email="")
    send_due(store, data_dir, now=NOW)
    assert [to(r) for r in smtp_server.received] == [SAM]
    [item] = mail_todo(store, data_dir, now=NOW)
    assert (item.code, item.who, item.appointment_id) == (
        "mediator_without_email", "Kim Bakker", planned.appointment_id)
    with store.read() as session:
        assert session.scalars(select(MailInvitation.mediator_id)).all() == [planned.a]


def test_invitations_can_be_switched_off(store, data_dir, mail_ready, smtp_server):
    from dataclasses import replace

    from desktop.mail import settings as mail_settings

    mail_settings.save(data_dir, replace(mail_ready, invitations=False, reminder_days=0))
    planned_talk(store)
    assert send_due(store, data_dir, now=TUESDAY - timedelta(hours=12)).queued == 0
    assert smtp_server.received == [] and list_outbox(store) == []
