"""The retention term: closed files past it are anonymised in one step, the yearly
figures stay exactly the same, and nothing removed can be found in the database
file's raw bytes (SQLite) or in any row (PostgreSQL)."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select, text, update

from desktop.cases.queries import CaseFilter, fetch_rows
from desktop.cases.registration import AddressInput, PartyInput, register_case
from desktop.cli import main
from desktop.data import drafts
from desktop.data.encryption import sealed_files
from desktop.data.encryption.cipher import database_key, files_key
from desktop.demo import generator
from desktop.figures.counting import Period, compute
from desktop.privacy import retention
from models import AuditEntry, Case, CaseParty, JournalEntry, Mediator, PartnerContact, Person
from tests.conftest import sample_case

BOTH_DATABASES = True


def _secrets(store, case_ids: set[int]) -> list[str]:
    """Unique words in the due cases' texts, to look for afterwards."""
    marks = []
    with store.unit() as session:
        for case_id in case_ids:
            story, note = f"VERHAALGEHEIM{case_id}X", f"JOURNAALGEHEIM{case_id}X"
            session.execute(update(Case).where(Case.id == case_id).values(story=story))
            session.add(JournalEntry(case_id=case_id, kind="note", text=note, author="t",
                                     occurred_at=date(2020, 1, 1)))
            marks += [story, note]
    return marks


PAGE = 4096
RESERVE = 80  # SQLCipher 4: a 16-byte IV and a 64-byte HMAC at the end of every page


def _decrypt_page(page: bytes, number: int, key: bytes) -> bytes:
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    start = 16 if number == 1 else 0  # page 1 begins with the file's salt
    iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start:PAGE - RESERVE]) + decryptor.finalize()


