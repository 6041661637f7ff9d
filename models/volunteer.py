"""Volunteer care: the office's rules for it (VOG term, training, intervisie,
activity, allowance limits), intervisie meetings with who came, and the hours and
expenses a mediator claims."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, TimestampMixin

DEFAULT_VOG_TERM_YEARS = 3
DEFAULT_VOG_WARN_WEEKS = 6
DEFAULT_REFRESHERS_PER_YEAR = 1
DEFAULT_MISSED_MEETINGS = 2
DEFAULT_INACTIVE_WEEKS = 5  # "at least one case a month", with a week's grace
DEFAULT_KM_RATE_CENTS = 23  # the usual tax-free travel allowance per km


class VolunteerSettings(TimestampMixin, Base):
    """One row (id 1); none yet means the defaults above."""

    __tablename__ = "volunteer_settings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    vog_term_years: Mapped[int] = mapped_column(Integer, nullable=False,
                                                default=DEFAULT_VOG_TERM_YEARS)
    vog_warn_weeks: Mapped[int] = mapped_column(Integer, nullable=False,
                                                default=DEFAULT_VOG_WARN_WEEKS)
    refreshers_per_year: Mapped[int] = mapped_column(Integer, nullable=False,
                                                     default=DEFAULT_REFRESHERS_PER_YEAR)
    missed_meetings: Mapped[int] = mapped_column(Integer, nullable=False,
                                                 default=DEFAULT_MISSED_MEETINGS)
    inactive_weeks: Mapped[int] = mapped_column(Integer, nullable=False,
                                                default=DEFAULT_INACTIVE_WEEKS)
    km_rate_cents: Mapped[int] = mapped_column(Integer, nullable=False,
                                               default=DEFAULT_KM_RATE_CENTS)
    pays_allowance: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class AllowanceLimit(TimestampMixin, Base):
    """The tax-free volunteer allowance of one year, as the office set it."""

    __tablename__ = "allowance_limits"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, nullable=False, unique=True)
    month_cents: Mapped[int] = mapped_column(Integer, nullable=False)
    year_cents: Mapped[int] = mapped_column(Integer, nullable=False)


class Meeting(TimestampMixin, Base):
    """A meeting of a group of mediators: intervisie (peer supervision)."""

    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False, default="intervisie")
    title: Mapped[str] = mapped_column(String(160), nullable=False, default="")
    starts_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, index=True)
    ends_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    place: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="",
                                       info={"max_chars": 5000})
    cancelled: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class MeetingAttendee(Base):
    """A mediator invited to a meeting; whether they came once it is recorded, and
    what their calendar was last told (as MailInvitation does for talks)."""

    __tablename__ = "meeting_attendees"
    __table_args__ = (UniqueConstraint("meeting_id", "mediator_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False, index=True)
    mediator_id: Mapped[int] = mapped_column(
        ForeignKey("mediators.id", ondelete="CASCADE"), nullable=False, index=True)
    attended: Mapped[bool | None] = mapped_column(Boolean)  # None: not recorded yet
    # Taken off the meeting: kept until their calendar was told (a CANCEL).
    removed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    mail_address: Mapped[str] = mapped_column(String(254), nullable=False, default="")
    mail_sequence: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    mail_fingerprint: Mapped[str] = mapped_column(String(64), nullable=False, default="")


class MediatorExpense(TimestampMixin, Base):
    """Time and costs of one day's work for a case or another activity. Money in
    cents; the km rate is the one that applied, so a later change keeps old claims."""

    __tablename__ = "mediator_expenses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mediator_id: Mapped[int] = mapped_column(
        ForeignKey("mediators.id", ondelete="CASCADE"), nullable=False, index=True)
    spent_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    activity: Mapped[str] = mapped_column(String(20), nullable=False)  # ExpenseActivity
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="SET NULL"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), index=True)
    minutes: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    km_tenths: Mapped[int] = mapped_column(Integer, nullable=False, default=0)  # 12,5 km = 125
    km_rate_cents: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    transit_cents: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    other_cents: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    other_text: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    allowance_cents: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    note: Mapped[str] = mapped_column(String(500), nullable=False, default="")

    @property
    def km_cents(self) -> int:
        return round(self.km_tenths * self.km_rate_cents / 10)

    @property
    def costs_cents(self) -> int:
        return self.km_cents + self.transit_cents + self.other_cents
