"""The benchmark summary: what each benchmark reports against its target is what
run_all.py puts in the README's table, between the markers and nowhere else."""

from __future__ import annotations

from tests.benchmarks import run_all
from tests.benchmarks.baseline import TARGET_MARK, report_target


def test_a_reported_target_becomes_a_table_row_in_the_readme(tmp_path, capsys):
    assert report_target("opening a case", "100,000 cases", "41.0 ms", "0.20 ms", "205×",
                         "≤ 50 ms", True)
    assert not report_target("import", "10,000 rows", "9.1 s", "1.7 s", "5.4×", "< 5×", False)
    lines = capsys.readouterr().out.splitlines()
    assert all(line.startswith(TARGET_MARK + "\t") for line in lines)
    targets = [line.split("\t")[1:] for line in lines]
    assert [cells[-1] for cells in targets] == ["ok", "MISSED"]

    readme = tmp_path / "README.md"
    readme.write_text(f"# Top\n\n{run_all.README_START}\nold table\n{run_all.README_END}\n"
                      "## After\n", encoding="utf-8")
    run_all.write_readme(readme, "today", targets)
    run_all.write_readme(readme, "today", targets)  # again: replaced, not added
    text = readme.read_text(encoding="utf-8")
    assert "old table" not in text and text.count(run_all.README_START) == 1
    assert "| opening a case | 100,000 cases | 41.0 ms | 0.20 ms | 205× | ≤ 50 ms | ok |" in text
    assert "| import | 10,000 rows | 9.1 s | 1.7 s | 5.4× | < 5× | MISSED |" in text
    assert text.startswith("# Top") and text.endswith("## After\n")

    summary = tmp_path / "benchmarks.md"
    run_all.write_summary(summary, "today", targets, [("bench_gui.py", ["a figure", lines[0]])])
    written = summary.read_text(encoding="utf-8")
    assert "a figure" in written and TARGET_MARK + "\t" not in written
