"""A case's history: what changed in it, when and by whom, read from the audit
trail that desktop.data.audit writes with every change."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from desktop.data.store import Store
from models import AuditEntry, CaseParty


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
