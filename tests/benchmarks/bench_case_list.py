"""Benchmark of the case list on a 100,000-case (200,000-party) database.

Prints:
  * time from process start to the first painted case list (a fresh process,
    offscreen, median of several starts);
  * keystroke-to-updated-list time of search-as-you-type, median and 95th
    percentile over every keystroke of 3+ characters (names, streets, postcodes,
    case numbers), through the real widgets: until the model holds the new rows,
    and until the list is repainted (with the cost of a bare Qt repaint beside it);
  * the same searches as plain sqlite3 queries (the page query the model runs,
    and a naive LIKE '%...%' scan) and the ratio;
  * peak memory (VmHWM) of the GUI process at its first paint and after typing.

Targets (issues 16 and 30): first paint ≤ 4× a bare window with a 50-row table,
keystroke to repainted list p95 ≤ 16 ms, memory < 200 MB at 300,000 cases.

Run:  python tests/benchmarks/bench_case_list.py [--cases 100000] [--data-dir DIR]
A demo database is (re)built in the folder unless this version of the program made it.
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

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

QUERIES = [
    "jansen", "de vries", "bakker", "yilmaz", "hoang",  # parts of names
    "koestraat", "assendorper", "singel", "hanzelaan", "kerschoterweg",  # streets
    "8011", "8021 vj", "7412", "8264",  # postcodes
    "2024-00", "2026-01", "2023-0",  # case numbers
]


# The bare start the issue compares with: a PySide6 window showing a 50-row table,
# reported at its first paint as the program reports its list's.
BARE_CODE = """
import time
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

class Table(QTableView):
    def paintEvent(self, event):
        super().paintEvent(event)
        print("FIRST_PAINT", time.time(), flush=True)
        app.quit()

app = QApplication([])
model = QStandardItemModel(50, 6)
for row in range(50):
    for column in range(6):
        model.setItem(row, column, QStandardItem(f"{row}-{column} Jansen"))
table = Table()
table.setModel(model)
table.resize(1280, 800)
table.show()
app.exec()
"""
BARE_WINDOW = f"exec({BARE_CODE!r})"
RATIO_TARGET = 4.0


def first_paint(data_dir: Path, runs: int) -> tuple[list[float], list[float], float]:
    """Start to first painted list, alternating with a bare PySide6 window's start;
    and the program's largest peak memory up to that paint. Both start through the
    same small reporter (tests/benchmarks/baseline.measured_child)."""
    from tests.benchmarks.baseline import measured_child

    times, bare, peaks = [], [], []
    # The installers ship byte-code (packaging/windows/build.py precompiles it): measure
    # with it, also where PYTHONDONTWRITEBYTECODE would make every start compile anew.
    subprocess.run([sys.executable, "-m", "compileall", "-q",
                    *(str(ROOT / p) for p in ("desktop", "views", "models", "migrations"))],
                   check=True, stdout=subprocess.DEVNULL)
    env = dict(os.environ, BURENRUST_REPORT_FIRST_PAINT="1", QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for _ in range(runs):
        started = time.time()
        _took, peak, out = measured_child(  # as the burenrust command starts it
            "from desktop.cli import main; sys.exit(main(sys.argv[1:]))",
            ["--data-dir", str(data_dir)], ROOT, env)
        times.append(_painted_at(out) - started)
        peaks.append(peak)
        started = time.time()
        _took, _peak, out = measured_child(BARE_WINDOW, [], ROOT, env)
        bare.append(_painted_at(out) - started)
    return times, bare, max(peaks)


def _painted_at(out: str) -> float:
    return float(next(line for line in out.splitlines()
                      if line.startswith("FIRST_PAINT")).split()[1])


def search_keystrokes(data_dir: Path) -> tuple[list[float], list[float], dict[str, float]]:
    """Type each query key by key into the real search field. For every keystroke:
    the time until the model holds the new rows (the view notified), and the time
    until the list is repainted as well."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop.data.store import Store
    from views.main_window import MainWindow
    from views.tasks import Runner

    app = QApplication.instance() or QApplication([])
    store = Store.open(data_dir)
    window = MainWindow(store, data_dir, Runner())
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    # As the program's warm-up does in a worker once the list is painted (desktop.app):
    # SQLAlchemy, the ORM and the list's Core queries are loaded before anyone types.
    import desktop.cases.queries  # noqa: F401

    store.prepare_sessions()
    import gc

    gc.freeze()  # as the warm-up's end does (desktop.app): what is loaded stays out of it
    search = window.cases.case_list.search
    viewport = window.cases.case_list.table.viewport()
    updated: list[float] = []
    painted: list[float] = []
    per_query: dict[str, float] = {}
    for query in QUERIES:
        search.clear()
        app.processEvents()
        for length in range(1, len(query) + 1):
            started = time.perf_counter()
            QTest.keyClick(search, query[length - 1])  # filters and resets the model
            model_ready = time.perf_counter()
            viewport.repaint()  # the list as the user sees it
            done = time.perf_counter()
            if len(query[:length].replace(" ", "")) >= 3:
                updated.append((model_ready - started) * 1000)
                painted.append((done - started) * 1000)
            QTest.qWait(20)  # a fast typist; lets the debounced count run in between
        per_query[query] = (model_ready - started) * 1000
    window.cases.case_list.runner.wait()
    window.close()
    store.close()
    return updated, painted, per_query


