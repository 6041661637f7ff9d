"""Every benchmark in one command, one after the other (never side by side: they
would measure each other), each printing its own medians and ratios.

Run:  python tests/benchmarks/run_all.py [--cases 10000 100000 300000] [--data-root DIR]
      [--only gui figures …]

The realistic office (15,000 cases, 60 mediators) runs first, then each size.
Databases are kept under --data-root per size and reused only while they carry
the stamp of this version of the program and of the demo generator
(tests/benchmarks/dataset.py); otherwise they are built again.

Every figure an issue sets a target for (the lines the benchmarks print through
baseline.report_target) is gathered into a table: written with the whole output
to --summary (docs/benchmarks.md by default) and, with --readme, into the
README between its benchmark markers.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.baseline import TARGET_MARK  # noqa: E402

README_START = "<!-- benchmarks: written by tests/benchmarks/run_all.py --readme -->"
README_END = "<!-- /benchmarks -->"


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


def run(arguments: list[str]) -> tuple[int, list[str]]:
    """Run one benchmark, its output shown as it comes and kept. The disk is
    synced first: what the one before wrote (the import's and the backup's copies
    of 250 MB) would otherwise be written back while this one measures."""
    if hasattr(os, "sync"):  # POSIX only
        os.sync()
    child = subprocess.Popen([sys.executable, str(HERE / arguments[0]), *arguments[1:]],
                             stdout=subprocess.PIPE, text=True, encoding="utf-8")
    lines = []
    assert child.stdout is not None
    for line in child.stdout:
        if not line.startswith(TARGET_MARK):
            print(line, end="", flush=True)
        lines.append(line.rstrip("\n"))
    return child.wait(), lines


def machine() -> str:
    try:
        cpu = Path("/proc/cpuinfo").read_text().splitlines()
        model = next(line.split(":", 1)[1].strip() for line in cpu
                     if line.startswith("model name"))
    except (OSError, StopIteration):
        model = platform.processor()
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True, check=False).stdout.strip()
    return (f"{datetime.now():%d-%m-%Y %H:%M}, commit {commit or '?'}, {platform.system()} "
            f"{platform.release()}, {os.cpu_count()} cores ({model}), Python "
            f"{platform.python_version()}")


def table(targets: list[list[str]]) -> str:
    rows = ["| What | Size | Program | Bare baseline | Ratio | Target | Verdict |",
            "|---|---|---|---|---|---|---|"]
    rows += ["| " + " | ".join(cells) + " |" for cells in targets]
    return "\n".join(rows)


def write_summary(path: Path, about: str, targets: list[list[str]],
                  outputs: list[tuple[str, list[str]]]) -> None:
    parts = ["# Benchmarks", "", f"Written by `tests/benchmarks/run_all.py`: {about}.", "",
             table(targets), "", "## Every benchmark's own output", ""]
    for command, lines in outputs:
        parts += [f"`{command}`", "", "```",
                  *(line for line in lines if not line.startswith(TARGET_MARK)), "```", ""]
    path.write_text("\n".join(parts), encoding="utf-8")


def write_readme(readme: Path, about: str, targets: list[list[str]]) -> None:
    text = readme.read_text(encoding="utf-8")
    if README_START not in text or README_END not in text:
        raise SystemExit(f"{readme} has no benchmark markers")
    before, rest = text.split(README_START, 1)
    _old, after = rest.split(README_END, 1)
    block = (f"{README_START}\nMeasured {about}; the whole output is in "
             f"[docs/benchmarks.md](docs/benchmarks.md).\n\n{table(targets)}\n{README_END}")
    readme.write_text(before + block + after, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, nargs="+", default=[10_000, 100_000, 300_000])
    parser.add_argument("--data-root", type=Path,
                        default=Path(tempfile.gettempdir()) / "burenrust-benchmarks")
    parser.add_argument("--only", nargs="+", help="names: gui case_list figures duplicates "
                        "backup planning letters import encryption")
    parser.add_argument("--summary", type=Path, default=ROOT / "docs" / "benchmarks.md")
    parser.add_argument("--readme", action="store_true",
                        help="also write the table into README.md")
    args = parser.parse_args()
    failed = []
    about = machine()
    targets: list[list[str]] = []
    outputs: list[tuple[str, list[str]]] = []
    for name, arguments in commands(args.cases, args.data_root):
        if args.only and name not in args.only:
            continue
        print(f"\n=== {' '.join(arguments)}", flush=True)
        started = time.perf_counter()
        code, lines = run(arguments)
        print(f"=== {arguments[0]}: {time.perf_counter() - started:.0f} s, exit {code}",
              flush=True)
        outputs.append((" ".join(arguments), lines))
        targets += [line.split("\t")[1:] for line in lines if line.startswith(TARGET_MARK)]
        if code:
            failed.append(arguments[0])
    print("\n" + table(targets))
    write_summary(args.summary, about, targets, outputs)
    if args.readme:
        write_readme(ROOT / "README.md", about, targets)
    missed = [cells for cells in targets if cells[-1] != "ok"]
    if failed:
        print("\nFailed: " + ", ".join(failed))
    if missed:
        print("\nMissed targets: " + "; ".join(f"{c[0]} ({c[1]})" for c in missed))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
