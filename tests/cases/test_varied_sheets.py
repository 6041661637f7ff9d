"""Sheets Burenrust did not design (tests/cases/varied_sheets.py) import whole:
every row with a party's name or a date becomes a case, only rows with neither
are refused, and every value that was in the sheet is somewhere in its case."""

from __future__ import annotations

import re
import tempfile
from datetime import date, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.cases.detail import get_case
from desktop.cases.spreadsheet.matching import normal
from desktop.cases.spreadsheet.plan import read_and_plan
from desktop.cases.spreadsheet.values import read_date
from desktop.cases.spreadsheet.writing import run_import
from desktop.cli import main
from desktop.data.integrity import check_database
from desktop.data.store import Store
from models import Case, JournalEntry
from models.rules import check_phone
from tests.cases.varied_sheets import varied_sheet, write_varied

_LINE = re.compile(r"regel (\d+)\.$")


def _compact(text: str) -> str:
    return normal(text).replace(" ", "")


def _case_text(store: Store, case_id: int) -> str:
    """Everything a coordinator can see of a case, as one text."""
    case = get_case(store, case_id, with_recurrences=False)
    with store.read() as session:
        legacy = session.scalar(select(Case.legacy_number).where(Case.id == case_id))
    parts = [case.number, legacy, case.story, case.municipality, case.neighbourhood,
             case.referrer, case.referrer_kind, case.result, case.closing_reason,
             *case.conflict_types, *case.to_complete]
    for day in (case.registered_on, case.closed_on):
        if day:
            parts.append(day.strftime("%d-%m-%Y"))
    for party in case.parties:
        parts += [party.name, party.address, party.address_as_typed, party.phone, party.email]
    parts += [entry.text for entry in case.journal]
    return "\n".join(p for p in parts if p)


def _found(value, text: str) -> bool:
    """The value is in the case: as typed, or as Burenrust writes it."""
    if isinstance(value, datetime | date | int) or (
            isinstance(value, str) and read_date(value).value):
        read = read_date(value)
        if read.value and read.value.strftime("%d-%m-%Y") in text:
            return True
    typed = str(value)
    if _compact(typed) in _compact(text):
        return True
    checked = check_phone(typed)
    if checked.ok and checked.value in text:
        return True
    words = set(normal(text).split())
    return all(word in words for word in normal(typed).split())


def _as_saved(value, path: Path):
    """A CSV in the Windows code page holds "Nguy?n" where the sheet had "Nguyễn"."""
    if path.suffix == ".csv" and isinstance(value, str):
        return value.encode("cp1252", "replace").decode("cp1252")
    return value


def _import_and_check(seed: int, folder: Path) -> None:
    sheet = varied_sheet(seed, 30)
    path = write_varied(sheet, folder / ("zaken 2019-2025.csv" if seed % 3 == 0
                                         else "zaken 2019-2025.xlsx"))
    store = Store.open(folder / "gegevens é", user="test")
    try:
        plan = read_and_plan(store, path)
        wanted = [r for r in sheet.rows if r.kind == "case"]
        refused = [r for r in sheet.rows if r.kind == "refused"]
        assert plan.ready == len(wanted), {c.header: c.field for c in plan.columns}
        assert plan.skipped_lines == len(refused) + sheet.total_row
        assert {p.code for p in plan.problems if not p.is_warning} <= {
            "nothing_usable", "total_row"}
        assert run_import(store, plan) == len(wanted)
        assert check_database(folder / "gegevens é" / "burenrust.sqlite") == []
        with store.read() as session:
            by_line = {int(m[1]): case_id for case_id, text in session.execute(
                select(JournalEntry.case_id, JournalEntry.text).where(
                    JournalEntry.text.like("Geïmporteerd uit %")))
                if (m := _LINE.search(text))}
        # The generated rows in sheet order are the planned rows in line order.
        lines = sorted(r.line for r in plan.rows)
        assert len(lines) == len(wanted) == len(by_line)
        for row, line in zip(wanted, lines, strict=True):
            text = _case_text(store, by_line[line])
            missing = [(header, value) for header, value in zip(sheet.headers, row.cells,
                                                                strict=True)
                       if value != "" and not _found(_as_saved(value, path), text)]
            assert not missing, (line, missing, text)
    finally:
        store.close()


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=10**6))
def test_a_sheet_from_another_office_imports_whole(seed):
    with tempfile.TemporaryDirectory(prefix="Buurtbemiddeling 100% ") as folder:
        _import_and_check(seed, Path(folder))


