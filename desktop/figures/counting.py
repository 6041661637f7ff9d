"""The yearly figures (Cijfers) the municipality pays on and the national
registration collects: counts and medians over a period, never a name.

Definitions (also printed under the tables of the report):
- registrations: cases registered in the period;
- taken up / not taken up / pending, of those registrations: not taken up means
  closed with a result that needs a reason ("geen bemiddeling"), grouped by that
  reason; taken up means a talk or joint session was held, or the case was closed
  with another result; the rest is still pending (also with a pair assigned or a
  talk planned);
- closed by result: cases closed in the period;
- by conflict type (the main one), referrer kind and neighbourhood: registrations;
- talks and joint sessions: appointments held in the period (planned, cancelled or
  missed ones do not count), and a step date noted without a held appointment;
- median days: from registration to the first talk (for first talks in the period)
  and to closing (for cases closed in the period);
- mediators: active now, and how many cases each had during the period;
- incidents: noted in the period, by kind.
Groups smaller than the chosen threshold are shown as "< threshold"."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, case, func, or_, select, true
from sqlalchemy.orm import Session

from desktop.data.store import Store
from desktop.volunteers.year_overview import office_totals
from models import (
    Appointment,
    Case,
    CaseConflictType,
    CaseMediator,
    CaseResult,
    ClosingReason,
    ConflictType,
    Incident,
    IncidentKind,
    Mediator,
    ReferrerKind,
)
from models.enums import AppointmentKind, AppointmentOutcome, MediatorState

UNKNOWN = "(onbekend)"


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    municipality: str = ""
    neighbourhood: str = ""

    @classmethod
    def year(cls, year: int, **where: str) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31), **where)

    @classmethod
    def quarter(cls, year: int, quarter: int, **where: str) -> Period:
        first = date(year, 3 * quarter - 2, 1)
        last = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
        return cls(first, last - timedelta(days=1), **where)


@dataclass
class Table:
    code: str  # stable, for exports and tests
    rows: list[tuple[str, int]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(n for _label, n in self.rows)


@dataclass
class Figures:
    period: Period
    registrations: int = 0
    taken_up: int = 0
    not_taken_up: int = 0
    pending: int = 0
    closed: int = 0
    talks: int = 0
    joint_sessions: int = 0
    follow_ups: int = 0
    median_days_to_first_talk: float | None = None
    median_days_to_closing: float | None = None
    active_mediators: int = 0
    incidents: int = 0
    # Volunteer care, what funders ask (minutes): hours given as declared, training
    # hours, and intervisie attended.
    volunteer_minutes: int = 0
    training_minutes: int = 0
    intervisie_minutes: int = 0
    tables: dict[str, Table] = field(default_factory=dict)


def _case_filter(period: Period):
    conditions = []
    if period.municipality:
        conditions.append(Case.municipality == period.municipality)
    if period.neighbourhood:
        conditions.append(Case.neighbourhood == period.neighbourhood)
    return and_(true(), *conditions)


def _grouped(session: Session, label, where, joins=()) -> list[tuple[str, int]]:
    # Every join here meets at most one row per case, so count(*) counts cases.
    query = select(label, func.count()).select_from(Case)
    for target, on in joins:
        query = query.outerjoin(target, on)
    rows = session.execute(query.where(where).group_by(label)).all()
    rows = [(name or UNKNOWN, n) for name, n in rows]
    return sorted(rows, key=lambda r: (-r[1], r[0]))


def _days_between(session: Session, earlier, later):
    """Whole days from one date column to another, counted by the database: fetching
    20,000 numbers is much cheaper than 40,000 dates."""
    if session.get_bind().dialect.name == "sqlite":
        return func.julianday(later) - func.julianday(earlier)
    return later - earlier  # PostgreSQL: date minus date is a number of days


def _median_days(session: Session, earlier, later, where) -> float | None:
    days = list(session.scalars(select(_days_between(session, earlier, later)).where(where)))
    return float(statistics.median(days)) if days else None


def compute(store: Store, period: Period) -> Figures:
    figures = Figures(period)
    where_case = _case_filter(period)
    registered = and_(Case.registered_on >= period.start, Case.registered_on <= period.end,
                      where_case)
    closed = and_(Case.closed_on >= period.start, Case.closed_on <= period.end, where_case)
    with store.read() as session:
        needs_reason = select(CaseResult.id).where(CaseResult.requires_reason.is_(True))
        not_taken = and_(Case.result_id.in_(needs_reason), Case.closed_on.is_not(None))
        taken = or_(Case.first_talk_on.is_not(None), Case.joint_session_on.is_not(None),
                    and_(Case.closed_on.is_not(None), Case.result_id.is_not(None)))
        totals = session.execute(
            select(func.count(),
                   func.sum(case((not_taken, 1), else_=0)),
                   func.sum(case((and_(~not_taken, taken), 1), else_=0)))
            .select_from(Case).where(registered)).one()
        figures.registrations = totals[0] or 0
        figures.not_taken_up = totals[1] or 0
        figures.taken_up = totals[2] or 0
        figures.pending = figures.registrations - figures.not_taken_up - figures.taken_up
        figures.closed = session.scalar(select(func.count()).select_from(Case).where(closed)) or 0

        tables = figures.tables
        tables["closed_by_result"] = Table("closed_by_result", _grouped(
            session, CaseResult.name, closed, [(CaseResult, CaseResult.id == Case.result_id)]))
        tables["not_taken_up_by_reason"] = Table("not_taken_up_by_reason", _grouped(
            session, ClosingReason.name, and_(registered, not_taken),
            [(ClosingReason, ClosingReason.id == Case.closing_reason_id)]))
        tables["by_conflict_type"] = Table("by_conflict_type", _grouped(
            session, ConflictType.name, registered,
            [(CaseConflictType, and_(CaseConflictType.case_id == Case.id,
                                     CaseConflictType.is_main.is_(True))),
             (ConflictType, ConflictType.id == CaseConflictType.conflict_type_id)]))
        tables["by_referrer_kind"] = Table("by_referrer_kind", _grouped(
            session, ReferrerKind.name, registered,
            [(ReferrerKind, ReferrerKind.id == Case.referrer_kind_id)]))
        tables["by_neighbourhood"] = Table("by_neighbourhood", _grouped(
            session, Case.neighbourhood, registered))

        in_period = and_(Appointment.starts_at >= period.start,
                         Appointment.starts_at < _day_after(period.end),
                         Appointment.outcome == AppointmentOutcome.HELD, where_case)
        kinds = dict(session.execute(
            select(Appointment.kind, func.count()).join(Case, Case.id == Appointment.case_id)
            .where(in_period).group_by(Appointment.kind)).all())
        talk_kinds = (AppointmentKind.INTAKE, AppointmentKind.TALK_A, AppointmentKind.TALK_B)
        # Cases whose step dates say a talk was held but that have no held appointment for it
        # (imported from the old spreadsheet, or noted by hand) count once each.
        figures.talks = sum(kinds.get(k, 0) for k in talk_kinds) + _noted_only(
            session, Case.first_talk_on, talk_kinds, period, where_case)
        figures.joint_sessions = kinds.get(AppointmentKind.JOINT_SESSION, 0) + _noted_only(
            session, Case.joint_session_on, (AppointmentKind.JOINT_SESSION,), period,
            where_case)
        figures.follow_ups = kinds.get(AppointmentKind.FOLLOW_UP, 0)

        figures.median_days_to_first_talk = _median_days(
            session, Case.registered_on, Case.first_talk_on,
            and_(Case.first_talk_on >= period.start, Case.first_talk_on <= period.end,
                 where_case))
        figures.median_days_to_closing = _median_days(
            session, Case.registered_on, Case.closed_on, closed)

        figures.active_mediators = session.scalar(
            select(func.count()).select_from(Mediator)
            .where(Mediator.state == MediatorState.ACTIVE)) or 0
        care = office_totals(session, period.start, period.end)
        figures.volunteer_minutes = care.hours_minutes
        figures.training_minutes = care.training_minutes
        figures.intervisie_minutes = care.intervisie_minutes
        # A mediator had a case in the period when the pair was on it then and the case
        # was still open: a pair is not released when a case closes, so without the
        # closing date every case of earlier years counted (and the whole table was read).
        open_in_period = select(Case.id).where(
            or_(Case.closed_on.is_(None), Case.closed_on >= period.start),
            Case.registered_on <= period.end, where_case)
        per_mediator = dict(session.execute(
            select(CaseMediator.mediator_id, func.count(func.distinct(CaseMediator.case_id)))
            .where(CaseMediator.case_id.in_(open_in_period),
                   CaseMediator.assigned_on <= period.end,
                   or_(CaseMediator.released_on.is_(None),
                       CaseMediator.released_on >= period.start))
            .group_by(CaseMediator.mediator_id)).all())
        active_ids = session.scalars(select(Mediator.id).where(
            Mediator.state == MediatorState.ACTIVE)).all()
        spread = {"0": 0, "1": 0, "2": 0, "3+": 0}
        for mediator_id in active_ids:
            n = per_mediator.get(mediator_id, 0)
            spread["3+" if n >= 3 else str(n)] += 1
        tables["mediators_by_cases"] = Table("mediators_by_cases", list(spread.items()))

        incident_where = [Incident.occurred_on >= period.start,
                          Incident.occurred_on <= period.end]
        if period.municipality:
            incident_where.append(Incident.municipality == period.municipality)
        if period.neighbourhood:
            incident_where.append(Incident.neighbourhood == period.neighbourhood)
        incident_rows = session.execute(
            select(IncidentKind.name, func.count()).select_from(Incident).join(
                IncidentKind, IncidentKind.id == Incident.kind_id)
            .where(*incident_where).group_by(IncidentKind.name)).all()
        tables["incidents_by_kind"] = Table("incidents_by_kind", sorted(
            incident_rows, key=lambda r: (-r[1], r[0])))
        figures.incidents = tables["incidents_by_kind"].total
    return figures


def _noted_only(session: Session, step, kinds: tuple[str, ...], period: Period, where) -> int:
    held = select(Appointment.id).where(Appointment.case_id == Case.id,
                                        Appointment.kind.in_(kinds),
                                        Appointment.outcome == AppointmentOutcome.HELD).exists()
    return session.scalar(select(func.count()).select_from(Case).where(
        step >= period.start, step <= period.end, where, ~held)) or 0


def _day_after(day: date) -> datetime:
    return datetime.combine(day + timedelta(days=1), time.min)


def shown(count: int, threshold: int) -> str:
    """A count as it may be shown: small groups hidden when a threshold is set."""
    if threshold and 0 < count < threshold:
        return f"< {threshold}"
    return str(count)


def places(store: Store) -> tuple[list[str], list[str]]:
    """The municipalities and neighbourhoods that cases have, for the filters."""
    with store.read() as session:
        municipalities = [m for m in session.scalars(
            select(Case.municipality).distinct().order_by(Case.municipality)) if m]
        hoods = [n for n in session.scalars(
            select(Case.neighbourhood).distinct().order_by(Case.neighbourhood)) if n]
        return municipalities, hoods
