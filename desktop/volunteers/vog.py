"""The certificate of conduct (VOG): valid for the office's term from its date of
issue. A mediator without a valid one is not proposed for a pair."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum


class VogState(StrEnum):
    MISSING = "missing"
    EXPIRED = "expired"
    EXPIRING = "expiring"  # within the warning weeks
    VALID = "valid"


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year + years, day=28)


def valid_until(issued_on: date | None, term_years: int) -> date | None:
    """The last day the VOG counts (the day before the anniversary)."""
    if issued_on is None:
        return None
    return add_years(issued_on, term_years) - timedelta(days=1)


def vog_state(issued_on: date | None, term_years: int, warn_weeks: int,
              today: date) -> VogState:
    until = valid_until(issued_on, term_years)
    if until is None:
        return VogState.MISSING
    if until < today:
        return VogState.EXPIRED
    if until < today + timedelta(weeks=warn_weeks):
        return VogState.EXPIRING
    return VogState.VALID


def is_valid(issued_on: date | None, term_years: int, today: date) -> bool:
    until = valid_until(issued_on, term_years)
    return until is not None and until >= today
