"""The last check before anything reaches the database: every text within its
column's limit and free of characters no database takes (NUL, control characters,
lone surrogates), every date in the accepted range (models.limits).

Services validate their own fields first, with a message at the field; this
catches whatever slips past, on SQLite and PostgreSQL alike: a refusal with a
Dutch message instead of a DataError from the server or a 10,000-character name
stored without a word."""

from __future__ import annotations

from itertools import chain

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from desktop.data.errors import FieldError, ValidationFailed
from models.limits import date_problem, max_chars, text_problem, value_problem


def field_errors(model: type, values: dict[str, str], prefix: str = "",
                 names: dict[str, str] | None = None) -> list[FieldError]:
    """A form's texts checked against the model's limits, named as the form names
    them: field_errors(Person, {"last_name": …}, "A.") -> [FieldError("A.last_name", …)];
    `names` renames a column for the form ({"name": "referrer_organisation"})."""
    errors = []
    for attr, value in values.items():
        problem = text_problem(value, max_chars(model, attr))
        if problem:
            errors.append(FieldError(f"{prefix}{(names or {}).get(attr, attr)}", problem))
    return errors


def date_errors(values: dict[str, object], prefix: str = "") -> list[FieldError]:
    """Dates outside the accepted range (models.limits), named as the form names them."""
    return [FieldError(f"{prefix}{name}", problem) for name, value in values.items()
            if value is not None and (problem := date_problem(value))]


def check_before_flush(session: Session, _flush_context: object, _instances: object) -> None:
    errors: list[FieldError] = []
    for obj in chain(session.new, session.dirty):
        state = inspect(obj)
        table = state.mapper.local_table
        for attr in state.mapper.column_attrs:
            if obj in session.dirty and not state.attrs[attr.key].history.has_changes():
                continue  # unchanged: it was checked when it was written
            value = state.dict.get(attr.key)
            if value is None:
                continue
            problem = value_problem(attr.columns[0], value)
            if problem:
                errors.append(FieldError(f"{table.name}.{attr.columns[0].name}", problem))
    if errors:
        raise ValidationFailed(errors)