def repaint_floor() -> float:
    """What one repaint of a plain C++ QStandardItemModel table of the same size
    costs on this machine: the part no model code can remove."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication.instance() or QApplication([])
    model = QStandardItemModel(100, 9)
    for row in range(100):
        for column in range(9):
            model.setItem(row, column, QStandardItem(f"Assendorperstraat {row}-{column}"))
    view = QTableView()
    view.setModel(model)
    view.resize(1110, 720)
    view.show()
    app.processEvents()
    for _ in range(3):
        view.viewport().repaint()
    started = time.perf_counter()
    for _ in range(20):
        view.viewport().repaint()
    view.close()
    return (time.perf_counter() - started) / 20 * 1000


def plain_sqlite(data_dir: Path) -> tuple[dict[str, float], dict[str, float]]:
    """The model's page query through the bare driver, and a naive LIKE scan, per query."""
    from sqlalchemy import text

    from desktop.cases.queries import CASE_SEARCH, KEY_FACTOR, _row_statement, search_terms
    from desktop.data.engine import make_engine, sqlite_url
    from models import Case
    from tests.benchmarks.baseline import bare_connection

    engine = make_engine(sqlite_url(data_dir / "burenrust.sqlite"))  # for its dialect
    connection = bare_connection(data_dir)
    key = CASE_SEARCH.c.rowid
    page, like = {}, {}
    for query in QUERIES:
        match, _short = search_terms(query)
        statement = (
            _row_statement()
            .join(CASE_SEARCH, (Case.year == key.op("/")(KEY_FACTOR))
                  & (Case.seq == key % KEY_FACTOR))
            .where(text("case_search MATCH :match"))
            .params(match=match)
            .order_by(key.desc())
            .limit(100)
        )
        compiled = statement.compile(dialect=engine.dialect)
        args = tuple(compiled.params[name] for name in compiled.positiontup)
        page[query] = min(_timed(connection, str(compiled), args) for _ in range(5))
        # A plain scan of the same text, as without the index (the FTS content table).
        like[query] = _timed(
            connection, "SELECT id FROM case_search_content WHERE c0 LIKE ?", (f"%{query}%",)
        )
    connection.close()
    engine.dispose()
    return page, like


