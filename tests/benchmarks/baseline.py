"""The bare baseline most benchmarks stand beside: the very SQL the program sent,
replayed through Python's sqlite3, and the alternating loop that times both."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


def bare_connection(data_dir: Path):
    """The program's database file through the bare driver, no SQLAlchemy: the file
    is encrypted, so that is sqlcipher3 with the data folder's key (Python's sqlite3
    cannot read it). The cost of the encryption itself is bench_encryption's figure."""
    from desktop.data.encryption.cipher import open_file

    return open_file(Path(data_dir) / "burenrust.sqlite", mode="ro")


def timed(action: Callable[[], object]) -> float:
    """Milliseconds `action` takes."""
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def recorded_sql(store, work: Callable[[], object]) -> list[tuple[str, tuple]]:
    """The statements (and their parameters) `work` sends to the database."""
    from sqlalchemy import event

    statements: list[tuple[str, tuple]] = []

    def record(_conn, _cursor, statement, parameters, _context, _many) -> None:
        statements.append((statement, tuple(parameters or ())))

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        work()
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
    return statements


def replay(connection, statements: list[tuple[str, tuple]]) -> None:
    """The same statements in bare sqlite3, every row fetched."""
    for statement, parameters in statements:
        connection.execute(statement, parameters).fetchall()


@dataclass
class Pair:
    """Program and bare times of one figure, taken alternately."""

    name: str
    program: list[float] = field(default_factory=list)
    bare: list[float] = field(default_factory=list)

    def run(self, program: Callable[[], object], bare: Callable[[], object]) -> None:
        self.program.append(timed(program))
        self.bare.append(timed(bare))

    @property
    def median(self) -> float:
        return statistics.median(self.program)

    @property
    def p95(self) -> float:
        ordered = sorted(self.program)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]

    @property
    def ratio(self) -> float:
        bare = statistics.median(self.bare)
        return self.median / bare if bare else float("inf")

    def line(self, verdict: str = "") -> str:
        return (f"{self.name:<44} {self.median:9.1f} {max(self.program):9.1f} "
                f"{statistics.median(self.bare):9.1f} {self.ratio:6.2f}×  {verdict}")


HEADER = f"{'what':<44} {'median':>9} {'max':>9} {'bare':>9} {'ratio':>7}  verdict"
