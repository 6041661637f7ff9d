"""The case list's plain values (filter, row, filter options), the words of a
search, and its first page without SQLAlchemy (`first_page`).

Free of SQLAlchemy: the page a coordinator sees first (every case, newest number
first) is read through the DB-API module directly (desktop.data.encryption.cipher) with
`FIRST_PAGE_SQL`, so the program paints it before SQLAlchemy loads (some 250 ms at
start-up). `FIRST_PAGE_SQL` is what SQLAlchemy compiles the Core query of
`desktop.cases.queries` to; a test keeps the two equal, and another that both give
the same rows. Every other page,
filter, sort and search goes through that Core query."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from desktop.data.encryption import cipher
from desktop.data.errors import RuleViolation
from models.limits import clean_text
from models.rules import fold, format_house_number, format_name

if TYPE_CHECKING:
    from desktop.data.store import Store

log = logging.getLogger(__name__)

OPEN = "open"  # status filter value meaning "every status but closed"
# Status filter value: cases with something still to fill in ("Nog aan te vullen").
TO_COMPLETE = "to_complete"
MIN_SEARCH_LENGTH = 3  # the trigram index cannot answer shorter words quickly
_POSTCODE_WITH_SPACE = re.compile(r"\b([1-9][0-9]{3})\s+([a-z]{2})\b")


@dataclass(frozen=True)
class CaseFilter:
    text: str = ""
    status: str | None = None
    year: int | None = None
    conflict_type_id: int | None = None
    neighbourhood: str | None = None


@dataclass(frozen=True)
class CaseRow:
    id: int
    number: str
    registered_on: date
    status: str
    urgency: str
    requester: str
    other_party: str
    address: str
    neighbourhood: str
    conflict_type: str
    # The row's values in every sort order: where the next page starts (keyset paging).
    keys: dict[str, tuple] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class FilterOptions:
    years: list[int]
    neighbourhoods: list[str]
    conflict_types: list[tuple[int, str]]


def search_words(query: str) -> list[str]:
    """The folded words of a search; "8011 ab" is one postcode, indexed without
    its space as well."""
    return _POSTCODE_WITH_SPACE.sub(r"\1\2", fold(clean_text(query))).split()


def search_terms(query: str) -> tuple[str | None, list[str]]:
    """An FTS5 MATCH expression for the words of 3+ characters, and the shorter
    words that are then checked with LIKE among those matches."""
    words = search_words(query)
    long_words = [w for w in words if len(w) >= MIN_SEARCH_LENGTH]
    short_words = [w for w in words if len(w) < MIN_SEARCH_LENGTH]
    if not long_words:
        return None, []
    match = " AND ".join('"' + w.replace('"', '""') + '"' for w in long_words)
    return match, short_words


def is_search_active(query: str) -> bool:
    return search_terms(query)[0] is not None


def as_case_row(row) -> CaseRow:
    """A row of the list's query (either way it was read) as a CaseRow."""
    (case_id, number, registered_on, status, urgency, neighbourhood,
     a_first, a_prefix, a_last, street, house_number, suffix,
     b_first, b_prefix, b_last, conflict, year, seq) = row
    address = f"{street} {format_house_number(house_number, suffix)}" if street else ""
    return CaseRow(
        id=case_id,
        number=number,
        registered_on=registered_on,
        status=status,
        urgency=urgency,
        requester=format_name(a_first or "", a_prefix or "", a_last or ""),
        other_party=format_name(b_first or "", b_prefix or "", b_last or ""),
        address=address,
        neighbourhood=neighbourhood,
        conflict_type=conflict or "",
        keys={"number": (year, seq), "registered_on": (registered_on, case_id),
              "status": (status, case_id), "urgency": (urgency, case_id),
              "neighbourhood": (neighbourhood, case_id)},
    )


# desktop.cases.queries: _row_statement() ordered by (year, seq) descending, as SQLAlchemy
# compiles it for SQLite with its values in place (tests/cases/test_case_rows.py).
FIRST_PAGE_SQL = """
SELECT cases.id, cases.number, cases.registered_on, cases.status, cases.urgency,
    cases.neighbourhood, person_a.first_name, person_a.name_prefix, person_a.last_name,
    address_a.street, address_a.house_number, address_a.house_number_suffix,
    person_b.first_name AS first_name_1, person_b.name_prefix AS name_prefix_1,
    person_b.last_name AS last_name_1, conflict_types.name, cases.year, cases.seq
FROM cases
    LEFT OUTER JOIN case_parties AS party_a ON party_a.case_id = cases.id AND party_a.role = 'A'
    LEFT OUTER JOIN persons AS person_a ON person_a.id = party_a.person_id
    LEFT OUTER JOIN addresses AS address_a ON address_a.id = party_a.address_id
    LEFT OUTER JOIN case_parties AS party_b ON party_b.case_id = cases.id AND party_b.role = 'B'
    LEFT OUTER JOIN persons AS person_b ON person_b.id = party_b.person_id
    LEFT OUTER JOIN case_conflict_types AS main_link
        ON main_link.case_id = cases.id AND main_link.is_main IS 1
    LEFT OUTER JOIN conflict_types ON conflict_types.id = main_link.conflict_type_id
ORDER BY cases.year DESC, cases.seq DESC
LIMIT ?
"""


def first_page(store: Store, case_filter: CaseFilter, sort_key: str = "number",
               descending: bool = True, limit: int = 200) -> list[CaseRow] | None:
    """The first page of the whole list, newest number first, read without SQLAlchemy;
    None for any other page, filter or order, for a server, or when the plain read
    fails (desktop.cases.queries.fetch_rows then reads it, or says what is wrong)."""
    if (case_filter != CaseFilter() or sort_key != "number" or not descending
            or store.sqlite_file is None):
        return None
    try:
        with store.plain_read() as connection:
            rows = connection.execute(FIRST_PAGE_SQL, (limit,)).fetchall()
    except (cipher.Error, RuleViolation) as exc:
        log.warning("first page not read directly (%s)", type(exc).__name__)
        return None
    return [as_case_row((row[0], row[1], date.fromisoformat(row[2]), *row[3:])) for row in rows]
