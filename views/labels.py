"""User-facing names of the fixed vocabularies in models.enums (translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.enums import CaseStatus, JournalKind, Urgency

translate = QCoreApplication.translate


def status_labels() -> dict[str, str]:
    return {
        CaseStatus.REGISTERED: translate("Labels", "Aangemeld"),
        CaseStatus.INTAKE: translate("Labels", "Intake"),
        CaseStatus.WAITING_FOR_PAIR: translate("Labels", "Wacht op koppel"),
        CaseStatus.TALKS: translate("Labels", "Gesprekken met partijen"),
        CaseStatus.JOINT_SESSION: translate("Labels", "Bemiddelingsgesprek"),
        CaseStatus.FOLLOW_UP: translate("Labels", "Nazorg"),
        CaseStatus.ON_HOLD: translate("Labels", "Aangehouden"),
        CaseStatus.CLOSED: translate("Labels", "Afgesloten"),
    }


def status_label(code: str | None) -> str:
    return status_labels().get(code or "", code or "")


def urgency_labels() -> dict[str, str]:
    return {
        Urgency.NORMAL: translate("Labels", "Normaal"),
        Urgency.HIGH: translate("Labels", "Hoog"),
        Urgency.URGENT: translate("Labels", "Spoed"),
    }


def urgency_label(code: str) -> str:
    return urgency_labels().get(code, code)


def journal_kind_labels() -> dict[str, str]:
    return {
        JournalKind.NOTE: translate("Labels", "Notitie"),
        JournalKind.PHONE_CALL: translate("Labels", "Telefoongesprek"),
        JournalKind.EMAIL: translate("Labels", "E-mail"),
        JournalKind.LETTER: translate("Labels", "Brief"),
        JournalKind.MEETING: translate("Labels", "Gesprek"),
        JournalKind.STATUS_CHANGE: translate("Labels", "Statuswijziging"),
        JournalKind.PAIR: translate("Labels", "Koppel toegewezen"),
        JournalKind.APPOINTMENT_PLANNED: translate("Labels", "Afspraak gepland"),
        JournalKind.APPOINTMENT_CHANGED: translate("Labels", "Afspraak gewijzigd"),
        JournalKind.APPOINTMENT_CANCELLED: translate("Labels", "Afspraak afgezegd"),
        JournalKind.APPOINTMENT_HELD: translate("Labels", "Afspraak gehouden"),
        JournalKind.APPOINTMENT_NO_SHOW: translate("Labels", "Niet verschenen"),
        JournalKind.DOCUMENT_ADDED: translate("Labels", "Document toegevoegd"),
        JournalKind.DOCUMENT_DELETED: translate("Labels", "Document verwijderd"),
        JournalKind.MAIL_SENT: translate("Labels", "E-mail verstuurd"),
    }


def journal_kind_label(code: str) -> str:
    return journal_kind_labels().get(code, code)


def mediator_state_labels() -> dict[str, str]:
    from models.enums import MediatorState

    return {
        MediatorState.ACTIVE: translate("Labels", "Actief"),
        MediatorState.PAUSED: translate("Labels", "Gepauzeerd"),
        MediatorState.STOPPED: translate("Labels", "Gestopt"),
    }


def mediator_state_label(code: str) -> str:
    return mediator_state_labels().get(code, code)


def gender_labels() -> dict[str, str]:
    from models.enums import Gender

    return {
        Gender.UNKNOWN: translate("Labels", "Onbekend"),
        Gender.FEMALE: translate("Labels", "Vrouw"),
        Gender.MALE: translate("Labels", "Man"),
        Gender.OTHER: translate("Labels", "Anders"),
    }


def age_band_labels() -> dict[str, str]:
    from models.enums import AgeBand

    return {
        AgeBand.UNKNOWN: translate("Labels", "Onbekend"),
        AgeBand.UNDER_25: translate("Labels", "Jonger dan 25"),
        AgeBand.FROM_25_TO_44: translate("Labels", "25 tot 45"),
        AgeBand.FROM_45_TO_64: translate("Labels", "45 tot 65"),
        AgeBand.FROM_65: translate("Labels", "65 of ouder"),
    }


def day_part_labels() -> dict[str, str]:
    from models.enums import DayPart

    return {
        DayPart.MORNING: translate("Labels", "Ochtend"),
        DayPart.AFTERNOON: translate("Labels", "Middag"),
        DayPart.EVENING: translate("Labels", "Avond"),
    }


def weekday_labels() -> list[str]:
    return [
        translate("Labels", "ma"), translate("Labels", "di"), translate("Labels", "wo"),
        translate("Labels", "do"), translate("Labels", "vr"), translate("Labels", "za"),
        translate("Labels", "zo"),
    ]


def training_kind_labels() -> dict[str, str]:
    from models.enums import TrainingKind

    return {
        TrainingKind.BASIC: translate("Labels", "Basistraining"),
        TrainingKind.COURSE: translate("Labels", "Verdiepingstraining"),
        TrainingKind.SUPERVISION: translate("Labels", "Intervisie"),
    }


def appointment_kind_labels() -> dict[str, str]:
    from models.enums import AppointmentKind

    return {
        AppointmentKind.INTAKE: translate("Labels", "Intakegesprek"),
        AppointmentKind.TALK_A: translate("Labels", "Gesprek met partij A"),
        AppointmentKind.TALK_B: translate("Labels", "Gesprek met partij B"),
        AppointmentKind.JOINT_SESSION: translate("Labels", "Bemiddelingsgesprek"),
        AppointmentKind.FOLLOW_UP: translate("Labels", "Nazorg"),
        AppointmentKind.OTHER: translate("Labels", "Andere afspraak"),
    }


def outcome_labels() -> dict[str, str]:
    from models.enums import AppointmentOutcome

    return {
        AppointmentOutcome.HELD: translate("Labels", "Gehouden"),
        AppointmentOutcome.CANCELLED: translate("Labels", "Afgezegd"),
        AppointmentOutcome.NO_SHOW: translate("Labels", "Niet verschenen"),
    }


def outcome_by_labels() -> dict[str, str]:
    from models.enums import OutcomeBy

    return {
        OutcomeBy.PARTY_A: translate("Labels", "partij A"),
        OutcomeBy.PARTY_B: translate("Labels", "partij B"),
        OutcomeBy.PARTIES: translate("Labels", "beide partijen"),
        OutcomeBy.MEDIATORS: translate("Labels", "de bemiddelaars"),
        OutcomeBy.ORGANISATION: translate("Labels", "het bureau"),
    }


def outcome_text(outcome: str | None, by: str = "") -> str:
    """"Afgezegd door partij B", "Niet verschenen: partij A", "Gehouden"; "" if none."""
    from models.enums import AppointmentOutcome

    if not outcome:
        return ""
    who = outcome_by_labels().get(by, "")
    if outcome == AppointmentOutcome.CANCELLED and who:
        return translate("Labels", "Afgezegd door %1").replace("%1", who)
    if outcome == AppointmentOutcome.NO_SHOW and who:
        return translate("Labels", "Niet verschenen: %1").replace("%1", who)
    return outcome_labels().get(outcome, outcome)


def appointment_entry_text(text: str) -> str:
    """A journal line about an appointment ("talk_a|2026-11-24T19:30|party_b" and a
    note below it) as the coordinator reads it."""
    from datetime import datetime

    from views.i18n import format_datetime

    head, _newline, note = text.partition("\n")
    kind, _sep, rest = head.partition("|")
    when, _sep, by = rest.partition("|")
    try:
        moment = datetime.fromisoformat(when)
    except ValueError:
        return text
    line = f"{appointment_kind_labels().get(kind, kind)} · {format_datetime(moment)}"
    if by in outcome_by_labels():
        line += " · " + outcome_by_labels()[by]
    return line + ("\n" + note if note else "")


def place_kind_labels() -> dict[str, str]:
    from models.enums import PlaceKind

    return {
        PlaceKind.HOME_A: translate("Labels", "Bij partij A thuis"),
        PlaceKind.HOME_B: translate("Labels", "Bij partij B thuis"),
        PlaceKind.ROOM: translate("Labels", "Zaal of ruimte"),
        PlaceKind.OFFICE: translate("Labels", "Kantoor"),
        PlaceKind.PHONE: translate("Labels", "Telefonisch"),
        PlaceKind.VIDEO: translate("Labels", "Videobellen"),
    }


def conflict_text(code: str, detail: str) -> str:
    texts = {
        "mediator_busy": translate("Labels", "%1 heeft dan al een afspraak"),
        "room_busy": translate("Labels", "%1 is dan al bezet"),
        "outside_availability": translate("Labels", "%1 is op dat dagdeel meestal niet vrij"),
        "absent": translate("Labels", "%1 is dan afwezig"),
        "holiday": translate("Labels", "het is een feestdag (%1)"),
    }
    return texts.get(code, code).replace("%1", detail)


def letter_kind_labels() -> dict[str, str]:
    return {
        "invitation_a": translate("Labels", "Uitnodiging kennismaking (aanvrager)"),
        "invitation_b": translate("Labels", "Eerste contact en uitnodiging (andere partij)"),
        "joint_session": translate("Labels", "Uitnodiging gezamenlijk gesprek"),
        "confirmation": translate("Labels", "Bevestiging van een afspraak"),
        "b_unreachable": translate("Labels", "Andere partij niet bereikbaar"),
        "closing": translate("Labels", "Afsluitbrief"),
        "referrer_feedback": translate("Labels", "Terugkoppeling aan de verwijzer"),
        "agreement": translate("Labels", "Afsprakenformulier"),
    }


def letter_language_labels() -> dict[str, str]:
    return {"nl": translate("Labels", "Nederlands"), "en": translate("Labels", "Engels")}


def outbox_state_labels() -> dict[str, str]:
    from models.enums import OutboxState

    return {
        OutboxState.QUEUED: translate("Labels", "Wacht"),
        OutboxState.SENDING: translate("Labels", "Wordt verstuurd"),
        OutboxState.SENT: translate("Labels", "Verstuurd"),
        OutboxState.FAILED: translate("Labels", "Mislukt"),
        OutboxState.UNCERTAIN: translate("Labels", "Onzeker"),
        OutboxState.DRAFTED: translate("Labels", "In mailprogramma"),
        OutboxState.DROPPED: translate("Labels", "Niet verstuurd"),
    }


def mail_purpose_labels() -> dict[str, str]:
    from models.enums import MailPurpose

    return {
        MailPurpose.INVITATION: translate("Labels", "Uitnodiging"),
        MailPurpose.CANCELLATION: translate("Labels", "Afzegging"),
        MailPurpose.REMINDER: translate("Labels", "Herinnering"),
        MailPurpose.LETTER: translate("Labels", "Brief"),
    }


def mail_entry_text(text: str) -> str:
    """A mail_sent journal line ("<to>|<subject>") as the coordinator reads it."""
    to, _bar, subject = text.partition("|")
    return translate("Labels", "%1 — aan %2").replace("%1", subject).replace("%2", to)
