"""Volunteer care at the services: the VOG rule in pairing, the reminders (VOG,
training, intervisie, inactivity with leave), intervisie attendance, expenses
with the tax-free limits, and the amounts as volunteers type them."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from desktop.cases.detail import get_case
from desktop.data.errors import NotAllowed, RuleViolation, ValidationFailed
from desktop.mediators.planning import expired_vog_names, suggest_for_case
from desktop.mediators.register import (
    add_absence,
    add_training,
    get_mediator,
    save_mediator,
)
from desktop.volunteers import care_settings, expenses, meetings
from desktop.volunteers.amounts import parse_duration, parse_km, parse_money
from desktop.volunteers.due import mediators_due
from desktop.volunteers.vog import VogState, valid_until, vog_state
from models.enums import ExpenseActivity, Role
from tests.mediator_helpers import mediator, waiting_case

BOTH_DATABASES = True
TODAY = date.today()


def _set(store, mediator_id: int, **changes) -> None:
    values = get_mediator(store, mediator_id).values
    for name, value in changes.items():
        setattr(values, name, value)
    save_mediator(store, mediator_id, values)


def test_vog_term_and_warning_period():
    issued = date(2023, 12, 20)
    assert valid_until(issued, 3) == date(2026, 12, 19)
    assert vog_state(issued, 3, 6, date(2026, 12, 7)) == VogState.EXPIRING
    assert vog_state(issued, 3, 1, date(2026, 12, 7)) == VogState.VALID
    assert vog_state(issued, 3, 6, date(2026, 12, 20)) == VogState.EXPIRED
    assert vog_state(issued, 1, 6, date(2025, 1, 1)) == VogState.EXPIRED  # a yearly office
    assert vog_state(None, 3, 6, date(2026, 12, 7)) == VogState.MISSING
    assert valid_until(date(2024, 2, 29), 1) == date(2025, 2, 27)


def test_an_expired_vog_keeps_a_mediator_out_of_every_pair_with_the_reason(store):
    old = TODAY.replace(year=TODAY.year - 4)
    ids = [mediator(store, name, postcode=f"74{n}1 AA", vog_issued_on=TODAY - timedelta(days=30))
           for n, name in enumerate(["Aksoy", "Bakker", "Claes"])]
    case_id = waiting_case(store)
    assert {s.first for s in suggest_for_case(store, case_id)} | {
        s.second for s in suggest_for_case(store, case_id)} == set(ids)
    _set(store, ids[0], vog_issued_on=old)
    pairs = suggest_for_case(store, case_id)
    assert pairs and all(ids[0] not in s.pair for s in pairs)
    assert expired_vog_names(store) == ["Sam Aksoy"]
    # A new VOG brings them back at once (the cached profiles are read again).
    _set(store, ids[0], vog_issued_on=TODAY)
    assert any(ids[0] in s.pair for s in suggest_for_case(store, case_id))
    assert expired_vog_names(store) == []
    assert get_case(store, case_id)  # nothing about the case changed


def test_a_mediator_without_a_vog_date_is_proposed_with_the_caveat(store):
    first = mediator(store, "Aksoy", postcode="7411 AA")
    mediator(store, "Bakker", postcode="7421 AA", vog_issued_on=TODAY)
    [pair] = suggest_for_case(store, waiting_case(store))
    assert first in pair.pair
    assert [r.detail for r in pair.reasons if r.code == "vog_unknown"] == ["Sam Aksoy"]


def test_a_vog_dated_in_the_future_is_refused(store):
    with pytest.raises(ValidationFailed) as failed:
        mediator(store, "Aksoy", vog_issued_on=TODAY + timedelta(days=1))
    assert failed.value.errors[0].field == "M.vog_issued_on"


def test_reminders_name_vog_training_intervisie_and_inactivity(store):
    care_settings.save_settings(store, care_settings.CareSettings(
        vog_term_years=3, vog_warn_weeks=6, refreshers_per_year=1, missed_meetings=2,
        inactive_weeks=5))
    long_ago = TODAY - timedelta(days=400)
    fine = mediator(store, "Goed", vog_issued_on=TODAY - timedelta(days=10),
                    started_on=long_ago, basic_training_on=long_ago)
    add_training(store, fine, "course", TODAY - timedelta(days=30), "Verdieping", 180)
    expiring = mediator(store, "Bijna", vog_issued_on=TODAY.replace(year=TODAY.year - 3)
                        + timedelta(days=20), started_on=TODAY - timedelta(days=20),
                        basic_training_on=TODAY - timedelta(days=20))
    expired = mediator(store, "Verlopen", vog_issued_on=TODAY.replace(year=TODAY.year - 5),
                       started_on=TODAY - timedelta(days=20),
                       basic_training_on=TODAY - timedelta(days=20))
    on_leave = mediator(store, "Verlof", vog_issued_on=TODAY, started_on=long_ago,
                        basic_training_on=TODAY - timedelta(days=20))
    add_absence(store, on_leave, TODAY - timedelta(days=60), TODAY + timedelta(days=10))
    paused = mediator(store, "Pauze", state="paused", started_on=long_ago)
    no_course = mediator(store, "Cursus", vog_issued_on=TODAY, started_on=long_ago,
                         basic_training_on=long_ago)
    # Fine has intervisie: missed the last two meetings.
    for weeks in (12, 6):
        when = datetime.combine(TODAY - timedelta(weeks=weeks), datetime.min.time()) \
            .replace(hour=19)
        meeting_id = meetings.save_meeting(store, None, meetings.MeetingInput(
            when, when + timedelta(hours=2), frozenset({fine, expiring})))
        meetings.record_attendance(store, meeting_id, {fine: False, expiring: True})
    due = {(r.mediator_id, r.kind): r for r in mediators_due(store)}
    assert due[(expiring, "vog")].detail == "expiring"
    assert due[(expired, "vog")].detail == "expired"
    assert due[(expired, "vog")].due_on < TODAY
    assert (fine, "vog") not in due and (fine, "training") not in due
    assert due[(fine, "intervisie")].detail == "2"
    assert due[(fine, "inactive")].detail == str(400 // 7)  # never had a case since the start
    assert (expiring, "inactive") not in due  # started 20 days ago: not yet 5 weeks
    assert (on_leave, "inactive") not in due  # on leave today
    assert (on_leave, "training") not in due  # basic training 20 days ago: not yet due
    assert (due[(fine, "inactive")].kind, due.get((expired, "training"))) == ("inactive", None)
    assert not [r for r in due.values() if r.mediator_id == paused]
    training = due[(no_course, "training")]
    assert (training.detail, training.due_on) == ("0/1", long_ago.replace(year=long_ago.year + 1))
    # Attending the next meeting ends the streak.
    when = datetime.combine(TODAY - timedelta(days=1), datetime.min.time()).replace(hour=19)
    meeting_id = meetings.save_meeting(store, None, meetings.MeetingInput(
        when, when + timedelta(hours=2), frozenset({fine})))
    assert [m.id for m in meetings.attendance_to_record_for(store)] == [meeting_id]
    meetings.record_attendance(store, meeting_id, {fine: True})
    assert (fine, "intervisie") not in {(r.mediator_id, r.kind) for r in mediators_due(store)}


def test_leave_days_do_not_count_as_weeks_without_a_case(store):
    care_settings.save_settings(store, care_settings.CareSettings(inactive_weeks=5))
    started = TODAY - timedelta(weeks=6)
    back = mediator(store, "Terug", vog_issued_on=TODAY, started_on=started)
    add_absence(store, back, started, started + timedelta(weeks=3))
    assert "inactive" not in {r.kind for r in mediators_due(store) if r.mediator_id == back}
    gone = mediator(store, "Weg", vog_issued_on=TODAY, started_on=started)
    assert "inactive" in {r.kind for r in mediators_due(store) if r.mediator_id == gone}


def test_attendance_is_recorded_only_after_the_meeting(store):
    one = mediator(store, "Aksoy")
    later = datetime.now() + timedelta(days=3)
    meeting_id = meetings.save_meeting(store, None, meetings.MeetingInput(
        later, later + timedelta(hours=2), frozenset({one})))
    with pytest.raises(RuleViolation):
        meetings.record_attendance(store, meeting_id, {one: True})
    with pytest.raises(ValidationFailed) as failed:
        meetings.save_meeting(store, None, meetings.MeetingInput(
            later, later - timedelta(hours=1), frozenset()))
    assert {e.code for e in failed.value.errors} == {"end_before_start", "mediators_required"}


@pytest.mark.parametrize(("text", "cents"), [
    ("12,50", 1250), ("€ 12,50", 1250), ("12.50", 1250), ("1.234,56", 123456), ("3,-", 300),
    ("€3", 300), ("", 0), ("12 euro", 1200), ("abc", None), ("-5", None), ("1,2,3", None)])
def test_money_as_typed(text, cents):
    assert parse_money(text) == cents


def test_distances_and_durations_as_typed():
    assert [parse_km(t) for t in ("12,5", "12.5 km", "7", "", "x", "-1")] == \
        [125, 125, 70, 0, None, None]
    assert [parse_duration(t) for t in ("1:30", "1u30", "1,5", "1,5 uur", "90 min", "2",
                                        "1:75", "abc")] == [90, 90, 90, 90, 90, 120, None, None]


def test_expenses_use_the_rate_of_their_day_and_warn_at_the_limits(store):
    one = mediator(store, "Aksoy")
    case_number = get_case(store, waiting_case(store)).number
    day = TODAY.replace(day=1)
    line = expenses.ExpenseInput(day, ExpenseActivity.CASE, case_number.lower(), minutes=90,
                                 km_tenths=125, allowance_cents=15_000)
    first = expenses.save_expense(store, one, None, line)
    care_settings.save_settings(store, care_settings.CareSettings(km_rate_cents=30))
    [saved] = expenses.list_expenses(store, one, day.year)
    assert (saved.id, saved.case_number, saved.km_cents) == (first, case_number, 288)  # 12,5 × 23
    limit = care_settings.get_limit(store, day.year)
    warnings = expenses.check_limits(store, one, expenses.ExpenseInput(
        day, ExpenseActivity.OTHER, allowance_cents=limit.month_cents - 15_000 + 1))
    assert [(w.code, w.paid_cents) for w in warnings] == [("month_limit", limit.month_cents + 1)]
    # The same line edited is not counted twice.
    assert expenses.check_limits(store, one, line, first) == []
    care_settings.set_limit(store, day.year, 20_000, 20_000)
    assert {w.code for w in expenses.check_limits(store, one, expenses.ExpenseInput(
        day, ExpenseActivity.OTHER, allowance_cents=6_000))} == {"month_limit", "year_limit"}


def test_expense_input_is_checked_with_reasons(store):
    one = mediator(store, "Aksoy")
    with pytest.raises(ValidationFailed) as failed:
        expenses.save_expense(store, one, None, expenses.ExpenseInput(
            TODAY + timedelta(days=2), ExpenseActivity.CASE, "", other_cents=500))
    assert {e.code for e in failed.value.errors} == {
        "date_in_future", "case_number_required", "other_text_required"}
    with pytest.raises(ValidationFailed) as failed:
        expenses.save_expense(store, one, None, expenses.ExpenseInput(
            TODAY, ExpenseActivity.CASE, "2099-999", minutes=30))
    assert failed.value.errors[0].code == "case_not_found"
    with pytest.raises(ValidationFailed) as failed:
        expenses.save_expense(store, one, None, expenses.ExpenseInput(TODAY, "office"))
    assert failed.value.errors[0].code == "expense_empty"


def test_allowance_limits_default_to_the_legal_figures_and_can_be_set(store):
    assert care_settings.get_limit(store, 2025).month_cents == 21_000
    later = care_settings.get_limit(store, 2031)
    assert (later.source, later.source_year) == ("carried", 2025)
    with pytest.raises(ValidationFailed):
        care_settings.set_limit(store, 2026, 30_000, 20_000)
    care_settings.set_limit(store, 2026, 22_000, 220_000)
    assert care_settings.get_limit(store, 2026).source == "office"


def test_only_a_coordinator_changes_the_care_rules(store):
    store.role = Role.STAFF
    with pytest.raises(NotAllowed):
        care_settings.save_settings(store, care_settings.CareSettings())
    with pytest.raises(ValidationFailed):
        store.role = Role.COORDINATOR
        care_settings.save_settings(store, care_settings.CareSettings(vog_term_years=0))
