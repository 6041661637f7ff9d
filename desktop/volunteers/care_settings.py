"""The office's rules of volunteer care (one row, the defaults until saved) and
the tax-free volunteer allowance per year."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.data.errors import FieldError, ValidationFailed
from desktop.data.store import Store
from models import AllowanceLimit, VolunteerSettings
from models.roles import Permission
from models.volunteer import (
    DEFAULT_INACTIVE_WEEKS,
    DEFAULT_KM_RATE_CENTS,
    DEFAULT_MISSED_MEETINGS,
    DEFAULT_REFRESHERS_PER_YEAR,
    DEFAULT_VOG_TERM_YEARS,
    DEFAULT_VOG_WARN_WEEKS,
)

# The Belastingdienst's maximum volunteer allowance (vrijwilligersvergoeding), month
# and year, in cents. A year not listed takes the latest known figures until the
# office enters that year's own (Beheer, Vrijwilligerszorg): the law changes them.
LEGAL_LIMITS = {
    2022: (18_000, 180_000),
    2023: (19_000, 190_000),
    2024: (21_000, 210_000),
    2025: (21_000, 210_000),
}

RANGES = {  # what each setting may be, so a typing slip is refused with a reason
    "vog_term_years": (1, 10),
    "vog_warn_weeks": (1, 26),
    "refreshers_per_year": (0, 12),
    "missed_meetings": (1, 10),
    "inactive_weeks": (1, 52),
    "km_rate_cents": (0, 200),
}


@dataclass(frozen=True)
class CareSettings:
    vog_term_years: int = DEFAULT_VOG_TERM_YEARS
    vog_warn_weeks: int = DEFAULT_VOG_WARN_WEEKS
    refreshers_per_year: int = DEFAULT_REFRESHERS_PER_YEAR
    missed_meetings: int = DEFAULT_MISSED_MEETINGS
    inactive_weeks: int = DEFAULT_INACTIVE_WEEKS
    km_rate_cents: int = DEFAULT_KM_RATE_CENTS
    pays_allowance: bool = False


@dataclass(frozen=True)
class Limit:
    year: int
    month_cents: int
    year_cents: int
    source: str  # "office" (entered), "legal" (known figures), "carried" (an older year's)
    source_year: int


def load_settings(session: Session) -> CareSettings:
    row = session.get(VolunteerSettings, 1)
    if row is None:
        return CareSettings()
    return CareSettings(row.vog_term_years, row.vog_warn_weeks, row.refreshers_per_year,
                        row.missed_meetings, row.inactive_weeks, row.km_rate_cents,
                        row.pays_allowance)


def get_settings(store: Store) -> CareSettings:
    with store.read() as session:
        return load_settings(session)


def validate_settings(values: CareSettings) -> list[FieldError]:
    return [FieldError(f"care.{name}", "out_of_range")
            for name, (low, high) in RANGES.items()
            if not low <= getattr(values, name) <= high]


def save_settings(store: Store, values: CareSettings) -> None:
    errors = validate_settings(values)
    if errors:
        raise ValidationFailed(errors)
    with store.unit(needs=Permission.ADMIN) as session:
        row = session.get(VolunteerSettings, 1)
        if row is None:
            row = VolunteerSettings(id=1)
            session.add(row)
        for name in CareSettings.__dataclass_fields__:
            setattr(row, name, getattr(values, name))


def limit_for(session: Session, year: int) -> Limit:
    row = session.scalar(select(AllowanceLimit).where(AllowanceLimit.year == year))
    if row is not None:
        return Limit(year, row.month_cents, row.year_cents, "office", year)
    if year in LEGAL_LIMITS:
        return Limit(year, *LEGAL_LIMITS[year], "legal", year)
    known = max((y for y in LEGAL_LIMITS if y <= year), default=min(LEGAL_LIMITS))
    return Limit(year, *LEGAL_LIMITS[known], "carried", known)


def get_limit(store: Store, year: int) -> Limit:
    with store.read() as session:
        return limit_for(session, year)


MAX_LIMIT_CENTS = 1_000_000  # € 10.000 a year: far above any legal figure


def set_limit(store: Store, year: int, month_cents: int, year_cents: int) -> None:
    errors = []
    if not 2000 <= year <= date.today().year + 5:
        errors.append(FieldError("limit.year", "out_of_range"))
    if not 0 < month_cents <= year_cents <= MAX_LIMIT_CENTS:
        errors.append(FieldError("limit.amount", "limit_month_above_year"
                                 if month_cents > year_cents > 0 else "out_of_range"))
    if errors:
        raise ValidationFailed(errors)
    with store.unit(needs=Permission.ADMIN) as session:
        row = session.scalar(select(AllowanceLimit).where(AllowanceLimit.year == year))
        if row is None:
            session.add(AllowanceLimit(year=year, month_cents=month_cents,
                                       year_cents=year_cents))
        else:
            row.month_cents, row.year_cents = month_cents, year_cents
