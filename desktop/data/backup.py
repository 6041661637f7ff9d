"""Encrypted backups of the data folder and restoring them.

A backup is one file: a ZIP of a consistent copy of the database (SQLite's
online backup API, safe while the program runs), a manifest and the documents
folder, encrypted with AES-256-GCM. The key lives in the operating system's
keyring; printed once as a recovery code, it restores the backup on a new PC.
Backups rotate: 7 daily, 4 weekly, 12 monthly."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from pathlib import Path

from desktop import __version__
from desktop.data.config import DATABASE_FILE
from desktop.data.errors import RuleViolation

SUFFIX = ".burenrust-backup"
MAGIC = b"BURENRUST-BACKUP v1\n"
NONCE_BYTES = 12
KEYRING_SERVICE = "Burenrust"
DOCUMENTS_DIR = "documents"
STAMP = "%Y%m%d-%H%M%S"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12


@dataclass(frozen=True)
class Manifest:
    created_at: str
    app_version: str
    schema_revision: str
    cases: int
    last_change: str
    documents: int


# -- the key ---------------------------------------------------------------------------------
def _key_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    return f"backup-key:{digest}"


def backup_key(data_dir: Path, create: bool = True) -> bytes | None:
    """The data folder's backup key from the OS keyring (made on first use)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        stored = keyring.get_password(KEYRING_SERVICE, _key_name(data_dir))
        if stored:
            return base64.b64decode(stored)
        if not create:
            return None
        key = os.urandom(32)
        keyring.set_password(KEYRING_SERVICE, _key_name(data_dir),
                             base64.b64encode(key).decode())
        return key
    except KeyringError as exc:
        raise RuleViolation("keyring_unavailable") from exc


def store_key(data_dir: Path, key: bytes) -> None:
    """Put a key (from a recovery code) into this PC's keyring for this data folder."""
    import keyring

    keyring.set_password(KEYRING_SERVICE, _key_name(data_dir), base64.b64encode(key).decode())


def recovery_code(key: bytes) -> str:
    """The key as 13 groups of 4 letters and digits, to print and keep in the safe."""
    text = base64.b32encode(key).decode().rstrip("=")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def key_from_recovery_code(code: str) -> bytes:
    text = "".join(ch for ch in code.upper() if ch.isalnum())
    text = text.replace("0", "O").replace("1", "I").replace("8", "B")  # typed from paper
    try:
        key = base64.b32decode(text + "=" * (-len(text) % 8))
    except ValueError as exc:
        raise RuleViolation("recovery_code_invalid") from exc
    if len(key) != 32:
        raise RuleViolation("recovery_code_invalid")
    return key


# -- making a backup ---------------------------------------------------------------------------
def _manifest(db: Path, documents: int, now: datetime) -> Manifest:
    connection = sqlite3.connect(db)
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


def _copy_database(source: Path, target: Path) -> None:
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def create_backup(data_dir: Path, target_dir: Path, key: bytes,
                  now: datetime | None = None) -> Path:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    now = now or datetime.now()
    target_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / DATABASE_FILE
        _copy_database(data_dir / DATABASE_FILE, copy)
        documents = sorted((data_dir / DOCUMENTS_DIR).rglob("*")) if (
            data_dir / DOCUMENTS_DIR).is_dir() else []
        files = [p for p in documents if p.is_file()]
        manifest = _manifest(copy, len(files), now)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.write(copy, DATABASE_FILE)
            archive.writestr("manifest.json", json.dumps(asdict(manifest), indent=2))
            for path in files:
                archive.write(path, f"{DOCUMENTS_DIR}/{path.relative_to(data_dir / DOCUMENTS_DIR)}")
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(key).encrypt(nonce, buffer.getvalue(), MAGIC)
    target = target_dir / f"burenrust-{now.strftime(STAMP)}{SUFFIX}"
    partial = target.with_suffix(".partial")
    with open(partial, "wb") as handle:
        handle.write(MAGIC + nonce + sealed)
        handle.flush()
        os.fsync(handle.fileno())
    partial.replace(target)
    rotate(target_dir, now)
    return target


# -- reading and restoring -------------------------------------------------------------------
def _open(path: Path, key: bytes) -> zipfile.ZipFile:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    blob = path.read_bytes()
    if not blob.startswith(MAGIC):
        raise RuleViolation("backup_not_recognised")
    nonce = blob[len(MAGIC):len(MAGIC) + NONCE_BYTES]
    try:
        plain = AESGCM(key).decrypt(nonce, blob[len(MAGIC) + NONCE_BYTES:], MAGIC)
    except InvalidTag as exc:
        raise RuleViolation("backup_key_wrong") from exc  # or the file is damaged
    return zipfile.ZipFile(io.BytesIO(plain))


def backup_manifest(path: Path, key: bytes) -> Manifest:
    with _open(path, key) as archive:
        return Manifest(**json.loads(archive.read("manifest.json")))


def restore_backup(path: Path, data_dir: Path, key: bytes) -> Manifest:
    """Replace the data folder's database (and documents) with the backup's,
    after a safety copy of what is there now. The database must not be open."""
    from desktop.data.migrate import SAFETY_COPY_DIR

    with _open(path, key) as archive, tempfile.TemporaryDirectory() as tmp:
        archive.extractall(tmp)
        manifest = Manifest(**json.loads(Path(tmp, "manifest.json").read_text("utf-8")))
        restored = Path(tmp) / DATABASE_FILE
        connection = sqlite3.connect(restored)
        try:
            ok = connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            connection.close()
        if not ok:
            raise RuleViolation("backup_damaged")
        data_dir.mkdir(parents=True, exist_ok=True)
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
        shutil.copyfile(restored, current)
        documents = Path(tmp) / DOCUMENTS_DIR
        if documents.is_dir():
            shutil.copytree(documents, data_dir / DOCUMENTS_DIR, dirs_exist_ok=True)
    return manifest


# -- the rotation ----------------------------------------------------------------------------
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


def rotate(folder: Path, now: datetime) -> list[Path]:
    """Keep the newest backup of each of the last 7 days, 4 weeks and 12 months."""
    keep: set[Path] = set()
    days, weeks, months = set(), set(), set()
    for stamp, path in list_backups(folder):
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
    removed = [path for _stamp, path in list_backups(folder) if path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def backup_due(folder: Path, now: datetime | None = None) -> bool:
    backups = list_backups(folder)
    return not backups or (now or datetime.now()) - backups[0][0] > timedelta(days=1)


def automatic_backup(data_dir: Path, only_if_due: bool = False) -> Path | None:
    """The backup made at start-up (when the last is over a day old) and on closing.
    Never raises: a failure is logged and shows as a warning in the main window."""
    import logging

    from desktop.data.config import Settings

    log = logging.getLogger(__name__)
    settings = Settings.load(data_dir)
    if settings.database_url:  # on a server, its administrator backs it up (pg_dump)
        return None
    folder = settings.backup_folder(data_dir)
    if only_if_due and not backup_due(folder):
        return None
    try:
        return create_backup(data_dir, folder, backup_key(data_dir))
    except RuleViolation as exc:
        log.warning("automatic backup not made: %s", exc.code)
    except (OSError, sqlite3.Error) as exc:
        log.warning("automatic backup failed: %s", type(exc).__name__)
    return None
