"""Encrypted backups of the data folder and restoring them.

A backup is one file: a ZIP of a consistent copy of the database (SQLite's
online backup API, safe while the program runs; the copy is encrypted as the file
is, desktop.data.encryption.cipher), a manifest and the documents
folder, encrypted with AES-256-GCM under the data folder's backup key
(desktop.data.backup_key). Everything streams through in chunks, so memory use
does not grow with the data; plaintext copies only ever sit in the data folder
itself, never in the system's temp folder or beside the backups.

File layout (format 2):
    MAGIC · 4-byte length · header JSON (key id, time, checked)       — readable
    12-byte nonce · 4-byte length · manifest sealed with AES-GCM        — small
    12-byte nonce · the ZIP, encrypted as one GCM stream · 16-byte tag
The header is authenticated with both sealed parts, so it cannot be swapped.
Format 1 (one sealed blob, no key id) is still read.

A backup is only made of a database that passes SQLite's check, and the
rotation (7 daily, 4 weekly, 12 monthly) never removes the newest backup that
passed it."""

from __future__ import annotations

import contextlib
import errno
import io
import json
import logging
import os
import shutil
import struct
import time
import uuid
import zipfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import BinaryIO

from desktop import __version__
from desktop.data.backup_key import backup_key, find_key, keep_key, key_id
from desktop.data.config import DATABASE_FILE, DOCUMENTS_DIR
from desktop.data.encryption import cipher
from desktop.data.errors import RuleViolation

log = logging.getLogger(__name__)

SUFFIX = ".burenrust-backup"
MAGIC_V1 = b"BURENRUST-BACKUP v1\n"
MAGIC = b"BURENRUST-BACKUP v2\n"
NONCE_BYTES = 12
TAG_BYTES = 16
CHUNK = 1024 * 1024
MAX_HEADER = 64 * 1024
WORK_DIR = ".backup-work"  # plaintext while a backup is made or read: in the data folder
STAMP = "%Y%m%d-%H%M%S"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
STALE_PARTIAL = timedelta(hours=6)


@dataclass(frozen=True)
class Manifest:
    created_at: str
    app_version: str
    schema_revision: str
    cases: int
    last_change: str
    documents: int


@dataclass(frozen=True)
class BackupHeader:
    """What a backup says about itself without its key."""

    format: int
    key_id: str  # "" for format 1: made with the data folder's key of that time
    created_at: str = ""
    checked: bool = False  # the database passed SQLite's check when it was backed up


# -- small pieces -----------------------------------------------------------------------------
def _aesgcm(key: bytes):
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key)


@contextlib.contextmanager
def _work_folder(data_dir: Path) -> Iterator[Path]:
    """A private folder for plaintext beside the database, removed afterwards."""
    root = data_dir / WORK_DIR
    root.mkdir(parents=True, exist_ok=True)
    folder = root / uuid.uuid4().hex
    folder.mkdir()
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        with contextlib.suppress(OSError):
            root.rmdir()  # only when no other backup is at work


def _disk_problem(exc: OSError) -> RuleViolation:
    full = exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
    return RuleViolation("backup_disk_full" if full else "backup_folder_unwritable")


def _copy_database(source: Path, target: Path) -> bytes | None:
    """Copy the file page by page, encrypted as it is; returns its key."""
    if not source.is_file():
        raise RuleViolation("backup_no_database")
    key = cipher.key_for_file(source)
    try:
        cipher.copy_database(source, target, key, key)
        return key
    except cipher.DatabaseError as exc:  # a damaged page is found while copying
        log.warning("database could not be copied for a backup: %s", type(exc).__name__)
        raise RuleViolation("backup_source_damaged") from exc


def _database_is_sound(path: Path, key: bytes | None) -> bool:
    try:
        connection = cipher.connect(path, key, "ro")
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except cipher.DatabaseError:
        return False
    return [r[0] for r in rows] == ["ok"]


