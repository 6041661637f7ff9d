"""The database file encrypted at rest, with SQLCipher (the sqlcipher3 module of
sqlcipher3-wheels; why in docs/architecture.md).

Every page of the file, its -wal and its -journal is encrypted with AES-256 and
authenticated with HMAC-SHA512; without the key the file is noise, and the plain
sqlite3 module says "file is not a database". The key is 32 raw bytes (no
passphrase, so no PBKDF2 at every connection: opening stays as fast as before),
derived from the data folder's backup key (desktop.data.backup_key). One recovery
code therefore opens the backups and the file, and a folder moved to another PC
opens once that code is typed in.

Every connection to the SQLite file is made here: the start-up's plain reads,
the engine, the check, the backups and the safety copies."""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

import sqlcipher3.dbapi2 as dbapi

from desktop.data.encryption.file_format import has_content, is_plain, sqlite_file_uri
from desktop.data.errors import DatabaseKeyMissing

__all__ = ["DatabaseKeyMissing", "has_content", "is_plain"]

log = logging.getLogger(__name__)

# The DB-API module and its errors: a sqlcipher3 error is not a sqlite3.Error.
Error = dbapi.Error
DatabaseError = dbapi.DatabaseError
OperationalError = dbapi.OperationalError

KEY_BYTES = 32
# SQLCipher 4's settings, named so a later SQLCipher with other defaults still opens
# the files made today.
COMPATIBILITY = 4
_PURPOSE_DATABASE = b"burenrust-database-v1"
_PURPOSE_FILES = b"burenrust-files-v1"



# -- the keys -----------------------------------------------------------------------------------
def derive(master: bytes, purpose: bytes) -> bytes:
    """A key for one purpose from the backup key: keyed BLAKE2b, a PRF, so knowing
    the database key tells nothing about the backup key."""
    return hashlib.blake2b(purpose, key=master, digest_size=KEY_BYTES).digest()


def master_key(data_dir: Path, create: bool = False) -> bytes | None:
    """The backup key, remembered for the program's lifetime (backup_key.remembered_key)."""
    from desktop.data.backup_key import remembered_key

    return remembered_key(data_dir, create)


def derive_database_key(master: bytes) -> bytes:
    return derive(master, _PURPOSE_DATABASE)


def database_key(data_dir: Path, create: bool = False) -> bytes | None:
    master = master_key(data_dir, create)
    return derive_database_key(master) if master is not None else None


def files_key(data_dir: Path) -> bytes:
    """The key of the files kept beside the database (documents, drafts)."""
    master = master_key(data_dir, create=True)
    assert master is not None
    return derive(master, _PURPOSE_FILES)


def forget_keys() -> None:
    """A restore or a typed recovery code may have changed the folder's key."""
    from desktop.data.backup_key import forget_remembered_keys

    forget_remembered_keys()


PAGE_CACHE_KIB = -4000  # negative: kibibytes, not pages

# -- the file -----------------------------------------------------------------------------------
def apply_key(connection: dbapi.Connection, key: bytes | None) -> None:
    """The first statement on a connection: without it the file is read as plain."""
    if key is None:
        return
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    connection.execute(f"PRAGMA cipher_compatibility = {COMPATIBILITY}")


def connect(path: Path, key: bytes | None, mode: str = "rw",
            busy_timeout_ms: int | None = None) -> dbapi.Connection:
    """A connection to the SQLite file (mode ro, rw or rwc), its key applied. Usable
    from any thread (the engine's pool hands connections between threads, one at a time)."""
    connection = dbapi.connect(sqlite_file_uri(path, mode), uri=True, check_same_thread=False)
    try:
        apply_key(connection, key)
        # 4 MB of decrypted pages, not SQLCipher's 8: the program keeps two or three
        # connections open all day (one per worker), which held 12 MB more at 8 MB on
        # a 300,000-case file. SQLite's own 2 MB was too little: a search's index and
        # row pages no longer stayed, and each page read again is decrypted again
        # (the searches typed in bench_case_list took 300 ms together at 2 MB, 220 ms
        # at 4 MB and 180 ms at 8 MB, at 300,000 cases).
        connection.execute(f"PRAGMA cache_size = {PAGE_CACHE_KIB}")
        if busy_timeout_ms is not None:
            connection.execute(f"PRAGMA busy_timeout={busy_timeout_ms}")
    except BaseException:
        connection.close()
        raise
    return connection


