"""The yearly figures, counted again independently in plain SQL, and the
exports (CSV, Excel, PDF report) carrying the same numbers."""

from __future__ import annotations

import csv
import io
import statistics
from datetime import date, datetime, timedelta

import pdfplumber
import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from desktop.demo import generator
from desktop.documents.letters.context import SAMPLE_ORGANISATION
from desktop.figures.counting import Period, compute, shown
from desktop.figures.export import key_figures, to_csv, to_pdf, to_xlsx

# Run on SQLite and, when a server is given, on PostgreSQL (tests/conftest.py).
BOTH_DATABASES = True

TODAY = date(2026, 11, 24)
YEAR = Period.year(2025)


@pytest.fixture
def filled(store):
    generator.generate(store, cases=700, seed=5, today=TODAY)
    return store


def sql(store, query: str, **params):
    params = {"yes": True, "no": False, **params}  # booleans the same on both databases
    with store.read() as session:
        return session.execute(text(query), params).all()


def between(column: str) -> str:
    return f"{column} >= :start AND {column} <= :end"


def test_figures_match_an_independent_count(filled):
    p = {"start": YEAR.start, "end": YEAR.end}
    figures = compute(filled, YEAR)
    [(registrations,)] = sql(filled, f"SELECT count(*) FROM cases WHERE "
                                     f"{between('registered_on')}", **p)
    assert figures.registrations == registrations > 50
    [(not_taken,)] = sql(filled, f"""
        SELECT count(*) FROM cases c JOIN case_results r ON r.id = c.result_id
        WHERE {between('c.registered_on')} AND r.requires_reason = :yes
          AND c.closed_on IS NOT NULL""", **p)
    assert figures.not_taken_up == not_taken
    [(taken,)] = sql(filled, f"""
        SELECT count(*) FROM cases c LEFT JOIN case_results r ON r.id = c.result_id
        WHERE {between('c.registered_on')}
          AND NOT (coalesce(r.requires_reason, :no) = :yes AND c.closed_on IS NOT NULL)
          AND (c.first_talk_on IS NOT NULL OR c.joint_session_on IS NOT NULL
               OR (c.closed_on IS NOT NULL AND c.result_id IS NOT NULL))""", **p)
    assert figures.taken_up == taken
    assert figures.pending == registrations - taken - not_taken

    by_result = dict(sql(filled, f"""
        SELECT r.name, count(*) FROM cases c JOIN case_results r ON r.id = c.result_id
        WHERE {between('c.closed_on')} GROUP BY r.name""", **p))
    assert dict(figures.tables["closed_by_result"].rows) == by_result
    assert figures.closed == sum(by_result.values())
    by_type = dict(sql(filled, f"""
        SELECT t.name, count(*) FROM cases c
        JOIN case_conflict_types l ON l.case_id = c.id AND l.is_main = :yes
        JOIN conflict_types t ON t.id = l.conflict_type_id
        WHERE {between('c.registered_on')} GROUP BY t.name""", **p))
    assert dict(figures.tables["by_conflict_type"].rows) == by_type
    by_kind = dict(sql(filled, f"""
        SELECT coalesce(k.name, '(onbekend)'), count(*) FROM cases c
        LEFT JOIN referrer_kinds k ON k.id = c.referrer_kind_id
        WHERE {between('c.registered_on')} GROUP BY 1""", **p))
    assert dict(figures.tables["by_referrer_kind"].rows) == by_kind
    by_reason = dict(sql(filled, f"""
        SELECT coalesce(x.name, '(onbekend)'), count(*) FROM cases c
        JOIN case_results r ON r.id = c.result_id
        LEFT JOIN closing_reasons x ON x.id = c.closing_reason_id
        WHERE {between('c.registered_on')} AND r.requires_reason = :yes
          AND c.closed_on IS NOT NULL GROUP BY 1""", **p))
    assert dict(figures.tables["not_taken_up_by_reason"].rows) == by_reason
    spans = sql(filled, f"SELECT registered_on, closed_on FROM cases WHERE "
                        f"{between('closed_on')}", **p)
    days = [(date.fromisoformat(str(b)) - date.fromisoformat(str(a))).days for a, b in spans]
    assert figures.median_days_to_closing == statistics.median(days)
    [(incidents,)] = sql(filled, f"SELECT count(*) FROM incidents WHERE "
                                 f"{between('occurred_on')}", **p)
    assert figures.incidents == incidents
    # Each active mediator's cases in the period: the pair on the case then, and the
    # case open at some moment of it (closed cases keep their pair).
    per_mediator = dict(sql(filled, """
        SELECT m.id, count(DISTINCT l.case_id) FROM mediators m
        LEFT JOIN case_mediators l ON l.mediator_id = m.id AND l.assigned_on <= :end
             AND (l.released_on IS NULL OR l.released_on >= :start)
             AND l.case_id IN (SELECT id FROM cases WHERE registered_on <= :end
                               AND (closed_on IS NULL OR closed_on >= :start))
        WHERE m.state = 'active' GROUP BY m.id""", **p))
    spread = {"0": 0, "1": 0, "2": 0, "3+": 0}
    for count in per_mediator.values():
        spread["3+" if count >= 3 else str(count)] += 1
    assert dict(figures.tables["mediators_by_cases"].rows) == spread


