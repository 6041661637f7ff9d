"""The search index's key and its table as a light Core construct: what the case
list needs of the index without loading the ORM (desktop.data.search_index,
which keeps the index up to date, does)."""

from __future__ import annotations

from sqlalchemy import Integer, Text, column, table

KEY_FACTOR = 100_000

# The FTS5 index is not an ORM table; this construct lets queries join it.
CASE_SEARCH = table("case_search", column("rowid", Integer), column("body", Text))


def search_key(year: int, seq: int) -> int:
    return year * KEY_FACTOR + seq
