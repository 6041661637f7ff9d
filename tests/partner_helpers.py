"""Partner organisations and incidents for the partner and signal tests."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.admin import categories
from desktop.partners import directory
from desktop.partners.directory import ContactInput, OrganisationInput
from desktop.signals import incidents
from desktop.signals.incidents import IncidentInput


def kind_id(store, code: str) -> int:
    return {i.code: i.id for i in categories.list_items(store, "incident_kinds")}[code]


def housing(store) -> tuple[int, int]:
    """A housing corporation with one contact: (organisation id, contact id)."""
    kinds = {i.code: i.id for i in categories.list_items(store, "referrer_kinds")}
    org = directory.save_organisation(store, None, OrganisationInput(
        "Woonstichting De Linie", kinds["housing"], "Stationsweg", "5", "8011cz", "Zwolle",
        "0381234567", "info@delinie.nl"))
    contact = directory.save_contact(store, org, None, ContactInput(
        "Petra Jansen", "wijkconsulent", "0612345678", "p.jansen@delinie.nl", "Assendorp"))
    return org, contact


def incident(store, days_ago: int = 10, **values) -> int:
    data = IncidentInput(date.today() - timedelta(days=days_ago), kind_id(store, "graffiti"),
                         "Dorpstraat", "12a", "8011 AB", "Zwolle", "Assendorp")
    for key, value in values.items():
        setattr(data, key, value)
    return incidents.save_incident(store, None, data)
