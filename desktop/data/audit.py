"""Audit trail of every change to case data, written by a session hook in the
same transaction as the change, so it can neither be skipped nor outlive a
rollback."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert, inspect
from sqlalchemy.orm import Session

from models import (
    AccessSettings,
    Address,
    AllowanceLimit,
    Appointment,
    AppointmentMediator,
    AuditEntry,
    Case,
    CaseConflictType,
    CaseDocument,
    CaseMediator,
    CaseParty,
    DistinctPair,
    Incident,
    IncidentPerson,
    JournalEntry,
    LetterTemplate,
    Mediator,
    MediatorAbsence,
    MediatorAvailability,
    MediatorExpense,
    MediatorTraining,
    Meeting,
    MeetingAttendee,
    Organisation,
    PartnerContact,
    PartnerContactMoment,
    PartnerOrganisation,
    Person,
    PrivacySettings,
    ResidentRequest,
    User,
    VolunteerSettings,
)

AUDITED = (
    Case, CaseParty, CaseConflictType, CaseMediator, Person, Address, JournalEntry,
    Mediator, MediatorAvailability, MediatorAbsence, MediatorTraining,
    Appointment, AppointmentMediator, CaseDocument, Organisation, LetterTemplate,
    Incident, IncidentPerson, PartnerOrganisation, PartnerContact, PartnerContactMoment,
    PrivacySettings, ResidentRequest, User, AccessSettings,
    VolunteerSettings, AllowanceLimit, Meeting, MeetingAttendee, MediatorExpense, DistinctPair,
)
# source and logo are large (and the letter text is kept with the document itself); a
# password's hash and the sign-in counters are nobody's business in the trail.
_SKIPPED_FIELDS = {"created_at", "updated_at", "version", "source", "logo", "password_hash",
                   "failed_attempts", "last_failed_at", "last_sign_in_at"}


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
                    # After the flush an inserted row has its id, but no identity key yet.
                    "entity_id": inspect(obj).mapper.primary_key_from_instance(obj)[0] or 0,
                    "case_id": _case_id(obj),
                    "action": action,
                    "changes": json.dumps(changes, ensure_ascii=False, sort_keys=True),
                }
            )
    if rows:
        session.connection().execute(insert(AuditEntry), rows)


def record_event(session: Session, action: str, what: str, details: dict[str, Any]) -> None:
    """Who exported, restored or anonymised what, and when, in the audit trail:
    the kind of thing and its extent, never the personal data itself."""
    session.connection().execute(insert(AuditEntry), [{
        "at": datetime.now().replace(microsecond=0),
        "user": session.info.get("user", "onbekend"), "entity": what[:40], "entity_id": 0,
        "case_id": None, "action": action[:10],
        "changes": json.dumps({k: _plain(v) for k, v in details.items()},
                              ensure_ascii=False, sort_keys=True)}])
