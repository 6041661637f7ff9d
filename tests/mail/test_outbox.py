"""Nothing lost, nothing doubled: the outbox keeps messages while the server is
down and tries again later; a refusal waits for the coordinator; a program
stopped mid-send (killed, for real) never sends the same message again by itself."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from desktop.data.errors import RuleViolation
from desktop.mail import settings as mail_settings
from desktop.mail.due import mail_todo, send_due
from desktop.mail.outbox import drop, list_outbox, retry
from models import OutboxMessage
from tests.mail.mail_helpers import NOW, planned_talk, to
from tests.mail.smtp_server import MailServer, free_port

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def states(store) -> list[str]:
    return sorted(item.state for item in list_outbox(store))


def test_a_server_that_is_down_loses_nothing_and_is_tried_later(store, data_dir, mail_ready,
                                                                smtp_server):
    mail_settings.save(data_dir, replace(mail_ready, port=free_port()))  # nobody listens
    planned_talk(store)
    report = send_due(store, data_dir, now=NOW)
    assert (report.queued, report.sent, report.waiting, report.error) == (
        2, 0, 2, "connection_refused")
    first = list_outbox(store)[0]
    assert first.next_attempt_at == NOW + timedelta(minutes=1) and first.attempts == 1
    # Within the wait nothing is tried; the server is back, and after the wait both go.
    mail_settings.save(data_dir, mail_ready)
    assert send_due(store, data_dir, now=NOW + timedelta(seconds=30)).sent == 0
    assert send_due(store, data_dir, now=NOW + timedelta(minutes=1)).sent == 2
    assert len(smtp_server.received) == 2 and states(store) == ["sent", "sent"]
    # Sent messages keep who, what and when, not the message itself.
    with store.read() as session:
        assert session.scalars(select(OutboxMessage.content)).all() == [None, None]


def test_waiting_longer_after_each_failure(store, data_dir, mail_ready):
    mail_settings.save(data_dir, replace(mail_ready, port=free_port()))
    planned_talk(store)
    now = NOW
    waits = []
    for _ in range(4):
        send_due(store, data_dir, now=now)
        item = list_outbox(store)[0]
        waits.append(item.next_attempt_at - now)
        now = item.next_attempt_at
    assert waits == [timedelta(minutes=m) for m in (1, 5, 15, 30)]


def test_a_refused_address_waits_for_the_coordinator(store, data_dir, mail_ready, smtp_server):
    smtp_server.handler.mode = "refuse_recipient"
    planned = planned_talk(store)
    report = send_due(store, data_dir, now=NOW)
    assert report.attention == 2 and report.error == "recipient_refused"
    assert states(store) == ["failed", "failed"]
    # Te doen names them; later rounds leave them be.
    todo = mail_todo(store, data_dir, now=NOW)
    assert [t.code for t in todo] == ["mail_failed", "mail_failed"]
    assert {t.detail for t in todo} == {"recipient_refused"} and todo[0].case_id == planned.case_id
    send_due(store, data_dir, now=NOW + timedelta(hours=1))
    assert smtp_server.received == []
    # The coordinator fixed it at the other end: one is tried again, the other dropped.
    smtp_server.handler.mode = "accept"
    first, second = list_outbox(store)
    retry(store, first.id)
    drop(store, second.id)
    assert send_due(store, data_dir, now=NOW + timedelta(hours=1)).sent == 1
    assert [to(r) for r in smtp_server.received] == [first.to_address]
    assert states(store) == ["dropped", "sent"]
    with pytest.raises(RuleViolation):
        retry(store, second.id)  # a dropped message is gone


def test_a_busy_server_is_tried_again(store, data_dir, mail_ready, smtp_server):
    smtp_server.handler.mode = "busy"  # 451: try again later
    planned_talk(store)
    report = send_due(store, data_dir, now=NOW)
    assert report.error == "message_refused" and report.waiting == 2
    smtp_server.handler.mode = "accept"
    assert send_due(store, data_dir, now=NOW + timedelta(minutes=1)).sent == 2


def test_a_connection_dropped_after_the_message_is_uncertain_and_not_resent(
        store, data_dir, mail_ready, smtp_server):
    smtp_server.handler.mode = "drop_after_data"
    planned_talk(store)
    send_due(store, data_dir, now=NOW)
    assert len(smtp_server.received) == 1  # the server has it; the program never heard so
    assert states(store) == ["queued", "uncertain"]
    smtp_server.handler.mode = "accept"
    send_due(store, data_dir, now=NOW + timedelta(minutes=5))
    assert len(smtp_server.received) == 2  # only the other one
    assert states(store) == ["sent", "uncertain"]
    [item] = [i for i in list_outbox(store) if i.state == "uncertain"]
    assert item.message_id and item.last_error == "no_answer"
    assert smtp_server.received[0].message()["Message-ID"].strip("<> ") == item.message_id


def test_a_program_killed_mid_send_never_sends_twice(key_in_data_folder, store, data_dir, tmp_path):
    """A real `burenrust mail send-due` process, killed with the message at the
    server but before it heard back."""
    server = MailServer(tmp_path, security="none").start()
    try:
        server.handler.mode = "hold"
        mail_settings.save(data_dir, mail_settings.MailSettings(
            host="127.0.0.1", port=server.port, security="none",
            sender_address="bureau@buurtbemiddeling-zwolle.nl"))
        start = datetime.combine(datetime.now().date() + timedelta(days=3),
                                 datetime.min.time()).replace(hour=10)
        planned_talk(store, start=start)
        env = {**os.environ, "PYTHONPATH": ROOT,
               "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
        child = subprocess.Popen([sys.executable, "-m", "desktop", "mail", "send-due",
                                  "--data-dir", str(data_dir)], env=env,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 60
            while not server.received and time.monotonic() < deadline:
                time.sleep(0.05)
            assert server.received, "the message never reached the server"
        finally:
            child.kill()
            child.wait()
        with store.read() as session:
            assert sorted(session.scalars(select(OutboxMessage.state))) == ["queued", "sending"]
        server.handler.mode = "accept"
        report = send_due(store, data_dir)
        assert report.sent == 1 and report.attention == 1
        assert len(server.received) == 2
        assert len({to(r) for r in server.received}) == 2  # not the same one twice
        assert states(store) == ["sent", "uncertain"]
        assert [i.last_error for i in list_outbox(store) if i.state == "uncertain"] == [
            "interrupted"]
        # Again: still not sent by itself.
        send_due(store, data_dir)
        assert len(server.received) == 2
    finally:
        server.stop()


def test_the_mail_program_way_writes_a_draft(store, data_dir, mail_ready):
    from email import policy
    from email.parser import BytesParser

    from desktop.cases.detail import get_case
    from desktop.mail.outbox import draft

    mail_settings.save(data_dir, replace(mail_ready, method="mail_program", host=""))
    planned = planned_talk(store)
    report = send_due(store, data_dir, now=NOW)
    assert report.sent == 0 and report.waiting == 2  # waiting for the coordinator
    item = list_outbox(store)[0]
    path = draft(store, data_dir, item.id)
    assert path.suffix == ".eml" and path.parent == data_dir / "concepten"
    message = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
    assert message["X-Unsent"] == "1" and message["To"].addresses[0].addr_spec == item.to_address
    assert any(p.get_content_type() == "text/calendar" for p in message.walk())
    assert {i.state for i in list_outbox(store)} == {"drafted", "queued"}
    assert any(e.kind == "mail_sent" for e in get_case(store, planned.case_id).journal)
