"""Benchmark of the yearly figures, against the very same SQL in bare sqlite3.

The SQL statements one computation sends (with their parameters) are recorded,
then each run times the program's `compute` and, right after it, a replay of
those statements through Python's sqlite3 on its own connection (fetching every
row). The difference is what SQLAlchemy and the program's Python add. Medians of
--runs runs (the first run after opening included) and the ratio are printed,
for the whole year, for one neighbourhood, and for the PDF report beside a bare
ReportLab table of the same rows (same embedded font).

Targets (issues 5 and 16): the yearly figures < 1 s at 300,000 cases, and at most
1.5x the same SQL in bare sqlite3.

Run:  python tests/benchmarks/bench_figures.py --data-dir DIR [--cases 300000] [--runs 7]
      [--office]
A demo database is (re)built in DIR unless this version of the program made it.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

TARGET_MS = 1000.0
TARGET_RATIO = 1.5


def bare_pdf(rows: list[tuple[str, str]]) -> bytes:
    """A plain ReportLab document with the same rows, the same embedded font."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table

    from desktop.documents.letters.pdf import FONT, register_fonts

    register_fonts()
    out = io.BytesIO()
    table = Table(rows, style=[("FONT", (0, 0), (-1, -1), FONT, 9)])
    SimpleDocTemplate(out, pagesize=A4).build([table])
    return out.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--office", action="store_true",
                        help="the realistic profile: 15,000 cases, 60 mediators")
    args = parser.parse_args()
    mediators = 60 if args.office else None
    if args.office:
        args.cases = 15_000

    from tests.benchmarks.dataset import prepare

    prepare(args.data_dir, args.cases, mediators)

    from datetime import date

    from desktop.data.store import Store
    from desktop.documents.organisation import get_organisation
    from desktop.figures.counting import Period, compute
    from desktop.figures.export import to_pdf
    from tests.benchmarks.baseline import HEADER, Pair, bare_connection, recorded_sql, replay

    year = date.today().year - 1
    store = Store.open(args.data_dir)
    bare = bare_connection(args.data_dir)
    whole = Period.year(year)
    figures = compute(store, whole)
    hood = next(iter(figures.tables["by_neighbourhood"].rows), ("", 0))[0]
    one_place = Period.year(year, neighbourhood=hood)
    whole_sql = recorded_sql(store, lambda: compute(store, whole))
    place_sql = recorded_sql(store, lambda: compute(store, one_place))
    store.close()

    rows = [(str(label), str(value)) for table in figures.tables.values()
            for label, value in table.rows]
    pairs = [Pair(f"yearly figures {year}"), Pair(f"one neighbourhood ({hood})"),
             Pair("PDF report (bare: one plain table)")]
    for _run in range(args.runs):  # alternating, so a noisy moment hits both
        store = Store.open(args.data_dir)  # each run as the first after opening
        organisation = get_organisation(store)
        pairs[0].run(lambda s=store: compute(s, whole), lambda: replay(bare, whole_sql))
        pairs[1].run(lambda s=store: compute(s, one_place), lambda: replay(bare, place_sql))
        store.close()
        pairs[2].run(lambda o=organisation: to_pdf(figures, o), lambda: bare_pdf(rows))
    bare.close()

    print(f"\n{args.cases:,} cases{', office profile' if args.office else ''}; year {year}: "
          f"{figures.registrations:,} registrations, {figures.closed:,} closed, "
          f"{figures.incidents:,} incidents; {len(whole_sql)} SQL statements; "
          f"{args.runs} runs, program and bare alternating")
    print(HEADER)
    for pair in pairs[:2]:
        good = pair.median < TARGET_MS and pair.ratio <= TARGET_RATIO
        print(pair.line("ok" if good else
                        f"TOO SLOW (target < {TARGET_MS:.0f} ms and ≤ {TARGET_RATIO}×)"))
    print(pairs[2].line("(no target: charts and letterhead against a bare table)"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
