"""The case list: filtered, sorted pages of plain rows for the paged table
model, and search-as-you-type through the FTS5 trigram index, as SQLAlchemy Core
queries. The plain values and the entry point for the model are in
desktop.cases.case_rows, which loads this module when it is first needed."""

from __future__ import annotations

from functools import cache

from sqlalchemy import (
    Select,
    func,
    literal,
    literal_column,
    select,
    text,
    tuple_,
)

from desktop.cases.case_rows import (
    OPEN,
    TO_COMPLETE,
    CaseFilter,
    CaseRow,
    FilterOptions,
    as_case_row,
    first_page,
    is_search_active,
    search_terms,
    search_words,
)
from desktop.cases.list_tables import (
    ADDRESSES,
    CASE_PARTIES,
    CASE_TYPES,
    CASES,
    CONFLICT_TYPES,
    PERSONS,
)
from desktop.data.search_key import CASE_SEARCH, KEY_FACTOR
from desktop.data.store import Store
from models.enums import CaseStatus

# The service's names, wherever they are defined (callers import them from here).
__all__ = ["OPEN", "TO_COMPLETE", "CaseFilter", "CaseRow", "FilterOptions", "count_cases",
           "fetch_rows",
           "filter_options", "is_search_active", "search_terms"]


SORT_COLUMNS = {
    "number": (CASES.c.year, CASES.c.seq),
    "registered_on": (CASES.c.registered_on, CASES.c.id),
    "status": (CASES.c.status, CASES.c.id),
    "urgency": (CASES.c.urgency, CASES.c.id),
    "neighbourhood": (CASES.c.neighbourhood, CASES.c.id),
}


def _plain_filters(statement: Select, case_filter: CaseFilter) -> Select:
    if case_filter.status == OPEN:
        statement = statement.where(CASES.c.status != CaseStatus.CLOSED)
    elif case_filter.status == TO_COMPLETE:
        statement = statement.where((CASES.c.to_complete != "") | CASES.c.id.in_(
            select(CASE_PARTIES.c.case_id).where(
                (CASE_PARTIES.c.address_source != "")
                | ((CASE_PARTIES.c.address_as_typed != "") & CASE_PARTIES.c.address_id.is_(None)))))
    elif case_filter.status:
        statement = statement.where(CASES.c.status == case_filter.status)
    if case_filter.year:
        statement = statement.where(CASES.c.year == case_filter.year)
    if case_filter.neighbourhood:
        statement = statement.where(CASES.c.neighbourhood == case_filter.neighbourhood)
    if case_filter.conflict_type_id:
        statement = statement.where(
            CASES.c.id.in_(
                select(CASE_TYPES.c.case_id).where(
                    CASE_TYPES.c.conflict_type_id == case_filter.conflict_type_id
                )
            )
        )
    return statement


def _search_params(match: str, short_words: list[str]) -> dict[str, str]:
    # % and _ typed in a search are letters, not wildcards.
    return {"match": match, **{f"short{i}": f"%{_like_escaped(w)}%"
                               for i, w in enumerate(short_words)}}


def _search_condition(short_words: list[str]) -> str:
    return " AND ".join(
        ["case_search MATCH :match"] + [f"case_search.body LIKE :short{i} ESCAPE '\\'"
                                        for i in range(len(short_words))]
    )


def _filtered(statement: Select, case_filter: CaseFilter, dialect: str) -> Select:
    """Filters, with the search as an IN (...) over the index: for counting and
    for sort orders other than the case number."""
    statement = _plain_filters(statement, case_filter)
    match, short_words = search_terms(case_filter.text)
    if match is None:
        return statement
    if dialect == "sqlite":
        matches = (
            select(literal_column("rowid"))
            .select_from(text("case_search"))
            .where(text(_search_condition(short_words)))
        )
        key = CASES.c.year * KEY_FACTOR + CASES.c.seq
        return statement.where(key.in_(matches)).params(**_search_params(match, short_words))
    # PostgreSQL: the same one-row-per-case text, every word a substring of it
    # (pg_trgm's index serves LIKE '%word%').
    words = search_words(case_filter.text)
    conditions = " AND ".join(f"case_search.body LIKE :word{i} ESCAPE '\\'"
                              for i in range(len(words)))
    matches = (select(literal_column("rowid")).select_from(text("case_search"))
               .where(text(conditions)))
    key = CASES.c.year * KEY_FACTOR + CASES.c.seq
    return statement.where(key.in_(matches)).params(
        **{f"word{i}": "%" + _like_escaped(w) + "%" for i, w in enumerate(words)})


