"""Categories the coordinator can extend (conflict types, referrer kinds,
results, reasons for no mediation). Seeded by the first migration."""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class LookupMixin:
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # A stable code for reports and imports; names may be edited freely.
    code: Mapped[str] = mapped_column(String(40), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    name_en: Mapped[str | None] = mapped_column(String(120))
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class ConflictType(LookupMixin, Base):
    __tablename__ = "conflict_types"


class ReferrerKind(LookupMixin, Base):
    __tablename__ = "referrer_kinds"
    # True for "the resident themself": no partner contact is asked for.
    is_self: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class CaseResult(LookupMixin, Base):
    __tablename__ = "case_results"
    # "No mediation" needs a closing reason.
    requires_reason: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    counts_as_resolved: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class ClosingReason(LookupMixin, Base):
    __tablename__ = "closing_reasons"


class IncidentKind(LookupMixin, Base):
    __tablename__ = "incident_kinds"


LOOKUP_MODELS: dict[str, type[LookupMixin]] = {
    "conflict_types": ConflictType,
    "referrer_kinds": ReferrerKind,
    "case_results": CaseResult,
    "closing_reasons": ClosingReason,
    "incident_kinds": IncidentKind,
}
