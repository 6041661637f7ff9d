"""How an appointment went: held, cancelled (by whom) or someone did not come.
A held talk fills in the case's step date (first talk, joint session, follow-up),
which is what the figures count; the coordinator is then offered the next step."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.data.errors import FieldError, NotFound, RuleViolation, StaleData, ValidationFailed
from desktop.data.store import Store
from desktop.data.value_guard import field_errors
from models import Appointment, Case, JournalEntry
from models.enums import AppointmentKind, AppointmentOutcome, CaseStatus, JournalKind, OutcomeBy

# The case's step date a held appointment of each kind stands for.
STEP_DATES: dict[str, str] = {
    AppointmentKind.INTAKE: "first_talk_on",
    AppointmentKind.TALK_A: "first_talk_on",
    AppointmentKind.TALK_B: "first_talk_on",
    AppointmentKind.JOINT_SESSION: "joint_session_on",
    AppointmentKind.FOLLOW_UP: "follow_up_on",
}
JOURNAL_KINDS = {
    AppointmentOutcome.HELD: JournalKind.APPOINTMENT_HELD,
    AppointmentOutcome.CANCELLED: JournalKind.APPOINTMENT_CANCELLED,
    AppointmentOutcome.NO_SHOW: JournalKind.APPOINTMENT_NO_SHOW,
}
# Where a case usually goes after a held appointment of a kind, from the statuses
# it may still be in.
_NEXT_AFTER_HELD: dict[str, tuple[CaseStatus, tuple[CaseStatus, ...]]] = {
    AppointmentKind.INTAKE: (CaseStatus.TALKS, (
        CaseStatus.REGISTERED, CaseStatus.INTAKE)),
    AppointmentKind.TALK_A: (CaseStatus.TALKS, (
        CaseStatus.REGISTERED, CaseStatus.INTAKE, CaseStatus.WAITING_FOR_PAIR)),
    AppointmentKind.TALK_B: (CaseStatus.TALKS, (
        CaseStatus.REGISTERED, CaseStatus.INTAKE, CaseStatus.WAITING_FOR_PAIR)),
    AppointmentKind.JOINT_SESSION: (CaseStatus.FOLLOW_UP, (
        CaseStatus.REGISTERED, CaseStatus.INTAKE, CaseStatus.WAITING_FOR_PAIR,
        CaseStatus.TALKS, CaseStatus.JOINT_SESSION)),
    AppointmentKind.FOLLOW_UP: (CaseStatus.CLOSED, (
        CaseStatus.JOINT_SESSION, CaseStatus.FOLLOW_UP)),
}
# A Te doen line asks how it went once the appointment has ended; older ones than
# this are left alone (the office had its own way of keeping them, before).
ASK_WITHIN = timedelta(days=120)


@dataclass(frozen=True)
class OutcomeRecorded:
    case_id: int
    outcome: str
    case_status: str
    # The status the case usually goes to next, or None when it is there already.
    suggested_status: str | None


@dataclass(frozen=True)
class MissingOutcome:
    appointment_id: int
    case_id: int
    case_number: str
    kind: str
    starts_at: datetime


def journal_text(kind: str, starts_at: datetime, by: str = "", note: str = "") -> str:
    """"<kind>|<ISO start>|<by>", the note on the lines below."""
    text = f"{kind}|{starts_at.isoformat(timespec='minutes')}|{by}"
    return text + ("\n" + note.strip() if note.strip() else "")


def suggested_status(kind: str, outcome: str, status: str) -> str | None:
    if outcome != AppointmentOutcome.HELD or kind not in _NEXT_AFTER_HELD:
        return None
    target, from_statuses = _NEXT_AFTER_HELD[kind]
    return str(target) if status in from_statuses else None


def validate_outcome(outcome: str, by: str, note: str) -> list[FieldError]:
    errors = []
    if outcome not in set(AppointmentOutcome):
        errors.append(FieldError("outcome", "invalid"))
    elif outcome != AppointmentOutcome.HELD and by not in set(OutcomeBy):
        errors.append(FieldError("outcome_by", "outcome_by_required"))
    errors += field_errors(JournalEntry, {"text": note}, names={"text": "note"})
    return errors


def record_outcome(store: Store, appointment_id: int, outcome: str, by: str = "",
                   note: str = "", expected_version: int | None = None,
                   now: datetime | None = None) -> OutcomeRecorded:
    """Say how an appointment went (again, to correct it). Held and did-not-show only
    once it has begun; cancelling any time. Written in the journal with the note."""
    errors = validate_outcome(outcome, by, note)
    if errors:
        raise ValidationFailed(errors)
    now = now or datetime.now()
    try:
        with store.unit() as session:
            appointment = session.get(Appointment, appointment_id)
            if appointment is None:
                raise NotFound(str(appointment_id))
            if expected_version is not None and appointment.version != expected_version:
                raise StaleData(str(appointment_id))
            if outcome != AppointmentOutcome.CANCELLED and appointment.starts_at > now:
                raise RuleViolation("outcome_in_future")
            case = session.get(Case, appointment.case_id)
            if case is None:
                raise NotFound(str(appointment.case_id))
            was_held = appointment.outcome == AppointmentOutcome.HELD
            appointment.outcome = outcome
            appointment.outcome_by = "" if outcome == AppointmentOutcome.HELD else by
            session.flush()
            if outcome == AppointmentOutcome.HELD:
                _fill_step_date(case, appointment)
            elif was_held:
                _recount_step_date(session, case, appointment)
            session.add(JournalEntry(
                case_id=case.id, kind=JOURNAL_KINDS[AppointmentOutcome(outcome)],
                occurred_at=now.replace(microsecond=0), author=store.user,
                text=journal_text(appointment.kind, appointment.starts_at,
                                  appointment.outcome_by, note)))
            return OutcomeRecorded(case.id, outcome, case.status,
                                   suggested_status(appointment.kind, outcome, case.status))
    except StaleDataError as exc:
        raise StaleData(str(appointment_id)) from exc


def _fill_step_date(case: Case, appointment: Appointment) -> None:
    field = STEP_DATES.get(appointment.kind)
    if field is None:
        return
    day = appointment.starts_at.date()
    current: date | None = getattr(case, field)
    if current is None or day < current:
        setattr(case, field, day)


def _recount_step_date(session: Session, case: Case, appointment: Appointment) -> None:
    """A talk recorded as held turned out not to be: the step date it gave the case
    goes back to the next held one of those kinds, or is emptied."""
    field = STEP_DATES.get(appointment.kind)
    if field is None or getattr(case, field) != appointment.starts_at.date():
        return
    kinds = [kind for kind, step in STEP_DATES.items() if step == field]
    other = session.scalar(
        select(Appointment.starts_at)
        .where(Appointment.case_id == case.id, Appointment.kind.in_(kinds),
               Appointment.outcome == AppointmentOutcome.HELD,
               Appointment.id != appointment.id)
        .order_by(Appointment.starts_at).limit(1))
    setattr(case, field, other.date() if other else None)


def missing_outcomes(session: Session, now: datetime | None = None) -> list[MissingOutcome]:
    """Appointments that have ended without anyone saying how they went."""
    now = now or datetime.now()
    rows = session.execute(
        select(Appointment.id, Appointment.case_id, Case.number, Appointment.kind,
               Appointment.starts_at)
        .join(Case, Case.id == Appointment.case_id)
        .where(Appointment.outcome.is_(None), Appointment.ends_at <= now,
               Appointment.ends_at > now - ASK_WITHIN, Case.anonymised_on.is_(None))
        .order_by(Appointment.starts_at)).all()
    return [MissingOutcome(*row) for row in rows]
