"""Benchmark of `burenrust backup` on a big database: its peak memory and time,
beside a bare baseline that copies the same file in a fresh Python process
(shutil.copyfile: what any backup must at least do).

Both run as child processes, alternating, --runs times; each child reports its own
peak resident memory (VmHWM in /proc/self/status, Linux) as it ends, and its wall
time is taken; medians and ratios are printed. (Not the rusage of wait4: Linux
carries the parent's peak into a child's ru_maxrss across fork and exec, so every
child of this process would seem to need what this process holds.)
The program's backup checks the database, encrypts and writes a verified
archive; it must not hold the file in memory.

Target (issue 30): a backup of a 250 MB database stays under 100 MB peak.

Run:  python tests/benchmarks/bench_backup.py --data-dir DIR [--cases 100000] [--runs 5]
A demo database is (re)built in DIR unless this version of the program made it.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

TARGET_MB = 100.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from tests.benchmarks.baseline import measured_child, report_target
    from tests.benchmarks.dataset import prepare

    prepare(args.data_dir, args.cases)
    database = args.data_dir / "burenrust.sqlite"
    size_mb = database.stat().st_size / 1e6
    program_times, program_peaks, bare_times, bare_peaks = [], [], [], []
    with tempfile.TemporaryDirectory() as target:
        for run in range(args.runs):  # alternating, so a noisy moment hits both
            folder = Path(target) / f"run-{run}"
            folder.mkdir()
            took, peak, _out = measured_child(
                "from desktop.cli import main; sys.exit(main(sys.argv[1:]))",
                ["backup", "--data-dir", str(args.data_dir), "--to", str(folder)], ROOT)
            program_times.append(took)
            program_peaks.append(peak)
            shutil.rmtree(folder)
            copy = Path(target) / "copy.sqlite"
            took, peak, _out = measured_child(
                "import shutil; shutil.copyfile(sys.argv[1], sys.argv[2])",
                [str(database), str(copy)], ROOT)
            bare_times.append(took)
            bare_peaks.append(peak)
            copy.unlink()

    peak, bare_peak = statistics.median(program_peaks), statistics.median(bare_peaks)
    took, bare_took = statistics.median(program_times), statistics.median(bare_times)
    print(f"\n{args.cases:,} cases, database {size_mb:,.0f} MB; {args.runs} runs, program and "
          "bare copy alternating")
    print(f"{'what':<44} {'median':>9} {'max':>9} {'bare':>9} {'ratio':>7}  verdict")
    verdict = "ok" if max(program_peaks) < TARGET_MB else f"TOO BIG (target < {TARGET_MB:.0f} MB)"
    print(f"{'burenrust backup: peak memory (MB)':<44} {peak:9.1f} {max(program_peaks):9.1f} "
          f"{bare_peak:9.1f} {peak / bare_peak:6.2f}×  {verdict}")
    report_target("burenrust backup, peak memory", f"{size_mb:,.0f} MB database",
                  f"{max(program_peaks):.0f} MB", f"{bare_peak:.0f} MB file copy",
                  f"{max(program_peaks) / bare_peak:.1f}×", f"< {TARGET_MB:.0f} MB",
                  max(program_peaks) < TARGET_MB)
    print(f"{'burenrust backup: time (s)':<44} {took:9.1f} {max(program_times):9.1f} "
          f"{bare_took:9.1f} {took / bare_took:6.2f}×  (no target: checks, encrypts, verifies)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