def _decrypted(path, key: bytes, wal: bool = False) -> bytes:
    """Every page of an encrypted database (or WAL) file, decrypted, free pages too."""
    data = path.read_bytes()
    if not wal:
        return b"".join(_decrypt_page(data[i:i + PAGE], i // PAGE + 1, key)
                        for i in range(0, len(data) - PAGE + 1, PAGE))
    pages, offset = [], 32  # the WAL header, then frames of a 24-byte header and a page
    while offset + 24 + PAGE <= len(data):
        number = int.from_bytes(data[offset:offset + 4], "big")
        pages.append(_decrypt_page(data[offset + 24:offset + 24 + PAGE], number, key))
        offset += 24 + PAGE
    return b"".join(pages)


@pytest.fixture
def old_office(store):
    """Demo data over several years, with a resident in an old and in an open case."""
    generator.generate(store, cases=300, seed=5)
    old = register_case(store, sample_case(store, registered_on=date(2020, 3, 1), parties=[
        PartyInput("A", "Gerrit", "", "Oudenhoven", phone="06 11223344",
                   address=AddressInput("8011 AB", "40", "Oudestraat", "Zwolle")),
        PartyInput("B", "Truus", "", "Vergetenberg",
                   address=AddressInput("8011 AB", "42", "Oudestraat", "Zwolle"))]))
    with store.unit() as session:
        session.execute(update(Case).where(Case.id == old.id).values(
            status="closed", closed_on=date(2020, 6, 1), result_id=1))
    register_case(store, sample_case(store, parties=[  # Gerrit is back: an open case
        PartyInput("A", "Gerrit", "", "Oudenhoven", phone="06 11223344",
                   address=AddressInput("8011 AB", "40", "Oudestraat", "Zwolle"))]))
    return old.id


def test_due_cases_are_anonymised_and_the_figures_stay(store, old_office, data_dir,
                                                       database):
    due = {case.id for case in retention.due_cases(store)}
    assert old_office in due and len(due) > 50
    marks = _secrets(store, due)
    years = range(date.today().year - 7, date.today().year + 1)
    before = {y: compute(store, Period.year(y)) for y in years}
    with store.read() as session:
        vanished = set(session.scalars(select(Person.last_name).join(CaseParty).where(
            CaseParty.case_id.in_(due))))
        kept = set(session.scalars(select(Person.last_name).join(CaseParty).where(
            CaseParty.case_id.not_in(due))))
        # A surname that a kept case, a mediator or a partner also has stays, rightly.
        kept |= set(session.scalars(select(Mediator.last_name)))
        kept |= {n.split()[-1] for n in session.scalars(select(PartnerContact.name))}
    vanished -= kept | {"Oudenhoven"}
    assert "Vergetenberg" in vanished

    result = retention.apply_retention(store, "Bewaartermijn verstreken (test)")

    assert result.cases == len(due)
    assert retention.due_cases(store) == []
    assert {y: compute(store, Period.year(y)) for y in years} == before
    # Gerrit's open case keeps him; the old case has a nameless stand-in.
    [open_case] = fetch_rows(store, CaseFilter(text="oudenhoven"))
    assert open_case.id != old_office
    assert fetch_rows(store, CaseFilter(text="vergetenberg")) == []
    with store.read() as session:
        names = set(session.scalars(select(Person.last_name).join(CaseParty).where(
            CaseParty.case_id == old_office)))
        assert names == {"Geanonimiseerd"}
        case = session.get(Case, old_office)
        assert case.anonymised_on == date.today() and case.result_id == 1
        audit = [json.loads(c) for c in session.scalars(select(AuditEntry.changes))]
    text_of_audit = json.dumps(audit, ensure_ascii=False)
    assert "Vergetenberg" not in text_of_audit and "Oudestraat 42" not in text_of_audit
    assert all(mark not in text_of_audit for mark in marks)
    # Nothing removed lingers: in the SQLite file's bytes, or in any PostgreSQL row.
    if database == "sqlite":
        # Decrypted page by page (free pages too): what anyone holding the key could read.
        key = database_key(data_dir)
        raw = _decrypted(data_dir / "burenrust.sqlite", key)
        wal = data_dir / "burenrust.sqlite-wal"
        raw += _decrypted(wal, key, wal=True) if wal.exists() else b""
        # A word the kept data still holds (a language "Engels", a street "Pol…") is
        # rightly there; every other removed name and text must be gone from the bytes.
        live = _live_text(store).lower()
        words = [w for w in vanished if w.lower() not in live] + marks
        assert "Vergetenberg" in words
        assert [w for w in words if w.encode("utf-8") in raw] == []
    else:  # PostgreSQL: the rows themselves are gone
        with store.engine.connect() as connection:
            # A person also named in an incident that is kept stays, rightly (the
            # incident still needs them); every other removed surname is gone.
            surnames = set(connection.scalars(text(
                "SELECT last_name FROM persons p WHERE NOT EXISTS (SELECT 1 FROM "
                "incident_persons ip JOIN incidents i ON i.id = ip.incident_id "
                "WHERE ip.person_id = p.id AND i.anonymised_on IS NULL)")))
            dump = " ".join(str(row) for table in ("cases", "journal_entries", "audit_log",
                                                    "case_search")
                            for row in connection.execute(text(f"SELECT * FROM {table}")))
        assert not vanished & surnames
        assert [w for w in marks if w in dump] == []
        assert "vergetenberg" not in dump.lower()


def _live_text(store) -> str:
    """Every text value the database still holds, through SQL (not its bytes)."""
    parts = []
    with store.engine.connect() as connection:
        tables = [r[0] for r in connection.execute(text(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'case_search%'"))]
        for table in tables:
            for row in connection.execute(text(f'SELECT * FROM "{table}"')):
                parts += [str(v) for v in row if isinstance(v, str)]
    return " ".join(parts)


def test_a_term_of_the_organisations_choosing_and_its_words(store, old_office):
    assert len(retention.due_cases(store, months=120)) == 0
    retention.save_settings(store, 60, "Wij bewaren dossiers vijf jaar.")
    settings = retention.get_settings(store)
    assert (settings.months, settings.text) == (60, "Wij bewaren dossiers vijf jaar.")
    retention.save_settings(store, 24, "")
    assert "24 maanden" in retention.get_settings(store).text
    assert "13 maanden" in retention.get_settings(store).text  # the backups' real age
    with pytest.raises(Exception):  # noqa: B017 - a ValidationFailed with its field
        retention.save_settings(store, 2)
    import io

    from pypdf import PdfReader

    pdf = retention.statement_pdf(store)
    assert "24 maanden" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()


def test_loose_incidents_and_deleted_records_leave_the_audit_trail(store, database):
    from desktop.signals import incidents
    from desktop.signals.incidents import IncidentInput
    from tests.partner_helpers import kind_id

    old = incidents.save_incident(store, None, IncidentInput(
        date.today() - timedelta(days=900), kind_id(store, "graffiti"), street="Oudestraat",
        persons=["Kees Krabbelaar"], description="Krabbelaar spoot een tag"))
    gone = incidents.save_incident(store, None, IncidentInput(
        date.today() - timedelta(days=10), kind_id(store, "graffiti"), street="Nieuwstraat",
        description="Verwijderde omschrijving Wegwezer"))
    incidents.delete_incident(store, gone)
    with store.unit() as session:  # the deletion happened long ago
        session.execute(update(AuditEntry).values(at=AuditEntry.at - timedelta(days=900)))
    retention.apply_retention(store)
    with store.read() as session:
        trail = " ".join(session.scalars(select(AuditEntry.changes)))
    assert "Krabbelaar" not in trail and "Wegwezer" not in trail
    [row] = incidents.list_incidents(store)
    assert row.id == old


def test_old_drafts_go_too(store, data_dir):
    drafts.save_draft(data_dir, "oud", {"name": "Concept Vergeten"})
    path = data_dir / drafts.DRAFT_DIR / "oud.json"
    key = files_key(data_dir)
    payload = json.loads(sealed_files.read_sealed(path, key))
    payload["saved_at"] = "2020-01-01T10:00:00"
    sealed_files.write_sealed(path, json.dumps(payload).encode(), key)
    drafts.save_draft(data_dir, "vers", {"name": "Concept Vandaag"})
    assert retention.apply_retention(store).drafts == 1
    assert [d.id for d in drafts.list_drafts(data_dir)] == ["vers"]


def test_command_line_lists_then_applies(store, old_office, data_dir, capsys, database):
    store.close()
    assert main(["retention", "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert "zaken zijn aan de beurt" in out and "Niets veranderd" in out
    assert main(["retention", "--apply", "--data-dir", str(data_dir)]) == 0
    assert "Geanonimiseerd:" in capsys.readouterr().out
    assert main(["retention", "--data-dir", str(data_dir)]) == 0
    assert " 0 zaken zijn aan de beurt" in capsys.readouterr().out


def test_the_count_for_te_doen_matches_the_list(store):
    from desktop.demo import generator
    from desktop.privacy.retention import count_due, due_cases

    generator.generate(store, cases=60, seed=3, today=date(2026, 11, 25))
    later = date(2036, 1, 1)
    assert count_due(store, later) == len(due_cases(store, later)) > 0
