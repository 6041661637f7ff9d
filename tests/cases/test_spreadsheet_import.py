"""Importing the spreadsheet an office really has: the header found below a title,
Excel's row numbers in every message, addresses in one column, dates in every
notation, free-text categories mapped by meaning, every column accounted for,
every problem row reported, a clean `burenrust check` afterwards, and nothing
twice on a second import."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from desktop.cases.detail import get_case
from desktop.cases.queries import CaseFilter, count_cases, fetch_rows
from desktop.cases.spreadsheet.matching import Category, match
from desktop.cases.spreadsheet.plan import header_score, make_plan, read_and_plan
from desktop.cases.spreadsheet.reading import read_sheet
from desktop.cases.spreadsheet.values import read_address, read_date
from desktop.cases.spreadsheet.writing import ImportStopped, run_import
from desktop.cli import main
from desktop.data.integrity import check_database
from tests.cases.messy_sheet import HEADERS, messy_rows, write_messy_xlsx

# Run on SQLite and, when a server is given, on PostgreSQL (tests/conftest.py).
BOTH_DATABASES = True


@pytest.fixture
def messy(tmp_path):
    rows = messy_rows(300, broken_every=50)
    return write_messy_xlsx(tmp_path / "Overzicht 2019-2025.xlsx", rows), rows


# -- reading what people type ---------------------------------------------------------------
@pytest.mark.parametrize("typed", ["13-06-2023", "13/06/23", "2023-06-13", "13 juni 2023",
                                   "13 June 2023", "13 jun. 2023", "ma 13-06-2023",
                                   "13.6.2023", "June 13, 2023", date(2023, 6, 13), 45090])
def test_dates_in_every_notation(typed):
    assert read_date(typed, date(2026, 11, 25)).value == date(2023, 6, 13)


@pytest.mark.parametrize(("typed", "problem"), [("31-02-2021", "date_impossible"),
                                                 ("gisteren", "date_unreadable"),
                                                 ("01-01-0001", "date_out_of_range")])
def test_a_wrong_date_is_a_problem_never_a_guess(typed, problem):
    read = read_date(typed)
    assert (read.value, read.problem) == (None, problem)


@pytest.mark.parametrize(("typed", "street", "number"), [
    ("Tessel 39", "Tessel", "39"), ("Laan van Nieuw Oost-Indië 12 bis",
                                    "Laan van Nieuw Oost-Indië", "12 bis"),
    ("Brink 1a", "Brink", "1a"), ("Kerkstraat 4-2", "Kerkstraat", "4-2"),
    ("2e Jan Steenstraat 5", "2e Jan Steenstraat", "5")])
def test_an_address_in_one_column(typed, street, number):
    read = read_address(typed)
    assert (read.street, read.house_number) == (street, number)
    full = read_address("Dorpstraat 12a, 8011 AB Zwolle")
    assert (full.postcode, full.town) == ("8011 AB", "Zwolle")


def test_results_are_matched_by_meaning(store):
    from desktop.admin import categories

    def cats(kind):
        return [Category(i.id, i.code, i.name) for i in categories.list_items(store, kind)]

    results, reasons = cats("case_results"), cats("closing_reasons")
    result_code = {c.id: c.code for c in results}
    reason_code = {c.id: c.code for c in reasons}

    def result(text):
        found = match("case_results", text, results, reasons)
        return (result_code.get(found.category_id), reason_code.get(found.reason_id))

    assert result("Deels opgelost") == ("partly_resolved", None)
    assert result("Niet opgelost") == ("not_resolved", None)
    assert result("Opgelost") == ("resolved_mediation", None)
    assert result("Geen bemiddeling: partij B wil niet") == ("no_mediation", "no_response")
    assert result("geen bemiddeling, verhuisd") == ("no_mediation", "moved")
    assert result("Lopend") == result("") == result("nog in behandeling") == (None, None)
    assert result("zie dossier") == (None, None)  # unknown: left open, shown for review


# -- the dry run ------------------------------------------------------------------------------
def test_the_dry_run_accounts_for_every_column_and_row(store, messy):
    path, _rows = messy
    plan = read_and_plan(store, path)
    assert plan.sheet.header_line == 3  # below the title and a blank row
    assert {c.header: c.field for c in plan.columns} == {
        "Dossiernr": "number", "Datum aanmelding": "registered_on", "Naam aanvrager": "a_name",
        "Adres": "a_address", "Postcode": "a_postcode", "Woonplaats": "a_town",
        "Telefoon": "a_phone", "Naam buren": "b_name", "Adres buren": "b_address",
        "Soort overlast": "conflict_type", "Verwijzer": "referrer", "Resultaat": "result",
        "Afgesloten op": "closed_on", "Opmerkingen": "notes", "Kleur in overzicht": None}
    [unused] = [c for c in plan.columns if c.field is None]
    assert unused.why_not == "unknown"
    broken = [p for p in plan.problems if p.code == "date_impossible"]
    assert len(broken) == 6
    assert [p.line for p in broken] == [4 + i for i in range(49, 300, 50)]  # Excel's rows
    # A date that does not exist refuses nothing: the row comes in, flagged, with the
    # date of the row above for now, and the typed date in its notes.
    assumed = [p for p in plan.problems if p.code == "date_assumed"]
    assert [p.line for p in assumed] == [p.line for p in broken]
    assert plan.ready == 300 and plan.duplicates == 0 and plan.skipped_lines == 0
    row = next(r for r in plan.rows if r.line == broken[0].line)
    assert ("Datum aanmelding", "31-02-2021") in row.kept and row.to_complete
    assert count_cases(store, CaseFilter()) == 0  # a dry run writes nothing
    results = {v.text: v.match for v in plan.values["result"]}
    assert results["Lopend"].category_id is None and results[""].category_id is None
    texts = csv.reader(io.StringIO(plan.problems_csv().lstrip("\ufeff")), delimiter=";")
    assert len(list(texts)) == len(plan.problems) + 1  # every problem, not the first 200


def test_import_then_check_then_nothing_twice(store, data_dir, messy, tmp_path, database):
    path, rows = messy
    plan = read_and_plan(store, path)
    assert run_import(store, plan) == 300
    if database == "sqlite":  # burenrust check reads the file
        assert check_database(data_dir / "burenrust.sqlite") == []
    first = rows[0]
    [hit] = fetch_rows(store, CaseFilter(text=first[0]))  # the old number is searchable
    case = get_case(store, hit.id)
    assert case.parties[0].name == first[2]
    if first[7]:
        assert case.parties[1].name == first[7] and case.parties[1].address
    assert any(j.text == "Geïmporteerd uit Overzicht 2019-2025.xlsx, regel 4."
               for j in case.journal)
    # The same file again, and a "corrected" copy with other spaces and capitals.
    assert read_and_plan(store, path).ready == 0
    fixed = [[(c.upper() + "  " if isinstance(c, str) and i in (0, 2) else c)
              for i, c in enumerate(row)] for row in rows]
    fixed[49][1] = "01-01-2019"  # one broken row corrected in Excel: the same case
    again = read_and_plan(store, write_messy_xlsx(tmp_path / "verbeterd.xlsx", fixed))
    assert (again.ready, again.duplicates) == (0, 300)
    assert count_cases(store, CaseFilter()) == 300


def test_categories_land_where_they_belong(store, messy):
    path, _rows = messy
    plan = read_and_plan(store, path)
    run_import(store, plan)
    by_result = {}
    for row in fetch_rows(store, CaseFilter(), "number", False):
        case = get_case(store, row.id)
        by_result.setdefault(case.result, case)
    assert "Gedeeltelijk opgelost" in by_result and "Geen bemiddeling" in by_result
    assert by_result["Geen bemiddeling"].closing_reason == (
        "Andere partij reageert niet of weigert")
    assert by_result[""].status == "registered"  # "Lopend" and empty stay open
    undated = [r for r in plan.rows if r.closed_on is None
               and plan.choice("result", r.result[0]).category_id]
    assert undated, "the sample has results without a closing date"
    case = get_case(store, fetch_rows(store, CaseFilter(text=undated[0].legacy_number))[0].id)
    assert case.status == "closed" and case.closed_on is None
    assert any("datum van afsluiting stond niet" in j.text for j in case.journal)


def test_a_value_too_long_for_its_column_is_kept_whole_in_the_notes(store, tmp_path):
    rows = messy_rows(3)
    rows[1][2] = "Jan " + "x" * 300  # a surname longer than the column
    plan = read_and_plan(store, write_messy_xlsx(tmp_path / "lang.xlsx", rows))
    [problem] = [p for p in plan.problems if p.code == "too_long"]
    assert problem.line == 5 and problem.column == "Naam aanvrager" and problem.is_warning
    assert run_import(store, plan) == 3  # all of them, on PostgreSQL too
    [hit] = fetch_rows(store, CaseFilter(text=rows[1][0]))
    case = get_case(store, hit.id)
    assert case.parties[0].name.startswith("Jan xxx")
    assert any(rows[1][2] in j.text for j in case.journal)


def test_stopping_leaves_nothing(store, messy):
    path, _rows = messy
    plan = read_and_plan(store, path)
    seen = []
    with pytest.raises(ImportStopped):
        run_import(store, plan, lambda done, total: seen.append(done), lambda: len(seen) > 1)
    assert count_cases(store, CaseFilter()) == 0
    assert read_and_plan(store, path).ready == 300


def test_a_coordinator_correction_is_kept(store, messy):
    from desktop.cases.spreadsheet.matching import Match

    path, _rows = messy
    sheet = read_sheet(path, header_score)
    plan = make_plan(store, sheet)
    other = next(c for c in plan.categories["conflict_types"] if c.code == "other")
    key = next(v.key for v in plan.values["conflict_type"] if v.text == "Stank (wiet)")
    corrected = make_plan(store, sheet, corrections={("conflict_type", key): Match(
        other.id, "chosen")})
    assert corrected.choice("conflict_type", key).category_id == other.id


# -- the command line -------------------------------------------------------------------------
def test_command_line(store, data_dir, messy, tmp_path, capsys, database):
    path, _rows = messy
    store.close()
    problems = tmp_path / "problemen.csv"
    assert main(["import", str(path), "--dry-run", "--problems", str(problems),
                 "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert "kopregel 3" in out and "Kleur in overzicht" in out and "in de notities" in out
    assert "Deels opgelost" in out and "Gedeeltelijk opgelost" in out  # the value table
    assert "300 regels: " in out and "6 regels: datum bestaat niet" in out
    assert problems.read_text(encoding="utf-8-sig").startswith("Regel;Soort;Kolom")
    assert main(["import", str(path), "--data-dir", str(data_dir)]) == 0
    assert "300 zaken geïmporteerd" in capsys.readouterr().out
    assert main(["import", str(path), "--data-dir", str(data_dir)]) == 1  # nothing new
    if database == "sqlite":  # burenrust check reads the file
        assert main(["check", "--data-dir", str(data_dir)]) == 0


def test_a_csv_in_the_windows_code_page_with_separate_address_columns(store, tmp_path):
    text = ("Zaaknummer;Datum;Naam;Straat;Huisnr;Postcode;Plaats;Resultaat\r\n"
            "2019-0007;3-2-2019;Jan de Vries;Dorpstraat;12a;8011ab;Zwolle;opgelost\r\n"
            "2019-0008;14/03/2019;Vries, Anna van der;Kerkweg;5;ABCD;Kampen;\r\n")
    path = tmp_path / "zaken.csv"
    path.write_bytes(text.encode("cp1252"))
    plan = read_and_plan(store, path)
    assert {(p.line, p.code) for p in plan.problems} == {
        (3, "postcode"), (2, "closed_date_unknown")}
    assert run_import(store, plan) == 2
    first, second = fetch_rows(store, CaseFilter(), "number", False)
    assert first.number == "2019-0007"  # the old number is kept when it is free
    case = get_case(store, second.id)
    assert case.parties[0].name == "Anna van der Vries" and case.parties[0].address == ""
    assert case.parties[0].address_as_typed == "Kerkweg 5, ABCD, Kampen"


def test_a_taken_old_number_gets_the_years_next_free_one(store, tmp_path):
    first = tmp_path / "eerste.csv"  # no old numbers: they become 2019-0001 and -0002
    first.write_text("Datum;Naam;Postcode;Huisnr\n"
                     "3-2-2019;Jan de Vries;8011 AB;12\n"
                     "4-2-2019;Piet Bos;8011 AB;14\n", encoding="utf-8")
    assert run_import(store, read_and_plan(store, first)) == 2
    second = tmp_path / "tweede.csv"  # another office's list: its 2019-0002 is taken here
    second.write_text("Zaaknummer;Datum;Naam;Postcode;Huisnr\n"
                      "2019-0002;5-2-2019;Anna Smit;8012 CD;3\n"
                      ";6-2-2019;Kees Mol;8012 CD;5\n"
                      "2019-0010;7-2-2019;Ria Veen;8012 CD;7\n"
                      "2018-0004;8-2-2019;Els Kok;8012 CD;9\n", encoding="utf-8")
    assert run_import(store, read_and_plan(store, second)) == 4
    numbers = {row.number for row in fetch_rows(store, CaseFilter(), "number", False)}
    assert numbers == {"2018-0004", "2019-0001", "2019-0002", "2019-0003", "2019-0004",
                            "2019-0010"}  # free old numbers kept, the rest the year's next


def test_a_person_found_again_with_another_phone_keeps_it_in_the_notes(store, tmp_path):
    path = tmp_path / "zaken.csv"
    path.write_text("Datum;Naam;Straat;Huisnr;Postcode;Plaats;Mobiel\n"
                    "3-2-2019;Jan de Vries;Dorpstraat;12;8011 AB;Zwolle;06 12345678\n"
                    "4-5-2020;Jan de Vries;Dorpstraat;12;8011 AB;Zwolle;06 87654321\n",
                    encoding="utf-8")
    assert run_import(store, read_and_plan(store, path)) == 2
    second = fetch_rows(store, CaseFilter(), "number", True)[0]  # the 2020 case
    case = get_case(store, second.id)
    first = fetch_rows(store, CaseFilter(), "number", False)[0]
    assert case.parties[0].person_id == get_case(store, first.id).parties[0].person_id
    assert case.parties[0].phone == "06 12345678"  # the person as first kept
    notes = "\n".join(entry.text for entry in case.journal)
    assert "Mobiel: 06 87654321" in notes  # this row's own number: not lost


def test_an_unreadable_file_is_said_in_dutch(data_dir, tmp_path, capsys):
    bad = tmp_path / "kapot.xlsx"
    bad.write_bytes(b"PK\x03\x04 not a workbook")
    assert main(["import", str(bad), "--data-dir", str(data_dir)]) == 1
    assert "kan niet worden gelezen" in capsys.readouterr().err


# -- the dialog -----------------------------------------------------------------------------------
def test_the_dialog_from_dry_run_to_import(qtbot, window, answers, messy, tmp_path):
    path, _rows = messy
    dialog = window.admin.import_dialog(path)
    assert dialog.combos["a_address"].currentText() == "Adres"
    assert dialog.plan is not None and dialog.import_button.isEnabled()
    assert "300 zaken worden aangemaakt" in dialog.summary.text()
    assert dialog.problems_table.rowCount() == len(dialog.plan.problems)
    values = dialog.value_tables["result"]
    texts = [values.item(r, 0).text() for r in range(values.rowCount())]
    lopend = texts.index("Lopend")
    assert values.cellWidget(lopend, 2).currentText() == "— zaak blijft open —"
    target = dialog.export_problems(str(tmp_path / "problemen.csv"))
    assert target.read_text(encoding="utf-8-sig").count("\n") == len(dialog.plan.problems) + 1
    # A correction asks for a new dry run before importing.
    combo = dialog.value_tables["conflict_type"].cellWidget(0, 2)
    combo.setCurrentIndex((combo.currentIndex() + 1) % combo.count())
    assert not dialog.import_button.isEnabled()
    dialog.dry_run()
    dialog.start_import()
    assert "300 zaken geïmporteerd" in dialog.summary.text()
    qtbot.waitUntil(lambda: window.cases.case_list.model.rowCount() > 0)


def test_the_dialog_stops_and_keeps_nothing(qtbot, window, answers, messy):
    path, _rows = messy
    dialog = window.admin.import_dialog(path)
    dialog._progress.moved.connect(lambda done, total: dialog._stop.set())
    dialog.start_import()
    assert dialog.summary.text() == "Gestopt: er is niets geïmporteerd."
    assert count_cases(window.store, CaseFilter()) == 0


def test_headers_of_the_sample():
    assert header_score(tuple(HEADERS)) >= 10


def test_the_list_nog_aan_te_vullen_from_import_to_done(qtbot, window, answers, tmp_path):
    """After the import the coordinator picks Status "Nog aan te vullen", opens the case,
    sees what is missing and marks it done: the case leaves the list."""
    path = tmp_path / "buren.csv"
    path.write_text("Datum;Naam;Adres;Naam buren;Adres buren\r\n"
                    "02-12-2026;Jan de Vries;Lindelaan 36, 8011 AB Zwolle;Fam. Bakker;"
                    "Lindelaan 38\r\n"
                    "03-12-2026;Anna Smit;Kerkweg 2, 8012 AB Zwolle;;\r\n"
                    "zie boven;;;;\r\n", encoding="utf-8")
    dialog = window.admin.import_dialog(path)
    assert "2 zaken worden aangemaakt: 1 zoals ze zijn, 1 met een opmerking" in (
        dialog.summary.text())
    assert "1 zaken komen op de lijst „Nog aan te vullen”" in dialog.summary.text()
    assert dialog.refused_button.isEnabled()
    refused = dialog.export_refused(str(tmp_path / "geweigerd.csv"))
    assert "zie boven" in refused.read_text(encoding="utf-8-sig")
    dialog.start_import()
    cases = window.cases.case_list
    cases.refresh()
    cases.status_filter.setCurrentIndex(cases.status_filter.findData("to_complete"))
    qtbot.waitUntil(lambda: cases.model.rowCount() == 1)
    [hit] = fetch_rows(window.store, CaseFilter(text="Jan de Vries"))
    view = window.cases.open_case(hit.id)
    assert view.gaps_box.isVisibleTo(view)
    assert "partij A" in view.gaps_label.text()
    assert not view.gaps_done.isEnabled()  # only completing the address clears that line
