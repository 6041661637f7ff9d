"""Amounts, distances and durations as a volunteer types them ("12,50", "€ 3,-",
"12.5 km", "1:30", "1,5 uur", "90 min"), read into whole units (cents, tenths of
a km, minutes) so nothing is lost to floating point. A value that cannot be read
is None: the form says so and keeps the text."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_EURO = r"(?:€|eur(?:o)?)?"
_MONEY = re.compile(
    rf"^\s*{_EURO}\s*"
    r"(-?\d{1,3}(?:[.\s]\d{3})+|-?\d+)?"  # euros, with dots or spaces between thousands
    r"(?:[,.](\d{1,2}|-{1,2}))?"  # cents, or ",-"
    rf"\s*{_EURO}\s*$", re.IGNORECASE)


def parse_money(text: str) -> int | None:
    """Cents; "" is 0. Dutch comma or a point for the cents, dots between thousands."""
    text = text.strip()
    if not text:
        return 0
    match = _MONEY.match(text)
    if match is None or (match.group(1) is None and match.group(2) in (None, "-", "--")):
        return None
    whole = re.sub(r"[.\s]", "", match.group(1) or "0")
    fraction = match.group(2) or ""
    if fraction.startswith("-"):
        fraction = ""
    cents = int(whole) * 100 + int((fraction + "0")[:2] if fraction else 0)
    return cents if not whole.startswith("-") else None


def _decimal(text: str) -> Decimal | None:
    try:
        value = Decimal(text.replace(",", "."))
    except InvalidOperation:
        return None
    return value if value.is_finite() and value >= 0 else None


def parse_km(text: str) -> int | None:
    """Tenths of a kilometre; "" is 0."""
    text = re.sub(r"\s*(km|kilometer)\s*$", "", text.strip(), flags=re.IGNORECASE)
    if not text:
        return 0
    value = _decimal(text)
    return None if value is None else int((value * 10).to_integral_value())


_CLOCK = re.compile(r"^(\d{1,2})[:.u](\d{2})$")
_HOURS = re.compile(r"^(\d+(?:[,.]\d+)?)\s*(?:u|uur|h|hours?)?$", re.IGNORECASE)
_MINUTES = re.compile(r"^(\d+)\s*(?:m|min|minuten|minutes?)$", re.IGNORECASE)


def parse_duration(text: str) -> int | None:
    """Minutes; "" is 0. "1:30" and "1u30" are clock-like, "1,5" is hours."""
    text = text.strip().lower().replace(" uur", "u")
    if not text:
        return 0
    if match := _CLOCK.match(text):
        hours, minutes = int(match.group(1)), int(match.group(2))
        return hours * 60 + minutes if minutes < 60 else None
    if match := _MINUTES.match(text):
        return int(match.group(1))
    if match := _HOURS.match(text):
        value = _decimal(match.group(1))
        return None if value is None else int((value * 60).to_integral_value())
    return None


def format_money(cents: int) -> str:
    from babel.numbers import format_currency

    return format_currency(Decimal(cents) / 100, "EUR", locale="nl_NL")


def format_km(tenths: int) -> str:
    whole, tenth = divmod(tenths, 10)
    return f"{whole}" if not tenth else f"{whole},{tenth}"


def format_duration(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"
