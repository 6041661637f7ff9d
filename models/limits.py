"""How long a text may be, which characters it may hold and which dates are
accepted: one table for the models (their column lengths), the services'
validation and the forms (their maxLength).

The table is the models themselves: a String column's length is its limit; a Text
column has none in the database, so its limit is in the column's `info`
(`max_chars`, 0 for the program's own bookkeeping) or DEFAULT_TEXT_CHARS."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # SQLAlchemy is not loaded for what the first screen needs
    from sqlalchemy import Column
    from sqlalchemy.orm import DeclarativeBase

DEFAULT_TEXT_CHARS = 20_000
# Buurtbemiddeling began in the Netherlands in the 1990s: much earlier dates are typing
# errors (the year 0001), and so are dates beyond this century.
EARLIEST_DATE = date(1980, 1, 1)
LATEST_DATE = date(2099, 12, 31)

# NUL, the other control characters but tab and newlines, and lone surrogates: no
# database, PDF or spreadsheet takes them (PostgreSQL refuses NUL, psycopg and
# sqlite3 cannot encode a lone surrogate, openpyxl refuses control characters).
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def column_limit(column: Column) -> int:
    """The most characters a column takes (0: no limit)."""
    from sqlalchemy import String, Text

    if "max_chars" in column.info:
        return int(column.info["max_chars"])
    if isinstance(column.type, String) and not isinstance(column.type, Text) and (
            column.type.length):
        return int(column.type.length)
    if isinstance(column.type, String):  # Text and unbounded String
        return DEFAULT_TEXT_CHARS
    return 0


def max_chars(model: type[DeclarativeBase], attr: str) -> int:
    """max_chars(Person, "last_name") -> 120."""
    return column_limit(model.__table__.c[attr])


def text_problem(value: str, limit: int) -> str | None:
    """None, "invalid_characters" or "too_long"."""
    if _INVALID.search(value):
        return "invalid_characters"
    if limit and len(value) > limit:
        return "too_long"
    return None


def date_problem(value: date | datetime) -> str | None:
    day = value.date() if isinstance(value, datetime) else value
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        return "date_out_of_range"
    return None


def value_problem(column: Column, value: Any) -> str | None:
    """What is wrong with a value for this column, if anything."""
    from sqlalchemy import Date, DateTime, String

    if isinstance(value, str) and isinstance(column.type, String):
        return text_problem(value, column_limit(column))
    if isinstance(value, date) and isinstance(column.type, Date | DateTime):
        return date_problem(value)
    return None


def clean_text(value: str) -> str:
    """Search input as a database can take it: the characters above left out."""
    return _INVALID.sub("", value)
