"""The case list: filtered, sorted pages of plain rows for the paged table
model, and search-as-you-type through the FTS5 trigram index."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, literal_column, select, text
from sqlalchemy.orm import Session

from desktop.store import Store
from models import Address, Case, CaseConflictType, CaseParty, ConflictType, Person
from models.enums import CaseStatus
from models.rules import fold, format_house_number

OPEN = "open"  # status filter value meaning "every status but closed"
MIN_SEARCH_LENGTH = 3  # the trigram index cannot answer shorter words quickly


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


@dataclass(frozen=True)
class FilterOptions:
    years: list[int]
    neighbourhoods: list[str]
    conflict_types: list[tuple[int, str]]


SORT_COLUMNS = {
    "number": (Case.year, Case.seq),
    "registered_on": (Case.registered_on, Case.id),
    "status": (Case.status, Case.id),
    "urgency": (Case.urgency, Case.id),
    "neighbourhood": (Case.neighbourhood, Case.id),
}


def search_terms(query: str) -> tuple[str | None, list[str]]:
    """An FTS5 MATCH expression for the words of 3+ characters, and the shorter
    words that are then checked with LIKE among those matches."""
    words = fold(query).split()
    long_words = [w for w in words if len(w) >= MIN_SEARCH_LENGTH]
    short_words = [w for w in words if len(w) < MIN_SEARCH_LENGTH]
    if not long_words:
        return None, []
    match = " AND ".join('"' + w.replace('"', '""') + '"' for w in long_words)
    return match, short_words


def is_search_active(query: str) -> bool:
    return search_terms(query)[0] is not None


def _filtered(statement: Select, case_filter: CaseFilter, dialect: str) -> Select:
    if case_filter.status == OPEN:
        statement = statement.where(Case.status != CaseStatus.CLOSED)
    elif case_filter.status:
        statement = statement.where(Case.status == case_filter.status)
    if case_filter.year:
        statement = statement.where(Case.year == case_filter.year)
    if case_filter.neighbourhood:
        statement = statement.where(Case.neighbourhood == case_filter.neighbourhood)
    if case_filter.conflict_type_id:
        statement = statement.where(
            Case.id.in_(
                select(CaseConflictType.case_id).where(
                    CaseConflictType.conflict_type_id == case_filter.conflict_type_id
                )
            )
        )
    match, short_words = search_terms(case_filter.text)
    if match is not None:
        if dialect == "sqlite":
            matches = (
                select(literal_column("rowid"))
                .select_from(text("case_search"))
                .where(text("case_search MATCH :match"))
            )
            for i in range(len(short_words)):
                matches = matches.where(text(f"body LIKE :short{i}"))
            statement = statement.where(Case.id.in_(matches)).params(
                match=match, **{f"short{i}": f"%{w}%" for i, w in enumerate(short_words)}
            )
        else:  # other databases: a plain (slower) search over names, streets and postcodes
            for word in fold(case_filter.text).split():
                pattern = f"%{word}%"
                statement = statement.where(
                    Case.id.in_(
                        select(CaseParty.case_id)
                        .join(Person, Person.id == CaseParty.person_id)
                        .outerjoin(Address, Address.id == CaseParty.address_id)
                        .where(
                            func.lower(Person.last_name).like(pattern)
                            | func.lower(Address.street).like(pattern)
                            | func.lower(Address.postcode).like(pattern)
                        )
                    )
                    | Case.number.like(pattern)
                )
    return statement


def fetch_rows(
    store: Store,
    case_filter: CaseFilter,
    sort_key: str = "number",
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
) -> list[CaseRow]:
    columns = SORT_COLUMNS.get(sort_key, SORT_COLUMNS["number"])
    order = [c.desc() for c in columns] if descending else list(columns)
    with store.read() as session:
        dialect = session.get_bind().dialect.name
        statement = _filtered(
            select(
                Case.id,
                Case.number,
                Case.registered_on,
                Case.status,
                Case.urgency,
                Case.neighbourhood,
            ),
            case_filter,
            dialect,
        )
        cases = session.execute(statement.order_by(*order).offset(offset).limit(limit)).all()
        ids = [row.id for row in cases]
        parties = _parties_by_case(session, ids)
        conflicts = _main_conflicts(session, ids)
    result = []
    for row in cases:
        case_parties = parties.get(row.id, {})
        requester = case_parties.get("A", ("", ""))
        other = case_parties.get("B", ("", ""))
        result.append(
            CaseRow(
                id=row.id,
                number=row.number,
                registered_on=row.registered_on,
                status=row.status,
                urgency=row.urgency,
                requester=requester[0],
                other_party=other[0],
                address=requester[1],
                neighbourhood=row.neighbourhood,
                conflict_type=conflicts.get(row.id, ""),
            )
        )
    return result


def _parties_by_case(session: Session, ids: list[int]) -> dict[int, dict[str, tuple[str, str]]]:
    if not ids:
        return {}
    rows = session.execute(
        select(
            CaseParty.case_id,
            CaseParty.role,
            Person.first_name,
            Person.name_prefix,
            Person.last_name,
            Address.street,
            Address.house_number,
            Address.house_number_suffix,
        )
        .join(Person, Person.id == CaseParty.person_id)
        .outerjoin(Address, Address.id == CaseParty.address_id)
        .where(CaseParty.case_id.in_(ids), CaseParty.role.in_(("A", "B")))
    ).all()
    result: dict[int, dict[str, tuple[str, str]]] = {}
    for case_id, role, first, prefix, last, street, number, suffix in rows:
        name = " ".join(p for p in (first, prefix, last) if p)
        address = f"{street} {format_house_number(number, suffix)}" if street else ""
        result.setdefault(case_id, {})[role] = (name, address)
    return result


def _main_conflicts(session: Session, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.execute(
        select(CaseConflictType.case_id, ConflictType.name)
        .join(ConflictType, ConflictType.id == CaseConflictType.conflict_type_id)
        .where(CaseConflictType.case_id.in_(ids), CaseConflictType.is_main.is_(True))
    ).all()
    return dict(rows)


def count_cases(store: Store, case_filter: CaseFilter) -> int:
    with store.read() as session:
        dialect = session.get_bind().dialect.name
        statement = _filtered(select(func.count(Case.id)), case_filter, dialect)
        return session.scalar(statement) or 0


def filter_options(store: Store) -> FilterOptions:
    with store.read() as session:
        years = list(session.scalars(select(Case.year).distinct().order_by(Case.year.desc())))
        neighbourhoods = list(
            session.scalars(
                select(Case.neighbourhood).distinct()
                .where(Case.neighbourhood != "")
                .order_by(Case.neighbourhood)
            )
        )
        conflict_types = [
            (row.id, row.name)
            for row in session.execute(
                select(ConflictType.id, ConflictType.name).order_by(ConflictType.sort_order)
            )
        ]
    return FilterOptions(years, neighbourhoods, conflict_types)
