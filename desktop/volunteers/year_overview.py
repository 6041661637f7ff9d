"""One mediator's year: the cases they worked on, the talks held, hours given,
trainings, intervisie and expenses, as data and as a PDF on the letterhead. The
office totals for Cijfers come from the same counts (office_totals)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from html import escape

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.data.errors import NotFound
from desktop.data.store import Store
from desktop.documents.letters.context import OrganisationInfo
from desktop.volunteers import report_pdf
from desktop.volunteers.amounts import format_duration, format_money
from desktop.volunteers.expenses import ExpenseLine, period_lines
from models import (
    Appointment,
    AppointmentMediator,
    Case,
    CaseMediator,
    Mediator,
    MediatorExpense,
    MediatorTraining,
    Meeting,
    MeetingAttendee,
    format_name,
)
from models.enums import AppointmentOutcome, MediatorState

TRAINING_NL = {"basic": "basistraining", "course": "verdiepingstraining",
               "supervision": "intervisie"}


@dataclass(frozen=True)
class YearOverview:
    mediator_id: int
    name: str
    year: int
    cases: list[tuple[str, date, date | None]]  # number, assigned, released
    talks_held: int
    trainings: list[tuple[date, str, str, int]]  # held on, kind, title, minutes
    meetings_attended: int
    meetings_invited: int
    expenses: list[ExpenseLine]

    @property
    def hours_minutes(self) -> int:
        return sum(line.minutes for line in self.expenses)

    @property
    def training_minutes(self) -> int:
        return sum(minutes for *_rest, minutes in self.trainings)


def _bounds(year: int) -> tuple[date, date, datetime, datetime]:
    first, last = date(year, 1, 1), date(year, 12, 31)
    return first, last, datetime(year, 1, 1), datetime(year + 1, 1, 1)


def year_overview(store: Store, mediator_id: int, year: int) -> YearOverview:
    first, last, start, end = _bounds(year)
    with store.read() as session:
        mediator = session.get(Mediator, mediator_id)
        if mediator is None:
            raise NotFound(str(mediator_id))
        cases = [tuple(row) for row in session.execute(
            select(Case.number, CaseMediator.assigned_on, CaseMediator.released_on)
            .join(Case, Case.id == CaseMediator.case_id)
            .where(CaseMediator.mediator_id == mediator_id, CaseMediator.assigned_on <= last,
                   or_(CaseMediator.released_on.is_(None), CaseMediator.released_on >= first))
            .order_by(CaseMediator.assigned_on))]
        talks = session.scalar(
            select(func.count()).select_from(AppointmentMediator)
            .join(Appointment, Appointment.id == AppointmentMediator.appointment_id)
            .where(AppointmentMediator.mediator_id == mediator_id,
                   Appointment.outcome == AppointmentOutcome.HELD,
                   Appointment.starts_at >= start, Appointment.starts_at < end)) or 0
        trainings = [tuple(row) for row in session.execute(
            select(MediatorTraining.held_on, MediatorTraining.kind, MediatorTraining.title,
                   MediatorTraining.minutes)
            .where(MediatorTraining.mediator_id == mediator_id,
                   MediatorTraining.held_on >= first, MediatorTraining.held_on <= last)
            .order_by(MediatorTraining.held_on))]
        meetings = session.execute(
            select(MeetingAttendee.attended)
            .join(Meeting, Meeting.id == MeetingAttendee.meeting_id)
            .where(MeetingAttendee.mediator_id == mediator_id, MeetingAttendee.removed.is_(False),
                   Meeting.cancelled.is_(False), Meeting.starts_at >= start,
                   Meeting.starts_at < end, Meeting.starts_at <= datetime.now())).scalars().all()
        return YearOverview(
            mediator_id, format_name(mediator.first_name, mediator.name_prefix,
                                     mediator.last_name),
            year, cases, talks, trainings, sum(1 for a in meetings if a),
            len(meetings), period_lines(session, first, last, mediator_id))


def year_pdf(org: OrganisationInfo, overview: YearOverview, today: date | None = None) -> bytes:
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table

    today = today or date.today()
    s = report_pdf.styles()
    width = report_pdf.text_width()
    costs = sum(line.costs_cents for line in overview.expenses)
    allowance = sum(line.allowance_cents for line in overview.expenses)
    story: list = [
        Paragraph(f"Jaaroverzicht {overview.year} — {escape(overview.name)}", s.title),
        Spacer(1, 4 * mm),
        Table([["", ""],
               ["Zaken (koppel)", str(len(overview.cases))],
               ["Gesprekken gevoerd", str(overview.talks_held)],
               ["Uren ingezet (volgens de declaraties)", format_duration(overview.hours_minutes)],
               ["Trainingen", f"{len(overview.trainings)} "
                              f"({format_duration(overview.training_minutes)} uur)"],
               ["Intervisie", f"{overview.meetings_attended} van "
                              f"{overview.meetings_invited} bijeenkomsten"],
               ["Onkosten", format_money(costs)],
               ["Vrijwilligersvergoeding", format_money(allowance)]],
              colWidths=[width * 0.6, width * 0.4], style=s.grid),
        Paragraph("Zaken", s.heading),
    ]
    if overview.cases:
        story.append(Table(
            [["Zaak", "Vanaf", "Tot"]] + [
                [number, assigned.strftime("%d-%m-%Y"),
                 released.strftime("%d-%m-%Y") if released else "loopt nog"]
                for number, assigned, released in overview.cases],
            colWidths=[width * 0.4, width * 0.3, width * 0.3], style=s.grid, repeatRows=1))
    else:
        story.append(Paragraph("Geen zaken dit jaar.", s.body))
    story.append(Paragraph("Trainingen", s.heading))
    if overview.trainings:
        story.append(Table(
            [["Datum", "Soort", "Omschrijving", "Uren"]] + [
                [held.strftime("%d-%m-%Y"), TRAINING_NL.get(kind, kind),
                 Paragraph(escape(title), s.small), format_duration(minutes) if minutes else ""]
                for held, kind, title, minutes in overview.trainings],
            colWidths=[width * 0.18, width * 0.22, width * 0.45, width * 0.15], style=s.grid,
            repeatRows=1))
    else:
        story.append(Paragraph("Geen trainingen dit jaar.", s.body))
    story.append(Paragraph("De cijfers komen uit Burenrust: afspraken met een uitkomst "
                           "'gevoerd', declaraties en de aanwezigheid bij intervisie.", s.small))
    return report_pdf.build(org, story, f"Jaaroverzicht {overview.year}",
                            report_pdf.footer(org, f"jaaroverzicht {overview.year}", today))


def export_year(store: Store, mediator_id: int, year: int) -> bytes:
    from desktop.documents.organisation import get_organisation
    from models.roles import Permission

    store.require(Permission.EXPORT)
    return year_pdf(get_organisation(store), year_overview(store, mediator_id, year))


@dataclass(frozen=True)
class OfficeTotals:
    active_volunteers: int
    hours_minutes: int
    training_minutes: int
    intervisie_minutes: int


def office_totals(session: Session, first: date, last: date) -> OfficeTotals:
    """What funders ask: active volunteers now, hours given (declared), training and
    intervisie hours in the period."""
    start = datetime.combine(first, datetime.min.time())
    end = datetime.combine(last, datetime.max.time())
    active = session.scalar(select(func.count()).select_from(Mediator).where(
        Mediator.state == MediatorState.ACTIVE)) or 0
    hours = session.scalar(select(func.coalesce(func.sum(MediatorExpense.minutes), 0)).where(
        MediatorExpense.spent_on >= first, MediatorExpense.spent_on <= last)) or 0
    training = session.scalar(select(func.coalesce(func.sum(MediatorTraining.minutes), 0))
                              .where(MediatorTraining.held_on >= first,
                                     MediatorTraining.held_on <= last)) or 0
    meetings = session.execute(
        select(Meeting.starts_at, Meeting.ends_at)
        .join(MeetingAttendee, MeetingAttendee.meeting_id == Meeting.id)
        .where(MeetingAttendee.attended.is_(True), Meeting.cancelled.is_(False),
               Meeting.starts_at >= start, Meeting.starts_at <= end)).all()
    intervisie = sum(int((ends - starts).total_seconds() // 60) for starts, ends in meetings)
    return OfficeTotals(int(active), int(hours), int(training), intervisie)
