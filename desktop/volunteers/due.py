"""What volunteer care asks of the coordinator now or soon: a VOG to renew, a
training requirement not met, intervisie missed, a mediator without a case for
weeks. Read only; Te doen and `burenrust mediators due` show the same list.

Only active mediators are named: a paused one is not expected to do anything, and
one on leave (an absence today) is not called about being inactive; days of
absence do not count as weeks without a case either."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.data.store import Store
from desktop.volunteers.care_settings import CareSettings, load_settings
from desktop.volunteers.meetings import missed_in_a_row
from desktop.volunteers.vog import VogState, add_years, valid_until, vog_state
from models import Case, CaseMediator, Mediator, MediatorAbsence, MediatorTraining, format_name
from models.enums import CaseStatus, MediatorState, TrainingKind

KINDS = ("vog", "training", "intervisie", "inactive")


@dataclass(frozen=True)
class Reminder:
    mediator_id: int
    name: str
    kind: str  # one of KINDS
    due_on: date
    detail: str  # vog: missing/expired/expiring; training: "done/needed";
    # intervisie: meetings missed in a row; inactive: weeks without a case


def _vog(m, settings: CareSettings, today: date) -> Reminder | None:
    state = vog_state(m.vog_issued_on, settings.vog_term_years, settings.vog_warn_weeks, today)
    if state == VogState.VALID:
        return None
    until = valid_until(m.vog_issued_on, settings.vog_term_years)
    return Reminder(m.id, m.name, "vog", until or today, state.value)


def _training(m, courses: list[date], settings: CareSettings, today: date,
              horizon: date) -> Reminder | None:
    needed = settings.refreshers_per_year
    if not needed:
        return None
    if len(courses) >= needed:
        due = add_years(courses[needed - 1], 1)  # the needed-th latest, a year on
        done = sum(1 for d in courses if d > add_years(today, -1))
    else:
        since = m.basic_training_on or m.started_on
        due = add_years(since, 1) if since else today
        done = len(courses)
    if due > horizon:
        return None
    return Reminder(m.id, m.name, "training", due, f"{min(done, needed)}/{needed}")


def _absent_days(spans: list[tuple[date, date]], first: date, last: date) -> int:
    days: set[date] = set()
    for start, end in spans:
        day = max(start, first)
        while day <= min(end, last):
            days.add(day)
            day += timedelta(days=1)
    return len(days)


def due_reminders(session: Session, today: date | None = None) -> list[Reminder]:
    today = today or date.today()
    settings = load_settings(session)
    horizon = today + timedelta(weeks=settings.vog_warn_weeks)
    mediators = session.execute(
        select(Mediator.id, Mediator.first_name, Mediator.name_prefix, Mediator.last_name,
               Mediator.vog_issued_on, Mediator.basic_training_on, Mediator.started_on,
               Mediator.created_at)
        .where(Mediator.state == MediatorState.ACTIVE)).all()
    courses: dict[int, list[date]] = {}
    for mediator_id, held_on in session.execute(
            select(MediatorTraining.mediator_id, MediatorTraining.held_on)
            .where(MediatorTraining.kind == TrainingKind.COURSE, MediatorTraining.held_on <= today)
            .order_by(MediatorTraining.held_on.desc())):
        courses.setdefault(mediator_id, []).append(held_on)
    open_statuses = [s.value for s in CaseStatus if s != CaseStatus.CLOSED]
    busy = set(session.scalars(
        select(CaseMediator.mediator_id).join(Case, Case.id == CaseMediator.case_id)
        .where(CaseMediator.released_on.is_(None), Case.status.in_(open_statuses))))
    last_case = dict(session.execute(
        select(CaseMediator.mediator_id,
               func.max(func.coalesce(CaseMediator.released_on, CaseMediator.assigned_on)))
        .group_by(CaseMediator.mediator_id)).all())
    absences: dict[int, list[tuple[date, date]]] = {}
    for mediator_id, starts_on, ends_on in session.execute(
            select(MediatorAbsence.mediator_id, MediatorAbsence.starts_on,
                   MediatorAbsence.ends_on).where(MediatorAbsence.starts_on <= today)):
        absences.setdefault(mediator_id, []).append((starts_on, ends_on))
    missed = missed_in_a_row(session, datetime.combine(today, datetime.max.time()))
    found: list[Reminder] = []
    for row in mediators:
        m = _Named(row)
        if (reminder := _vog(m, settings, today)) is not None:
            found.append(reminder)
        if (reminder := _training(m, courses.get(m.id, []), settings, today,
                                  horizon)) is not None:
            found.append(reminder)
        count, last_missed = missed.get(m.id, (0, today))
        if count >= settings.missed_meetings:
            found.append(Reminder(m.id, m.name, "intervisie", last_missed, str(count)))
        spans = absences.get(m.id, [])
        on_leave = any(start <= today <= end for start, end in spans)
        if m.id in busy or on_leave:
            continue
        since = last_case.get(m.id) or m.started_on or m.created_at.date()
        if since > today:
            continue
        due = since + timedelta(weeks=settings.inactive_weeks,
                                days=_absent_days(spans, since, today))
        if due <= today:
            found.append(Reminder(m.id, m.name, "inactive", due,
                                  str((today - since).days // 7)))
    found.sort(key=lambda r: (r.due_on, KINDS.index(r.kind), r.name.casefold()))
    return found


class _Named:
    """A mediator row with the name spelled out once."""

    def __init__(self, row) -> None:
        self.id = row.id
        self.name = format_name(row.first_name, row.name_prefix, row.last_name)
        self.vog_issued_on = row.vog_issued_on
        self.basic_training_on = row.basic_training_on
        self.started_on = row.started_on
        self.created_at = row.created_at


def mediators_due(store: Store, today: date | None = None) -> list[Reminder]:
    with store.read() as session:
        return due_reminders(session, today)
