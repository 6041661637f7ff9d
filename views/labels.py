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
    }


def journal_kind_label(code: str) -> str:
    return journal_kind_labels().get(code, code)
