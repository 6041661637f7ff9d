"""Burenrust's data model: SQLAlchemy 2.0 typed ORM classes, enums and the
domain rules. Imports neither Qt nor desktop/.

The ORM classes load on first use of any of them (`models.Case`,
`from models import Case`), all at once so every relationship finds its class.
Start-up paints the case list without them: SQLAlchemy's ORM and these classes
cost some 200 ms, paid afterwards in a worker (desktop.app's warm-up). The plain
modules (enums, rules, limits) import without the ORM."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from models.address import Address
    from models.appointment import Appointment, AppointmentMediator, Room
    from models.audit import AuditEntry
    from models.base import Base
    from models.case import Case, CaseConflictType, CaseParty, format_case_number
    from models.document import CaseDocument, LetterTemplate, Organisation
    from models.incident import Incident, IncidentPerson, PartnerContactMoment
    from models.journal import JournalEntry
    from models.lookup import (
        LOOKUP_MODELS,
        CaseResult,
        ClosingReason,
        ConflictType,
        IncidentKind,
        ReferrerKind,
    )
    from models.mail import MailInvitation, OutboxMessage
    from models.mediator import (
        CaseMediator,
        Mediator,
        MediatorAbsence,
        MediatorAvailability,
        MediatorTraining,
    )
    from models.partner import PartnerContact, PartnerOrganisation
    from models.person import Person, format_name
    from models.privacy import PrivacySettings, ResidentRequest
    from models.quality import DistinctPair, RecordMerge
    from models.user import AccessSettings, User
    from models.volunteer import (
        AllowanceLimit,
        MediatorExpense,
        Meeting,
        MeetingAttendee,
        VolunteerSettings,
    )

# Every module with ORM classes, in the order they are mapped.
_MODULES = ("base", "address", "appointment", "audit", "case", "document", "incident", "journal",
            "lookup", "mail", "mediator", "partner", "person", "privacy", "quality", "user",
            "volunteer")

__all__ = [
    "LOOKUP_MODELS",
    "AccessSettings",
    "Address",
    "AllowanceLimit",
    "Appointment",
    "AppointmentMediator",
    "AuditEntry",
    "Base",
    "Case",
    "CaseConflictType",
    "CaseDocument",
    "CaseMediator",
    "CaseParty",
    "CaseResult",
    "ClosingReason",
    "ConflictType",
    "DistinctPair",
    "Incident",
    "IncidentKind",
    "IncidentPerson",
    "JournalEntry",
    "LetterTemplate",
    "MailInvitation",
    "Mediator",
    "MediatorAbsence",
    "MediatorAvailability",
    "MediatorExpense",
    "MediatorTraining",
    "Meeting",
    "MeetingAttendee",
    "Organisation",
    "OutboxMessage",
    "PartnerContact",
    "PartnerContactMoment",
    "PartnerOrganisation",
    "Person",
    "PrivacySettings",
    "RecordMerge",
    "ReferrerKind",
    "ResidentRequest",
    "Room",
    "User",
    "VolunteerSettings",
    "format_case_number",
    "format_name",
]


def load_all() -> None:
    """Import every ORM class (idempotent). Anything that maps, queries or reads
    the metadata needs all of them: a relationship names its class by string."""
    namespace = globals()
    if "Case" in namespace:
        return
    found: dict[str, Any] = {}
    for module_name in _MODULES:
        found.update(vars(importlib.import_module(f"models.{module_name}")))
    # All at once: another thread never sees a half-loaded package.
    namespace.update({name: found[name] for name in __all__})


def __getattr__(name: str) -> Any:
    if name in __all__:
        load_all()
        return globals()[name]
    raise AttributeError(f"module 'models' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
