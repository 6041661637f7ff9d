"""Partner organisations (ketenpartners) and their contact persons, who refer
cases and hear back only whether a case was taken up and resolved."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, TimestampMixin


class PartnerOrganisation(TimestampMixin, Base):
    __tablename__ = "partner_organisations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(160), nullable=False, index=True)
    referrer_kind_id: Mapped[int | None] = mapped_column(ForeignKey("referrer_kinds.id"))
    street: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    house_number: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    postcode: Mapped[str] = mapped_column(String(7), nullable=False, default="")
    town: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(254), nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    contacts: Mapped[list[PartnerContact]] = relationship(back_populates="organisation")


class PartnerContact(TimestampMixin, Base):
    __tablename__ = "partner_contacts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("partner_organisations.id", ondelete="CASCADE"), nullable=False, index=True
    )
    name: Mapped[str] = mapped_column(String(160), nullable=False)
    role: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(254), nullable=False, default="")
    neighbourhoods: Mapped[str] = mapped_column(Text, nullable=False, default="")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)

    organisation: Mapped[PartnerOrganisation] = relationship(back_populates="contacts")
