"""The benchmark databases: built by the demo generator, stamped with what made
them, and rebuilt when that changed, so no benchmark measures a database another
version of the program (or of the generator) left behind.

Run on its own to build ahead:  python tests/benchmarks/dataset.py DIR --cases 300000
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

STAMP = "bench-version.txt"


def stamp_for(cases: int, mediators: int | None, seed: int, extra: str = "") -> str:
    """Program version, schema revision, a digest of the generator, and the size."""
    from desktop import __version__
    from migrations import HEAD_REVISION

    generator = (ROOT / "desktop" / "demo" / "generator.py").read_bytes()
    digest = hashlib.sha256(generator).hexdigest()[:12]
    return f"{__version__} {HEAD_REVISION} generator:{digest} cases:{cases} " \
           f"mediators:{mediators} seed:{seed} {extra}".strip()


def prepare(data_dir: Path, cases: int, mediators: int | None = None, seed: int = 2026,
            after: Callable[[object], None] | None = None, extra: str = "") -> None:
    """Reuse `data_dir` only when its stamp matches; otherwise empty it and build
    `cases` demo cases (then run `after(store)`, for a benchmark's own shaping).

    Without `after` the build runs in a child process: the generator (Faker alone is
    16 MB) and the heap the build leaves behind are no part of the program a
    benchmark then measures, whose memory the coordinator's PC would see."""
    wanted = stamp_for(cases, mediators, seed, extra)
    if _reusable(data_dir, cases, wanted):
        return
    if after is None and not extra:
        command = [sys.executable, str(Path(__file__).resolve()), str(data_dir),
                   "--cases", str(cases), "--seed", str(seed)]
        if mediators is not None:
            command += ["--mediators", str(mediators)]
        subprocess.run(command, check=True)
        return
    _build(data_dir, cases, mediators, seed, after, wanted)


def _reusable(data_dir: Path, cases: int, wanted: str) -> bool:
    stamp = data_dir / STAMP
    if stamp.exists() and stamp.read_text(encoding="utf-8") == wanted:
        print(f"database: reusing {cases:,} cases in {data_dir}", flush=True)
        return True
    return False


def _build(data_dir: Path, cases: int, mediators: int | None, seed: int,
           after: Callable[[object], None] | None, wanted: str) -> None:
    from desktop.data.store import Store
    from desktop.demo import generator

    stamp = data_dir / STAMP
    if data_dir.exists():
        shutil.rmtree(data_dir)
    store = Store.open(data_dir)
    try:
        started = time.perf_counter()
        generator.generate(store, cases=cases, seed=seed, mediators=mediators)
        if after is not None:
            after(store)
        print(f"database: built {cases:,} cases in {time.perf_counter() - started:.1f} s "
              f"({wanted})", flush=True)
    finally:
        store.close()
    # Measured is a coordinator's ordinary day, not the first start's one-time word on
    # the backup key file (a modal box on a PC without keyring: it would wait forever).
    from desktop.data.config import Settings

    settings = Settings.load(data_dir)
    settings.key_file_explained = True
    settings.save(data_dir)
    stamp.write_text(wanted, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--mediators", type=int)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    wanted = stamp_for(args.cases, args.mediators, args.seed)
    if not _reusable(args.data_dir, args.cases, wanted):
        _build(args.data_dir, args.cases, args.mediators, args.seed, None, wanted)


if __name__ == "__main__":
    main()
