"""The bare baseline most benchmarks stand beside: the very SQL the program sent,
replayed through Python's sqlite3, and the alternating loop that times both."""

from __future__ import annotations

import statistics
import subprocess
import sys
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


def peak_memory_mb() -> float:
    """This process's peak resident memory so far: VmHWM (Linux). Not getrusage's
    ru_maxrss: Linux carries a parent's peak into its child across fork and exec, so a
    child of a big benchmark process would seem to need what its parent held."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            line = next(line for line in status if line.startswith("VmHWM"))
        return int(line.split()[1]) / 1024
    except OSError:  # not Linux: the best there is
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reset_peak_memory() -> None:
    """Start this process's peak afresh (Linux: clear_refs 5 resets VmHWM), so that a
    demo database just built here is not counted as the program's memory."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
            refs.write("5")
    except OSError:  # not Linux: the peak then includes the build (a database reused: not)
        pass


# Runs a statement in a fresh child, then says the child's own peak memory.
_REPORTER = """
import sys
from tests.benchmarks.baseline import peak_memory_mb
code = 0
try:
    {run}
except SystemExit as stop:
    code = stop.code or 0
print("PEAK_MB", peak_memory_mb(), flush=True)
sys.exit(code)
"""


def measured_child(run: str, arguments: list[str], cwd: Path,
                   env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """(wall seconds, peak resident MB, standard output) of one child process that
    runs the statement `run` with `arguments` as its sys.argv[1:], from `cwd`."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _REPORTER.format(run=run), *arguments],
                          capture_output=True, text=True, cwd=cwd, env=env)
    took = time.perf_counter() - started
    if done.returncode:
        raise SystemExit(f"{arguments[:1]} ended with {done.returncode}: {done.stderr[-500:]}")
    peak = next(float(line.split()[1]) for line in done.stdout.splitlines()
                if line.startswith("PEAK_MB"))
    return took, peak, done.stdout


TARGET_MARK = "TARGET"


def report_target(what: str, size: str, figure: str, bare: str, ratio: str, target: str,
                  ok: bool) -> bool:
    """One line for the summary run_all.py writes (docs/benchmarks.md and the README's
    table): a figure an issue sets a target for, its bare baseline and the verdict."""
    verdict = "ok" if ok else "MISSED"
    print("\t".join((TARGET_MARK, what, size, figure, bare, ratio, target, verdict)), flush=True)
    return ok


def size_label(cases: int, office: bool = False) -> str:
    return f"{cases:,} cases" + (" (office)" if office else "")


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
