"""Build mediators and waiting cases for the planning tests."""

from __future__ import annotations

from datetime import date

from desktop.cases.detail import change_status, get_case
from desktop.cases.registration import AddressInput, PartyInput, register_case
from desktop.mediators.register import MediatorInput, save_mediator, set_availability
from tests.conftest import sample_case

EVENINGS = {(0, "evening"), (1, "evening"), (2, "evening")}


def mediator(store, last_name: str, postcode: str = "7411 AA", number: int = 1,
             street: str = "Brink", town: str = "Deventer", slots=EVENINGS, **extra) -> int:
    mediator_id = save_mediator(store, None, MediatorInput(
        last_name=last_name, first_name=extra.pop("first_name", "Sam"),
        address=AddressInput(postcode, str(number), street, town), **extra))
    set_availability(store, mediator_id, set(slots))
    return mediator_id


def waiting_case(store, postcode: str = "8011 AB", street: str = "Dorpstraat",
                 language: str = "", **overrides) -> int:
    data = sample_case(store, **overrides)
    data.parties[0] = PartyInput(
        "A", "Jan", "", f"Vries{postcode[:4]}", phone="06 12345678",
        preferred_language=language,
        address=AddressInput(postcode, "12", street, "Zwolle"))
    data.parties[1].address = AddressInput(postcode, "14", street, "Zwolle")
    ref = register_case(store, data)
    change_status(store, ref.id, get_case(store, ref.id).version, "waiting_for_pair",
                  on=date.today())
    return ref.id
