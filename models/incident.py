"""Incidents in a neighbourhood (name-calling, graffiti, vandalism…), noted so
that what repeats shows up early (Signalen), and linked to a case when one follows."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, TimestampMixin


class Incident(TimestampMixin, Base):
    __tablename__ = "incidents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    occurred_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    kind_id: Mapped[int] = mapped_column(ForeignKey("incident_kinds.id"), nullable=False,
                                         index=True)
    # The exact address when a house number is known; the street always.
    address_id: Mapped[int | None] = mapped_column(ForeignKey("addresses.id"), index=True)
    street: Mapped[str] = mapped_column(String(120), nullable=False, default="", index=True)
    postcode: Mapped[str] = mapped_column(String(7), nullable=False, default="", index=True)
    town: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    municipality: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    neighbourhood: Mapped[str] = mapped_column(String(80), nullable=False, default="",
                                               index=True)
    place_note: Mapped[str] = mapped_column(String(200), nullable=False, default="")  # "speeltuin"
    reporter_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("partner_contacts.id", ondelete="SET NULL"), index=True)
    reporter_resident: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    groups: Mapped[str] = mapped_column(Text, nullable=False, default="",  # "groep jongeren"
                                        info={"max_chars": 4000})
    description: Mapped[str] = mapped_column(Text, nullable=False, default="",
                                             info={"max_chars": 4000})
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="SET NULL"),
                                                index=True)
    created_by: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    # When the retention term had passed and its people and story were removed.
    anonymised_on: Mapped[date | None] = mapped_column(Date)

    persons: Mapped[list[IncidentPerson]] = relationship(
        back_populates="incident", cascade="all, delete-orphan")


class IncidentPerson(Base):
    """Someone involved: a known person when the name matches one, else just the name."""

    __tablename__ = "incident_persons"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False, index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), index=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    name_key: Mapped[str] = mapped_column(String(200), nullable=False, default="", index=True)

    incident: Mapped[Incident] = relationship(back_populates="persons")


class PartnerContactMoment(TimestampMixin, Base):
    """A call or meeting with a partner organisation."""

    __tablename__ = "partner_contact_moments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("partner_organisations.id", ondelete="CASCADE"), nullable=False, index=True)
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("partner_contacts.id", ondelete="SET NULL"), index=True)
    occurred_on: Mapped[date] = mapped_column(Date, nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)  # ContactMomentKind
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    author: Mapped[str] = mapped_column(String(80), nullable=False, default="")