def _manifest(db: Path, key: bytes | None, documents: int, now: datetime) -> Manifest:
    connection = cipher.connect(db, key, "ro")
    try:
        cases = connection.execute("SELECT count(*) FROM cases").fetchone()[0]
        last = connection.execute(
            "SELECT max(at) FROM (SELECT max(updated_at) AS at FROM cases"
            " UNION ALL SELECT max(occurred_at) FROM journal_entries)"
        ).fetchone()[0]
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()
    return Manifest(now.isoformat(timespec="seconds"), __version__, revision, cases,
                    str(last or ""), documents)


class _EncryptingWriter(io.RawIOBase):
    """A write-only stream: what zipfile writes is encrypted on its way to the file."""

    def __init__(self, out: BinaryIO, encryptor) -> None:
        super().__init__()
        self.out = out
        self.encryptor = encryptor

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self.out.write(self.encryptor.update(bytes(data)))
        return len(data)


# -- making a backup ---------------------------------------------------------------------------
def create_backup(data_dir: Path, target_dir: Path, key: bytes | None = None,
                  now: datetime | None = None) -> Path:
    """Write a new backup into target_dir and rotate the old ones. Refuses (with a
    code) a database that fails SQLite's check, a full disk or an unwritable folder;
    nothing half-written is left behind."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    now = now or datetime.now()
    # The key the program opened the file with (a keyring gone away since stays usable).
    key = key if key is not None else cipher.master_key(data_dir, create=True)
    assert key is not None
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _disk_problem(exc) from exc
    remove_stale_partials(target_dir)
    target = target_dir / f"burenrust-{now.strftime(STAMP)}{SUFFIX}"
    partial = target_dir / f"{target.name}.{os.getpid()}.partial"
    with _work_folder(data_dir) as work:
        copy = work / DATABASE_FILE
        try:
            file_key = _copy_database(data_dir / DATABASE_FILE, copy)
        except OSError as exc:  # no room for the copy in the data folder
            raise _disk_problem(exc) from exc
        if not _database_is_sound(copy, file_key):
            log.warning("backup refused: the database fails its check")
            raise RuleViolation("backup_source_damaged")
        documents_root = data_dir / DOCUMENTS_DIR
        files = sorted(p for p in documents_root.rglob("*") if p.is_file()) if (
            documents_root.is_dir()) else []
        manifest = _manifest(copy, file_key, len(files), now)
        header = json.dumps({"format": 2, "key_id": key_id(data_dir),
                             "created_at": manifest.created_at, "checked": True}).encode()
        preamble = MAGIC + struct.pack(">I", len(header)) + header
        manifest_nonce = os.urandom(NONCE_BYTES)
        sealed_manifest = _aesgcm(key).encrypt(
            manifest_nonce, json.dumps(asdict(manifest)).encode(), preamble)
        body_nonce = os.urandom(NONCE_BYTES)
        encryptor = Cipher(algorithms.AES(key), modes.GCM(body_nonce)).encryptor()
        encryptor.authenticate_additional_data(preamble)
        try:
            with open(partial, "wb") as out:
                out.write(preamble + manifest_nonce + struct.pack(">I", len(sealed_manifest))
                          + sealed_manifest + body_nonce)
                writer = _EncryptingWriter(out, encryptor)
                with zipfile.ZipFile(writer, "w", zipfile.ZIP_DEFLATED,
                                     allowZip64=True) as archive:
                    archive.write(copy, DATABASE_FILE)
                    archive.writestr("manifest.json", json.dumps(asdict(manifest), indent=2))
                    for path in files:
                        archive.write(path, f"{DOCUMENTS_DIR}/"
                                      f"{path.relative_to(documents_root).as_posix()}")
                out.write(encryptor.finalize() + encryptor.tag)
                out.flush()
                os.fsync(out.fileno())
            partial.replace(target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            log.warning("backup not written: %s", type(exc).__name__)
            raise _disk_problem(exc) from exc
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    rotate(target_dir, now)
    return target


def remove_stale_partials(folder: Path, now: float | None = None) -> list[Path]:
    """Half-written backups of a run that was killed or failed (a running backup's
    own partial file is younger than this and stays)."""
    now = now or time.time()
    removed = []
    for path in folder.glob(f"burenrust-*{SUFFIX}*.partial"):
        with contextlib.suppress(OSError):
            if now - path.stat().st_mtime > STALE_PARTIAL.total_seconds():
                path.unlink()
                removed.append(path)
    return removed


# -- reading -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Layout:
    header: BackupHeader
    preamble: bytes
    manifest_nonce: bytes = b""
    sealed_manifest: bytes = b""
    body_start: int = 0
    body_nonce: bytes = b""


def _read_exact(handle: BinaryIO, size: int) -> bytes:
    data = handle.read(size)
    if len(data) != size:
        raise RuleViolation("backup_damaged")
    return data


def _layout(path: Path) -> _Layout:
    try:
        with open(path, "rb") as handle:
            return _read_layout(path, handle)
    except OSError as exc:
        raise RuleViolation("backup_unreadable") from exc


def _read_layout(path: Path, handle: BinaryIO) -> _Layout:
    magic = handle.read(len(MAGIC))
    if magic == MAGIC_V1:
        return _Layout(BackupHeader(1, ""), MAGIC_V1)
    if magic != MAGIC:
        raise RuleViolation("backup_not_recognised")
    (length,) = struct.unpack(">I", _read_exact(handle, 4))
    if length > MAX_HEADER:
        raise RuleViolation("backup_damaged")
    raw = _read_exact(handle, length)
    try:
        values = json.loads(raw)
        header = BackupHeader(int(values["format"]), str(values["key_id"]),
                              str(values.get("created_at", "")),
                              bool(values.get("checked", False)))
    except (ValueError, KeyError, TypeError) as exc:
        raise RuleViolation("backup_damaged") from exc
    manifest_nonce = _read_exact(handle, NONCE_BYTES)
    (sealed_length,) = struct.unpack(">I", _read_exact(handle, 4))
    if sealed_length > MAX_HEADER:
        raise RuleViolation("backup_damaged")
    sealed = _read_exact(handle, sealed_length)
    body_nonce = _read_exact(handle, NONCE_BYTES)
    body_start = handle.tell()
    if path.stat().st_size - body_start < TAG_BYTES:
        raise RuleViolation("backup_damaged")  # cut off: only a header is left
    return _Layout(header, MAGIC + struct.pack(">I", length) + raw, manifest_nonce,
                   sealed, body_start, body_nonce)


def read_header(path: Path) -> BackupHeader:
    return _layout(path).header


def key_for(path: Path, data_dir: Path) -> bytes | None:
    """The key this backup needs, if this PC keeps it; None: ask for the recovery code."""
    header = read_header(path)
    if header.format == 1:
        return backup_key(data_dir, create=False)
    return find_key(data_dir, header.key_id)


def backup_manifest(path: Path, key: bytes) -> Manifest:
    """What a backup holds (cases, documents, last change): read from its sealed
    manifest, without decrypting the whole file. A wrong key is refused here."""
    from cryptography.exceptions import InvalidTag

    layout = _layout(path)
    if layout.header.format == 1:
        with _open_v1(path, key) as archive:
            return Manifest(**json.loads(archive.read("manifest.json")))
    try:
        plain = _aesgcm(key).decrypt(layout.manifest_nonce, layout.sealed_manifest,
                                     layout.preamble)
    except InvalidTag as exc:
        raise RuleViolation("backup_key_wrong") from exc
    return Manifest(**json.loads(plain))


def _open_v1(path: Path, key: bytes) -> zipfile.ZipFile:
    """Format 1, one sealed blob (made before 0.2; such files are small and few)."""
    from cryptography.exceptions import InvalidTag

    blob = path.read_bytes()
    nonce = blob[len(MAGIC_V1):len(MAGIC_V1) + NONCE_BYTES]
    if len(nonce) != NONCE_BYTES or len(blob) < len(MAGIC_V1) + NONCE_BYTES + TAG_BYTES:
        raise RuleViolation("backup_damaged")
    try:
        plain = _aesgcm(key).decrypt(nonce, blob[len(MAGIC_V1) + NONCE_BYTES:], MAGIC_V1)
    except InvalidTag as exc:
        raise RuleViolation("backup_key_wrong") from exc
    return zipfile.ZipFile(io.BytesIO(plain))


def _decrypt_archive(path: Path, key: bytes, target: Path) -> None:
    """Decrypt the ZIP into `target`, chunk by chunk; only a file whose tag checks
    out is kept (a damaged or tampered backup leaves nothing)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    layout = _layout(path)
    backup_manifest(path, key)  # a wrong key is said as such, before the long part
    size = path.stat().st_size
    with open(path, "rb") as handle, open(target, "wb") as out:
        handle.seek(size - TAG_BYTES)
        tag = handle.read(TAG_BYTES)
        decryptor = Cipher(algorithms.AES(key), modes.GCM(layout.body_nonce, tag)).decryptor()
        decryptor.authenticate_additional_data(layout.preamble)
        handle.seek(layout.body_start)
        left = size - TAG_BYTES - layout.body_start
        while left > 0:
            chunk = handle.read(min(CHUNK, left))
            if not chunk:
                break
            left -= len(chunk)
            out.write(decryptor.update(chunk))
        try:
            out.write(decryptor.finalize())
        except InvalidTag as exc:
            raise RuleViolation("backup_damaged") from exc


