"""The register of volunteer mediators: details, weekly availability,
absences, trainings and peer supervision, and the work they carry."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.cases.registration import AddressInput, find_or_create_address, validate_address
from desktop.data.errors import FieldError, NotFound, ValidationFailed
from desktop.data.store import Store
from desktop.data.value_guard import date_errors, field_errors
from desktop.volunteers.due import Reminder, due_reminders
from models import (
    Address,
    Case,
    CaseMediator,
    Mediator,
    MediatorAbsence,
    MediatorAvailability,
    MediatorTraining,
    format_name,
)
from models.enums import AgeBand, CaseStatus, DayPart, Gender, MediatorState, TrainingKind
from models.rules import check_email, check_phone, fold, format_house_number

MAX_OPEN_CASES_LIMIT = 20
Slot = tuple[int, str]  # (weekday 0 = Monday, DayPart)


@dataclass
class MediatorInput:
    last_name: str
    first_name: str = ""
    name_prefix: str = ""
    phone: str = ""
    email: str = ""
    address: AddressInput = field(default_factory=AddressInput)
    gender: str = Gender.UNKNOWN
    age_band: str = AgeBand.UNKNOWN
    languages: str = ""  # comma separated, besides Dutch
    started_on: date | None = None
    basic_training_on: date | None = None
    vog_issued_on: date | None = None  # certificate of conduct (VOG)
    max_open_cases: int = 2
    state: str = MediatorState.ACTIVE
    notes: str = ""


@dataclass(frozen=True)
class MediatorRow:
    id: int
    name: str
    state: str
    postcode: str
    neighbourhood: str
    languages: str
    open_cases: int
    max_open_cases: int
    cases_done: int
    care: tuple[Reminder, ...] = ()  # what volunteer care asks about them now


@dataclass(frozen=True)
class AbsenceView:
    id: int
    starts_on: date
    ends_on: date
    reason: str


@dataclass(frozen=True)
class TrainingView:
    id: int
    kind: str
    title: str
    held_on: date
    minutes: int = 0


@dataclass(frozen=True)
class MediatorCase:
    case_id: int
    number: str
    status: str
    assigned_on: date
    released_on: date | None


@dataclass(frozen=True)
class MediatorDetail:
    id: int
    name: str
    values: MediatorInput
    availability: frozenset[Slot]
    absences: list[AbsenceView]
    trainings: list[TrainingView]
    open_cases: list[MediatorCase]
    past_cases: list[MediatorCase]


def languages_of(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


def validate_mediator(values: MediatorInput) -> list[FieldError]:
    errors: list[FieldError] = []
    if not values.last_name.strip():
        errors.append(FieldError("M.last_name", "last_name_required"))
    for name, check in (("phone", check_phone), ("email", check_email)):
        result = check(getattr(values, name))
        if result.error:
            errors.append(FieldError(f"M.{name}", result.error))
    errors.extend(validate_address("M", values.address, required=False))
    if not 0 <= values.max_open_cases <= MAX_OPEN_CASES_LIMIT:
        errors.append(FieldError("M.max_open_cases", "invalid"))
    if values.state not in set(MediatorState):
        errors.append(FieldError("M.state", "invalid"))
    if values.started_on and values.started_on > date.today():
        errors.append(FieldError("M.started_on", "date_in_future"))
    if values.vog_issued_on and values.vog_issued_on > date.today():
        errors.append(FieldError("M.vog_issued_on", "date_in_future"))
    errors += field_errors(Mediator, {
        "first_name": values.first_name.strip(), "name_prefix": values.name_prefix.strip(),
        "last_name": values.last_name.strip(), "languages": values.languages.strip(),
        "notes": values.notes.strip()}, "M.")
    errors += date_errors({"started_on": values.started_on,
                           "basic_training_on": values.basic_training_on,
                           "vog_issued_on": values.vog_issued_on}, "M.")
    return errors


_OPEN = [status.value for status in CaseStatus if status != CaseStatus.CLOSED]


def _open_counts(session: Session, ids: list[int] | None = None) -> dict[int, int]:
    # Open cases are few and their statuses indexed: start from them, not from
    # every pair ever made.
    statement = (
        select(CaseMediator.mediator_id, func.count())
        .where(CaseMediator.released_on.is_(None),
               CaseMediator.case_id.in_(select(Case.id).where(Case.status.in_(_OPEN))))
        .group_by(CaseMediator.mediator_id)
    )
    if ids is not None:
        statement = statement.where(CaseMediator.mediator_id.in_(ids))
    return dict(session.execute(statement).all())


def _done_counts(session: Session) -> dict[int, int]:
    """Cases closed with each mediator: all their cases less the open ones (closed
    cases are most of the table; counting them one by one read it all)."""
    every = dict(session.execute(
        select(CaseMediator.mediator_id, func.count()).group_by(CaseMediator.mediator_id)
    ).all())
    still_open = dict(session.execute(
        select(CaseMediator.mediator_id, func.count())
        .where(CaseMediator.case_id.in_(select(Case.id).where(Case.status.in_(_OPEN))))
        .group_by(CaseMediator.mediator_id)
    ).all())
    return {m: count - still_open.get(m, 0) for m, count in every.items()
            if count > still_open.get(m, 0)}


def mediator_names(store: Store, state: str | None = None) -> list[tuple[int, str]]:
    """Every mediator's id and name (or those in one state), by name: for a filter,
    without the counts of `list_mediators` (those read every case's pair)."""
    statement = select(Mediator.id, Mediator.first_name, Mediator.name_prefix,
                       Mediator.last_name).order_by(Mediator.last_name, Mediator.first_name)
    if state is not None:
        statement = statement.where(Mediator.state == state)
    with store.read() as session:
        rows = session.execute(statement).all()
    return [(row.id, format_name(row.first_name, row.name_prefix, row.last_name))
            for row in rows]


def list_mediators(store: Store, text: str = "", state: str | None = None) -> list[MediatorRow]:
    with store.read() as session:
        statement = (
            select(Mediator, Address.postcode, Address.neighbourhood)
            .outerjoin(Address, Address.id == Mediator.address_id)
            .order_by(Mediator.last_name, Mediator.first_name)
        )
        if state:
            statement = statement.where(Mediator.state == state)
        rows = session.execute(statement).all()
        open_counts = _open_counts(session)
        done_counts = _done_counts(session)
        care: dict[int, list[Reminder]] = {}
        for reminder in due_reminders(session):
            care.setdefault(reminder.mediator_id, []).append(reminder)
    wanted = fold(text.strip())
    result = []
    for mediator, postcode, neighbourhood in rows:
        name = format_name(mediator.first_name, mediator.name_prefix, mediator.last_name)
        haystack = fold(f"{name} {postcode or ''} {neighbourhood or ''} {mediator.languages}")
        if wanted and wanted not in haystack:
            continue
        result.append(
            MediatorRow(
                mediator.id, name, mediator.state, postcode or "", neighbourhood or "",
                mediator.languages, open_counts.get(mediator.id, 0), mediator.max_open_cases,
                done_counts.get(mediator.id, 0), tuple(care.get(mediator.id, ())),
            )
        )
    return result


def _load(session: Session, mediator_id: int) -> Mediator:
    mediator = session.get(Mediator, mediator_id)
    if mediator is None:
        raise NotFound(str(mediator_id))
    return mediator


def get_mediator(store: Store, mediator_id: int) -> MediatorDetail:
    with store.read() as session:
        m = _load(session, mediator_id)
        address = session.get(Address, m.address_id) if m.address_id else None
        values = MediatorInput(
            last_name=m.last_name, first_name=m.first_name, name_prefix=m.name_prefix,
            phone=m.phone, email=m.email,
            address=AddressInput(
                address.postcode,
                format_house_number(address.house_number, address.house_number_suffix),
                address.street, address.town, address.municipality, address.neighbourhood,
            ) if address else AddressInput(),
            gender=m.gender, age_band=m.age_band, languages=m.languages,
            started_on=m.started_on, basic_training_on=m.basic_training_on,
            vog_issued_on=m.vog_issued_on, max_open_cases=m.max_open_cases, state=m.state,
            notes=m.notes,
        )
        slots = frozenset(
            (row.weekday, row.part)
            for row in session.scalars(
                select(MediatorAvailability).where(MediatorAvailability.mediator_id == m.id)
            )
        )
        absences = [
            AbsenceView(a.id, a.starts_on, a.ends_on, a.reason)
            for a in session.scalars(
                select(MediatorAbsence)
                .where(MediatorAbsence.mediator_id == m.id)
                .order_by(MediatorAbsence.starts_on.desc())
            )
        ]
        trainings = [
            TrainingView(t.id, t.kind, t.title, t.held_on, t.minutes)
            for t in session.scalars(
                select(MediatorTraining)
                .where(MediatorTraining.mediator_id == m.id)
                .order_by(MediatorTraining.held_on.desc())
            )
        ]
        cases = [
            MediatorCase(case_id, number, status, assigned_on, released_on)
            for case_id, number, status, assigned_on, released_on in session.execute(
                select(Case.id, Case.number, Case.status, CaseMediator.assigned_on,
                       CaseMediator.released_on)
                .join(CaseMediator, CaseMediator.case_id == Case.id)
                .where(CaseMediator.mediator_id == m.id)
                .order_by(CaseMediator.assigned_on.desc())
            ).all()
        ]
        name = format_name(m.first_name, m.name_prefix, m.last_name)
    open_cases = [c for c in cases if c.released_on is None and c.status != CaseStatus.CLOSED]
    past_cases = [c for c in cases if c not in open_cases]
    return MediatorDetail(mediator_id, name, values, slots, absences, trainings, open_cases,
                          past_cases)


def save_mediator(store: Store, mediator_id: int | None, values: MediatorInput) -> int:
    errors = validate_mediator(values)
    if errors:
        raise ValidationFailed(errors)
    with store.unit() as session:
        mediator = Mediator() if mediator_id is None else _load(session, mediator_id)
        if mediator_id is None:
            session.add(mediator)
        mediator.first_name = values.first_name.strip()
        mediator.name_prefix = values.name_prefix.strip()
        mediator.last_name = values.last_name.strip()
        mediator.phone = check_phone(values.phone).value
        mediator.email = check_email(values.email).value
        address = find_or_create_address(session, values.address)
        session.flush()
        mediator.address_id = address.id if address else None
        mediator.gender = values.gender
        mediator.age_band = values.age_band
        mediator.languages = ", ".join(languages_of(values.languages))
        mediator.started_on = values.started_on
        mediator.basic_training_on = values.basic_training_on
        mediator.vog_issued_on = values.vog_issued_on
        mediator.max_open_cases = values.max_open_cases
        # The retention term of a mediator who left counts from the day they stopped.
        if values.state == MediatorState.STOPPED and mediator.state != MediatorState.STOPPED:
            mediator.stopped_on = date.today()
        elif values.state != MediatorState.STOPPED:
            mediator.stopped_on = None
        mediator.state = values.state
        mediator.notes = values.notes.strip()
        session.flush()
        return mediator.id


def set_availability(store: Store, mediator_id: int, slots: set[Slot]) -> None:
    for weekday, part in slots:
        if not 0 <= weekday <= 6 or part not in set(DayPart):
            raise ValidationFailed([FieldError("availability", "invalid")])
    with store.unit() as session:
        _load(session, mediator_id)
        existing = {
            (row.weekday, row.part): row
            for row in session.scalars(
                select(MediatorAvailability).where(
                    MediatorAvailability.mediator_id == mediator_id
                )
            )
        }
        for slot, row in existing.items():
            if slot not in slots:
                session.delete(row)
        for weekday, part in slots - set(existing):
            session.add(MediatorAvailability(mediator_id=mediator_id, weekday=weekday, part=part))


def add_absence(store: Store, mediator_id: int, starts_on: date, ends_on: date,
                reason: str = "") -> int:
    problems = field_errors(MediatorAbsence, {"reason": reason.strip()},
                            names={"reason": "absence"})
    problems += date_errors({"absence": starts_on}) + date_errors({"absence": ends_on})
    if ends_on < starts_on:
        problems.append(FieldError("absence", "end_before_start"))
    if problems:
        raise ValidationFailed(problems)
    with store.unit() as session:
        _load(session, mediator_id)
        absence = MediatorAbsence(mediator_id=mediator_id, starts_on=starts_on, ends_on=ends_on,
                                  reason=reason.strip())
        session.add(absence)
        session.flush()
        return absence.id


def remove_absence(store: Store, absence_id: int) -> None:
    with store.unit() as session:
        absence = session.get(MediatorAbsence, absence_id)
        if absence is not None:
            session.delete(absence)


MAX_TRAINING_MINUTES = 40 * 60  # a week's course at most, per entry


def add_training(store: Store, mediator_id: int, kind: str, held_on: date,
                 title: str = "", minutes: int = 0) -> int:
    problems = field_errors(MediatorTraining, {"title": title.strip()},
                            names={"title": "training"})
    problems += date_errors({"training": held_on})
    if kind not in set(TrainingKind) or not 0 <= minutes <= MAX_TRAINING_MINUTES:
        problems.append(FieldError("training", "invalid"))
    if problems:
        raise ValidationFailed(problems)
    with store.unit() as session:
        _load(session, mediator_id)
        training = MediatorTraining(mediator_id=mediator_id, kind=kind, held_on=held_on,
                                    title=title.strip(), minutes=minutes)
        session.add(training)
        session.flush()
        return training.id


def remove_training(store: Store, training_id: int) -> None:
    with store.unit() as session:
        training = session.get(MediatorTraining, training_id)
        if training is not None:
            session.delete(training)
