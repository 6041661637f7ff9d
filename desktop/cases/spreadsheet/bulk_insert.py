"""Many rows into one table at once, for the import's tens of thousands of rows.

SQLAlchemy's executemany builds and processes each row's parameters in Python
(about 0.6 s of a 10,000-row import); on SQLite the same rows go to the driver as
plain tuples here, made with SQLAlchemy's own statement and its columns' own bind
processors, so what lands in the file is what Core would have written. Anything
this does not know how to make the same way (another database, a default that is
not a plain value) goes through Core unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, Table, insert

_MISSING = object()


def bulk_insert(connection: Connection, table: Table, rows: Sequence[dict[str, Any]],
                keys: Sequence[str]) -> None:
    """Insert `rows`, each given the values of `keys` (a key a row lacks is NULL, as
    in Core's executemany); columns outside `keys` get their defaults."""
    if not rows:
        return
    plain = _plain_statement(connection, table, keys)
    if plain is None:
        connection.execute(insert(table), [{k: row.get(k) for k in keys} for row in rows])
        return
    sql, columns = plain
    tuples = [tuple(_value(row, key, default, process) for key, default, process in columns)
              for row in rows]
    # The driver's own executemany, inside the session's transaction.
    connection.exec_driver_sql(sql, tuples)


def _value(row: dict[str, Any], key: str, default: Any,
           process: Callable[[Any], Any] | None) -> Any:
    value = row.get(key) if default is _MISSING else default
    return process(value) if process is not None and value is not None else value


def _plain_statement(connection: Connection, table: Table, keys: Sequence[str]
                     ) -> tuple[str, list[tuple[str, Any, Callable[[Any], Any] | None]]] | None:
    """The INSERT's SQL and, per placeholder in its order, (key, default or _MISSING,
    bind processor); None where only Core can do it right."""
    dialect = connection.dialect
    if dialect.name != "sqlite" or dialect.paramstyle != "qmark":
        return None
    wanted = set(keys)
    defaults: dict[str, Any] = {}
    for column in table.columns:
        if column.key in wanted or column.default is None:
            continue
        if not column.default.is_scalar:  # a callable or SQL default: Core makes it
            return None
        defaults[column.key] = column.default.arg
    compiled = insert(table).compile(dialect=dialect, column_keys=[*keys, *defaults])
    order = compiled.positiontup or []
    if sorted(order) != sorted([*keys, *defaults]):  # not the plain statement expected
        return None
    columns = []
    for key in order:
        column_type = table.columns[key].type.dialect_impl(dialect)
        columns.append((key, defaults.get(key, _MISSING), column_type.bind_processor(dialect)))
    return compiled.string, columns
