"""A month's expense claims: per mediator the lines, the totals and whether the
allowance stays within the tax-free limits. The PDF, the spreadsheet and the
CLI all print from this."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.data.errors import FieldError, ValidationFailed
from desktop.data.store import Store
from desktop.volunteers.care_settings import Limit, limit_for
from desktop.volunteers.expenses import ExpenseLine, period_lines
from models import Address, Mediator, format_name


@dataclass(frozen=True)
class Claim:
    mediator_id: int
    name: str
    address_lines: tuple[str, ...]
    lines: list[ExpenseLine]
    year_allowance_cents: int  # paid this year up to and including this month
    limit: Limit

    @property
    def minutes(self) -> int:
        return sum(line.minutes for line in self.lines)

    @property
    def km_tenths(self) -> int:
        return sum(line.km_tenths for line in self.lines)

    @property
    def costs_cents(self) -> int:
        return sum(line.costs_cents for line in self.lines)

    @property
    def allowance_cents(self) -> int:
        return sum(line.allowance_cents for line in self.lines)

    @property
    def total_cents(self) -> int:
        return self.costs_cents + self.allowance_cents

    @property
    def over_month_limit(self) -> bool:
        return self.allowance_cents > self.limit.month_cents

    @property
    def over_year_limit(self) -> bool:
        return self.year_allowance_cents > self.limit.year_cents


def parse_month(text: str) -> tuple[int, int]:
    """"2026-11" (or "11-2026") as (year, month); anything else is refused."""
    parts = text.strip().replace("/", "-").split("-")
    if len(parts) == 2 and all(p.isdigit() for p in parts):
        year, month = (int(parts[0]), int(parts[1])) if len(parts[0]) == 4 \
            else (int(parts[1]), int(parts[0]))
        if 2000 <= year <= 2100 and 1 <= month <= 12:
            return year, month
    raise ValidationFailed([FieldError("month", "month_format")])


def month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _address_lines(session: Session, mediator_ids: list[int]) -> dict[int, tuple[str, ...]]:
    found = {}
    for mediator_id, street, number, suffix, postcode, town in session.execute(
            select(Mediator.id, Address.street, Address.house_number, Address.house_number_suffix,
                   Address.postcode, Address.town)
            .join(Address, Address.id == Mediator.address_id)
            .where(Mediator.id.in_(mediator_ids))):
        house = f"{number or ''}{suffix or ''}".strip()
        found[mediator_id] = tuple(line for line in (
            f"{street} {house}".strip(), f"{postcode or ''} {town or ''}".strip()) if line)
    return found


def month_claims(session: Session, year: int, month: int,
                 mediator_id: int | None = None) -> list[Claim]:
    first, last = month_bounds(year, month)
    lines = period_lines(session, first, last, mediator_id)
    by_mediator: dict[int, list[ExpenseLine]] = {}
    for line in lines:
        by_mediator.setdefault(line.mediator_id, []).append(line)
    if not by_mediator:
        return []
    names = {row.id: format_name(row.first_name, row.name_prefix, row.last_name)
             for row in session.execute(
                 select(Mediator.id, Mediator.first_name, Mediator.name_prefix,
                        Mediator.last_name).where(Mediator.id.in_(list(by_mediator))))}
    addresses = _address_lines(session, list(by_mediator))
    limit = limit_for(session, year)
    claims = []
    for mid, own in by_mediator.items():
        paid_so_far = sum(line.allowance_cents for line in
                          period_lines(session, date(year, 1, 1), last, mid))
        claims.append(Claim(mid, names[mid], addresses.get(mid, ()), own, paid_so_far, limit))
    claims.sort(key=lambda c: c.name.casefold())
    return claims


def claims_for(store: Store, year: int, month: int) -> list[Claim]:
    with store.read() as session:
        return month_claims(session, year, month)
