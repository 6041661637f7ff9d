"""The backup key belongs to the data: it survives a moved folder, it is kept in
a file in the data folder where no keyring can be reached (and the coordinator
is told once), and the printed recovery code stays valid through all of it."""

from __future__ import annotations

import shutil

import pytest

from desktop.cases.registration import register_case
from desktop.cli import main
from desktop.data import backup_key as keys
from desktop.data.backup import (
    automatic_backup,
    backup_manifest,
    create_backup,
    key_for,
    read_header,
    restore_backup,
)
from desktop.data.config import Settings
from desktop.data.store import Store
from tests.conftest import sample_case


@pytest.fixture
def no_keyring():
    """A PC without a reachable keyring, as keyring itself reports it."""
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_a_copied_data_folder_keeps_its_key(store, data_dir, tmp_path):
    register_case(store, sample_case(store))
    code = keys.recovery_code(keys.backup_key(data_dir))
    store.close()
    stick = tmp_path / "E-schijf" / "Burenrust gegevens"
    shutil.copytree(data_dir, stick)
    assert keys.backup_key(stick) == keys.key_from_recovery_code(code)
    made = create_backup(stick, tmp_path / "backups")
    assert read_header(made).key_id == Settings.load(data_dir).backup_key_id
    assert backup_manifest(made, keys.key_from_recovery_code(code)).cases == 1


def test_a_key_under_the_old_folder_path_name_is_adopted(data_dir, memory_keyring):
    old = bytes(range(32))
    memory_keyring.set_password(keys.KEYRING_SERVICE, keys._legacy_entry_name(data_dir),
                                keys._encode(old))
    assert keys.backup_key(data_dir) == old  # an upgraded PC goes on with its key
    moved = data_dir.parent / "elders"
    shutil.copytree(data_dir, moved)
    assert keys.backup_key(moved) == old


def test_without_a_keyring_backups_go_on_with_a_key_file(no_keyring, data_dir, tmp_path):
    Store.open(data_dir).close()
    made = automatic_backup(data_dir)
    assert made is not None, "backups must never silently stop"
    assert keys.key_place(data_dir) == "file"
    key_text = keys.key_file(data_dir).read_text(encoding="utf-8")
    assert "sleutelbos" in key_text
    # Never beside the backups: a lost stick's backups stay unreadable.
    backup_folder = Settings.load(data_dir).backup_folder(data_dir)
    assert not list(backup_folder.rglob(keys.KEY_FILE))
    assert keys.key_file(data_dir).read_bytes() not in made.read_bytes()
    assert Settings.load(data_dir).key_file_explained is False
    code = keys.recovery_code(keys.backup_key(data_dir))
    assert backup_manifest(made, keys.key_from_recovery_code(code)).cases == 0


def test_the_key_moves_into_a_keyring_that_becomes_reachable(data_dir, tmp_path):
    import keyring
    from keyring.backends import fail

    working = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        Store.open(data_dir).close()  # the first start: the key goes into the file
        first = create_backup(data_dir, tmp_path / "b")
        code = keys.recovery_code(keys.backup_key(data_dir))
        assert keys.key_place(data_dir) == "file"
    finally:
        keyring.set_keyring(working)
    assert keys.recovery_code(keys.backup_key(data_dir)) == code  # same key, same code
    Store.open(data_dir).close()  # the file opens with the key now in the keyring
    assert keys.key_place(data_dir) == "keyring"
    assert not keys.key_file(data_dir).exists()
    assert key_for(first, data_dir) == keys.key_from_recovery_code(code)


def test_cli_backup_and_code_without_a_keyring(no_keyring, data_dir, tmp_path, capsys):
    Store.open(data_dir).close()
    assert main(["backup", "--data-dir", str(data_dir), "--to", str(tmp_path / "usb")]) == 0
    assert main(["recovery-code", "--data-dir", str(data_dir)]) == 0
    code = capsys.readouterr().out.strip().splitlines()[-1]
    assert keys.key_from_recovery_code(code) == keys.backup_key(data_dir)


def test_restoring_with_the_code_on_a_pc_without_keyring(store, data_dir, tmp_path,
                                                        memory_keyring):
    import keyring
    from keyring.backends import fail

    register_case(store, sample_case(store))
    made = create_backup(data_dir, tmp_path / "usb")
    code = keys.recovery_code(keys.backup_key(data_dir))
    store.close()
    keyring.set_keyring(fail.Keyring())
    new_pc = tmp_path / "nieuwe pc"
    Store.open(new_pc).close()
    assert key_for(made, new_pc) is None  # this PC does not have the key
    restore_backup(made, new_pc, keys.key_from_recovery_code(code))
    assert keys.key_place(new_pc) == "file"
    later = create_backup(new_pc, tmp_path / "usb2")  # the same key, so the same code
    assert backup_manifest(later, keys.key_from_recovery_code(code)).cases == 1


def test_the_coordinator_is_told_once_where_the_key_is(no_keyring, qtbot, data_dir,
                                                      monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from views.main_window import MainWindow
    from views.tasks import SyncRunner

    told = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(
        lambda _parent, _title, text, *a, **k: told.append(text)))
    store = Store.open(data_dir, user="test-coordinator")
    window = MainWindow(store, data_dir, runner=SyncRunner())
    qtbot.addWidget(window)
    box = window.admin.backups
    box.backup_now()
    assert window.backup_warning.isHidden()  # the status bar follows a backup made here
    window.check_backups()
    assert len(told) == 1 and "herstelcode blijft dezelfde" in told[0]
    assert str(keys.key_file(data_dir)) in told[0]
    assert "bestand" in box.key_label.text()
    store.close()
