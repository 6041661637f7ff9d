"""A case (zaak, dossier): its parties, conflict types and the dates of each
step of the process, as the funders and the national registration ask."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.address import Address
from models.base import Base, TimestampMixin
from models.enums import CaseStatus, DwellingType, Household, IntakeOutcome, Tenure, Urgency
from models.person import Person


def format_case_number(year: int, seq: int) -> str:
    return f"{year}-{seq:04d}"


class Case(TimestampMixin, Base):
    __tablename__ = "cases"
    __table_args__ = (
        UniqueConstraint("year", "seq"),
        # The case list filtered on a neighbourhood, newest first: walked in order and
        # stopped after a page, instead of sorting every case of the neighbourhood.
        Index("ix_cases_neighbourhood_number", "neighbourhood", "year", "seq"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    number: Mapped[str] = mapped_column(String(12), nullable=False, unique=True)
    status: Mapped[str] = mapped_column(
        String(20), nullable=False, default=CaseStatus.REGISTERED, index=True
    )
    # Indexed: the case list sorts by it, and pages after the last row it showed.
    urgency: Mapped[str] = mapped_column(String(10), nullable=False, default=Urgency.NORMAL,
                                         index=True)
    story: Mapped[str] = mapped_column(Text, nullable=False, default="")
    municipality: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    neighbourhood: Mapped[str] = mapped_column(String(80), nullable=False, default="", index=True)
    is_complex: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    registered_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    intake_on: Mapped[date | None] = mapped_column(Date)
    pair_assigned_on: Mapped[date | None] = mapped_column(Date)
    # Indexed: the yearly figures count by these dates.
    first_talk_on: Mapped[date | None] = mapped_column(Date, index=True)
    joint_session_on: Mapped[date | None] = mapped_column(Date, index=True)
    follow_up_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date, index=True)
    minutes_spent: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    referrer_kind_id: Mapped[int | None] = mapped_column(ForeignKey("referrer_kinds.id"))
    referrer_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("partner_contacts.id", ondelete="SET NULL"), index=True
    )
    # Consent of the parties to give the referrer feedback on the result.
    feedback_consent: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    result_id: Mapped[int | None] = mapped_column(ForeignKey("case_results.id"))
    closing_reason_id: Mapped[int | None] = mapped_column(ForeignKey("closing_reasons.id"))
    closing_note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # An imported case: "import:" and what identifies it, so a second import adds nothing.
    imported_from: Mapped[str] = mapped_column(String(260), nullable=False, default="")
    # The number the office gave it before Burenrust ("BB2022-0017"); searchable.
    legacy_number: Mapped[str] = mapped_column(String(40), nullable=False, default="",
                                               index=True)
    # What an import could not fill in, one line each ("Datum aanmelding stond niet in
    # het bestand"); the case is on the list "Nog aan te vullen" until it is cleared.
    to_complete: Mapped[str] = mapped_column(Text, nullable=False, default="",
                                             server_default="")
    # When the retention term had passed and the file was anonymised (figures stay).
    anonymised_on: Mapped[date | None] = mapped_column(Date)

    # Optimistic locking: a save based on an old read is refused, never silently merged.
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}

    parties: Mapped[list[CaseParty]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseParty.role"
    )
    conflict_types: Mapped[list[CaseConflictType]] = relationship(
        back_populates="case", cascade="all, delete-orphan"
    )


class CaseConflictType(Base):
    __tablename__ = "case_conflict_types"
    __table_args__ = (UniqueConstraint("case_id", "conflict_type_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), nullable=False, index=True
    )
    conflict_type_id: Mapped[int] = mapped_column(
        ForeignKey("conflict_types.id"), nullable=False, index=True
    )
    is_main: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    case: Mapped[Case] = relationship(back_populates="conflict_types")


class CaseParty(Base):
    """A person's part in one case, with the address they had at that time."""

    __tablename__ = "case_parties"
    __table_args__ = (UniqueConstraint("case_id", "role"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), nullable=False, index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), nullable=False, index=True)
    address_id: Mapped[int | None] = mapped_column(ForeignKey("addresses.id"), index=True)
    # An address an import could not complete ("Lindelaan 38", no postcode), kept as typed
    # until the coordinator fills it in; and "from_a" when the town and postcode area were
    # taken from party A's address on the same street.
    address_as_typed: Mapped[str] = mapped_column(String(200), nullable=False, default="",
                                                  server_default="")
    address_source: Mapped[str] = mapped_column(String(10), nullable=False, default="",
                                                server_default="")
    role: Mapped[str] = mapped_column(String(2), nullable=False)  # "A" requester, "B", "C"…
    household: Mapped[str] = mapped_column(String(20), nullable=False, default=Household.UNKNOWN)
    tenure: Mapped[str] = mapped_column(String(20), nullable=False, default=Tenure.UNKNOWN)
    landlord: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    dwelling_type: Mapped[str] = mapped_column(
        String(20), nullable=False, default=DwellingType.UNKNOWN
    )
    intake_outcome: Mapped[str] = mapped_column(
        String(20), nullable=False, default=IntakeOutcome.NOT_YET
    )
    # The party chose e-mail: letters come as a PDF attachment and reminders by e-mail.
    by_email: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    case: Mapped[Case] = relationship(back_populates="parties")
    person: Mapped[Person] = relationship()
    address: Mapped[Address | None] = relationship()
