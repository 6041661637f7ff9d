"""Cases, appointments and an organisation for the letter tests."""

from __future__ import annotations

import io
from datetime import datetime, timedelta

from sqlalchemy import select

from desktop.agenda.appointments import AppointmentInput, save_appointment
from desktop.cases.registration import register_case
from desktop.documents.letters.context import SAMPLE_ORGANISATION
from desktop.documents.organisation import save_organisation
from models import CaseParty, PartnerOrganisation
from models.enums import AppointmentKind, PlaceKind
from tests.conftest import sample_case


def set_up_organisation(store, **changes):
    from dataclasses import replace

    return save_organisation(store, replace(SAMPLE_ORGANISATION, **changes))


def png_logo() -> bytes:
    from PIL import Image

    image = Image.new("RGB", (300, 100), (20, 110, 90))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def case_with_parties(store, **overrides) -> int:
    return register_case(store, sample_case(store, **overrides)).id


def party_ids(store, case_id: int) -> dict[str, int]:
    with store.read() as session:
        return dict(session.execute(select(CaseParty.role, CaseParty.person_id)
                                    .where(CaseParty.case_id == case_id)).all())


def appointment(store, case_id: int, kind: str = AppointmentKind.JOINT_SESSION,
                days: int = 3, roles: tuple[str, ...] = ()) -> int:
    start = (datetime.now() + timedelta(days=days)).replace(hour=19, minute=30, second=0,
                                                           microsecond=0)
    return save_appointment(store, None, AppointmentInput(
        case_id, kind, start, start + timedelta(hours=1), PlaceKind.OFFICE,
        place_text="Buurthuis De Linde, Lindelaan 10, Zwolle", party_roles=list(roles)),
        confirmed=True)


def give_partner_address(store) -> None:
    with store.unit() as session:
        for org in session.scalars(select(PartnerOrganisation)):
            org.street, org.house_number, org.postcode, org.town = (
                "Stationsweg", "5", "8011 CZ", "Zwolle")


def consent_update(case):
    """The case's details with the referrer-feedback consent ticked."""
    from dataclasses import fields

    from desktop.cases.detail import CaseUpdate

    values = {f.name: getattr(case, f.name) for f in fields(CaseUpdate) if hasattr(case, f.name)}
    values["feedback_consent"] = True
    return CaseUpdate(**values)
