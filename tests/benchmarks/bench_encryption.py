"""What encryption at rest costs (issue 27): the start to the first painted case
list of this version on its encrypted file, beside the last version without
encryption on its plain file with the same demo data, and a bare PySide6 window;
then the same page and search queries through sqlcipher3 on the encrypted file
and through sqlite3 on the plain one. Program and baselines alternate in one run;
medians and ratios are printed.

Target: the encrypted start no more than 10 % slower than the plain one.

Run:  python tests/benchmarks/bench_encryption.py [--cases 3000] [--runs 7]
      [--plain-version f9da0f4]
The older version is checked out with `git worktree` into a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.benchmarks.bench_case_list import BARE_WINDOW  # noqa: E402

PLAIN_VERSION = "f9da0f4"  # the last commit before the file was encrypted
TARGET_RATIO = 1.10
QUERIES = ["vries", "kerkstraat", "8011", "jansen"]


def _env() -> dict[str, str]:
    env = dict(os.environ, BURENRUST_REPORT_FIRST_PAINT="1", QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _demo(tree: Path, data_dir: Path, cases: int) -> None:
    subprocess.run([sys.executable, "-m", "desktop", "demo", "--cases", str(cases),
                    "--data-dir", str(data_dir)], cwd=tree, check=True,
                   stdout=subprocess.DEVNULL, env=_env())
    subprocess.run([sys.executable, "-m", "compileall", "-q",
                    *(str(tree / p) for p in ("desktop", "views", "models", "migrations"))],
                   check=True, stdout=subprocess.DEVNULL)


def _first_paint(tree: Path, data_dir: Path) -> float:
    started = time.time()
    out = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data_dir)],
                         cwd=tree, capture_output=True, text=True, env=_env(), check=True).stdout
    painted = float(next(line for line in out.splitlines()
                         if line.startswith("FIRST_PAINT")).split()[1])
    return painted - started


def _bare() -> float:
    started = time.time()
    out = subprocess.run([sys.executable, "-c", BARE_WINDOW], capture_output=True, text=True,
                         env=_env(), check=True).stdout
    return float(out.split()[1]) - started


def _queries(encrypted_dir: Path, plain_dir: Path, runs: int) -> tuple[list[float], list[float]]:
    """The first page and a search per query, timed through each driver, alternating."""
    import sqlite3

    from desktop.cases.case_rows import FIRST_PAGE_SQL
    from desktop.data.encryption import cipher

    search = ("SELECT rowid FROM case_search WHERE case_search MATCH ? LIMIT 200")
    encrypted = cipher.open_file(encrypted_dir / "burenrust.sqlite")
    plain = sqlite3.connect(plain_dir / "burenrust.sqlite")
    enc_ms, plain_ms = [], []
    try:
        for _ in range(runs):
            for connection, into in ((encrypted, enc_ms), (plain, plain_ms)):
                started = time.perf_counter()
                connection.execute(FIRST_PAGE_SQL, (200,)).fetchall()
                for word in QUERIES:
                    connection.execute(search, (f'"{word}"',)).fetchall()
                into.append((time.perf_counter() - started) * 1000)
    finally:
        encrypted.close()
        plain.close()
    return enc_ms, plain_ms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=3000, help="the office profile: 3,000")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--plain-version", default=PLAIN_VERSION)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="burenrust-bench-enc ") as work:
        work_dir = Path(work)
        old_tree = work_dir / "plain version"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(old_tree),
                        args.plain_version], check=True, capture_output=True)
        try:
            encrypted_dir, plain_dir = work_dir / "versleuteld", work_dir / "plain"
            _demo(ROOT, encrypted_dir, args.cases)
            _demo(old_tree, plain_dir, args.cases)
            head = (encrypted_dir / "burenrust.sqlite").read_bytes()[:16]
            assert not head.startswith(b"SQLite format 3"), "the new file is not encrypted"
            assert (plain_dir / "burenrust.sqlite").read_bytes().startswith(b"SQLite format 3")
            _first_paint(ROOT, encrypted_dir)  # warm the disk cache for both
            _first_paint(old_tree, plain_dir)
            encrypted, plain, bare = [], [], []
            for _ in range(args.runs):
                encrypted.append(_first_paint(ROOT, encrypted_dir))
                plain.append(_first_paint(old_tree, plain_dir))
                bare.append(_bare())
            enc_q, plain_q = _queries(encrypted_dir, plain_dir, max(args.runs, 20))
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force",
                            str(old_tree)], check=False, capture_output=True)
    e, p, b = (statistics.median(x) * 1000 for x in (encrypted, plain, bare))
    eq, pq = statistics.median(enc_q), statistics.median(plain_q)
    print(f"{args.cases:,} demo cases, {args.runs} alternating runs (medians)")
    print(f"first painted case list, encrypted (this version): {e:7.0f} ms")
    print(f"first painted case list, plain ({args.plain_version}):        {p:7.0f} ms")
    print(f"bare PySide6 window:                               {b:7.0f} ms")
    print(f"ratio encrypted / plain start: {e / p:.2f} (target <= {TARGET_RATIO:.2f}); "
          f"against the bare window {e / b:.1f}x vs {p / b:.1f}x")
    print(f"first page + {len(QUERIES)} searches: sqlcipher3 {eq:.1f} ms, sqlite3 {pq:.1f} ms, "
          f"ratio {eq / pq:.2f}")
    from tests.benchmarks.baseline import report_target, size_label

    size = size_label(args.cases)
    report_target("start on the encrypted file", size, f"{e:.0f} ms",
                  f"{p:.0f} ms plain ({args.plain_version})", f"{e / p:.2f}×",
                  f"≤ {TARGET_RATIO:.2f}×", e / p <= TARGET_RATIO)
    report_target("page and searches on the encrypted file", size, f"{eq:.1f} ms",
                  f"{pq:.1f} ms plain sqlite3", f"{eq / pq:.2f}×", f"≤ {TARGET_RATIO:.2f}×",
                  eq / pq <= TARGET_RATIO)


if __name__ == "__main__":
    main()
