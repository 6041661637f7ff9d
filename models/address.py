"""Addresses are shared by every case and person that lives there, so an
address seen before is recognised (herhaling)."""

from __future__ import annotations

from sqlalchemy import Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, TimestampMixin
from models.rules import format_house_number


class Address(TimestampMixin, Base):
    __tablename__ = "addresses"
    __table_args__ = (UniqueConstraint("postcode", "house_number", "house_number_suffix"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    postcode: Mapped[str] = mapped_column(String(7), nullable=False, index=True)  # "1234 AB"
    house_number: Mapped[int] = mapped_column(Integer, nullable=False)
    # Empty string rather than NULL so the unique constraint also holds without a suffix.
    house_number_suffix: Mapped[str] = mapped_column(String(10), nullable=False, default="")
    street: Mapped[str] = mapped_column(String(120), nullable=False, index=True)
    town: Mapped[str] = mapped_column(String(80), nullable=False)
    municipality: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    neighbourhood: Mapped[str] = mapped_column(String(80), nullable=False, default="", index=True)

    def one_line(self) -> str:
        number = format_house_number(self.house_number, self.house_number_suffix)
        return f"{self.street} {number}, {self.postcode} {self.town}"
