"""A person (resident) who can be a party in several cases over the years."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, validates

from models.base import Base, TimestampMixin
from models.enums import AgeBand, Gender
from models.rules import fold, format_name


class Person(TimestampMixin, Base):
    __tablename__ = "persons"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    first_name: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    name_prefix: Mapped[str] = mapped_column(String(20), nullable=False, default="")  # "van der"
    last_name: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    # Folded surname (no case, no diacritics): SQLite's lower() only knows ASCII, and
    # "Çelik" must match "celik" when looking for earlier cases.
    name_key: Mapped[str] = mapped_column(String(120), nullable=False, default="", index=True)
    gender: Mapped[str] = mapped_column(String(10), nullable=False, default=Gender.UNKNOWN)
    age_band: Mapped[str] = mapped_column(String(10), nullable=False, default=AgeBand.UNKNOWN)
    phone: Mapped[str] = mapped_column(String(20), nullable=False, default="", index=True)
    email: Mapped[str] = mapped_column(String(254), nullable=False, default="", index=True)
    # Lower-cased e-mail: earlier cases are found by address whatever its capitals, and
    # lower(email) in a query read every person (no index serves it in SQLite).
    email_key: Mapped[str] = mapped_column(String(254), nullable=False, default="", index=True)
    preferred_language: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    needs_interpreter: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # Erased (AVG art. 17) or anonymised: the row stays for the figures, without a name.
    anonymised_on: Mapped[date | None] = mapped_column(Date)

    @validates("last_name")
    def _keep_name_key(self, _key: str, value: str) -> str:
        self.name_key = fold(value or "")
        return value

    @validates("email")
    def _keep_email_key(self, _key: str, value: str) -> str:
        self.email_key = (value or "").lower()
        return value

    @property
    def full_name(self) -> str:
        return format_name(self.first_name, self.name_prefix, self.last_name)