@contextlib.contextmanager
def _opened_archive(path: Path, key: bytes, work: Path) -> Iterator[zipfile.ZipFile]:
    if read_header(path).format == 1:
        with _open_v1(path, key) as archive:
            yield archive
        return
    plain = work / "backup.zip"
    _decrypt_archive(path, key, plain)
    try:
        archive = zipfile.ZipFile(plain)
    except zipfile.BadZipFile as exc:
        raise RuleViolation("backup_damaged") from exc
    with archive:
        yield archive


# -- restoring ---------------------------------------------------------------------------------
def restore_backup(path: Path, data_dir: Path, key: bytes) -> Manifest:
    """Replace the data folder's database (and documents) with the backup's,
    after a safety copy of what is there now. The caller holds the data folder's
    lock and has closed every connection. The key is kept for this folder, so later
    backups (and the recovery code) stay the same."""
    from desktop.data.config import SAFETY_COPY_DIR

    header = read_header(path)
    data_dir.mkdir(parents=True, exist_ok=True)
    with _work_folder(data_dir) as work:
        try:
            with _opened_archive(path, key, work) as archive:
                manifest = Manifest(**json.loads(archive.read("manifest.json")))
                restored = Path(archive.extract(DATABASE_FILE, work / "restored"))
                documents = [n for n in archive.namelist()
                             if n.startswith(f"{DOCUMENTS_DIR}/") and not n.endswith("/")]
                unpacked = work / "restored"
                for name in documents:
                    archive.extract(name, unpacked)
        except (KeyError, zipfile.BadZipFile, ValueError, TypeError) as exc:
            raise RuleViolation("backup_damaged") from exc
        except OSError as exc:
            raise _disk_problem(exc) from exc
        # Made before 0.4, the backup holds a plain file (encrypted when it is opened
        # next, desktop.data.store); since, one encrypted with the backup key's own.
        restored_key = None if cipher.is_plain(restored) else cipher.derive_database_key(key)
        if not _database_is_sound(restored, restored_key):
            raise RuleViolation("backup_damaged")
        current = data_dir / DATABASE_FILE
        if current.exists():
            # Byte for byte, not through SQLite: the file may be the damaged one.
            aside = data_dir / SAFETY_COPY_DIR
            aside.mkdir(parents=True, exist_ok=True)
            stamp = datetime.now().strftime(STAMP)
            for suffix in ("", "-wal"):
                source = Path(f"{current}{suffix}")
                if source.exists():
                    shutil.copy2(source, aside / f"burenrust-{stamp}-before-restore.sqlite{suffix}")
        for suffix in ("-wal", "-shm"):
            Path(f"{current}{suffix}").unlink(missing_ok=True)
        replacement = data_dir / f"{DATABASE_FILE}.restoring"
        shutil.copyfile(restored, replacement)
        replacement.replace(current)
        if (unpacked / DOCUMENTS_DIR).is_dir():
            shutil.copytree(unpacked / DOCUMENTS_DIR, data_dir / DOCUMENTS_DIR,
                            dirs_exist_ok=True)
    # The restored data goes on with the key it was saved with (and its recovery code).
    keep_key(data_dir, header.key_id or key_id(data_dir), key)
    from desktop.data.encryption.loose_files import seal_loose_files

    seal_loose_files(data_dir)  # documents of a backup made before 0.4 are plain
    return manifest


