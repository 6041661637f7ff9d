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


class NotAllowed(RuleViolation):
    """The signed-in user's role does not allow this (models.roles.Permission)."""

    def __init__(self, permission: str) -> None:
        super().__init__(f"not_allowed_{permission}")
        self.permission = permission


class DatabaseKeyMissing(RuleViolation):
    """The file is encrypted and this PC does not keep its key: the recovery code opens it."""

    def __init__(self) -> None:
        super().__init__("database_key_missing")
