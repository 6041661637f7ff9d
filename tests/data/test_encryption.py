"""The data folder at rest: a copy of it (a stolen laptop, a USB stick) shows no
resident without the key; with the recovery code it opens on another PC; a plain
file from before 0.4 is encrypted on the first start, losing nothing, and a crash
halfway leaves it usable."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.cases.queries import CaseFilter, fetch_rows
from desktop.data import drafts
from desktop.data.backup import list_backups
from desktop.data.backup_key import backup_key, recovery_code
from desktop.data.config import DATABASE_FILE
from desktop.data.encryption import cipher, sealed_files
from desktop.data.encryption.unlock import use_recovery_code
from desktop.data.errors import RuleViolation
from desktop.data.integrity import check_database
from desktop.data.migrate import SAFETY_COPY_DIR
from desktop.data.store import Store
from desktop.demo.generator import generate
from models import Address, Person

FIXTURE = Path(__file__).parent / "fixtures" / "burenrust-0003.sql"


def _words_to_look_for(store: Store) -> set[bytes]:
    """Surnames and street names long enough that random bytes never spell them."""
    with store.read() as session:
        names = set(session.scalars(select(Person.last_name)))
        streets = set(session.scalars(select(Address.street)))
    return {w.encode() for w in names | streets if len(w.encode()) >= 7}


def _files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def _leaks(folder: Path, words: set[bytes]) -> list[tuple[str, str]]:
    found = []
    for path in _files(folder):
        data = path.read_bytes()
        found += [(path.name, w.decode()) for w in words if w in data]
        lowered = data.lower()
        found += [(path.name, w.decode()) for w in words if w.lower() in lowered
                  and (path.name, w.decode()) not in found]
    return found


def _forget_this_pc(memory_keyring) -> None:
    """Another PC: its keyring has never seen this data folder's key."""
    memory_keyring.secrets.clear()
    cipher.forget_keys()


@pytest.fixture
def demo_folder(data_dir):
    store = Store.open(data_dir, user="test-coordinator")
    generate(store, cases=120, seed=11)
    drafts.save_draft(data_dir, drafts.new_draft_id(), {"A.last_name": "Zwanenburg-Oostveen"})
    from desktop.documents.case_documents import NewDocument, add_document

    case_id = fetch_rows(store, CaseFilter(), limit=1)[0].id
    add_document(store, case_id, NewDocument(b"Verslag over Zwanenburg-Oostveen", "verslag.txt",
                                             "Verslag"))
    from desktop.data.backup import create_backup

    create_backup(data_dir, data_dir / "backups")
    words = _words_to_look_for(store) | {b"Zwanenburg-Oostveen"}
    store.close()
    return data_dir, words


def test_a_copied_data_folder_shows_no_resident_without_the_key(demo_folder, tmp_path,
                                                                memory_keyring):
    data_dir, words = demo_folder
    assert len(words) > 50
    stick = tmp_path / "usb-stick" / "Burenrust kopie"
    shutil.copytree(data_dir, stick)
    assert _leaks(stick, words) == []
    # The standard sqlite3 module sees no table: not even the file's format.
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(stick / DATABASE_FILE).execute("SELECT name FROM sqlite_master").fetchall()
    for wal in stick.glob(f"{DATABASE_FILE}-*"):
        assert not any(w in wal.read_bytes() for w in words)
    # On another PC, without the code, nothing opens; no new key is made over it.
    _forget_this_pc(memory_keyring)
    with pytest.raises(cipher.DatabaseKeyMissing):
        Store.open(stick)
    with pytest.raises(cipher.DatabaseKeyMissing):
        backup_key(stick)
    assert check_database(stick / DATABASE_FILE) == [check_database(stick / DATABASE_FILE)[0]]
    assert check_database(stick / DATABASE_FILE)[0].code == "key_missing"


def test_with_the_recovery_code_another_pc_opens_everything(demo_folder, tmp_path,
                                                            memory_keyring):
    data_dir, _words = demo_folder
    code = recovery_code(backup_key(data_dir))
    store = Store.open(data_dir)
    cases_here = len(fetch_rows(store, CaseFilter(), limit=10_000))
    store.close()
    other_pc = tmp_path / "andere pc é" / "data"
    shutil.copytree(data_dir, other_pc)
    _forget_this_pc(memory_keyring)
    stranger = recovery_code(bytes(32))  # a valid code, of some other organisation
    with pytest.raises(RuleViolation, match="recovery_code_not_this_file"):
        use_recovery_code(other_pc, stranger)
    with pytest.raises(cipher.DatabaseKeyMissing):
        Store.open(other_pc)  # nothing was kept for the wrong code
    use_recovery_code(other_pc, code.lower())
    store = Store.open(other_pc)
    try:
        assert len(fetch_rows(store, CaseFilter(), limit=10_000)) == cases_here
        assert [d.state for d in drafts.list_drafts(other_pc)] == [
            {"A.last_name": "Zwanenburg-Oostveen"}]
    finally:
        store.close()
    assert check_database(other_pc / DATABASE_FILE) == []


def test_the_cli_takes_the_recovery_code(demo_folder, tmp_path, memory_keyring, capsys):
    from desktop.cli import main

    data_dir, _words = demo_folder
    code = recovery_code(backup_key(data_dir))
    _forget_this_pc(memory_keyring)
    assert main(["plan", "--data-dir", str(data_dir)]) == 1
    assert "herstelcode" in capsys.readouterr().err
    assert main(["recovery-code", "--data-dir", str(data_dir), "--use", "AAAA-BBBB"]) == 1
    assert main(["recovery-code", "--data-dir", str(data_dir), "--use", code]) == 0
    assert main(["plan", "--data-dir", str(data_dir)]) == 0