def test_a_case_closed_years_ago_is_not_a_mediators_case_now(store):
    """A pair stays on a case when it closes; the case counts for the mediators in
    the periods it was open, not in every later year."""
    from desktop.mediators.planning import assign_pair
    from tests.mediator_helpers import mediator, waiting_case

    case_id = waiting_case(store)
    pair = (mediator(store, "Een", "7411 AA"), mediator(store, "Twee", "7412 AA"))
    assign_pair(store, case_id, None, pair)
    with store.unit() as session:
        session.execute(text("UPDATE cases SET status = 'closed', registered_on = :r, "
                             "closed_on = :c WHERE id = :id"),
                        {"r": date(2021, 1, 4), "c": date(2021, 5, 1), "id": case_id})
        session.execute(text("UPDATE case_mediators SET assigned_on = :a WHERE case_id = :id"),
                        {"a": date(2021, 2, 1), "id": case_id})
    spread = dict(compute(store, Period.year(2021)).tables["mediators_by_cases"].rows)
    assert spread["1"] == 2
    spread = dict(compute(store, Period.year(2026)).tables["mediators_by_cases"].rows)
    assert spread["0"] == 2 and spread["1"] == 0


def test_only_held_talks_count(store):
    from desktop.agenda.outcomes import record_outcome
    from tests.letter_helpers import appointment, case_with_parties

    first, second, planned_only = (case_with_parties(store), case_with_parties(store),
                                   case_with_parties(store))
    talk = appointment(store, first, "talk_a", days=-3, roles=("A",))
    joint = appointment(store, first, "joint_session", days=-1)
    missed = appointment(store, first, "talk_b", days=-2, roles=("B",))
    called_off = appointment(store, first, "talk_b", days=-4, roles=("B",))
    appointment(store, planned_only, "talk_a", days=7, roles=("A",))  # next week
    appointment(store, planned_only, "talk_b", days=-1, roles=("B",))  # how it went: unknown
    with store.unit() as session:  # a talk held before Burenrust: a date, no appointment
        session.execute(text("UPDATE cases SET first_talk_on = :d WHERE id = :i"),
                        {"d": date.today() - timedelta(days=5), "i": second})
    period = Period(date.today() - timedelta(days=30), date.today() + timedelta(days=30))
    before = compute(store, period)
    assert (before.talks, before.joint_sessions) == (1, 0)  # only the noted one
    assert before.taken_up == 1 and before.pending == 2

    record_outcome(store, talk, "held", note="Goed gesprek")
    record_outcome(store, joint, "held")
    record_outcome(store, missed, "no_show", "party_b")
    record_outcome(store, called_off, "cancelled", "party_b")
    after = compute(store, period)
    assert (after.talks, after.joint_sessions) == (2, 1)
    # The case with only a planned talk (and one nobody reported on) is still pending.
    assert after.taken_up == 2 and after.pending == 1


def test_municipality_filter_and_quarters(filled):
    [(municipality,)] = sql(filled, "SELECT municipality FROM cases WHERE municipality != '' "
                                    "GROUP BY municipality ORDER BY count(*) DESC LIMIT 1")
    whole = compute(filled, YEAR)
    one = compute(filled, Period.year(2025, municipality=municipality))
    [(expected,)] = sql(filled, "SELECT count(*) FROM cases WHERE municipality = :m AND "
                                "registered_on BETWEEN '2025-01-01' AND '2025-12-31'",
                        m=municipality)
    assert one.registrations == expected < whole.registrations
    quarters = [compute(filled, Period.quarter(2025, q)).registrations for q in (1, 2, 3, 4)]
    assert sum(quarters) == whole.registrations
    assert Period.quarter(2025, 4).end == date(2025, 12, 31)
    assert Period.quarter(2024, 1).end == date(2024, 3, 31)


def test_small_groups_are_hidden_in_every_export(filled):
    figures = compute(filled, YEAR)
    small = [(label, n) for t in figures.tables.values() for label, n in t.rows if 0 < n < 8]
    assert small, "the demo should have some small groups"
    assert shown(3, 5) == "< 5" and shown(3, 0) == "3" and shown(0, 5) == "0"
    rows = list(csv.reader(io.StringIO(to_csv(figures, threshold=8)), delimiter=";"))
    for label, _n in small:
        assert any(r[1] == label and r[2] == "< 8" for r in rows)
    book = load_workbook(io.BytesIO(to_xlsx(figures, threshold=8)))
    values = [c.value for sheet in book.worksheets for row in sheet.iter_rows() for c in row]
    assert "< 8" in values
    assert book["Kerngetallen"]["B2"].value == figures.registrations


def test_pdf_report_carries_the_same_numbers(filled):
    figures = compute(filled, YEAR)
    pdf = to_pdf(figures, SAMPLE_ORGANISATION, today=TODAY)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        lines = [line for page in document.pages for line in (page.extract_text() or "")
                 .splitlines()]
    for label, value in key_figures(figures):
        assert f"{label} {value}" in lines, label
    for label, count in figures.tables["closed_by_result"].rows:
        assert f"{label} {count}" in lines
    assert any("1 januari 2025 t/m 31 december 2025" in line for line in lines)


def test_no_personal_data_in_the_figures(filled):
    figures = compute(filled, YEAR)
    with filled.read() as session:
        surnames = {n for (n,) in session.execute(text("SELECT last_name FROM persons"))
                    if len(n) > 4}
    report = to_csv(figures)
    assert not [name for name in surnames if f";{name};" in report or name in report.split()]


def test_report_command_writes_each_format(store, data_dir, tmp_path, capsys):
    from desktop.cli import main

    generator.generate(store, cases=200, seed=3, today=datetime.now().date())
    store.close()
    year = str(date.today().year)
    for kind in ("csv", "xlsx", "pdf"):
        out = tmp_path / f"cijfers.{kind}"
        assert main(["report", "--data-dir", str(data_dir), "--year", year, "--format", kind,
                     "--out", str(out), "--threshold", "5"]) == 0
        assert out.stat().st_size > 200
    assert (tmp_path / "cijfers.pdf").read_bytes().startswith(b"%PDF")
    assert "aanmeldingen" in capsys.readouterr().out
