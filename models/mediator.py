"""Volunteer mediators, who always work in pairs on a case."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, TimestampMixin
from models.enums import AgeBand, Gender, MediatorState


class Mediator(TimestampMixin, Base):
    __tablename__ = "mediators"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    first_name: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    name_prefix: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    last_name: Mapped[str] = mapped_column(String(120), nullable=False)
    phone: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(254), nullable=False, default="")
    address_id: Mapped[int | None] = mapped_column(ForeignKey("addresses.id"))
    gender: Mapped[str] = mapped_column(String(10), nullable=False, default=Gender.UNKNOWN)
    age_band: Mapped[str] = mapped_column(String(10), nullable=False, default=AgeBand.UNKNOWN)
    languages: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    started_on: Mapped[date | None] = mapped_column(Date)
    basic_training_on: Mapped[date | None] = mapped_column(Date)
    # Certificate of conduct (VOG): valid for the office's term from this date.
    vog_issued_on: Mapped[date | None] = mapped_column(Date)
    # When the mediator stopped: the retention term for their data counts from here.
    stopped_on: Mapped[date | None] = mapped_column(Date)
    anonymised_on: Mapped[date | None] = mapped_column(Date)
    max_open_cases: Mapped[int] = mapped_column(Integer, nullable=False, default=2)
    state: Mapped[str] = mapped_column(String(10), nullable=False, default=MediatorState.ACTIVE)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class CaseMediator(Base):
    """A mediator assigned to a case; two of them make the pair (koppel)."""

    __tablename__ = "case_mediators"
    __table_args__ = (
        UniqueConstraint("case_id", "mediator_id"),
        # Experience (pairs released, per mediator) is counted from this index alone.
        Index("ix_case_mediators_mediator_released", "mediator_id", "released_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), nullable=False, index=True
    )
    mediator_id: Mapped[int] = mapped_column(ForeignKey("mediators.id"), nullable=False)
    assigned_on: Mapped[date] = mapped_column(Date, nullable=False)
    released_on: Mapped[date | None] = mapped_column(Date)


class MediatorTraining(Base):
    """A course or a peer-supervision (intervisie) meeting a mediator attended."""

    __tablename__ = "mediator_trainings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mediator_id: Mapped[int] = mapped_column(
        ForeignKey("mediators.id", ondelete="CASCADE"), nullable=False, index=True
    )
    kind: Mapped[str] = mapped_column(String(20), nullable=False)  # TrainingKind
    title: Mapped[str] = mapped_column(String(160), nullable=False, default="")
    held_on: Mapped[date] = mapped_column(Date, nullable=False)
    minutes: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class MediatorAvailability(Base):
    """One part of the week (day x morning/afternoon/evening) a mediator is usually free."""

    __tablename__ = "mediator_availability"
    __table_args__ = (UniqueConstraint("mediator_id", "weekday", "part"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mediator_id: Mapped[int] = mapped_column(
        ForeignKey("mediators.id", ondelete="CASCADE"), nullable=False, index=True
    )
    weekday: Mapped[int] = mapped_column(Integer, nullable=False)  # 0 = Monday
    part: Mapped[str] = mapped_column(String(10), nullable=False)  # DayPart


class MediatorAbsence(Base):
    """Holiday, illness or anything else: not available from one date to another."""

    __tablename__ = "mediator_absences"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mediator_id: Mapped[int] = mapped_column(
        ForeignKey("mediators.id", ondelete="CASCADE"), nullable=False, index=True
    )
    starts_on: Mapped[date] = mapped_column(Date, nullable=False)
    ends_on: Mapped[date] = mapped_column(Date, nullable=False)
    reason: Mapped[str] = mapped_column(String(160), nullable=False, default="")
