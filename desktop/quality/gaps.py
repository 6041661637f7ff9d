"""What is incomplete in the file and matters: parties whose address has no
postcode (an import), closed cases without a result (the figures miss them),
open cases nothing happened in for months, active mediators without free
times (pairing cannot propose them). Each gap names the record that opens it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.data.store import Store
from models import (
    Address,
    Appointment,
    Case,
    CaseParty,
    JournalEntry,
    Mediator,
    MediatorAvailability,
    format_name,
)
from models.enums import CaseStatus, MediatorState
from models.rules import format_house_number

QUIET_DAYS = 90  # "no activity for months"
SHOWN = 500  # lines per kind; the count says how many there are


@dataclass(frozen=True)
class Gap:
    kind: str  # "postcode", "imported", "result", "quiet", "availability"
    case_id: int | None
    mediator_id: int | None
    what: str  # the case number or the mediator's name
    detail: str  # as typed, the last activity, …
    since: date | None = None


@dataclass(frozen=True)
class Gaps:
    lines: list[Gap]
    counts: dict[str, int]


def _parties_without_postcode(session: Session) -> list[Gap]:
    rows = session.execute(
        select(Case.id, Case.number, CaseParty.role, CaseParty.address_as_typed,
               Address.street, Address.house_number, Address.house_number_suffix,
               Address.postcode)
        .join(CaseParty, CaseParty.case_id == Case.id)
        .outerjoin(Address, Address.id == CaseParty.address_id)
        .where(Case.anonymised_on.is_(None),
               ((CaseParty.address_id.is_(None)) & (CaseParty.address_as_typed != ""))
               | (func.length(Address.postcode) < 7))
        .order_by(Case.registered_on.desc(), Case.id.desc(), CaseParty.role)).all()
    return [Gap("postcode", r.id, None, r.number, f"{r.role}: " + (
        r.address_as_typed or f"{r.street} "
        f"{format_house_number(r.house_number, r.house_number_suffix)}, {r.postcode}"))
        for r in rows]


def _imported_to_complete(session: Session) -> list[Gap]:
    """What an import could not fill in and the case still lists (its first line)."""
    rows = session.execute(
        select(Case.id, Case.number, Case.to_complete)
        .where(Case.to_complete != "", Case.anonymised_on.is_(None))
        .order_by(Case.registered_on.desc(), Case.id.desc())).all()
    return [Gap("imported", r.id, None, r.number,
                next((line for line in r.to_complete.splitlines() if line.strip()), ""))
            for r in rows]


def _closed_without_result(session: Session) -> list[Gap]:
    rows = session.execute(
        select(Case.id, Case.number, Case.closed_on)
        .where(Case.status == CaseStatus.CLOSED, Case.result_id.is_(None),
               Case.anonymised_on.is_(None))
        .order_by(Case.closed_on.desc(), Case.id.desc())).all()
    return [Gap("result", r.id, None, r.number, "", r.closed_on) for r in rows]


def _quiet_cases(session: Session, today: date) -> list[Gap]:
    line = datetime.combine(today - timedelta(days=QUIET_DAYS), datetime.min.time())
    last = (select(JournalEntry.case_id, func.max(JournalEntry.occurred_at).label("last"))
            .group_by(JournalEntry.case_id).subquery())
    ahead = select(Appointment.case_id).where(Appointment.starts_at >= datetime.now())
    rows = session.execute(
        select(Case.id, Case.number, Case.registered_on, last.c.last)
        .outerjoin(last, last.c.case_id == Case.id)
        .where(Case.status != CaseStatus.CLOSED, Case.anonymised_on.is_(None),
               func.coalesce(last.c.last, Case.registered_on) < line,
               Case.registered_on < line.date(), Case.id.not_in(ahead))
        .order_by(func.coalesce(last.c.last, Case.registered_on), Case.id)).all()
    return [Gap("quiet", r.id, None, r.number, "",
                (r.last.date() if isinstance(r.last, datetime)
                 else date.fromisoformat(str(r.last)[:10])) if r.last else r.registered_on)
            for r in rows]


def _mediators_without_availability(session: Session) -> list[Gap]:
    rows = session.execute(
        select(Mediator.id, Mediator.first_name, Mediator.name_prefix, Mediator.last_name)
        .where(Mediator.state == MediatorState.ACTIVE,
               Mediator.id.not_in(select(MediatorAvailability.mediator_id)))
        .order_by(Mediator.last_name, Mediator.first_name)).all()
    return [Gap("availability", None, r.id, format_name(r.first_name, r.name_prefix,
                                                        r.last_name), "") for r in rows]


def find_gaps(store: Store, today: date | None = None) -> Gaps:
    today = today or date.today()
    with store.read() as session:
        found = {"postcode": _parties_without_postcode(session),
                 "imported": _imported_to_complete(session),
                 "result": _closed_without_result(session),
                 "quiet": _quiet_cases(session, today),
                 "availability": _mediators_without_availability(session)}
    counts = {kind: len(lines) for kind, lines in found.items()}
    return Gaps([gap for lines in found.values() for gap in lines[:SHOWN]], counts)

