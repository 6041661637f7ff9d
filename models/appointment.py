"""Appointments on a case (talks, joint session, follow-up) and the rooms the
coordinator books for them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    ColumnElement,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    or_,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, TimestampMixin


class Room(TimestampMixin, Base):
    __tablename__ = "rooms"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False, unique=True)
    address: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class Appointment(TimestampMixin, Base):
    __tablename__ = "appointments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), nullable=False, index=True
    )
    kind: Mapped[str] = mapped_column(String(20), nullable=False)  # AppointmentKind
    starts_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, index=True)
    ends_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    place_kind: Mapped[str] = mapped_column(String(20), nullable=False)  # PlaceKind
    room_id: Mapped[int | None] = mapped_column(ForeignKey("rooms.id"), index=True)
    place_text: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    party_roles: Mapped[str] = mapped_column(String(20), nullable=False, default="")  # "A,B"
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="",
                                       info={"max_chars": 5000})
    # AppointmentOutcome; None while the appointment lies ahead or nobody said how it went.
    outcome: Mapped[str | None] = mapped_column(String(20), index=True)
    outcome_by: Mapped[str] = mapped_column(String(20), nullable=False, default="")  # OutcomeBy
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}

    mediators: Mapped[list[AppointmentMediator]] = relationship(
        back_populates="appointment", cascade="all, delete-orphan"
    )


class AppointmentMediator(Base):
    __tablename__ = "appointment_mediators"
    __table_args__ = (UniqueConstraint("appointment_id", "mediator_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    appointment_id: Mapped[int] = mapped_column(
        ForeignKey("appointments.id", ondelete="CASCADE"), nullable=False, index=True
    )
    mediator_id: Mapped[int] = mapped_column(
        ForeignKey("mediators.id"), nullable=False, index=True
    )

    appointment: Mapped[Appointment] = relationship(back_populates="mediators")


def not_cancelled() -> ColumnElement[bool]:
    """Appointments that still stand (or took place): a cancelled one is kept for the
    record but books no room, clashes with nothing and gets no letter."""
    return or_(Appointment.outcome.is_(None), Appointment.outcome != "cancelled")
