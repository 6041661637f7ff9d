"""Burenrust's data model: SQLAlchemy 2.0 typed ORM classes, enums and the
domain rules. Imports neither Qt nor desktop/."""

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

__all__ = [
    "LOOKUP_MODELS",
    "Address",
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
    "Incident",
    "IncidentKind",
    "IncidentPerson",
    "JournalEntry",
    "LetterTemplate",
    "MailInvitation",
    "Mediator",
    "MediatorAbsence",
    "MediatorAvailability",
    "MediatorTraining",
    "Organisation",
    "OutboxMessage",
    "PartnerContact",
    "PartnerContactMoment",
    "PartnerOrganisation",
    "Person",
    "PrivacySettings",
    "ReferrerKind",
    "ResidentRequest",
    "Room",
    "format_case_number",
    "format_name",
]