def test_the_other_party_as_street_and_number_only(store, tmp_path):
    """The neighbour next door as "Lindelaan 38": same street as the applicant, so the
    town and postcode area come from A; around the corner: kept as typed, to complete."""
    text = ("Datum;Naam;Adres;Postcode;Plaats;Naam buren;Adres buren;Tel. buren\r\n"
            "12-03-2021;Jan de Vries;Lindelaan 36;8011 AB;Zwolle;Fam. Bakker;Lindelaan 38;"
            "06-12345678\r\n"
            "13-03-2021;Anna Smit;Lindelaan 40;8011 AB;Zwolle;Piet Jansen;Kerkstraat 3 bis;"
            "zie mail\r\n")
    path = tmp_path / "buren.csv"
    path.write_text(text, encoding="utf-8")
    plan = read_and_plan(store, path)
    assert plan.ready == 2 and plan.skipped_lines == 0
    assert {(p.line, p.code) for p in plan.problems} == {
        (2, "address_from_a"), (3, "postcode_missing"), (3, "phone")}
    assert plan.to_complete == 2
    run_import(store, plan)
    first = get_case(store, plan_case(store, "Jan de Vries"))
    b = first.parties[1]
    assert b.address_source == "from_a" and b.address.startswith("Lindelaan 38, 8011 Zwolle")
    assert b.phone == "06 12345678"
    assert any("partij A" in line for line in first.to_complete)
    second = get_case(store, plan_case(store, "Anna Smit"))
    other = second.parties[1]
    assert other.address == "" and other.address_as_typed == "Kerkstraat 3 bis"
    assert any("Tel. buren: zie mail" in j.text for j in second.journal)
    assert any("Kerkstraat 3 bis" in line for line in second.to_complete)


def plan_case(store: Store, name: str) -> int:
    from desktop.cases.queries import CaseFilter, fetch_rows

    [row] = fetch_rows(store, CaseFilter(text=name))
    return row.id


def test_completing_the_address_takes_the_case_off_the_list(store, tmp_path):
    from desktop.cases.detail import mark_completed
    from desktop.cases.parties import update_party
    from desktop.cases.queries import TO_COMPLETE, CaseFilter, count_cases
    from desktop.cases.registration import AddressInput

    path = tmp_path / "buren.csv"
    path.write_text("Datum;Naam;Adres;Naam buren;Adres buren\r\n"
                    ";Jan de Vries;Lindelaan 36, 8011 AB Zwolle;Fam. Bakker;Kerkweg 3\r\n",
                    encoding="utf-8")
    run_import(store, read_and_plan(store, path))
    case_id = plan_case(store, "Jan de Vries")
    assert count_cases(store, CaseFilter(status=TO_COMPLETE)) == 1
    case = get_case(store, case_id)
    assert len(case.to_complete) == 2  # the address, and the date taken for now
    party = case.parties[1].editable
    party.address = AddressInput("8011 AC", "3", "Kerkweg", "Zwolle")
    update_party(store, case_id, case.version, party)
    case = get_case(store, case_id)
    assert case.parties[1].address_as_typed == "" and len(case.to_complete) == 1
    assert count_cases(store, CaseFilter(status=TO_COMPLETE)) == 1  # the date still
    mark_completed(store, case_id, case.version)
    assert count_cases(store, CaseFilter(status=TO_COMPLETE)) == 0


def test_a_dry_run_of_two_thousand_rows_says_what_happens_to_each(data_dir, tmp_path,
                                                                   capsys):
    sheet = varied_sheet(2026, 2000)
    path = write_varied(sheet, tmp_path / "Overzicht 2019-2025.xlsx")
    refused = tmp_path / "geweigerd.csv"
    assert main(["import", str(path), "--dry-run", "--refused", str(refused),
                 "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    summary = re.search(r"(\d+) regels: (\d+) worden zaken zoals ze zijn, (\d+) met een "
                        r"opmerking, (\d+) niet", out)
    assert summary, out[:2000]
    _total, clean, flagged, skipped = map(int, summary.groups())
    cases = sum(1 for r in sheet.rows if r.kind == "case")
    assert clean + flagged == cases and clean > 0 and flagged > 0
    assert skipped == sum(1 for r in sheet.rows if r.kind == "refused") + sheet.total_row
    assert "Opmerkingen (de regel komt binnen):" in out and "Niet geïmporteerd:" in out
    assert "regels: geen naam en geen datum" in out
    assert "onleesbaar (niet overgenomen)" not in out  # nothing is dropped
    # The refused rows come back as a sheet to fix; its reason column is ignored.
    lines = refused.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == skipped + 1 and lines[0].endswith("Waarom niet geïmporteerd")
    assert main(["import", str(refused), "--dry-run", "--data-dir", str(data_dir)]) == 1
    assert "genegeerd" in capsys.readouterr().out