def _released_plain_folder(data_dir: Path) -> Path:
    """A data folder as the released versions left it: a plain SQLite file, plain
    documents and drafts, a plain safety copy."""
    db = data_dir / DATABASE_FILE
    con = sqlite3.connect(db)
    con.executescript(FIXTURE.read_text(encoding="utf-8"))
    con.execute("PRAGMA journal_mode=WAL")
    con.close()
    (data_dir / SAFETY_COPY_DIR).mkdir()
    shutil.copyfile(db, data_dir / SAFETY_COPY_DIR / "burenrust-20260101-before-0003.sqlite")
    documents = data_dir / "documents" / "2025-0001"
    documents.mkdir(parents=True)
    (documents / "abc-brief.txt").write_bytes(b"Beste familie Nguyen")
    (data_dir / "drafts").mkdir()
    (data_dir / "drafts" / "d1.json").write_text(
        '{"saved_at": "2026-01-01T10:00:00", "state": {"A.last_name": "Nguyen"}}',
        encoding="utf-8")
    return db


def _plain_counts(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    try:
        return cipher.table_counts(con)  # type: ignore[arg-type]
    finally:
        con.close()


def test_a_plain_file_from_a_released_version_is_encrypted_on_first_start(data_dir):
    db = _released_plain_folder(data_dir)
    before = _plain_counts(db)
    assert cipher.is_plain(db) and b"Nguy" in db.read_bytes()
    store = Store.open(data_dir)
    try:
        assert not cipher.is_plain(db)
        assert [r.id for r in fetch_rows(store, CaseFilter(text="nguy"))]
    finally:
        store.close()
    con = cipher.open_file(db)
    after = cipher.table_counts(con)
    con.close()
    assert {t: after[t] for t in before if t not in ("audit_log", "alembic_version")} == {
        t: n for t, n in before.items() if t not in ("audit_log", "alembic_version")}
    # A backup first (of the plain file, encrypted like every backup).
    assert len(list_backups(data_dir / "backups")) == 1
    # Beside the file: documents, drafts and the old safety copy are sealed too.
    leaks = _leaks(data_dir, {b"Nguyen", b"Nguy\xe1\xbb\x85n"})
    assert leaks == []
    assert [d.state for d in drafts.list_drafts(data_dir)] == [{"A.last_name": "Nguyen"}]
    doc = data_dir / "documents" / "2025-0001" / "abc-brief.txt"
    assert sealed_files.read_sealed(doc, cipher.files_key(data_dir)) == b"Beste familie Nguyen"
    [copy] = (data_dir / SAFETY_COPY_DIR).glob("*before-0003.sqlite")
    assert not cipher.is_plain(copy)
    assert check_database(data_dir / DATABASE_FILE) == []


def test_a_crash_while_encrypting_leaves_the_plain_file_usable(data_dir, monkeypatch):
    db = _released_plain_folder(data_dir)
    before = _plain_counts(db)

    copy_made = cipher.encrypt_copy

    def power_cut(*args):
        copy_made(*args)  # the encrypted copy is written and checked, then the power goes
        raise OSError("power cut")

    monkeypatch.setattr(cipher, "encrypt_copy", power_cut)
    with pytest.raises(OSError):
        Store.open(data_dir)
    monkeypatch.undo()
    assert cipher.is_plain(db) and _plain_counts(db) == before  # the old file, whole
    assert (data_dir / f"{DATABASE_FILE}.encrypting").exists()  # the half-done copy
    store = Store.open(data_dir)  # the next start finishes the job
    store.close()
    assert not cipher.is_plain(db)
    assert not (data_dir / f"{DATABASE_FILE}.encrypting").exists()
    con = cipher.open_file(db)
    assert cipher.table_counts(con)["cases"] == before["cases"]
    con.close()


def test_a_second_pc_opens_the_encrypted_file_read_only(store, data_dir):
    from desktop.cases.registration import register_case
    from tests.conftest import sample_case

    register_case(store, sample_case(store))
    reader = Store.open(data_dir, read_only=True)
    try:
        assert len(fetch_rows(reader, CaseFilter())) == 1
    finally:
        reader.close()


def test_a_replaced_settings_file_does_not_lock_the_data_out(key_in_data_folder, data_dir):
    """settings.json written anew by hand (only the language in it): the key file in
    the folder still names its key, and the file opens."""
    from desktop.data.config import SETTINGS_FILE

    store = Store.open(data_dir)
    generate(store, cases=5, seed=2)
    store.close()
    (data_dir / SETTINGS_FILE).write_text('{"language": "en"}', encoding="utf-8")
    cipher.forget_keys()  # a new start
    store = Store.open(data_dir)
    try:
        assert len(fetch_rows(store, CaseFilter())) == 5
    finally:
        store.close()


def test_every_connection_to_the_file_keeps_a_small_page_cache(data_dir):
    """Two or three connections stay open all day: each caches 4 MB, not SQLCipher's 8."""
    store = Store.open(data_dir)
    try:
        with store.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA cache_size").scalar() == -4000
        with store.plain_read() as plain:
            assert plain.execute("PRAGMA cache_size").fetchone()[0] == -4000
    finally:
        store.close()
