"""Intervisie invitations: every mediator in the group gets the calendar mail;
a moved meeting is an update, one taken off gets a cancel, a called-off meeting
cancels everyone's, and nothing is sent twice."""

from __future__ import annotations

from datetime import timedelta

from desktop.mail.due import send_due
from desktop.volunteers.meetings import MeetingInput, cancel_meeting, save_meeting
from tests.mail.mail_helpers import NOW, TUESDAY, event_of, to
from tests.mediator_helpers import mediator

SAM, NOOR = "sam@bemiddelaars.nl", "noor@bemiddelaars.nl"


def _group(store):
    sam = mediator(store, "Visser", first_name="Sam", email=SAM)
    noor = mediator(store, "Smit", "7413 AA", first_name="Noor", email=NOOR)
    nobody = mediator(store, "Zonder", "7414 AA", first_name="Eva")  # no address: no mail
    return sam, noor, nobody


def test_the_group_is_invited_and_told_of_changes(store, data_dir, mail_ready, smtp_server):
    sam, noor, nobody = _group(store)
    evening = TUESDAY.replace(hour=19)
    values = MeetingInput(evening, evening + timedelta(hours=2), frozenset({sam, noor, nobody}),
                          "Intervisie december", "Buurthuis De Linde, Kerkstraat 4")
    meeting_id = save_meeting(store, None, values)
    report = send_due(store, data_dir, now=NOW)
    assert report.sent == 2
    assert sorted(to(r) for r in smtp_server.received) == [NOOR, SAM]
    for received in smtp_server.received:
        method, _calendar, event = event_of(received)
        assert method == "REQUEST" and int(event["SEQUENCE"]) == 0
        assert str(event["UID"]) == f"burenrust-meeting-{meeting_id}@burenrust.local"
        assert "Buurthuis De Linde" in str(event["LOCATION"])
        assert received.message()["Subject"].strip().startswith(
            "Uitnodiging: Buurtbemiddeling: Intervisie december")
    assert send_due(store, data_dir, now=NOW + timedelta(minutes=5)).sent == 0
    # Noor is taken off and the meeting moves an hour: a cancel for her, an update for Sam.
    save_meeting(store, meeting_id, MeetingInput(
        evening + timedelta(hours=1), evening + timedelta(hours=3), frozenset({sam, nobody}),
        values.title, values.place))
    send_due(store, data_dir, now=NOW + timedelta(minutes=10))
    second = {to(r): event_of(r) for r in smtp_server.received[2:]}
    assert second[NOOR][0] == "CANCEL" and second[SAM][0] == "REQUEST"
    assert int(second[SAM][2]["SEQUENCE"]) == 1
    cancel_meeting(store, meeting_id)
    send_due(store, data_dir, now=NOW + timedelta(minutes=15))
    [last] = smtp_server.received[4:]
    assert to(last) == SAM and event_of(last)[0] == "CANCEL"
    assert send_due(store, data_dir, now=NOW + timedelta(minutes=20)).sent == 0
