"""Benchmark of the spreadsheet import (issue 12) against its bare baseline.

The program: read the messy sheet (title above the header, addresses in one
column, dates in every notation), make the dry-run plan and import every row in
one transaction, search index and audit trail included. The baseline: openpyxl
reading the same file in read-only mode, every cell. They alternate in one run,
at least 5 times each; medians and the ratio are printed for 10,000 rows into an
empty database and into one with 100,000 cases (realistic next to stress), and
for 20,000 rows with many shared surnames. Target: the ratio under 5.

Run:  python tests/benchmarks/bench_import.py [--rows 10000] [--runs 5] [--big 100000]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def bare_read(path: Path) -> int:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=True)
    cells = sum(len(row) for row in workbook.worksheets[0].iter_rows(values_only=True))
    workbook.close()
    return cells


def program(path: Path, template: Path | None, work: Path) -> tuple[float, int]:
    from desktop.cases.spreadsheet.plan import read_and_plan
    from desktop.cases.spreadsheet.writing import run_import
    from desktop.data.store import Store

    shutil.rmtree(work, ignore_errors=True)
    if template is not None:  # a copy of the big data folder (its key too), not timed
        shutil.copytree(template, work, ignore=shutil.ignore_patterns("backups", "*.log"))
        if hasattr(os, "sync"):  # the copy's 250 MB on disk first, not during the import
            os.sync()
    else:
        work.mkdir(parents=True)
    store = Store.open(work, user="bench")
    try:
        started = time.perf_counter()
        plan = read_and_plan(store, path)
        count = run_import(store, plan)
        return time.perf_counter() - started, count
    finally:
        store.close()


def big_database(cases: int) -> Path:
    """Demo data, built once per program version, generator and size (stamped)."""
    from tests.benchmarks.dataset import prepare

    # The same folder as run_all.py's other benchmarks of this size: built once.
    folder = Path(tempfile.gettempdir()) / "burenrust-benchmarks" / f"cases-{cases}"
    prepare(folder, cases)
    return folder


def measure(label: str, path: Path, template: Path | None, runs: int) -> None:
    work = Path(tempfile.mkdtemp()) / "data"
    bare, ours, count = [], [], 0
    for _ in range(runs):  # alternating, so a noisy moment hits both
        started = time.perf_counter()
        bare_read(path)
        bare.append(time.perf_counter() - started)
        took, count = program(path, template, work)
        ours.append(took)
    shutil.rmtree(work.parent, ignore_errors=True)
    b, o = statistics.median(bare), statistics.median(ours)
    print(f"{label}: import {o:.2f} s ({count} cases, {count / o:.0f} rows/s) vs openpyxl read "
          f"{b:.2f} s -> ratio {o / b:.1f} (target < 5; medians of {runs})")
    from tests.benchmarks.baseline import report_target

    report_target("import of a messy sheet", label, f"{o:.2f} s", f"{b:.2f} s openpyxl",
                  f"{o / b:.1f}×", "< 5×", o / b < 5)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--big", type=int, default=100_000, help="cases already there")
    args = parser.parse_args()

    from tests.cases.messy_sheet import messy_rows, write_messy_xlsx

    folder = Path(tempfile.mkdtemp())
    sheet = write_messy_xlsx(folder / "overzicht.xlsx", messy_rows(args.rows, broken_every=97))
    measure(f"{args.rows:,} rows into an empty database", sheet, None, args.runs)
    measure(f"{args.rows:,} rows into {args.big:,} cases", sheet, big_database(args.big), args.runs)
    stress = write_messy_xlsx(folder / "groot.xlsx", messy_rows(args.rows * 2, seed=11))
    measure(f"{args.rows * 2:,} rows, 15 surnames shared by all", stress, None, args.runs)
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