# -- the rotation ------------------------------------------------------------------------------
def _stamp_of(path: Path) -> datetime | None:
    name = path.name.removeprefix("burenrust-").removesuffix(SUFFIX)
    try:
        return datetime.strptime(name, STAMP)
    except ValueError:
        return None


def list_backups(folder: Path) -> list[tuple[datetime, Path]]:
    if not folder.is_dir():
        return []
    found = [(stamp, p) for p in folder.glob(f"burenrust-*{SUFFIX}")
             if (stamp := _stamp_of(p)) is not None]
    return sorted(found, reverse=True)


def _passed_check(path: Path) -> bool:
    try:
        return read_header(path).checked
    except RuleViolation:
        return False


def rotate(folder: Path, now: datetime) -> list[Path]:
    """Keep the newest backup of each of the last 7 days, 4 weeks and 12 months,
    and always the newest one whose database passed the check."""
    keep: set[Path] = set()
    days, weeks, months = set(), set(), set()
    backups = list_backups(folder)
    for stamp, path in backups:
        age = now - stamp
        day, week, month = stamp.date(), stamp.isocalendar()[:2], (stamp.year, stamp.month)
        if age <= timedelta(days=KEEP_DAILY) and day not in days:
            days.add(day)
            keep.add(path)
        if age <= timedelta(weeks=KEEP_WEEKLY) and week not in weeks:
            weeks.add(week)
            keep.add(path)
        if age <= timedelta(days=31 * KEEP_MONTHLY) and month not in months:
            months.add(month)
            keep.add(path)
    newest_sound = next((path for _stamp, path in backups if _passed_check(path)), None)
    if newest_sound is not None:
        keep.add(newest_sound)
    removed = [path for _stamp, path in backups if path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def backup_due(folder: Path, now: datetime | None = None) -> bool:
    backups = list_backups(folder)
    return not backups or (now or datetime.now()) - backups[0][0] > timedelta(days=1)


def automatic_backup(data_dir: Path, only_if_due: bool = False) -> Path | None:
    """The backup made at start-up (when the last is over a day old) and on closing.
    Never raises: a failure is logged and shows as a warning in the main window."""
    from desktop.data.config import Settings

    settings = Settings.load(data_dir)
    if settings.database_url:  # on a server, its administrator backs it up (pg_dump)
        return None
    folder = settings.backup_folder(data_dir)
    if only_if_due and not backup_due(folder):
        return None
    try:
        # A keyring reachable again takes the key over from the data folder's file.
        find_key(data_dir, key_id(data_dir))
        return create_backup(data_dir, folder)
    except RuleViolation as exc:
        log.warning("automatic backup not made: %s", exc.code)
    except (OSError, cipher.Error) as exc:
        log.warning("automatic backup failed: %s", type(exc).__name__)
    return None
