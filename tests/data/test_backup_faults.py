"""Backups under faults: a damaged database is never backed up (and the last
good backup is never rotated away), broken or cut-off backup files and a full
disk give a Dutch reason instead of a traceback, nothing half-written stays
behind, and memory does not grow with the size of the data."""

from __future__ import annotations

import errno
import os
import time
import tracemalloc
from datetime import datetime, timedelta

import pytest

from desktop.cases.registration import register_case
from desktop.cli import main
from desktop.data import backup
from desktop.data.backup import (
    backup_manifest,
    create_backup,
    list_backups,
    read_header,
    remove_stale_partials,
    restore_backup,
    rotate,
)
from desktop.data.backup_key import backup_key
from desktop.data.encryption.cipher import open_file
from desktop.data.errors import RuleViolation
from desktop.data.store import Store
from tests.conftest import sample_case


def damage(path, offset: int = 8192, size: int = 1024) -> None:
    with open(path, "r+b") as handle:
        handle.seek(offset)
        handle.write(os.urandom(size))


def grown_database(data_dir, megabytes: int) -> None:
    """Incompressible ballast in the database file, so its size is real."""
    Store.open(data_dir).close()
    connection = open_file(data_dir / "burenrust.sqlite", "rw")
    connection.execute("CREATE TABLE ballast (data BLOB)")
    for _ in range(megabytes):
        connection.execute("INSERT INTO ballast VALUES (?)", (os.urandom(1024 * 1024),))
    connection.commit()
    connection.close()


def test_a_damaged_database_is_not_backed_up(store, data_dir, tmp_path, capsys):
    for _ in range(30):
        register_case(store, sample_case(store))
    store.close()
    good = create_backup(data_dir, tmp_path / "usb")
    damage(data_dir / "burenrust.sqlite", offset=4096 * 3, size=4096 * 4)
    with pytest.raises(RuleViolation) as refused:
        create_backup(data_dir, tmp_path / "usb")
    assert refused.value.code == "backup_source_damaged"
    assert [p for _s, p in list_backups(tmp_path / "usb")] == [good]
    assert main(["backup", "--data-dir", str(data_dir), "--to", str(tmp_path / "usb")]) == 1
    assert "beschadigd" in capsys.readouterr().err
    assert not (data_dir / backup.WORK_DIR).exists()


def test_rotation_keeps_the_newest_backup_that_passed_the_check(data_dir, tmp_path):
    Store.open(data_dir).close()
    folder = tmp_path / "usb"
    now = datetime(2026, 11, 24, 9, 0)
    sound = create_backup(data_dir, folder, now=now - timedelta(days=900))
    # Older-format files of unknown health, newer than the sound one.
    for days in range(0, 30):
        stamp = now - timedelta(days=days)
        (folder / f"burenrust-{stamp:%Y%m%d-%H%M%S}.burenrust-backup").write_bytes(
            backup.MAGIC_V1 + b"?" * 40)
    rotate(folder, now)
    assert sound.exists(), "the last backup of a sound database must survive the rotation"
    assert read_header(sound).checked


