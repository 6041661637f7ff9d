"""Benchmark of the yearly figures on a 100,000-case database (with its
mediators, appointments and some 12,500 incidents).

Prints the time to compute a whole year's figures (median and max of 7 runs, the
first run after opening included), a year for one municipality, and the PDF
report. Target (issue 5): the yearly figures in under 1 s.

Run:  python tests/benchmarks/bench_figures.py [--cases 100000] [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--data-dir", help="reuse (or build) the database here")
    args = parser.parse_args()

    from datetime import date

    from desktop.data.store import Store
    from desktop.demo import generator
    from desktop.documents.organisation import get_organisation
    from desktop.figures.counting import Period, compute
    from desktop.figures.export import to_pdf

    folder = Path(args.data_dir) if args.data_dir else Path(tempfile.mkdtemp())
    store = Store.open(folder)
    with store.read() as session:
        from sqlalchemy import func, select

        from models import Case

        existing = session.scalar(select(func.count()).select_from(Case))
    if not existing:
        started = time.perf_counter()
        generator.generate(store, args.cases)
        print(f"built {args.cases} demo cases in {time.perf_counter() - started:.1f} s")
    store.close()

    year = date.today().year - 1
    times = []
    for _ in range(7):
        store = Store.open(folder)  # a fresh connection: no warm statement cache
        started = time.perf_counter()
        figures = compute(store, Period.year(year))
        times.append(time.perf_counter() - started)
        store.close()
    store = Store.open(folder)
    municipality = next(iter(figures.tables["by_neighbourhood"].rows), ("", 0))[0]
    started = time.perf_counter()
    compute(store, Period.year(year, neighbourhood=municipality))
    one_place = time.perf_counter() - started
    started = time.perf_counter()
    pdf = to_pdf(figures, get_organisation(store))
    report = time.perf_counter() - started
    store.close()
    print(f"year {year}: {figures.registrations} registrations, {figures.closed} closed, "
          f"{figures.incidents} incidents")
    print(f"yearly figures: median {statistics.median(times) * 1000:.0f} ms, "
          f"max {max(times) * 1000:.0f} ms (target < 1000 ms)")
    print(f"one neighbourhood: {one_place * 1000:.0f} ms; PDF report: {report * 1000:.0f} ms "
          f"({len(pdf) / 1024:.0f} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