def _timed(connection, sql: str, params: tuple) -> float:
    started = time.perf_counter()
    connection.execute(sql, params).fetchall()
    return (time.perf_counter() - started) * 1000


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--data-dir", type=Path,
                        default=Path(tempfile.gettempdir()) / "burenrust-bench-100k")
    parser.add_argument("--starts", type=int, default=7)
    parser.add_argument("--office", action="store_true",
                        help="the realistic profile: 15,000 cases, 60 mediators")
    args = parser.parse_args()
    if args.office:
        args.cases = 15_000
    from tests.benchmarks.baseline import (
        peak_memory_mb,
        report_target,
        reset_peak_memory,
        size_label,
    )
    from tests.benchmarks.dataset import prepare

    prepare(args.data_dir, args.cases, 60 if args.office else None)
    reset_peak_memory()  # a database built just now is no part of the GUI's memory

    paints, bare, peak_mb = first_paint(args.data_dir, args.starts)
    ratio = statistics.median(paints) / statistics.median(bare)
    print(f"first paint: median {statistics.median(paints) * 1000:.0f} ms, "
          f"max {max(paints) * 1000:.0f} ms over {len(paints)} starts; a bare PySide6 "
          f"window {statistics.median(bare) * 1000:.0f} ms, ratio "
          f"{ratio:.1f}× (target ≤ {RATIO_TARGET:.0f}×: "
          f"{'ok' if ratio <= RATIO_TARGET else 'TOO SLOW'})")
    size = size_label(args.cases, args.office)
    report_target("first painted case list", size, f"{statistics.median(paints) * 1000:.0f} ms",
                  f"{statistics.median(bare) * 1000:.0f} ms", f"{ratio:.1f}×",
                  f"≤ {RATIO_TARGET:.0f}×", ratio <= RATIO_TARGET)
    print(f"peak memory of the GUI process up to its first paint: {peak_mb:.0f} MB "
          "(target < 200 MB; after typing below, and after a whole session in bench_gui)")

    updated, painted, last = search_keystrokes(args.data_dir)
    typed_peak = peak_memory_mb()  # before the bare queries below add to it
    floor = repaint_floor()
    print(f"search-as-you-type over {len(updated)} keystrokes (target p95 < 16 ms):")
    print(f"  keystroke to updated list model: median {statistics.median(updated):.1f} ms, "
          f"p95 {percentile(updated, 95):.1f} ms, max {max(updated):.1f} ms")
    p95 = percentile(painted, 95)
    print(f"  keystroke to repainted list:     median {statistics.median(painted):.1f} ms, "
          f"p95 {p95:.1f} ms, max {max(painted):.1f} ms  {'ok' if p95 <= 16 else 'TOO SLOW'}")
    print(f"  (one repaint of a plain C++ table model of the same size here: {floor:.1f} ms)")
    report_target("keystroke to repainted list, p95", size, f"{p95:.1f} ms",
                  f"{floor:.1f} ms", f"{p95 / floor:.1f}×", "≤ 16 ms", p95 <= 16)

    page, like = plain_sqlite(args.data_dir)
    print(f"{'query':<15}{'model ms':>10}{'sqlite3 page ms':>17}{'ratio':>7}"
          f"{'plain LIKE ms':>15}")
    for query in QUERIES:
        ratio = last[query] / page[query] if page[query] else float("nan")
        print(f"{query:<15}{last[query]:>10.1f}{page[query]:>17.2f}{ratio:>7.1f}"
              f"{like[query]:>15.1f}")
    print(f"median: model {statistics.median(last.values()):.1f} ms, sqlite3 page query "
          f"{statistics.median(page.values()):.2f} ms (ratio "
          f"{statistics.median(last.values()) / statistics.median(page.values()):.1f}), "
          f"plain LIKE scan {statistics.median(like.values()):.0f} ms")
    report_target("memory of the GUI after typing", size, f"{typed_peak:.0f} MB", "", "",
                  "< 200 MB", typed_peak < 200)
    print(f"peak memory of this process's GUI after typing every search: {typed_peak:.0f} MB "
          f"(target < 200 MB: {'ok' if typed_peak < 200 else 'TOO BIG'})")


if __name__ == "__main__":
    main()