@pytest.mark.parametrize("cut", ["magic", "header", "manifest", "body"])
def test_cut_off_backups_say_so_in_dutch(data_dir, tmp_path, cut, capsys):
    Store.open(data_dir).close()
    made = create_backup(data_dir, tmp_path / "usb")
    data = made.read_bytes()
    keep = {"magic": 10, "header": len(backup.MAGIC) + 8, "manifest": 200,
            "body": len(data) - 40}[cut]
    broken = tmp_path / "kapot.burenrust-backup"
    broken.write_bytes(data[:keep])
    with pytest.raises(RuleViolation) as refused:
        restore_backup(broken, data_dir, backup_key(data_dir))
    assert refused.value.code in ("backup_damaged", "backup_not_recognised")
    assert main(["restore", str(broken), "--data-dir", str(data_dir)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and ("beschadigd" in err or "geen back-up" in err)
    assert not (data_dir / backup.WORK_DIR).exists()


def test_a_backup_of_a_damaged_database_file_is_refused_on_restore(data_dir, tmp_path):
    """A backup whose database fails the check (made by hand or by an old version)."""
    import io
    import json
    import zipfile

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    Store.open(data_dir).close()
    key = backup_key(data_dir)
    payload = io.BytesIO()
    with zipfile.ZipFile(payload, "w") as archive:
        archive.writestr("burenrust.sqlite", b"SQLite format 3\x00" + os.urandom(5000))
        archive.writestr("manifest.json", json.dumps(
            {"created_at": "2025-01-01T00:00:00", "app_version": "0.1.0",
             "schema_revision": "x", "cases": 1, "last_change": "", "documents": 0}))
    nonce = os.urandom(12)
    old = tmp_path / "oud.burenrust-backup"
    old.write_bytes(backup.MAGIC_V1 + nonce
                    + AESGCM(key).encrypt(nonce, payload.getvalue(), backup.MAGIC_V1))
    assert backup_manifest(old, key).cases == 1
    with pytest.raises(RuleViolation) as refused:
        restore_backup(old, data_dir, key)
    assert refused.value.code == "backup_damaged"


def test_a_full_disk_leaves_no_partial_file(data_dir, tmp_path, monkeypatch, capsys):
    Store.open(data_dir).close()
    real_open = open

    class FullDisk:
        def __init__(self, handle):
            self.handle = handle
            self.written = 0

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, data):
            self.written += len(data)
            if self.written > 2000:
                raise OSError(errno.ENOSPC, "No space left on device")
            return self.handle.write(data)

        def __getattr__(self, name):
            return getattr(self.handle, name)

    def opening(path, mode="r", *args, **kwargs):
        handle = real_open(path, mode, *args, **kwargs)
        return FullDisk(handle) if str(path).endswith(".partial") else handle

    monkeypatch.setattr("builtins.open", opening)
    with pytest.raises(RuleViolation) as refused:
        create_backup(data_dir, tmp_path / "usb")
    assert refused.value.code == "backup_disk_full"
    assert main(["backup", "--data-dir", str(data_dir), "--to", str(tmp_path / "usb")]) == 1
    assert "schijf is vol" in capsys.readouterr().err
    monkeypatch.undo()
    assert not list((tmp_path / "usb").iterdir())
    assert not (data_dir / backup.WORK_DIR).exists()


def test_partial_files_of_a_killed_backup_are_cleaned_up(data_dir, tmp_path):
    Store.open(data_dir).close()
    folder = tmp_path / "usb"
    folder.mkdir()
    left = folder / "burenrust-20261101-100000.burenrust-backup.4242.partial"
    left.write_bytes(b"half")
    old = time.time() - 24 * 3600
    os.utime(left, (old, old))
    running = folder / "burenrust-20261124-100000.burenrust-backup.4343.partial"
    running.write_bytes(b"being written right now")
    assert remove_stale_partials(folder) == [left]
    create_backup(data_dir, folder)
    assert not left.exists() and running.exists()


def test_memory_does_not_grow_with_the_data(data_dir, tmp_path):
    grown_database(data_dir, megabytes=48)
    tracemalloc.start()
    try:
        made = create_backup(data_dir, tmp_path / "usb")
        _now, making_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        target = tmp_path / "terug"
        Store.open(target).close()
        restore_backup(made, target, backup_key(data_dir))
        _now, restoring_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    size = (data_dir / "burenrust.sqlite").stat().st_size
    assert size > 48 * 1024 * 1024
    assert made.stat().st_size > 48 * 1024 * 1024  # random bytes do not compress
    assert making_peak < 8 * 1024 * 1024, making_peak
    assert restoring_peak < 8 * 1024 * 1024, restoring_peak
