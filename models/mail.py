"""E-mail the program sends: the outbox (each message until the server took it)
and, per appointment and mediator, the calendar invitation that went out."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class OutboxMessage(Base):
    """One message, from queued to sent (or dropped). The whole message waits here
    as bytes, so a retry sends exactly what was queued, with the same Message-ID;
    once the server accepted it the bytes go and subject, address and time stay."""

    __tablename__ = "outbox_messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[str] = mapped_column(String(200), nullable=False, unique=True)
    # What made it, so nothing is queued twice: "reminder:<appointment>:<who>:<start>".
    dedupe_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    purpose: Mapped[str] = mapped_column(String(20), nullable=False)  # MailPurpose
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    appointment_id: Mapped[int | None] = mapped_column(
        ForeignKey("appointments.id", ondelete="SET NULL"), index=True)
    recipient_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    to_address: Mapped[str] = mapped_column(String(254), nullable=False)
    subject: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    content: Mapped[bytes | None] = mapped_column(LargeBinary)
    state: Mapped[str] = mapped_column(String(12), nullable=False, index=True)  # OutboxState
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_error: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)


class MailInvitation(Base):
    """What a mediator's calendar was last told about an appointment: the
    SEQUENCE it had and a fingerprint of what it said, so a change sends an update
    and a cancellation (or taking the mediator off) sends a CANCEL, once."""

    __tablename__ = "mail_invitations"
    __table_args__ = (UniqueConstraint("appointment_id", "mediator_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    appointment_id: Mapped[int] = mapped_column(
        ForeignKey("appointments.id", ondelete="CASCADE"), nullable=False, index=True)
    mediator_id: Mapped[int] = mapped_column(
        ForeignKey("mediators.id", ondelete="CASCADE"), nullable=False, index=True)
    address: Mapped[str] = mapped_column(String(254), nullable=False)
    sequence: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    fingerprint: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    cancelled: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
