"""What the organisation promises residents in its privacy statement: how long a
file is kept after its last case closes, and the register of residents' requests
(inzage, correction, erasure, objection), each answered within 30 days."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, TimestampMixin
from models.enums import RequestStatus

DEFAULT_RETENTION_MONTHS = 24
ANSWER_WITHIN_DAYS = 30


class PrivacySettings(TimestampMixin, Base):
    """One row (id 1): the retention term and the organisation's own words for it."""

    __tablename__ = "privacy_settings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    retention_months: Mapped[int] = mapped_column(Integer, nullable=False,
                                                  default=DEFAULT_RETENTION_MONTHS)
    # Empty: the program's own wording (desktop.privacy.retention.default_statement).
    statement: Mapped[str] = mapped_column(Text, nullable=False, default="",
                                           info={"max_chars": 4000})


class ResidentRequest(TimestampMixin, Base):
    __tablename__ = "resident_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)  # RequestKind
    received_on: Mapped[date] = mapped_column(Date, nullable=False)
    due_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    # The resident as found in Burenrust (None when not found, or erased since).
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("persons.id", ondelete="SET NULL"), index=True)
    requester: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    status: Mapped[str] = mapped_column(String(10), nullable=False,
                                        default=RequestStatus.OPEN, index=True)
    handled_on: Mapped[date | None] = mapped_column(Date)
    # What was sent or done, and when ("inzage-PDF en JSON gemaakt op 25-11-2026").
    answer: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
