"""The outbox: every message waits here until the mail server accepted it.

A message is marked *sending* (and committed) before it goes to the server and
*sent* after the server said yes. A program that stops in between leaves it
*sending*; the next run calls it *uncertain* and never sends it by itself again:
the coordinator sees it, with its Message-ID, and chooses. A server that cannot
be reached is tried again later, waiting longer each time; a refusal for good
(an unknown address) waits for the coordinator."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desktop.data.errors import NotFound, RuleViolation
from desktop.data.store import Store
from desktop.mail import transport
from desktop.mail.settings import MailSettings
from models import Appointment, Case, JournalEntry, OutboxMessage
from models.enums import JournalKind, MailPurpose, OutboxState

log = logging.getLogger(__name__)

# Minutes to wait after the 1st, 2nd, … failed try; the last one repeats.
BACK_OFF_MINUTES = (1, 5, 15, 30, 60, 120, 240)
BATCH = 50
WAITING = (OutboxState.QUEUED,)
NEEDS_ATTENTION = (OutboxState.FAILED, OutboxState.UNCERTAIN)
# Purposes that are about one appointment: pointless once it has begun.
_ABOUT_A_TALK = (MailPurpose.INVITATION, MailPurpose.CANCELLATION, MailPurpose.REMINDER)

# CRLF line ends and nothing but ASCII on the wire, whatever the server supports.
SMTP_7BIT = policy.SMTP.clone(cte_type="7bit")

_one_sender = threading.Lock()  # the timer and "Nu versturen" never send side by side


@dataclass(frozen=True)
class OutboxItem:
    id: int
    purpose: str
    case_id: int | None
    case_number: str
    recipient_name: str
    to_address: str
    subject: str
    state: str
    attempts: int
    next_attempt_at: datetime | None
    last_error: str
    created_at: datetime
    sent_at: datetime | None
    message_id: str


@dataclass(frozen=True)
class SendReport:
    queued: int = 0  # new messages queued by this run (invitations, reminders)
    sent: int = 0
    failed: int = 0  # tries that failed in this run
    waiting: int = 0  # still in the outbox, waiting for a try
    attention: int = 0  # failed for good or uncertain: the coordinator decides
    error: str = ""  # the last failure's code, for the status line


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def back_off(attempts: int) -> timedelta:
    return timedelta(minutes=BACK_OFF_MINUTES[min(attempts, len(BACK_OFF_MINUTES)) - 1])


def queue(session: Session, message: EmailMessage, purpose: str, *, case_id: int | None,
          appointment_id: int | None = None, recipient_name: str = "",
          dedupe_key: str | None = None, now: datetime | None = None) -> OutboxMessage | None:
    """Put a message in the outbox (in the caller's unit of work). None when one
    with the same dedupe key was ever queued: what was sent once is not sent again."""
    if dedupe_key is not None and session.scalar(
            select(OutboxMessage.id).where(OutboxMessage.dedupe_key == dedupe_key)) is not None:
        return None
    row = OutboxMessage(
        message_id=str(message["Message-ID"]).strip("<>"), dedupe_key=dedupe_key,
        purpose=purpose, case_id=case_id, appointment_id=appointment_id,
        recipient_name=recipient_name[:200], to_address=_address(message)[:254],
        subject=str(message["Subject"])[:300], content=message.as_bytes(policy=SMTP_7BIT),
        state=OutboxState.QUEUED, attempts=0, last_error="", created_at=now or _now())
    session.add(row)
    return row


def _address(message: EmailMessage) -> str:
    return message["To"].addresses[0].addr_spec


def _journal(session: Session, row: OutboxMessage, when: datetime, user: str) -> None:
    if row.case_id is None:
        return
    to = f"{row.recipient_name} <{row.to_address}>" if row.recipient_name else row.to_address
    session.add(JournalEntry(case_id=row.case_id, kind=JournalKind.MAIL_SENT,
                             occurred_at=when, text=f"{to}|{row.subject}", author=user))


# -- sending --------------------------------------------------------------------------------
def _mark_interrupted(store: Store) -> None:
    """Messages a stopped run left half-way: maybe the server has them. Never resent
    by themselves; the coordinator sees them."""
    with store.unit() as session:
        session.execute(update(OutboxMessage).where(
            OutboxMessage.state == OutboxState.SENDING).values(
            state=OutboxState.UNCERTAIN, last_error="interrupted"))


def _drop_late(store: Store, now: datetime) -> None:
    """An invitation or reminder for a talk that has begun helps nobody: dropped,
    and shown as too late."""
    with store.unit() as session:
        begun = select(Appointment.id).where(Appointment.starts_at <= now)
        session.execute(update(OutboxMessage).where(
            OutboxMessage.state.in_((OutboxState.QUEUED, OutboxState.FAILED)),
            OutboxMessage.purpose.in_(_ABOUT_A_TALK),
            OutboxMessage.appointment_id.in_(begun)).values(
            state=OutboxState.DROPPED, last_error="too_late", content=None),
            execution_options={"synchronize_session": False})


def _due_ids(store: Store, now: datetime) -> list[int]:
    with store.read() as session:
        return list(session.scalars(
            select(OutboxMessage.id).where(
                OutboxMessage.state == OutboxState.QUEUED,
                (OutboxMessage.next_attempt_at.is_(None))
                | (OutboxMessage.next_attempt_at <= now))
            .order_by(OutboxMessage.id).limit(BATCH)))


def _failed(store: Store, ids: list[int], error: transport.MailError, now: datetime) -> None:
    with store.unit() as session:
        for row in session.scalars(select(OutboxMessage).where(OutboxMessage.id.in_(ids))):
            row.last_error = error.code
            if error.permanent:
                row.state = OutboxState.FAILED
                row.next_attempt_at = None
            else:
                row.state = OutboxState.QUEUED
                row.next_attempt_at = now + back_off(max(row.attempts, 1))


def _uncertain(store: Store, message_id: int, code: str) -> None:
    with store.unit() as session:
        session.execute(update(OutboxMessage).where(OutboxMessage.id == message_id).values(
            state=OutboxState.UNCERTAIN, last_error=code))


def _begin(store: Store, message_id: int) -> tuple[str, bytes] | None:
    with store.unit() as session:
        row = session.get(OutboxMessage, message_id)
        if row is None or row.state != OutboxState.QUEUED or row.content is None:
            return None
        row.state = OutboxState.SENDING
        row.attempts += 1
        return row.to_address, row.content


def _accepted(store: Store, message_id: int, now: datetime) -> None:
    with store.unit() as session:
        row = session.get(OutboxMessage, message_id)
        if row is None:
            return
        row.state = OutboxState.SENT
        row.sent_at = now
        row.last_error = ""
        row.content = None  # the server has it; the outbox keeps only who, what and when
        row.next_attempt_at = None
        _journal(session, row, now, store.user)


def send_queued(store: Store, settings: MailSettings, password: str,
                now: datetime | None = None,
                clock: Callable[[], datetime] = _now) -> SendReport:
    """Send what is due from the outbox over one connection."""
    now = now or clock()
    with _one_sender:
        _mark_interrupted(store)
        _drop_late(store, now)
        due = _due_ids(store, now)
        sent = failed = 0
        error = ""
        if due and settings.method == "server" and settings.ready:
            try:
                with transport.connection(settings, password) as server:
                    for position, message_id in enumerate(due):
                        begun = _begin(store, message_id)
                        if begun is None:
                            continue
                        to_address, content = begun
                        try:
                            transport.hand_over(server, settings.sender_address, to_address,
                                                content)
                        except transport.MailError as exc:
                            failed += 1
                            error = exc.code
                            if exc.uncertain:
                                _uncertain(store, message_id, exc.code)
                            else:
                                _failed(store, [message_id], exc, now)
                            if exc.uncertain or not exc.permanent:
                                # The connection is gone (or not to be trusted): the rest
                                # waits for the next round.
                                _failed(store, due[position + 1:],
                                        transport.MailError(exc.code), now)
                                break
                            continue
                        _accepted(store, message_id, clock())
                        sent += 1
            except transport.MailError as exc:  # no connection at all
                failed += len(due)
                error = exc.code
                with store.unit() as session:
                    session.execute(update(OutboxMessage).where(
                        OutboxMessage.id.in_(due)).values(attempts=OutboxMessage.attempts + 1))
                _failed(store, due, exc, now)
        counts = outbox_counts(store)
        log.info("mail: %d sent, %d failed tries, %d waiting", sent, failed,
                 counts.get(OutboxState.QUEUED, 0))
        return SendReport(0, sent, failed, counts.get(OutboxState.QUEUED, 0),
                          sum(counts.get(s, 0) for s in NEEDS_ATTENTION), error)


# -- what the coordinator sees and does ------------------------------------------------------
def outbox_counts(store: Store) -> dict[str, int]:
    with store.read() as session:
        return dict(session.execute(
            select(OutboxMessage.state, func.count()).group_by(OutboxMessage.state)).all())


def list_outbox(store: Store, include_done: bool = True, limit: int = 500) -> list[OutboxItem]:
    """Waiting and troubled messages first, then the most recent others."""
    with store.read() as session:
        statement = (select(OutboxMessage, Case.number)
                     .outerjoin(Case, Case.id == OutboxMessage.case_id))
        if not include_done:
            statement = statement.where(OutboxMessage.state.in_(
                (OutboxState.QUEUED, OutboxState.SENDING, *NEEDS_ATTENTION)))
        order = (OutboxMessage.state.in_((OutboxState.QUEUED, OutboxState.SENDING,
                                          *NEEDS_ATTENTION))).desc()
        rows = session.execute(statement.order_by(order, OutboxMessage.id.desc())
                               .limit(limit)).all()
        return [OutboxItem(r.id, r.purpose, r.case_id, number or "", r.recipient_name,
                           r.to_address, r.subject, r.state, r.attempts, r.next_attempt_at,
                           r.last_error, r.created_at, r.sent_at, r.message_id)
                for r, number in rows]


def _row(session: Session, message_id: int) -> OutboxMessage:
    row = session.get(OutboxMessage, message_id)
    if row is None:
        raise NotFound(str(message_id))
    return row


def retry(store: Store, message_id: int) -> None:
    """Try again now: after a refusal the coordinator fixed, or an uncertain message
    the coordinator knows did not arrive."""
    with store.unit() as session:
        row = _row(session, message_id)
        if row.state not in (OutboxState.QUEUED, *NEEDS_ATTENTION) or row.content is None:
            raise RuleViolation("outbox_not_retryable")
        row.state = OutboxState.QUEUED
        row.next_attempt_at = None


def drop(store: Store, message_id: int) -> None:
    with store.unit() as session:
        row = _row(session, message_id)
        if row.state not in (OutboxState.QUEUED, *NEEDS_ATTENTION):
            raise RuleViolation("outbox_not_droppable")
        row.state = OutboxState.DROPPED
        row.content = None
        row.next_attempt_at = None


def message_bytes(store: Store, message_id: int) -> bytes:
    with store.read() as session:
        row = _row(session, message_id)
        if row.content is None:
            raise RuleViolation("outbox_message_gone")
        return row.content


# -- the office's own mail program ------------------------------------------------------------
DRAFTS_FOLDER = "concepten"
DRAFTS_KEPT = timedelta(days=2)


def draft(store: Store, data_dir: Path, message_id: int) -> Path:
    """Write the message as an .eml draft (X-Unsent: 1: Outlook and Thunderbird open
    it as a new message to send), and take it out of the outbox as handed over."""
    from desktop.documents.case_documents import safe_file_name

    content = message_bytes(store, message_id)
    message = BytesParser(policy=policy.default).parsebytes(content)
    message["X-Unsent"] = "1"
    folder = data_dir / DRAFTS_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    clear_old_drafts(data_dir)
    path = folder / safe_file_name(f"{message_id} {message['Subject']}"[:100] + ".eml")
    path.write_bytes(bytes(message))
    now = _now()
    with store.unit() as session:
        row = _row(session, message_id)
        row.state = OutboxState.DRAFTED
        row.sent_at = now
        row.content = None
        row.next_attempt_at = None
        _journal(session, row, now, store.user)
    return path


def clear_old_drafts(data_dir: Path, now: datetime | None = None) -> int:
    """Drafts hold personal data: gone after two days (the mail program has its copy)."""
    folder = data_dir / DRAFTS_FOLDER
    if not folder.is_dir():
        return 0
    limit = (now or datetime.now()) - DRAFTS_KEPT
    removed = 0
    for path in folder.glob("*.eml"):
        try:
            if datetime.fromtimestamp(path.stat().st_mtime) < limit:
                path.unlink()
                removed += 1
        except OSError:
            log.warning("old draft not removed")
    return removed
