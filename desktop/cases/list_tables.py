"""The columns the case list reads, as light Core constructs (`table()` and
`column()`): its queries then need neither the ORM nor the model classes, so the
first page is painted before SQLAlchemy's ORM loads (some 200 ms). A test keeps
every column here equal, in name and type, to the models' own tables."""

from __future__ import annotations

from sqlalchemy import Boolean, Date, Integer, String, column, table

CASES = table(
    "cases",
    column("id", Integer), column("number", String), column("registered_on", Date),
    column("status", String), column("urgency", String), column("neighbourhood", String),
    column("year", Integer), column("seq", Integer), column("to_complete", String),
)
CASE_PARTIES = table(
    "case_parties",
    column("case_id", Integer), column("role", String), column("person_id", Integer),
    column("address_id", Integer), column("address_as_typed", String),
    column("address_source", String),
)
PERSONS = table(
    "persons",
    column("id", Integer), column("first_name", String), column("name_prefix", String),
    column("last_name", String),
)
ADDRESSES = table(
    "addresses",
    column("id", Integer), column("street", String), column("house_number", Integer),
    column("house_number_suffix", String),
)
CASE_TYPES = table(
    "case_conflict_types",
    column("case_id", Integer), column("conflict_type_id", Integer), column("is_main", Boolean),
)
CONFLICT_TYPES = table(
    "conflict_types",
    column("id", Integer), column("name", String), column("sort_order", Integer),
)

LIST_TABLES = (CASES, CASE_PARTIES, PERSONS, ADDRESSES, CASE_TYPES, CONFLICT_TYPES)
