"""Audit trail: who changed what in case data, and when. Written in the same
transaction as the change itself (see desktop.data.audit)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, nullable=False, index=True)
    user: Mapped[str] = mapped_column(String(80), nullable=False)
    entity: Mapped[str] = mapped_column(String(40), nullable=False)
    entity_id: Mapped[int] = mapped_column(Integer, nullable=False)
    case_id: Mapped[int | None] = mapped_column(Integer, index=True)  # no FK: outlives the case
    action: Mapped[str] = mapped_column(String(10), nullable=False)  # insert / update / delete
    # JSON; the program's own bookkeeping, so no length limit (models.limits)
    changes: Mapped[str] = mapped_column(Text, nullable=False, default="{}",
                                         info={"max_chars": 0})
