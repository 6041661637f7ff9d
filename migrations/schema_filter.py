"""What Alembic compares: everything in the ORM metadata, but not the FTS5
search index and its shadow tables, which SQLite manages itself."""

from __future__ import annotations

UNMAPPED_PREFIXES = ("case_search",)


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    return not (type_ == "table" and name and name.startswith(UNMAPPED_PREFIXES))
