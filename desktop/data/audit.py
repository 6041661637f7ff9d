"""Audit trail of every change to case data, written by a session hook in the
same transaction as the change, so it can neither be skipped nor outlive a
rollback."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, inspect, select
from sqlalchemy.orm import Session

from models import (
    Address,
    Appointment,
    AppointmentMediator,
    AuditEntry,
    Case,
    CaseConflictType,
    CaseDocument,
    CaseMediator,
    CaseParty,
    Incident,
    IncidentPerson,
    JournalEntry,
    LetterTemplate,
    Mediator,
    MediatorAbsence,
    MediatorAvailability,
    MediatorTraining,
    Organisation,
    PartnerContact,
    PartnerContactMoment,
    PartnerOrganisation,
    Person,
)

if TYPE_CHECKING:
    from desktop.data.store import Store

AUDITED = (
    Case, CaseParty, CaseConflictType, CaseMediator, Person, Address, JournalEntry,
    Mediator, MediatorAvailability, MediatorAbsence, MediatorTraining,
    Appointment, AppointmentMediator, CaseDocument, Organisation, LetterTemplate,
    Incident, IncidentPerson, PartnerOrganisation, PartnerContact, PartnerContactMoment,
)
# source and logo are large (and the letter text is kept with the document itself).
_SKIPPED_FIELDS = {"created_at", "updated_at", "version", "source", "logo"}


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _case_id(obj: object) -> int | None:
    if isinstance(obj, Case):
        return obj.id
    return getattr(obj, "case_id", None)


def _changes(obj: object, action: str) -> dict[str, Any]:
    state = inspect(obj)
    changes: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _SKIPPED_FIELDS:
            continue
        history = state.attrs[attr.key].history
        if action == "insert":
            value = getattr(obj, attr.key)
            if value not in (None, "", False):
                changes[attr.key] = _plain(value)
        elif action == "update" and history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                changes[attr.key] = [_plain(old), _plain(new)]
    return changes


def record_changes(session: Session, _flush_context: object) -> None:
    user = session.info.get("user", "onbekend")
    now = datetime.now().replace(microsecond=0)
    rows: list[dict[str, Any]] = []
    for action, objects in (
        ("insert", session.new),
        ("update", session.dirty),
        ("delete", session.deleted),
    ):
        for obj in objects:
            if not isinstance(obj, AUDITED):
                continue
            changes = {} if action == "delete" else _changes(obj, action)
            if action == "update" and not changes:
                continue
            rows.append(
                {
                    "at": now,
                    "user": user,
                    "entity": type(obj).__tablename__,
                    "entity_id": inspect(obj).identity[0] if inspect(obj).identity else 0,
                    "case_id": _case_id(obj),
                    "action": action,
                    "changes": json.dumps(changes, ensure_ascii=False, sort_keys=True),
                }
            )
    if rows:
        session.connection().execute(insert(AuditEntry), rows)


@dataclass(frozen=True)
class AuditView:
    at: datetime
    user: str
    entity: str
    action: str
    changes: dict[str, Any]


def case_history(store: Store, case_id: int, limit: int = 500) -> list[AuditView]:
    """What changed in a case, newest first: the case's own rows and the persons
    and addresses of its parties (shared rows carry no case id of their own)."""
    with store.read() as session:
        parties = session.execute(
            select(CaseParty.person_id, CaseParty.address_id).where(CaseParty.case_id == case_id)
        ).all()
        person_ids = {p for p, _a in parties}
        address_ids = {a for _p, a in parties if a is not None}
        rows = session.scalars(
            select(AuditEntry)
            .where(
                (AuditEntry.case_id == case_id)
                | ((AuditEntry.entity == "persons") & AuditEntry.entity_id.in_(person_ids))
                | ((AuditEntry.entity == "addresses") & AuditEntry.entity_id.in_(address_ids))
            )
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
            .limit(limit)
        ).all()
        return [
            AuditView(r.at, r.user, r.entity, r.action, json.loads(r.changes or "{}"))
            for r in rows
        ]
