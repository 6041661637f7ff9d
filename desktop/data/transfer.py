"""Moving a data folder's SQLite file onto a PostgreSQL server, for an office
that outgrows one PC: every row of every table, in one transaction on the server,
which must not hold cases yet. The file itself is left as it is."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.engine import URL

from desktop.data import search_index
from desktop.data.config import DATABASE_FILE
from desktop.data.engine import continue_sequences, make_engine, sqlite_url
from desktop.data.errors import RuleViolation
from desktop.data.migrate import upgrade
from models import Base, Case

CHUNK = 2000
TRANSFER_MESSAGES = {
    "nothing_to_transfer": "Er is geen databasebestand in deze gegevensmap om over te zetten.",
    "server_not_empty": "De database op de server bevat al zaken; er is niets overgezet.",
}


@dataclass(frozen=True)
class TransferResult:
    tables: int
    rows: int
    cases: int


def transfer_to_server(data_dir: Path, server_url: str | URL,
                       progress: Callable[[str], None] | None = None) -> TransferResult:
    source_path = data_dir / DATABASE_FILE
    if not source_path.is_file():
        raise RuleViolation("nothing_to_transfer")
    source = make_engine(sqlite_url(source_path))
    target = make_engine(server_url)
    upgrade(source, data_dir=data_dir)  # an older file is brought up to date first
    upgrade(target)
    rows = 0
    tables = list(Base.metadata.sorted_tables)
    try:
        with target.begin() as out, source.connect() as inp:
            if out.scalar(select(func.count()).select_from(Case)):
                raise RuleViolation("server_not_empty")
            for table in reversed(tables):  # the seeded categories make way for the file's
                out.execute(table.delete())
            for table in tables:
                if progress is not None:
                    progress(table.name)
                result = inp.execute(select(table))
                while batch := result.fetchmany(CHUNK):
                    out.execute(table.insert(), [dict(row._mapping) for row in batch])
                    rows += len(batch)
            continue_sequences(out)  # new rows continue after the copied ids
            search_index.rebuild(out)
            cases = out.scalar(select(func.count()).select_from(Case)) or 0
        return TransferResult(len(tables), rows, cases)
    finally:
        source.dispose()
        target.dispose()
