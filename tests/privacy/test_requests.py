"""Residents' requests: the register with its 30-day due dates and Te doen, an
inzage that lists everything about the resident and nothing about the neighbour
that the coordinator has not approved, and erasure of one person."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select, update

from desktop.cases.detail import add_journal_entry
from desktop.cases.registration import AddressInput, PartyInput, register_case
from desktop.cli import main
from desktop.data.errors import RuleViolation
from desktop.privacy import access, requests
from models import AuditEntry, Case, Person
from tests.conftest import sample_case
from tests.letter_helpers import set_up_organisation

BOTH_DATABASES = True


def neighbours(store, closed: bool = True) -> int:
    ref = register_case(store, sample_case(
        store, story="Fam. Buurmans draait 's nachts muziek; Jan de Vries slaapt slecht.",
        parties=[PartyInput("A", "Jan", "de", "Vries", phone="06 12345678",
                            address=AddressInput("8011 AB", "12a", "Dorpstraat", "Zwolle")),
                 PartyInput("B", "Bert", "", "Buurmans",
                            address=AddressInput("8011 AB", "14", "Dorpstraat", "Zwolle"))]))
    add_journal_entry(store, ref.id, "phone_call",
                      "Gebeld met Bert Buurmans: hij wil wel praten met Jan.")
    if closed:
        with store.unit() as session:
            session.execute(update(Case).where(Case.id == ref.id).values(
                status="closed", closed_on=date.today(), result_id=1))
    return ref.id


def test_residents_are_found_by_name_or_postcode(store):
    neighbours(store)
    assert [m.name for m in requests.find_persons(store, "Jansen")] == []  # six letters
    assert {m.name for m in requests.find_persons(store, "8011 ab")} == {
        "Jan de Vries", "Bert Buurmans"}
    assert [m.name for m in requests.find_persons(store, "bert")] == ["Bert Buurmans"]


def jan(store) -> int:
    [match] = requests.find_persons(store, "Jan de Vries")
    return match.id


def test_the_register_and_its_due_dates(store):
    received = date.today() - timedelta(days=25)
    request_id = requests.add_request(store, "access", received, "Jan de Vries")
    [view] = requests.list_requests(store)
    assert view.due_on == received + timedelta(days=30) and view.status == "open"
    assert [r.id for r in requests.due_soon(store)] == [request_id]  # within a week
    requests.close_request(store, request_id, "Inzage per post verstuurd")
    assert requests.due_soon(store) == []
    assert requests.list_requests(store)[0].handled_on == date.today()


def test_an_inzage_lists_everything_and_blacks_out_the_neighbour(store, tmp_path):
    set_up_organisation(store)
    neighbours(store)
    report = access.collect(store, jan(store))
    assert report.name == "Jan de Vries" and len(report.cases) == 1
    assert "Bert Buurmans" in report.other_names and "Buurmans" in report.other_names
    case = report.cases[0]
    assert case.number and case.journal and "Dorpstraat 12A" in case.address
    data = json.loads(access.to_json(report, report.other_names))
    text_of_json = json.dumps(data, ensure_ascii=False)
    assert "Buurmans" not in text_of_json and access.BLACKED in text_of_json
    assert "slaapt slecht" in text_of_json  # their own story stays
    pdf = access.to_pdf(store, report, report.other_names)
    words = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Jan de Vries" in words and "Buurmans" not in words
    # Only what the coordinator approves of other names is shown.
    approved = access.to_json(report, [n for n in report.other_names if n != "Buurmans"])
    assert "Buurmans" in approved and "Bert Buurmans" not in approved


def test_access_request_command(store, data_dir, tmp_path, capsys):
    set_up_organisation(store)
    neighbours(store)
    request_id = requests.add_request(store, "access", date.today(), "Jan de Vries",
                                      person_id=jan(store))
    store.close()
    out = tmp_path / "inzage jan.pdf"
    assert main(["access-request", "--person", "Jan de Vries", "--out", str(out),
                 "--data-dir", str(data_dir)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    data = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert data["inzage"]["name"] == "Jan de Vries"
    assert "Buurmans" not in json.dumps(data)
    assert main(["access-request", "--person", "Jan", "--out", str(out),
                 "--data-dir", str(data_dir)]) == 1  # not exactly one resident: no guess
    from desktop.data.store import Store

    reopened = Store.open(data_dir)
    try:
        [view] = [r for r in requests.list_requests(reopened) if r.id == request_id]
        assert view.status == "done" and "Inzage gemaakt" in view.answer
        with reopened.read() as session:
            events = session.scalars(select(AuditEntry.changes).where(
                AuditEntry.entity == "access_request")).all()
        assert events and "Jan" not in events[0]  # who exported what, no personal data
    finally:
        reopened.close()


def test_erasure_waits_for_open_cases_then_takes_the_name_out(store):
    case_id = neighbours(store, closed=False)
    person = jan(store)
    with pytest.raises(RuleViolation) as refused:
        requests.erase(store, person)
    assert refused.value.code == "person_has_open_case"
    with store.unit() as session:
        session.execute(update(Case).where(Case.id == case_id).values(
            status="closed", closed_on=date.today(), result_id=1))
    requests.add_request(store, "erasure", date.today(), "Jan de Vries", person_id=person)
    assert requests.erase(store, person) == 1
    with store.read() as session:
        row = session.get(Person, person)
        case = session.get(Case, case_id)
        # The register keeps who asked and what was done (accountability); the rest of the
        # trail keeps nothing of them.
        trail = " ".join(session.scalars(select(AuditEntry.changes).where(
            AuditEntry.entity != "resident_requests")))
    assert row.last_name == "Geanonimiseerd" and row.phone == "" and row.anonymised_on
    assert "Jan de Vries" not in case.story and "Buurmans" in case.story  # the other stays
    assert "Vries" not in trail
    assert requests.find_persons(store, "Buurmans")  # the neighbour is still there
    assert requests.list_requests(store)[0].status == "done"
