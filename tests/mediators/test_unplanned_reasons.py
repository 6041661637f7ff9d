"""Every case a plan leaves without a pair says why: the rules, or capacity (and what
would free it), or a postcode area that is unknown."""

from __future__ import annotations

import json
from datetime import date, timedelta

from desktop.cli import main
from desktop.data.encryption.cipher import open_file
from desktop.mediators.planning import plan_all
from desktop.mediators.register import add_absence
from desktop.mediators.unplanned import text
from tests.mediator_helpers import mediator, waiting_case


def _codes(item) -> list[str]:
    return [r.code for r in item.reasons]


def test_capacity_not_the_rules_leaves_a_case_unplanned(store, data_dir, capsys):
    first = waiting_case(store, "8011 AB", "Dorpstraat")
    second = waiting_case(store, "8012 CD", "Kerkstraat")
    mediator(store, "Een", "7411 AA", max_open_cases=1)
    mediator(store, "Twee", "7412 AA", 2, street="Singel", max_open_cases=1)
    plan = plan_all(store)
    assert plan.assigned == 1
    [left] = [i for i in plan.items if i.choice is None]
    assert left.case_id in (first, second) and left.alternatives  # a pair was possible
    assert _codes(left)[0] == "capacity" and "no_pair_rules" not in _codes(left)
    words = [text(r) for r in left.reasons]
    assert "Sam Een & Sam Twee" in words[0] or "Sam Twee & Sam Een" in words[0]
    assert any(r.code == "free_by_higher_maximum" and r.detail in ("Sam Een", "Sam Twee")
               for r in left.reasons)
    store.close()
    assert main(["plan", "--json", "--data-dir", str(data_dir)]) == 0
    cases = json.loads(capsys.readouterr().out)["cases"]
    unplanned = [c for c in cases if c["mediators"] is None]
    assert len(unplanned) == 1 and unplanned[0]["reasons"][0] == "capacity"
    assert "nodig voor andere zaken" in unplanned[0]["why_not"][0]
    assert main(["plan", "--data-dir", str(data_dir)]) == 0
    assert "geen koppel — er waren koppels mogelijk" in capsys.readouterr().out


def test_the_rules_say_which_kept_most_mediators_out(store):
    waiting_case(store, "8011 AB", "Dorpstraat")
    for number in range(3):
        mediator(store, f"Buur{number}", "8011 ZZ", number + 1, street="Anderweg")
    mediator(store, "Ver", "7411 AA")
    paused = mediator(store, "Vakantie", "7414 AA", 5)
    add_absence(store, paused, date.today(), date.today() + timedelta(days=20), "vakantie")
    [item] = plan_all(store).items
    assert item.choice is None and not item.alternatives
    assert _codes(item)[:2] == ["no_pair_rules", "only_one_allowed"]
    assert "most_excluded_same_area" in _codes(item)
    assert next(r for r in item.reasons if r.code == "most_excluded_same_area").detail == "3"
    back = next(r for r in item.reasons if r.code == "free_by_return")
    assert back.detail == "Sam Vakantie"


def test_an_unknown_postcode_area_is_said_even_with_a_pair(store, tmp_path):
    from desktop.cases.detail import change_status, get_case
    from desktop.cases.spreadsheet.plan import read_and_plan
    from desktop.cases.spreadsheet.writing import run_import

    path = tmp_path / "zaken.csv"
    path.write_text("Datum;Naam;Adres;Naam buren;Adres buren\r\n"
                    "01-12-2026;Jan de Vries;Kerkweg 1;Fam. Bakker;Kerkweg 3\r\n",
                    encoding="utf-8")
    run_import(store, read_and_plan(store, path))
    from desktop.cases.queries import CaseFilter, fetch_rows

    [row] = fetch_rows(store, CaseFilter())
    change_status(store, row.id, get_case(store, row.id).version, "waiting_for_pair",
                  on=date.today())
    mediator(store, "Een", "7411 AA")
    mediator(store, "Twee", "7412 AA", 2, street="Singel")
    [item] = plan_all(store).items
    assert item.choice is not None
    assert [r.code for r in item.reasons] == ["area_unknown"]
    assert item.reasons[0].detail == "A, B"


def test_demo_data_gives_every_unplanned_case_its_reasons(data_dir, capsys):
    assert main(["demo", "--cases", "300", "--data-dir", str(data_dir)]) == 0
    capsys.readouterr()
    assert main(["plan", "--json", "--data-dir", str(data_dir)]) == 0
    cases = json.loads(capsys.readouterr().out)["cases"]
    assert cases
    assert all(c["reasons"] and c["why_not"] for c in cases if c["mediators"] is None)
    # A busy season: every mediator at their maximum. Nothing can be planned, and the
    # plan says that the maximum is what keeps them out.

    with open_file(data_dir / "burenrust.sqlite", "rw") as db:
        db.execute("UPDATE mediators SET max_open_cases = 1")
        db.execute("UPDATE mediators SET max_open_cases = 0 WHERE id NOT IN "
                   "(SELECT mediator_id FROM case_mediators WHERE released_on IS NULL)")
    assert main(["plan", "--json", "--data-dir", str(data_dir)]) == 0
    cases = json.loads(capsys.readouterr().out)["cases"]
    assert cases and all(c["mediators"] is None for c in cases)
    assert all("most_excluded_full" in c["reasons"] for c in cases)
