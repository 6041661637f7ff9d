"""The people who use the program on this data folder, their role, and whether
signing in is asked at all (one office with one person may switch it off)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, TimestampMixin

DEFAULT_IDLE_MINUTES = 10


class User(TimestampMixin, Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # As typed; found case-insensitively (login_name is its folded form, unique).
    name: Mapped[str] = mapped_column(String(80), nullable=False, info={"max_chars": 80})
    login_name: Mapped[str] = mapped_column(String(80), nullable=False, unique=True)
    role: Mapped[str] = mapped_column(String(20), nullable=False)  # Role
    # argon2id, in the PHC string format argon2-cffi writes ($argon2id$v=19$m=…).
    password_hash: Mapped[str] = mapped_column(String(200), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    # Wrong passwords in a row, and when the last one was typed: the next try waits.
    failed_attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    last_failed_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(DateTime)


class AccessSettings(TimestampMixin, Base):
    """One row (id 1). No row yet: the first start asks for the coordinator's account."""

    __tablename__ = "access_settings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sign_in_required: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    idle_minutes: Mapped[int] = mapped_column(Integer, nullable=False,
                                              default=DEFAULT_IDLE_MINUTES)
