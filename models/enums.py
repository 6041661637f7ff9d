"""Fixed vocabularies of the process. Stored as their string value, so the
database stays readable; labels for the user live in the views (translated)."""

from __future__ import annotations

from enum import StrEnum


class CaseStatus(StrEnum):
    REGISTERED = "registered"  # aanmelding
    INTAKE = "intake"
    WAITING_FOR_PAIR = "waiting_for_pair"  # koppeling
    TALKS = "talks"  # gesprekken met partij A en B
    JOINT_SESSION = "joint_session"  # bemiddelingsgesprek / pendel
    FOLLOW_UP = "follow_up"  # nazorg
    ON_HOLD = "on_hold"
    CLOSED = "closed"


# The usual order of a case; the program suggests the next step but lets the
# coordinator pick any status (a case may skip or repeat steps).
PROCESS_ORDER: tuple[CaseStatus, ...] = (
    CaseStatus.REGISTERED,
    CaseStatus.INTAKE,
    CaseStatus.WAITING_FOR_PAIR,
    CaseStatus.TALKS,
    CaseStatus.JOINT_SESSION,
    CaseStatus.FOLLOW_UP,
    CaseStatus.CLOSED,
)


class Role(StrEnum):
    COORDINATOR = "coordinator"  # coördinator: everything
    STAFF = "staff"  # medewerker: cases, appointments, letters; no Beheer, privacy, exports
    READER = "reader"  # alleen lezen: finds and reads a case, changes nothing


class Urgency(StrEnum):
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class JournalKind(StrEnum):
    NOTE = "note"
    PHONE_CALL = "phone_call"
    EMAIL = "email"
    LETTER = "letter"
    MEETING = "meeting"
    STATUS_CHANGE = "status_change"
    PAIR = "pair"  # a pair of mediators was assigned; text holds their names
    # Appointments: text is "<AppointmentKind>|<ISO start>", rendered by the views.
    APPOINTMENT_PLANNED = "appointment_planned"
    APPOINTMENT_CHANGED = "appointment_changed"
    APPOINTMENT_CANCELLED = "appointment_cancelled"  # text adds "|<OutcomeBy>" since 0008
    # How an appointment went: "<AppointmentKind>|<ISO start>|<OutcomeBy or empty>".
    APPOINTMENT_HELD = "appointment_held"
    APPOINTMENT_NO_SHOW = "appointment_no_show"
    # Documents: text is the document's title (and the reason, for a deletion).
    DOCUMENT_ADDED = "document_added"
    DOCUMENT_DELETED = "document_deleted"
    # An e-mail the program sent: text is "<to>|<subject>" (never the body).
    MAIL_SENT = "mail_sent"


class Gender(StrEnum):
    UNKNOWN = "unknown"
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"


class AgeBand(StrEnum):
    UNKNOWN = "unknown"
    UNDER_25 = "under_25"
    FROM_25_TO_44 = "25_44"
    FROM_45_TO_64 = "45_64"
    FROM_65 = "65_plus"


class Tenure(StrEnum):
    UNKNOWN = "unknown"
    SOCIAL_RENT = "social_rent"
    PRIVATE_RENT = "private_rent"
    OWNER = "owner"


class DwellingType(StrEnum):
    UNKNOWN = "unknown"
    APARTMENT = "apartment"
    TERRACED = "terraced"
    SEMI_DETACHED = "semi_detached"
    DETACHED = "detached"
    OTHER = "other"


class Household(StrEnum):
    UNKNOWN = "unknown"
    SINGLE = "single"
    COUPLE = "couple"
    FAMILY = "family"
    SINGLE_PARENT = "single_parent"
    OTHER = "other"


class IntakeOutcome(StrEnum):
    NOT_YET = "not_yet"
    WILLING = "willing"
    NOT_WILLING = "not_willing"
    NOT_REACHED = "not_reached"
    NOT_SUITABLE = "not_suitable"


class MediatorState(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    STOPPED = "stopped"


class TrainingKind(StrEnum):
    BASIC = "basic"  # basistraining
    COURSE = "course"  # verdiepingstraining
    SUPERVISION = "supervision"  # intervisie


class ExpenseActivity(StrEnum):
    CASE = "case"  # work on a case: talks, travel, phone calls
    INTERVISIE = "intervisie"
    TRAINING = "training"
    OFFICE = "office"  # team meetings, intake duty at the office
    OTHER = "other"


class DayPart(StrEnum):
    MORNING = "morning"
    AFTERNOON = "afternoon"
    EVENING = "evening"


class AppointmentKind(StrEnum):
    INTAKE = "intake"
    TALK_A = "talk_a"
    TALK_B = "talk_b"
    JOINT_SESSION = "joint_session"
    FOLLOW_UP = "follow_up"
    OTHER = "other"


class AppointmentOutcome(StrEnum):
    """How an appointment went; none yet while it is ahead or not recorded."""

    HELD = "held"
    CANCELLED = "cancelled"  # called off, beforehand or at the last moment
    NO_SHOW = "no_show"  # someone did not come


class OutcomeBy(StrEnum):
    """Who cancelled, or who did not come."""

    PARTY_A = "party_a"
    PARTY_B = "party_b"
    PARTIES = "parties"  # both parties
    MEDIATORS = "mediators"
    ORGANISATION = "organisation"  # the coordinator's office


class PlaceKind(StrEnum):
    HOME_A = "home_a"
    HOME_B = "home_b"
    ROOM = "room"
    OFFICE = "office"
    PHONE = "phone"
    VIDEO = "video"


class DocumentKind(StrEnum):
    LETTER = "letter"  # made by Burenrust from a template
    FILE = "file"  # added by the coordinator (a scan, an e-mail)


class ContactMomentKind(StrEnum):
    PHONE_CALL = "phone_call"
    MEETING = "meeting"
    EMAIL = "email"
    OTHER = "other"


class RequestKind(StrEnum):
    """A resident's request under the AVG (GDPR), to be answered within 30 days."""

    ACCESS = "access"  # inzage, art. 15
    CORRECTION = "correction"  # rectificatie, art. 16
    ERASURE = "erasure"  # verwijdering, art. 17
    OBJECTION = "objection"  # bezwaar, art. 21


class RequestStatus(StrEnum):
    OPEN = "open"
    DONE = "done"


class MailPurpose(StrEnum):
    INVITATION = "invitation"  # iTIP REQUEST to a mediator (also its updates)
    CANCELLATION = "cancellation"  # iTIP CANCEL
    REMINDER = "reminder"
    LETTER = "letter"  # a letter as a PDF attachment


class OutboxState(StrEnum):
    QUEUED = "queued"  # waiting for its turn (or for the server to answer again)
    SENDING = "sending"  # handed to the server; marked sent once it said yes
    SENT = "sent"
    FAILED = "failed"  # refused for good, or too many tries: the coordinator decides
    UNCERTAIN = "uncertain"  # the program stopped mid-send: maybe the server has it
    DRAFTED = "drafted"  # written as an .eml draft for the office's own mail program
    DROPPED = "dropped"  # the coordinator chose not to send it
