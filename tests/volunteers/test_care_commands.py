"""`burenrust mediators due` and `burenrust expenses` on demo data: the demo's
spread shows (an expired VOG, some about to expire, inactive volunteers, missed
intervisie), nothing is changed, and the month's claims are written as a file."""

from __future__ import annotations

import json
from datetime import date

from openpyxl import load_workbook

from desktop.cli import main
from desktop.data.store import Store
from desktop.volunteers.due import mediators_due


def test_due_lists_the_demo_spread_without_changing_anything(data_dir, capsys):
    assert main(["demo", "--cases", "400", "--data-dir", str(data_dir)]) == 0
    before = (data_dir / "burenrust.sqlite").stat().st_mtime_ns
    capsys.readouterr()
    assert main(["mediators", "due", "--json", "--data-dir", str(data_dir)]) == 0
    found = json.loads(capsys.readouterr().out)
    kinds = {item["kind"] for item in found}
    assert kinds == {"vog", "training", "intervisie", "inactive"}
    vog = [item for item in found if item["kind"] == "vog"]
    assert {item["detail"] for item in vog} == {"expired", "expiring"}
    assert all(date.fromisoformat(item["due"]) for item in found)
    assert main(["mediators", "due", "--data-dir", str(data_dir)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(found) and "VOG verlopen" in " ".join(lines)
    assert (data_dir / "burenrust.sqlite").stat().st_mtime_ns == before
    store = Store.open(data_dir)
    try:
        assert len(mediators_due(store)) == len(found)
    finally:
        store.close()


def test_expenses_writes_the_months_claims(data_dir, capsys, tmp_path):
    assert main(["demo", "--cases", "400", "--data-dir", str(data_dir)]) == 0
    month = date.today().replace(day=1)
    out = tmp_path / "declaraties" / f"{month:%Y-%m}.xlsx"
    assert main(["expenses", "--month", f"{month:%Y-%m}", "--out", str(out),
                 "--data-dir", str(data_dir)]) == 0
    assert "declaraties, samen €" in capsys.readouterr().out
    rows = list(load_workbook(out).active.iter_rows(min_row=2, values_only=True))
    assert rows and all(row[1].month == month.month for row in rows)
    assert main(["expenses", "--month", "november", "--out", str(out),
                 "--data-dir", str(data_dir)]) == 2
    assert "JJJJ-MM" in capsys.readouterr().err
    assert main(["expenses", "--month", f"{month:%Y-%m}", "--out", str(tmp_path / "x.doc"),
                 "--data-dir", str(data_dir)]) == 2
