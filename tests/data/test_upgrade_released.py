"""Upgrading a database made by the first released schema (0003) keeps every
row and relation, and the upgraded data works with today's features."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from desktop.cases.queries import CaseFilter, fetch_rows
from desktop.data.encryption.cipher import open_file
from desktop.data.store import Store

FIXTURE = Path(__file__).parent / "fixtures" / "burenrust-0003.sql"


def _counts(path: Path) -> dict[str, int]:
    con = open_file(path, "rw")
    try:
        names = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'case_search_%' AND name != 'alembic_version'")]
        return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        con.close()


def test_released_database_upgrades_with_every_row(data_dir):
    from desktop.cases.detail import get_case
    from desktop.data.config import DATABASE_FILE
    from desktop.documents.letters import service
    from migrations import HEAD_REVISION
    from tests.letter_helpers import set_up_organisation

    db = data_dir / DATABASE_FILE
    con = sqlite3.connect(db)
    con.executescript(FIXTURE.read_text(encoding="utf-8"))
    relations_before = con.execute(
        "SELECT c.number, p.last_name, a.postcode, cp.role FROM case_parties cp "
        "JOIN cases c ON c.id = cp.case_id JOIN persons p ON p.id = cp.person_id "
        "LEFT JOIN addresses a ON a.id = cp.address_id ORDER BY c.number, cp.role").fetchall()
    con.close()
    before = _counts(db)
    assert before["cases"] == 63 and before["appointments"] == 3

    store = Store.open(data_dir)
    try:
        after = _counts(db)
        assert {k: after[k] for k in before if k != "audit_log"} == {
            k: v for k, v in before.items() if k != "audit_log"}
        assert after["audit_log"] >= before["audit_log"]
        assert after["case_documents"] == 0 and after["organisation"] == 0
        con = open_file(db, "rw")
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            HEAD_REVISION)
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        relations_after = con.execute(
            "SELECT c.number, p.last_name, a.postcode, cp.role FROM case_parties cp "
            "JOIN cases c ON c.id = cp.case_id JOIN persons p ON p.id = cp.person_id "
            "LEFT JOIN addresses a ON a.id = cp.address_id ORDER BY c.number, cp.role"
        ).fetchall()
        assert relations_after == relations_before
        # Appointments already past were kept only when they took place (cancelling
        # deleted them before 0008): they count as held; those ahead have no outcome yet.
        upgraded_at = datetime.now()
        for starts_at, outcome in con.execute("SELECT starts_at, outcome FROM appointments"):
            past = datetime.fromisoformat(starts_at) < upgraded_at
            assert outcome == ("held" if past else None)
        con.close()

        # The old data works with what came after: search, the case screen, a letter.
        [row] = fetch_rows(store, CaseFilter(text="nguy"))
        case_id = row.id
        case = get_case(store, case_id)
        assert case.parties[0].name == "Thi Lan Nguyễn"
        set_up_organisation(store)
        options = service.letter_options(store, case_id)
        [appointment] = options.appointments
        [party_a] = [r for r in options.recipients if r.role == "A"]
        service.make_letter(store, service.LetterRequest(
            case_id, "invitation_a", "person", party_a.id, appointment.id))
    finally:
        store.close()