def _like_escaped(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@cache
def _row_statement() -> Select:
    """One query for a whole page: the case with party A and B, A's address and
    the main conflict type. Built once: aliasing is costly, and Selects are immutable."""
    party_a = CASE_PARTIES.alias("party_a")
    party_b = CASE_PARTIES.alias("party_b")
    person_a = PERSONS.alias("person_a")
    person_b = PERSONS.alias("person_b")
    address_a = ADDRESSES.alias("address_a")
    main_link = CASE_TYPES.alias("main_link")
    return (
        select(
            CASES.c.id, CASES.c.number, CASES.c.registered_on, CASES.c.status,
            CASES.c.urgency, CASES.c.neighbourhood,
            person_a.c.first_name, person_a.c.name_prefix, person_a.c.last_name,
            address_a.c.street, address_a.c.house_number, address_a.c.house_number_suffix,
            person_b.c.first_name, person_b.c.name_prefix, person_b.c.last_name,
            CONFLICT_TYPES.c.name, CASES.c.year, CASES.c.seq,
        )
        .select_from(CASES)
        .outerjoin(party_a, (party_a.c.case_id == CASES.c.id) & (party_a.c.role == "A"))
        .outerjoin(person_a, person_a.c.id == party_a.c.person_id)
        .outerjoin(address_a, address_a.c.id == party_a.c.address_id)
        .outerjoin(party_b, (party_b.c.case_id == CASES.c.id) & (party_b.c.role == "B"))
        .outerjoin(person_b, person_b.c.id == party_b.c.person_id)
        .outerjoin(main_link,
                   (main_link.c.case_id == CASES.c.id) & main_link.c.is_main.is_(True))
        .outerjoin(CONFLICT_TYPES, CONFLICT_TYPES.c.id == main_link.c.conflict_type_id)
    )


def fetch_rows(
    store: Store,
    case_filter: CaseFilter,
    sort_key: str = "number",
    descending: bool = True,
    limit: int = 200,
    after: CaseRow | None = None,
) -> list[CaseRow]:
    """A page of the list. The next page is asked with `after` = the last row
    shown: a keyset, so a page deep in the list costs what the first one does
    (OFFSET would read and skip every row before it). The first page of the whole
    list is read with sqlite3 (case_rows.first_page), every other one through Core."""
    if after is None:
        rows = first_page(store, case_filter, sort_key, descending, limit)
        if rows is not None:
            return rows
    if sort_key not in SORT_COLUMNS:
        sort_key = "number"
    columns = SORT_COLUMNS[sort_key]
    last = after.keys[sort_key] if after is not None else None
    match, short_words = search_terms(case_filter.text)
    dialect = store.engine.dialect.name
    # Core on a plain connection: the first page needs no ORM session (desktop.data.store).
    with store.engine.connect() as connection:
        statement = _row_statement()
        if match is not None and dialect == "sqlite" and sort_key == "number":
            # Let the index drive: its rowid is the case number, so the first page of
            # matches is the answer and nothing needs sorting.
            key = CASE_SEARCH.c.rowid
            statement = (
                _plain_filters(statement, case_filter)
                .join(
                    CASE_SEARCH,
                    # op("/"): SQLite's integer division; Python's "/" would cast to NUMERIC.
                    (CASES.c.year == key.op("/")(KEY_FACTOR)) & (CASES.c.seq == key % KEY_FACTOR),
                )
                .where(text(_search_condition(short_words)))
                .params(**_search_params(match, short_words))
                .order_by(key.desc() if descending else key.asc())
            )
            if last is not None:
                start = last[0] * KEY_FACTOR + last[1]
                statement = statement.where(key < start if descending else key > start)
        else:
            statement = _filtered(statement, case_filter, dialect).order_by(
                *[c.desc() if descending else c.asc() for c in columns]
            )
            if last is not None:
                position = tuple_(*columns)
                bound = tuple_(*[literal(v, c.type) for c, v in zip(columns, last, strict=True)])
                statement = statement.where(position < bound if descending else position > bound)
        rows = connection.execute(statement.limit(limit)).all()
    return [as_case_row(row) for row in rows]


def count_cases(store: Store, case_filter: CaseFilter) -> int:
    statement = _filtered(select(func.count(CASES.c.id)), case_filter, store.engine.dialect.name)
    with store.engine.connect() as connection:
        return connection.scalar(statement) or 0


def filter_options(store: Store) -> FilterOptions:
    with store.engine.connect() as session:
        # min and max come straight from the (year, seq) index; the years between
        # them are the ones a coordinator may want, even a quiet one.
        low, high = session.execute(select(func.min(CASES.c.year), func.max(CASES.c.year))).one()
        years = list(range(high, low - 1, -1)) if low is not None else []
        neighbourhoods = list(
            session.scalars(
                select(CASES.c.neighbourhood).distinct()
                .where(CASES.c.neighbourhood != "")
                .order_by(CASES.c.neighbourhood)
            )
        )
        conflict_types = [
            (row.id, row.name)
            for row in session.execute(
                select(CONFLICT_TYPES.c.id, CONFLICT_TYPES.c.name)
                .order_by(CONFLICT_TYPES.c.sort_order)
            )
        ]
    return FilterOptions(years, neighbourhoods, conflict_types)
