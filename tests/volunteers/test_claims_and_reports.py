"""The month's claims as PDF (a page per mediator, ready to sign), CSV and Excel
(no formula runs), the mediator's year overview and the office totals."""

from __future__ import annotations

import io
import subprocess
from datetime import date, datetime, timedelta

import pytest

from desktop.cases.detail import get_case
from desktop.data.errors import NotAllowed, ValidationFailed
from desktop.mediators.planning import assign_pair
from desktop.mediators.register import add_training
from desktop.volunteers import expenses, meetings
from desktop.volunteers.claims import claims_for, parse_month
from desktop.volunteers.expense_export import export_month
from desktop.volunteers.year_overview import export_year, office_totals, year_overview
from models.enums import ExpenseActivity, Role
from tests.mediator_helpers import mediator, waiting_case

BOTH_DATABASES = True
MONTH = date(2026, 11, 1)


def _office(store):
    one = mediator(store, "Aksoy", first_name="Ayla")
    two = mediator(store, "=HYPERLINK(\"x\")", first_name="", postcode="7421 AA")
    case_id = waiting_case(store)
    assign_pair(store, case_id, get_case(store, case_id).version, (one, two))
    number = get_case(store, case_id).number
    for day, who, line in (
            (3, one, expenses.ExpenseInput(None, ExpenseActivity.CASE, number, minutes=120,
                                           km_tenths=184, allowance_cents=1500)),
            (17, one, expenses.ExpenseInput(None, ExpenseActivity.OTHER, minutes=60,
                                            other_cents=895, other_text="Printerpapier")),
            (9, two, expenses.ExpenseInput(None, ExpenseActivity.TRAINING, minutes=180,
                                           transit_cents=740, note="+31 trein")),
            (30, two, expenses.ExpenseInput(None, ExpenseActivity.OFFICE, minutes=30))):
        expenses.save_expense(store, who, None, expenses.ExpenseInput(
            MONTH.replace(day=day), **{k: v for k, v in line.__dict__.items()
                                       if k != "spent_on"}))
    # Another month, not in November's claims.
    expenses.save_expense(store, one, None, expenses.ExpenseInput(
        date(2026, 10, 30), ExpenseActivity.OFFICE, minutes=45, allowance_cents=2000))
    return one, two, number


def test_month_claims_total_per_mediator(store):
    one, two, _number = _office(store)
    claims = claims_for(store, 2026, 11)
    assert [c.mediator_id for c in claims] == [two, one]  # by name, as a binder is kept
    first = claims[1]
    assert (first.minutes, first.km_tenths, first.allowance_cents) == (180, 184, 1500)
    assert first.costs_cents == 423 + 895  # 18,4 km × € 0,23 rounded, plus the paper
    assert first.year_allowance_cents == 3500  # October's € 20 counts for the year
    assert not first.over_month_limit


def test_month_text_is_read_both_ways_and_refused_otherwise():
    assert parse_month("2026-11") == parse_month("11-2026") == (2026, 11)
    for text in ("2026-13", "nov", "2026/11/01", ""):
        with pytest.raises(ValidationFailed):
            parse_month(text)


def test_the_pdf_has_a_page_per_mediator_ready_to_sign(store, tmp_path):
    _office(store)
    pdf = export_month(store, 2026, 11, "pdf")
    path = tmp_path / "declaraties.pdf"
    path.write_bytes(pdf)
    pages = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                           text=True, check=True).stdout.split("\f")
    assert len([p for p in pages if p.strip()]) == 2
    pages = sorted((p for p in pages if p.strip()), key=lambda page: "HYPERLINK" in page)
    assert "Ayla Aksoy" in pages[0] and "november 2026" in pages[0]
    assert "Handtekening vrijwilliger" in pages[0] and "Printerpapier" in pages[0]
    assert "€ 28,18" in pages[0]  # 4,23 + 8,95 + 15,00
    assert "HYPERLINK" in pages[1] and "€ 7,40" in pages[1]


def test_spreadsheets_keep_numbers_as_numbers_and_texts_inert(store):
    from openpyxl import load_workbook

    _office(store)
    book = load_workbook(io.BytesIO(export_month(store, 2026, 11, "xlsx")))
    sheet = book.active
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 4
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    # Kept as the text it is (a string cell, not a formula; checked above).
    assert [r[0] for r in rows if "HYPERLINK" in r[0]] == ['=HYPERLINK("x")'] * 2
    ayla = [r for r in rows if r[0] == "Ayla Aksoy"]
    assert ayla[0][7] == 4.23 and ayla[0][11] == 15.0
    csv_text = export_month(store, 2026, 11, "csv").decode("utf-8-sig")
    assert "'+31 trein" in csv_text and ";4,23;" in csv_text
    assert "\n=" not in csv_text and ";=" not in csv_text


def test_the_export_is_refused_to_a_reader(store):
    _office(store)
    store.role = Role.READER
    with pytest.raises(NotAllowed):
        export_month(store, 2026, 11, "xlsx")


def test_a_mediators_year_and_the_office_totals(store, tmp_path):
    one, _two, number = _office(store)
    add_training(store, one, "course", date(2026, 3, 12), "Omgaan met agressie", 150)
    when = datetime(2026, 5, 4, 19, 0)
    meeting_id = meetings.save_meeting(store, None, meetings.MeetingInput(
        when, when + timedelta(hours=2), frozenset({one})))
    meetings.record_attendance(store, meeting_id, {one: True})
    overview = year_overview(store, one, 2026)
    assert [c[0] for c in overview.cases] == [number]
    assert overview.training_minutes == 150
    assert (overview.meetings_attended, overview.meetings_invited) == (1, 1)
    assert overview.hours_minutes == 45 + 180
    path = tmp_path / "jaar.pdf"
    path.write_bytes(export_year(store, one, 2026))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Jaaroverzicht 2026" in text and "Omgaan met agressie" in text
    with store.read() as session:
        totals = office_totals(session, date(2026, 1, 1), date(2026, 12, 31))
    assert (totals.active_volunteers, totals.hours_minutes, totals.training_minutes,
            totals.intervisie_minutes) == (2, 45 + 180 + 180 + 30, 150, 120)


def test_cijfers_report_the_volunteers_hours(store):
    from desktop.figures.counting import Period, compute
    from desktop.figures.export import key_figures

    _office(store)
    figures = compute(store, Period.year(2026))
    assert figures.volunteer_minutes == 45 + 120 + 60 + 180 + 30
    assert ("Uren ingezet door vrijwilligers (gedeclareerd)", "7,3") in key_figures(figures)
