"""Benchmark of the duplicate search on the whole file, beside a bare rapidfuzz
loop over the same blocks.

The program: `find_duplicates` from the open store, as the worker of Beheer →
Dubbele personen runs it (read every person and the postcode areas they were a
party in, make the blocks, compare surnames in bulk per block, score the pairs
that pass). The bare baseline: the same blocks' surnames, already in memory,
through `rapidfuzz.process.cdist` with the same scorer and cutoff, nothing else
(no reading, no blocking, no scoring of pairs). The ratio is what reading,
blocking and explaining cost on top of the bulk comparison itself.

Target (issue 29): 100,000 cases (about 200,000 persons) in under 30 s.

Run:  python tests/benchmarks/bench_duplicates.py --data-dir DIR [--cases 100000] [--runs 5]
      [--office]
A demo database is (re)built in DIR unless this version of the program made it.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

TARGET_MS = 30_000.0


def bare_loop(surname_blocks: list[list[str]]) -> int:
    from rapidfuzz import fuzz, process

    passed = 0
    for surnames in surname_blocks:
        matrix = process.cdist(surnames, surnames, scorer=fuzz.token_set_ratio,
                               score_cutoff=60, dtype="uint8", workers=1)
        passed += int((matrix > 0).sum())
    return passed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--office", action="store_true",
                        help="the realistic profile: 15,000 cases, 60 mediators")
    args = parser.parse_args()
    mediators = 60 if args.office else None
    if args.office:
        args.cases = 15_000

    from tests.benchmarks.dataset import prepare

    prepare(args.data_dir, args.cases, mediators)

    from desktop.data.store import Store
    from desktop.quality.duplicates import blocks, find_duplicates, load_facts
    from desktop.quality.gaps import find_gaps
    from tests.benchmarks.baseline import HEADER, Pair, timed

    store = Store.open(args.data_dir)
    with store.read() as session:
        persons = len(load_facts(session))
        people = load_facts(session, sharing_only=True)
    groups = blocks(people)
    surname_blocks = [[people[i].key.surname for i in members] for members in groups]
    compared = sum(len(m) * (len(m) - 1) // 2 for m in groups)
    pair = Pair("duplicate persons, whole file")
    found = []
    for _run in range(args.runs):  # alternating, so a noisy moment hits both
        pair.run(lambda: found.append(len(find_duplicates(store))),
                 lambda: bare_loop(surname_blocks))
    others = {kind: [timed(lambda k=kind: find_duplicates(store, kind=k))
                     for _run in range(args.runs)]
              for kind in ("address", "organisation", "contact")}
    gaps = [timed(lambda: find_gaps(store)) for _run in range(args.runs)]
    store.close()

    print(f"\n{args.cases:,} cases{', office profile' if args.office else ''}: "
          f"{persons:,} persons, {len(people):,} of them in {len(groups):,} blocks, "
          f"{compared:,} pairs within blocks (of {persons * (persons - 1) // 2:,} in all); "
          f"{found[-1]:,} "
          f"candidates; {args.runs} runs, program and bare alternating")
    print(HEADER)
    good = pair.median < TARGET_MS
    print(pair.line("ok" if good else f"TOO SLOW (target < {TARGET_MS / 1000:.0f} s)"))
    for kind, times in others.items():
        label = {"address": "addresses"}.get(kind, kind + "s")
        print(f"duplicate {label:<34} {statistics.median(times):9.1f} {max(times):9.1f}"
              f"{'':>19}  (no bare loop: small blocks)")
    print(f"{'Gegevens aanvullen (the gaps)':<44} {statistics.median(gaps):9.1f} "
          f"{max(gaps):9.1f}{'':>19}  (in a worker; no target)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