def key_for_file(path: Path) -> bytes | None:
    """The key a database file needs: none for a plain file, else its data folder's
    (the file's own folder, or the data folder above safety-copies/)."""
    if not has_content(path) or is_plain(path):
        return None
    from desktop.data.config import SAFETY_COPY_DIR

    folder = path.parent.parent if path.parent.name == SAFETY_COPY_DIR else path.parent
    key = database_key(folder)
    if key is None:
        raise DatabaseKeyMissing()
    return key


def open_file(path: Path, mode: str = "ro", key: bytes | object | None = ...) -> dbapi.Connection:
    """A connection to a database file, plain or encrypted; key=... finds it."""
    chosen = key_for_file(path) if key is ... else key
    return connect(path, chosen, mode)  # type: ignore[arg-type]


def copy_database(source: Path, target: Path, source_key: bytes | None,
                  target_key: bytes | None) -> None:
    """A consistent copy through SQLite's online backup API (safe while others write).
    SQLCipher copies page by page, so both ends have the same key (or both none)."""
    if source_key != target_key:
        raise ValueError("a page copy keeps its key; use encrypt_copy to change it")
    src = connect(source, source_key, "ro")
    try:
        dst = connect(target, target_key, "rwc")
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def table_counts(connection: dbapi.Connection) -> dict[str, int]:
    names = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND sql NOT LIKE 'CREATE VIRTUAL%'")]
    return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            for name in names}


def encrypt_copy(plain: Path, target: Path, key: bytes) -> dict[str, int]:
    """Write an encrypted copy of a plain database file (sqlcipher_export), checked
    row for row; returns the rows per table. `target` must not exist."""
    source = connect(plain, None, "rw")
    try:
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        counts = table_counts(source)
        version = source.execute("PRAGMA user_version").fetchone()[0]
        source.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(target),))
        source.execute(f"PRAGMA encrypted.cipher_compatibility = {COMPATIBILITY}")
        source.execute("SELECT sqlcipher_export('encrypted')")
        source.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        source.execute("DETACH DATABASE encrypted")
    finally:
        source.close()
    check = connect(target, key, "rw")
    try:
        if [r[0] for r in check.execute("PRAGMA quick_check").fetchall()] != ["ok"]:
            raise DatabaseError("the encrypted copy fails its check")
        if table_counts(check) != counts:
            raise DatabaseError("the encrypted copy lost rows")
        check.execute("PRAGMA journal_mode=WAL")
    finally:
        check.close()
    return counts


def encrypt_in_place(path: Path, key: bytes) -> dict[str, int]:
    """Replace a plain database file by its encrypted copy. Crash-safe: until the
    final rename the plain file is untouched and complete (its WAL checkpointed);
    afterwards the encrypted one is. The caller holds the data folder's lock."""
    work = path.with_name(path.name + ".encrypting")
    for leftover in (work, Path(f"{work}-wal"), Path(f"{work}-shm"), Path(f"{work}-journal")):
        leftover.unlink(missing_ok=True)  # a run that stopped halfway
    counts = encrypt_copy(path, work, key)
    with open(work, "rb+") as handle:
        os.fsync(handle.fileno())
    # The plain file's WAL is empty after the checkpoint; left, it would be read
    # against the encrypted file.
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    os.replace(work, path)
    for suffix in ("-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    log.info("database file encrypted (%d tables)", len(counts))
    return counts
