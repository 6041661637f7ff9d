"""Correcting a party of a case, or adding another household (C, D…)."""

from __future__ import annotations

from datetime import datetime
from string import ascii_uppercase

from sqlalchemy.orm.exc import StaleDataError

from desktop.cases.detail import check_version, load_case
from desktop.cases.registration import (
    PartyInput,
    find_or_create_address,
    person_for,
    validate_party,
)
from desktop.data.errors import NotFound, RuleViolation, StaleData, ValidationFailed
from desktop.data.store import Store
from models import CaseParty, Person
from models.rules import check_email, check_phone


def update_party(store: Store, case_id: int, expected_version: int, party: PartyInput) -> None:
    """The person keeps their identity (and so their other cases); what was typed
    replaces their details. A new postcode or number means another address."""
    errors = validate_party(party)
    if errors:
        raise ValidationFailed(errors)
    try:
        with store.unit() as session:
            case = load_case(session, case_id)
            check_version(case, expected_version)
            existing = next((p for p in case.parties if p.role == party.role), None)
            if existing is None:
                raise NotFound(party.role)
            person: Person = existing.person
            person.first_name = party.first_name.strip()
            person.name_prefix = party.name_prefix.strip()
            person.last_name = party.last_name.strip()
            person.phone = check_phone(party.phone).value
            person.email = check_email(party.email).value
            person.preferred_language = party.preferred_language.strip()
            person.needs_interpreter = party.needs_interpreter
            person.gender = party.gender  # the form showed the current one: a deliberate choice
            address = find_or_create_address(session, party.address)
            existing.address = address
            if address is not None:  # completed: the imported text has done its work
                existing.address_as_typed = ""
                existing.address_source = ""
            existing.by_email = party.by_email
            session.flush()
            if party.role == "A" and address is not None:
                case.municipality = address.municipality or case.municipality
                case.neighbourhood = address.neighbourhood or case.neighbourhood
            case.updated_at = datetime.now().replace(microsecond=0)  # bumps the version
    except StaleDataError as exc:
        raise StaleData(str(case_id)) from exc


def next_role(roles: list[str]) -> str:
    for letter in ascii_uppercase:
        if letter not in roles:
            return letter
    raise RuleViolation("too_many_parties")


def add_party(store: Store, case_id: int, expected_version: int, party: PartyInput) -> str:
    """Add another household to the case; returns the role letter it got."""
    try:
        with store.unit() as session:
            case = load_case(session, case_id)
            check_version(case, expected_version)
            role = next_role([p.role for p in case.parties])
            party.role = role
            errors = validate_party(party)
            if errors:
                raise ValidationFailed(errors)
            address = find_or_create_address(session, party.address)
            session.flush()
            person = person_for(session, party, address)
            case.parties.append(CaseParty(role=role, person=person, address=address,
                                          by_email=party.by_email))
            case.updated_at = datetime.now().replace(microsecond=0)
            return role
    except StaleDataError as exc:
        raise StaleData(str(case_id)) from exc
