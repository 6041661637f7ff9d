"""Every benchmark in one command, one after the other (never side by side: they
would measure each other), each printing its own medians and ratios.

Run:  python tests/benchmarks/run_all.py [--cases 10000 100000 300000] [--data-root DIR]
      [--only gui figures …]

The realistic office (15,000 cases, 60 mediators) runs first, then each size.
Databases are kept under --data-root per size and reused only while they carry
the stamp of this version of the program and of the demo generator
(tests/benchmarks/dataset.py); otherwise they are built again.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def commands(cases: list[int], root: Path) -> list[tuple[str, list[str]]]:
    """(name, arguments) of each run: the office profile first, then each size. The
    runs of one size share its database (built once, stamped; none of them writes)."""
    office = str(root / "office")
    runs: list[tuple[str, list[str]]] = [
        ("gui", ["bench_gui.py", "--office", "--data-dir", office]),
        ("case_list", ["bench_case_list.py", "--office", "--data-dir", office]),
        ("figures", ["bench_figures.py", "--office", "--data-dir", office]),
    ]
    for size in cases:
        folder = str(root / f"cases-{size}")
        runs += [
            ("gui", ["bench_gui.py", "--cases", str(size), "--data-dir", folder]),
            ("case_list", ["bench_case_list.py", "--cases", str(size), "--data-dir", folder]),
            ("figures", ["bench_figures.py", "--cases", str(size), "--data-dir", folder]),
        ]
        if size <= 100_000:  # the issues' sizes: 300k would only say "more of the same"
            runs.append(("duplicates", ["bench_duplicates.py", "--cases", str(size),
                                        "--data-dir", folder]))
        if size == 100_000:  # about 250 MB on disk: issue 30's backup size
            runs.append(("backup", ["bench_backup.py", "--cases", str(size),
                                    "--data-dir", folder]))
    runs += [
        ("planning", ["bench_planning.py", "--data-dir", str(root / "planning")]),
        ("planning", ["bench_planning.py", "--mediators", "1000", "--waiting", "460",
                      "--data-dir", str(root / "planning-1000")]),
        ("letters", ["bench_letters.py"]),
        ("import", ["bench_import.py"]),
        ("encryption", ["bench_encryption.py"]),
    ]
    return runs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, nargs="+", default=[10_000, 100_000, 300_000])
    parser.add_argument("--data-root", type=Path,
                        default=Path(tempfile.gettempdir()) / "burenrust-benchmarks")
    parser.add_argument("--only", nargs="+", help="names: gui case_list figures duplicates "
                        "backup planning letters import encryption")
    args = parser.parse_args()
    failed = []
    for name, arguments in commands(args.cases, args.data_root):
        if args.only and name not in args.only:
            continue
        print(f"\n=== {' '.join(arguments)}", flush=True)
        started = time.perf_counter()
        result = subprocess.run([sys.executable, str(HERE / arguments[0]), *arguments[1:]],
                                check=False)
        print(f"=== {arguments[0]}: {time.perf_counter() - started:.0f} s, "
              f"exit {result.returncode}", flush=True)
        if result.returncode:
            failed.append(arguments[0])
    if failed:
        print("\nFailed: " + ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
