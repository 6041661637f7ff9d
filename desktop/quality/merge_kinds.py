"""What a merge means per kind of record: the fields a coordinator chooses
between, the columns that point at the record (moved to the kept one), and how
a record is named in the list of merges."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from models import (
    Address,
    Case,
    CaseDocument,
    CaseParty,
    Incident,
    IncidentPerson,
    Mediator,
    PartnerContact,
    PartnerContactMoment,
    PartnerOrganisation,
    Person,
    ResidentRequest,
    format_name,
)
from models.rules import format_house_number


@dataclass(frozen=True)
class MergeKind:
    name: str
    model: type
    choosable: tuple[str, ...]
    links: tuple[tuple[type, str], ...]  # (table, column pointing at the record)
    label: Callable[[dict], str]  # a row (as a dict) in words
    # A chosen field drags its derived column along (the search keys of a person).
    derived: tuple[tuple[str, str], ...] = ()
    # The case_parties column whose cases' search text changes with the record.
    party_column: str | None = None
    # Columns that together must stay unique (an address's postcode and number).
    unique: tuple[str, ...] = ()


def _person_label(row: dict) -> str:
    return format_name(row["first_name"], row["name_prefix"], row["last_name"])


def _address_label(row: dict) -> str:
    number = format_house_number(row["house_number"], row["house_number_suffix"])
    return f"{row['street']} {number}, {row['postcode']} {row['town']}".strip(" ,")


KINDS: dict[str, MergeKind] = {kind.name: kind for kind in (
    MergeKind(
        "person", Person,
        ("first_name", "name_prefix", "last_name", "gender", "age_band", "phone", "email",
         "preferred_language", "needs_interpreter", "notes"),
        ((CaseParty, "person_id"), (IncidentPerson, "person_id"),
         (ResidentRequest, "person_id"), (CaseDocument, "recipient_person_id")),
        _person_label, (("last_name", "name_key"), ("email", "email_key")), "person_id"),
    MergeKind(
        "address", Address,
        ("street", "house_number", "house_number_suffix", "postcode", "town", "municipality",
         "neighbourhood"),
        ((CaseParty, "address_id"), (Incident, "address_id"), (Mediator, "address_id")),
        _address_label, party_column="address_id",
        unique=("postcode", "house_number", "house_number_suffix")),
    MergeKind(
        "organisation", PartnerOrganisation,
        ("name", "referrer_kind_id", "street", "house_number", "postcode", "town", "phone",
         "email", "notes"),
        ((PartnerContact, "organisation_id"), (PartnerContactMoment, "organisation_id")),
        lambda row: row["name"]),
    MergeKind(
        "contact", PartnerContact,
        ("name", "organisation_id", "role", "phone", "email", "neighbourhoods", "active"),
        ((Case, "referrer_contact_id"), (CaseDocument, "recipient_contact_id"),
         (Incident, "reporter_contact_id"), (PartnerContactMoment, "contact_id")),
        lambda row: row["name"]),
)}
