"""A mediator's own privacy: inzage lists what is kept about them (never what
happened in the cases), and one who stopped is anonymised with the retention
term, keeping hours, amounts and pairs for the figures and the bookkeeping."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from desktop.cases.detail import get_case
from desktop.data.errors import NotAllowed
from desktop.mediators.planning import assign_pair
from desktop.mediators.register import add_absence, add_training, get_mediator, save_mediator
from desktop.privacy import mediators as mediator_privacy
from desktop.privacy.retention import apply_retention, due_mediators
from desktop.volunteers import expenses
from models import AuditEntry, JournalEntry, Mediator, MediatorExpense
from models.enums import ExpenseActivity, Role
from tests.conftest import sample_case
from tests.mediator_helpers import mediator, waiting_case

BOTH_DATABASES = True


def _volunteer(store):
    one = mediator(store, "Oostveen", first_name="Greet", phone="06 11122233",
                   email="greet@example.nl", vog_issued_on=date(2025, 3, 1))
    two = mediator(store, "Tromp", postcode="7421 AA")
    case_id = waiting_case(store)
    assign_pair(store, case_id, get_case(store, case_id).version, (one, two))
    add_absence(store, one, date(2026, 7, 1), date(2026, 7, 21), "vakantie Kreta")
    add_training(store, one, "course", date(2026, 2, 2), "Gespreksvaardigheden", 120)
    expenses.save_expense(store, one, None, expenses.ExpenseInput(
        date(2026, 11, 4), ExpenseActivity.OTHER, minutes=60, other_cents=450,
        other_text="parkeren Oostveenstraat", note="bel Greet terug"))
    return one, case_id


def test_inzage_for_a_mediator_lists_their_data_not_the_cases_story(store):
    one, case_id = _volunteer(store)
    report = mediator_privacy.collect(store, one)
    data = json.loads(mediator_privacy.to_json(report))
    assert data["details"]["naam"] == "Greet Oostveen"
    assert data["details"]["VOG afgegeven"] == "01-03-2025"
    assert any("vakantie Kreta" in line for line in data["absences"])
    assert any("Gespreksvaardigheden" in line for line in data["trainings"])
    assert data["cases"][0].startswith(get_case(store, case_id).number)
    assert sample_case(store).story not in json.dumps(data, ensure_ascii=False)
    assert mediator_privacy.to_pdf(store, report).startswith(b"%PDF")
    store.role = Role.STAFF
    with pytest.raises(NotAllowed):
        mediator_privacy.collect(store, one)


def test_a_mediator_who_stopped_is_anonymised_after_the_term(store):
    one, _case_id = _volunteer(store)
    values = get_mediator(store, one).values
    values.state = "stopped"
    save_mediator(store, one, values)
    today = date.today()
    assert due_mediators(store, today) == []  # stopped today: the term starts now
    later = today + timedelta(days=25 * 31)
    assert [name for _i, name in due_mediators(store, later)] == ["Greet Oostveen"]
    result = apply_retention(store, today=later)
    assert result.mediators == 1
    with store.read() as session:
        m = session.get(Mediator, one)
        assert (m.last_name, m.first_name, m.phone, m.email, m.address_id,
                m.vog_issued_on, m.anonymised_on) == ("Geanonimiseerd", "", "", "", None,
                                                      None, later)
        line = session.scalar(select(MediatorExpense).where(MediatorExpense.mediator_id == one))
        assert (line.minutes, line.other_cents, line.other_text, line.note) == (60, 450, "", "")
        trail = " ".join(session.scalars(select(AuditEntry.changes)))
        journals = " ".join(session.scalars(select(JournalEntry.text)))
    for text in ("Oostveen", "greet@example.nl", "06 11122233", "Kreta", "bel Greet"):
        assert text not in trail and text not in journals
    assert "Sam Tromp" in journals  # the other mediator of the pair stays named
    assert due_mediators(store, later) == []
    assert apply_retention(store, today=later).mediators == 0
