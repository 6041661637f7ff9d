"""Partner organisations as far as the case screens need them now: the names
to pick a referrer from. (The Partners part builds on this.)"""

from __future__ import annotations

from sqlalchemy import select

from desktop.store import Store
from models import PartnerOrganisation


def organisation_names(store: Store) -> list[str]:
    with store.read() as session:
        return list(
            session.scalars(select(PartnerOrganisation.name).order_by(PartnerOrganisation.name))
        )
