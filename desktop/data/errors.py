"""Errors a service raises for the user to read. They carry codes, not text:
the views turn codes into translated Dutch (or English) sentences."""

from __future__ import annotations

from dataclasses import dataclass


class ServiceError(Exception):
    code = "error"


@dataclass(frozen=True)
class FieldError:
    field: str  # e.g. "A.postcode", "story"
    code: str  # e.g. "postcode_format"


class ValidationFailed(ServiceError):
    code = "validation"

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__(", ".join(f"{e.field}:{e.code}" for e in errors))
        self.errors = errors


class StaleData(ServiceError):
    """Somebody else saved this case since it was opened."""

    code = "stale"


class NotFound(ServiceError):
    code = "not_found"


class RuleViolation(ServiceError):
    """A domain rule refused the operation; `code` says which."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code
