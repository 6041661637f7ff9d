from datetime import date

import pytest

from desktop.admin import categories
from desktop.cases.detail import (
    CaseUpdate,
    add_journal_entry,
    change_status,
    get_case,
    suggested_next_status,
    update_case,
)
from desktop.cases.registration import register_case
from desktop.data.errors import RuleViolation, StaleData, ValidationFailed
from tests.conftest import sample_case, type_ids

# Run on SQLite and, when a server is given, on PostgreSQL (tests/conftest.py).
BOTH_DATABASES = True


def lookup(store, kind, code):
    return next(item.id for item in categories.list_items(store, kind) if item.code == code)


@pytest.fixture
def case(store):
    return register_case(store, sample_case(store))


def test_status_change_fills_step_date_and_journal(store, case):
    detail = get_case(store, case.id)
    change_status(store, case.id, detail.version, "intake", note="Gebeld")
    detail = get_case(store, case.id)
    assert detail.status == "intake"
    assert detail.intake_on == date.today()
    last = detail.journal[-1]
    assert (last.kind, last.from_status, last.to_status, last.text) == (
        "status_change", "registered", "intake", "Gebeld")


def test_steps_may_be_skipped(store, case):
    change_status(store, case.id, get_case(store, case.id).version, "joint_session")
    detail = get_case(store, case.id)
    # Moving on is not holding the talk: its day comes from a held appointment.
    assert detail.status == "joint_session" and detail.joint_session_on is None
    assert detail.intake_on is None
    change_status(store, case.id, detail.version, "follow_up")
    assert get_case(store, case.id).follow_up_on == date.today()


def test_a_status_change_is_undone_with_its_step_date(store, case):
    from desktop.cases.detail import undo_status_change

    change_status(store, case.id, get_case(store, case.id).version, "intake")  # a mis-click
    assert get_case(store, case.id).intake_on == date.today()
    back = undo_status_change(store, case.id, get_case(store, case.id).version)
    detail = get_case(store, case.id)
    assert back == "registered" == detail.status and detail.intake_on is None
    # Both changes stay in the journal, the second one saying it put a mistake right.
    changes = [(e.from_status, e.to_status, e.text) for e in detail.journal
               if e.kind == "status_change" and e.from_status]
    assert changes == [("registered", "intake", ""), ("intake", "registered",
                                                      "Vergissing hersteld")]
    # An offer made before that (an older version of the case) is refused.
    with pytest.raises(StaleData):
        undo_status_change(store, case.id, get_case(store, case.id).version - 1)


def test_an_earlier_step_date_survives_an_undo(store, case):
    from desktop.cases.detail import undo_status_change

    change_status(store, case.id, get_case(store, case.id).version, "intake", on=date(2026, 1, 5))
    change_status(store, case.id, get_case(store, case.id).version, "talks")
    change_status(store, case.id, get_case(store, case.id).version, "intake")
    undo_status_change(store, case.id, get_case(store, case.id).version)
    detail = get_case(store, case.id)
    assert detail.status == "talks" and detail.intake_on == date(2026, 1, 5)


def test_closing_is_not_undone_with_one_click(store, case):
    from desktop.cases.detail import undo_status_change

    resolved = lookup(store, "case_results", "resolved_mediation")
    change_status(store, case.id, get_case(store, case.id).version, "closed", resolved)
    with pytest.raises(RuleViolation) as refused:
        undo_status_change(store, case.id, get_case(store, case.id).version)
    assert refused.value.code == "undo_closing"
    assert get_case(store, case.id).status == "closed"


def test_closing_needs_a_result(store, case):
    version = get_case(store, case.id).version
    with pytest.raises(RuleViolation) as raised:
        change_status(store, case.id, version, "closed")
    assert raised.value.code == "result_required"
    assert get_case(store, case.id).status == "registered"


def test_no_mediation_needs_a_reason(store, case):
    version = get_case(store, case.id).version
    no_mediation = lookup(store, "case_results", "no_mediation")
    with pytest.raises(RuleViolation) as raised:
        change_status(store, case.id, version, "closed", no_mediation)
    assert raised.value.code == "closing_reason_required"
    moved = lookup(store, "closing_reasons", "moved")
    change_status(store, case.id, version, "closed", no_mediation, moved, "Verhuisd in juni")
    detail = get_case(store, case.id)
    assert (detail.status, detail.result, detail.closing_reason, detail.closed_on) == (
        "closed", "Geen bemiddeling", "Verhuisd", date.today())


def test_reopening_clears_the_result(store, case):
    resolved = lookup(store, "case_results", "resolved_mediation")
    change_status(store, case.id, get_case(store, case.id).version, "closed", resolved)
    change_status(store, case.id, get_case(store, case.id).version, "follow_up")
    detail = get_case(store, case.id)
    assert detail.status == "follow_up" and detail.result == "" and detail.closed_on is None


def test_stale_version_is_refused(store, case):
    old = get_case(store, case.id).version
    change_status(store, case.id, old, "intake")
    with pytest.raises(StaleData):
        change_status(store, case.id, old, "talks")
    with pytest.raises(StaleData):
        update_case(store, case.id, old, CaseUpdate("x", "normal", False, [1], "", ""))
    assert get_case(store, case.id).status == "intake"


def test_update_case_details(store, case):
    detail = get_case(store, case.id)
    pets, garden = type_ids(store, "pets", "garden")
    update_case(store, case.id, detail.version, CaseUpdate(
        "Nieuw verhaal", "urgent", True, [pets, garden], "Diezerpoort", "Zwolle"))
    detail = get_case(store, case.id)
    assert detail.story == "Nieuw verhaal" and detail.urgency == "urgent" and detail.is_complex
    assert detail.conflict_type_ids == [pets, garden]
    assert detail.conflict_types[0] == "Huisdieren"
    with pytest.raises(ValidationFailed):
        update_case(store, case.id, detail.version, CaseUpdate("", "normal", False, [], "", ""))


def test_journal_entries(store, case):
    add_journal_entry(store, case.id, "phone_call", "A gebeld, komt dinsdag langs.")
    add_journal_entry(store, case.id, "note", "x" * 5000)
    journal = get_case(store, case.id).journal
    assert [e.kind for e in journal][-2:] == ["phone_call", "note"]
    assert journal[-1].author == "test-coordinator"
    with pytest.raises(ValidationFailed):
        add_journal_entry(store, case.id, "note", "   ")


def test_recurrences_are_shown_on_the_case(store, case):
    second = register_case(store, sample_case(store))
    hits = get_case(store, second.id).recurrences
    assert {h.case_id for h in hits} == {case.id}
    assert {h.reason for h in hits} == {"address", "person"}
    # The case screen reads the case first and its recurrences apart, in a worker.
    from desktop.cases.detail import case_recurrences

    assert get_case(store, second.id, with_recurrences=False).recurrences == []
    assert case_recurrences(store, second.id) == hits


def test_suggested_next_status():
    assert suggested_next_status("registered") == "intake"
    assert suggested_next_status("follow_up") == "closed"
    assert suggested_next_status("closed") is None
    assert suggested_next_status("on_hold") == "talks"
