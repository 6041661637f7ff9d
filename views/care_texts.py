"""The words for volunteer-care reminders, short (a table cell) and whole (Te
doen, a tooltip), translatable."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop.volunteers.due import Reminder
from views.i18n import format_date

translate = QCoreApplication.translate


def reminder_short(reminder: Reminder) -> str:
    if reminder.kind == "vog":
        return {"missing": translate("Care", "VOG-datum?"),
                "expired": translate("Care", "VOG verlopen"),
                "expiring": translate("Care", "VOG verloopt")}.get(reminder.detail, "VOG")
    if reminder.kind == "training":
        return translate("Care", "training")
    if reminder.kind == "intervisie":
        return translate("Care", "intervisie gemist")
    return translate("Care", "geen zaak")


def reminder_text(reminder: Reminder) -> str:
    """"VOG van Sam Visser verloopt op 19-12-2026: vraag een nieuwe aan"."""
    who, when = reminder.name, format_date(reminder.due_on)
    if reminder.kind == "vog":
        text = {
            "missing": translate("Care", "Van %1 is geen VOG-datum bekend: vul die in"),
            "expired": translate("Care", "VOG van %1 is verlopen op %2: wordt niet voorgesteld "
                                 "voor een koppel"),
            "expiring": translate("Care", "VOG van %1 verloopt op %2: vraag een nieuwe aan"),
        }.get(reminder.detail, "%1")
    elif reminder.kind == "training":
        done, needed = reminder.detail.split("/")
        text = (translate("Care", "%1 had het afgelopen jaar geen training")
                if done == "0" else translate(
                    "Care", "%1 had het afgelopen jaar %3 van de %4 trainingen").replace(
                    "%3", done).replace("%4", needed))
        text += " " + (translate("Care", "(te weinig sinds %2)") if reminder.due_on < date.today()
                       else translate("Care", "(de volgende vóór %2)"))
    elif reminder.kind == "intervisie":
        text = translate("Care", "%1 miste de laatste %3 intervisies (laatst op %2): even "
                         "bellen?").replace("%3", reminder.detail)
    else:
        text = translate("Care", "%1 heeft al %3 weken geen zaak: even bellen?").replace(
            "%3", reminder.detail)
    return text.replace("%1", who).replace("%2", when)
