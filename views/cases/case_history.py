"""Wijzigingen: the audit trail of one case, readable for a coordinator."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.cases.history import AuditView
from views.i18n import format_datetime
from views.labels import status_label, urgency_label

translate = QCoreApplication.translate
_HIDDEN = {"id", "case_id", "person_id", "address_id", "name_key", "year", "seq"}


def entity_label(entity: str) -> str:
    return {
        "cases": translate("CaseHistory", "Zaak"),
        "case_parties": translate("CaseHistory", "Partij"),
        "persons": translate("CaseHistory", "Persoon"),
        "addresses": translate("CaseHistory", "Adres"),
        "journal_entries": translate("CaseHistory", "Journaal"),
        "case_conflict_types": translate("CaseHistory", "Soort conflict"),
        "case_mediators": translate("CaseHistory", "Bemiddelaar"),
    }.get(entity, entity)


def action_label(action: str) -> str:
    return {
        "insert": translate("CaseHistory", "toegevoegd"),
        "update": translate("CaseHistory", "gewijzigd"),
        "delete": translate("CaseHistory", "verwijderd"),
    }.get(action, action)


def field_label(field: str) -> str:
    return {
        "status": translate("CaseHistory", "status"),
        "urgency": translate("CaseHistory", "urgentie"),
        "story": translate("CaseHistory", "verhaal"),
        "neighbourhood": translate("CaseHistory", "wijk"),
        "municipality": translate("CaseHistory", "gemeente"),
        "is_complex": translate("CaseHistory", "complexe zaak"),
        "first_name": translate("CaseHistory", "voornaam"),
        "last_name": translate("CaseHistory", "achternaam"),
        "phone": translate("CaseHistory", "telefoon"),
        "email": translate("CaseHistory", "e-mail"),
        "street": translate("CaseHistory", "straat"),
        "town": translate("CaseHistory", "plaats"),
        "text": translate("CaseHistory", "tekst"),
        "closed_on": translate("CaseHistory", "afgesloten op"),
        "result_id": translate("CaseHistory", "resultaat"),
        "closing_note": translate("CaseHistory", "toelichting afsluiting"),
    }.get(field, field.replace("_", " "))


def _value(field: str, value: Any) -> str:
    if value is None or value == "":
        return "—"
    if field in ("status", "to_status", "from_status"):
        return status_label(value)
    if field == "urgency":
        return urgency_label(value)
    if isinstance(value, bool):
        return translate("CaseHistory", "ja") if value else translate("CaseHistory", "nee")
    text = str(value)
    return text if len(text) <= 120 else text[:117] + "…"


class CaseHistory(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)

    def show_history(self, entries: list[AuditView]) -> None:
        blocks = []
        for entry in entries:
            title = f"{entity_label(entry.entity)} {action_label(entry.action)}"
            details = []
            for field, change in sorted(entry.changes.items()):
                if field in _HIDDEN:
                    continue
                if entry.action == "update" and isinstance(change, list) and len(change) == 2:
                    details.append(
                        f"{escape(field_label(field))}: {escape(_value(field, change[0]))}"
                        f" → {escape(_value(field, change[1]))}"
                    )
                else:
                    details.append(f"{escape(field_label(field))}: "
                                   f"{escape(_value(field, change))}")
            blocks.append(
                f"<p style='margin-bottom:6px'><b>{escape(title)}</b> "
                f"<span style='color:#555'>{format_datetime(entry.at)} · "
                f"{escape(entry.user)}</span>"
                + ("<br>" + "<br>".join(details) if details else "")
                + "</p>"
            )
        self.setHtml("".join(blocks))
