"""Passwords: argon2id through argon2-cffi (its defaults follow RFC 9106), a few
rules a coordinator can follow, and how long a sign-in waits after wrong ones."""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import cache

from models.rules import fold

MIN_LENGTH = 8
# Wrong passwords in a row that cost nothing (a typo, caps lock), then a wait that
# doubles with every further one, up to five minutes.
FREE_ATTEMPTS = 3
FIRST_WAIT_SECONDS = 5
LONGEST_WAIT_SECONDS = 300


@cache
def _hasher():
    from argon2 import PasswordHasher

    return PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def verify(stored_hash: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return _hasher().verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _hasher().check_needs_rehash(stored_hash)


@cache
def _dummy_hash() -> str:
    return hash_password("geen gebruiker met deze naam")


def verify_nobody(password: str) -> None:
    """As long as a real check: an unknown name takes as long as a wrong password."""
    verify(_dummy_hash(), password)


def weakness(password: str, name: str = "") -> str | None:
    """A code for what is wrong with a new password, or None."""
    if len(password) < MIN_LENGTH:
        return "password_too_short"
    if name and fold(password) in (fold(name), fold(name).replace(" ", "")):
        return "password_is_name"
    if len(set(password)) < 4:
        return "password_too_simple"
    return None


def wait_seconds(failed_attempts: int, last_failed_at: datetime | None, now: datetime) -> int:
    """How long until the next try may be made (0: now)."""
    if failed_attempts < FREE_ATTEMPTS or last_failed_at is None:
        return 0
    wait = min(FIRST_WAIT_SECONDS * 2 ** (failed_attempts - FREE_ATTEMPTS), LONGEST_WAIT_SECONDS)
    left = (last_failed_at + timedelta(seconds=wait)) - now
    return max(0, int(left.total_seconds() + 0.999))
