"""Encrypted backups: made while the program runs, restored on the same or a
new PC (with the recovery code), rotated, and refused when wrong."""

from datetime import datetime, timedelta

import pytest

from desktop.cases.registration import register_case
from desktop.cli import main
from desktop.data.backup import (
    backup_due,
    backup_manifest,
    create_backup,
    list_backups,
    restore_backup,
    rotate,
)
from desktop.data.backup_key import backup_key, key_from_recovery_code, recovery_code
from desktop.data.encryption import sealed_files
from desktop.data.encryption.cipher import files_key, open_file
from desktop.data.errors import RuleViolation
from desktop.data.store import Store
from tests.conftest import sample_case


def count_cases(data_dir) -> int:
    connection = open_file(data_dir / "burenrust.sqlite", "rw")
    try:
        return connection.execute("SELECT count(*) FROM cases").fetchone()[0]
    finally:
        connection.close()


def test_backup_while_open_and_restore(store, data_dir, tmp_path):
    register_case(store, sample_case(store))
    documents = data_dir / "documents" / "2026-0001"
    documents.mkdir(parents=True)
    (documents / "afspraken.pdf").write_bytes(b"%PDF-1.4 test")
    key = backup_key(data_dir)
    path = create_backup(data_dir, tmp_path / "backups", key)  # the store is still open
    assert b"Vries" not in path.read_bytes()  # encrypted: no names readable
    manifest = backup_manifest(path, key)
    assert (manifest.cases, manifest.documents) == (1, 1)
    register_case(store, sample_case(store))
    store.close()
    assert count_cases(data_dir) == 2
    restore_backup(path, data_dir, key)
    assert count_cases(data_dir) == 1
    # Put there plain (as before 0.4), the restored document is sealed at rest.
    restored = (documents / "afspraken.pdf").read_bytes()
    assert b"PDF" not in restored
    assert sealed_files.unseal(restored, files_key(data_dir)) == b"%PDF-1.4 test"
    assert list((data_dir / "safety-copies").glob("*restore*.sqlite"))


def test_recovery_code_restores_on_a_new_pc(store, data_dir, tmp_path, memory_keyring):
    register_case(store, sample_case(store))
    path = create_backup(data_dir, tmp_path / "backups", backup_key(data_dir))
    code = recovery_code(backup_key(data_dir))
    assert len(code.split("-")) == 13
    memory_keyring.secrets.clear()  # a new PC: nothing in its keyring
    new_pc = tmp_path / "new-pc"
    assert main(["restore", str(path), "--data-dir", str(new_pc)]) == 1
    assert main(["restore", str(path), "--data-dir", str(new_pc),
                 "--recovery-code", code.lower().replace("-", " ")]) == 0
    assert count_cases(new_pc) == 1
    assert backup_key(new_pc, create=False) == key_from_recovery_code(code)


def test_wrong_key_and_foreign_files_are_refused(store, data_dir, tmp_path):
    path = create_backup(data_dir, tmp_path, backup_key(data_dir))
    with pytest.raises(RuleViolation) as raised:
        backup_manifest(path, bytes(32))
    assert raised.value.code == "backup_key_wrong"
    stranger = tmp_path / "x.burenrust-backup"
    stranger.write_bytes(b"PK\x03\x04 not ours")
    with pytest.raises(RuleViolation) as raised:
        backup_manifest(stranger, backup_key(data_dir))
    assert raised.value.code == "backup_not_recognised"
    with pytest.raises(RuleViolation):
        key_from_recovery_code("ABCD-EFGH")


def test_rotation_keeps_days_weeks_and_months(store, data_dir, tmp_path):
    folder = tmp_path / "rot"
    folder.mkdir()
    now = datetime(2026, 11, 24, 9, 0)
    for days in range(0, 400):
        for hour in (8, 17):
            stamp = now - timedelta(days=days, hours=hour)
            (folder / f"burenrust-{stamp:%Y%m%d-%H%M%S}.burenrust-backup").write_bytes(b"")
    rotate(folder, now)
    kept = [stamp for stamp, _path in list_backups(folder)]
    assert len({k.date() for k in kept if now - k <= timedelta(days=7)}) >= 7
    assert len(kept) <= 7 + 4 + 12 + 2
    assert min(kept) >= now - timedelta(days=31 * 12)
    assert not backup_due(folder, now)
    assert backup_due(folder, now + timedelta(days=2))


def test_backup_command(data_dir, tmp_path, capsys):
    Store.open(data_dir).close()
    assert main(["backup", "--data-dir", str(data_dir), "--to", str(tmp_path / "usb")]) == 0
    assert "Back-up gemaakt" in capsys.readouterr().out
    assert len(list_backups(tmp_path / "usb")) == 1
    assert main(["recovery-code", "--data-dir", str(data_dir)]) == 0


def test_beheer_backup_box_and_warning(qtbot, data_dir, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QApplication, QMessageBox

    from views.main_window import MainWindow
    from views.tasks import SyncRunner

    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: None))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    store = Store.open(data_dir, user="test-coordinator")
    register_case(store, sample_case(store))
    window = MainWindow(store, data_dir, runner=SyncRunner())
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "nog geen back-up" in window.backup_warning.text().lower())
    box = window.admin.backups
    box.choose_folder(str(tmp_path / "usb"))
    (tmp_path / "usb").mkdir()
    box.backup_now()
    assert "nog geen" not in box.last_label.text()
    window.check_backups()
    assert window.backup_warning.isHidden()
    code = box.show_code()
    assert code.count("-") == 12
    sheet = box.print_code()  # one page for the safe, shown to print
    assert sheet.view.document.pageCount() == 1
    import io

    from pypdf import PdfReader

    text = PdfReader(io.BytesIO(sheet.data)).pages[0].extract_text()
    assert " - ".join(code.split("-")[:5]) in text and "kluis" in text
    [(_, path)] = list_backups(tmp_path / "usb")
    register_case(store, sample_case(store))
    assert box.ask_restore(str(path))
    assert QApplication.instance().property("burenrust_restored")
    QApplication.instance().setProperty("burenrust_restored", False)
    assert count_cases(data_dir) == 1
    store.close()


def test_automatic_backup_never_raises(data_dir, monkeypatch):
    from desktop.data import backup

    Store.open(data_dir).close()

    def broken(*_args, **_kwargs):
        raise OSError("the USB stick was pulled")

    monkeypatch.setattr(backup, "_copy_database", broken)
    assert backup.automatic_backup(data_dir) is None
    monkeypatch.undo()
    assert backup.automatic_backup(data_dir) is not None
    assert backup.automatic_backup(data_dir, only_if_due=True) is None


def test_restore_on_a_new_pc_asks_for_the_recovery_code(qtbot, store, data_dir, tmp_path,
                                                        memory_keyring, monkeypatch):
    from PySide6.QtWidgets import QApplication, QMessageBox

    from views.admin.backup_box import BackupBox
    from views.tasks import SyncRunner

    shown = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda parent, title, text, *a, **k: shown.append(text)
        or QMessageBox.StandardButton.Yes))
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(
            lambda parent, title, text, *a, **k: shown.append(text)))
    register_case(store, sample_case(store))
    path = create_backup(data_dir, tmp_path / "backups", backup_key(data_dir))
    code = recovery_code(backup_key(data_dir))
    store.close()
    memory_keyring.secrets.clear()  # a new PC: nothing in its keyring
    new_pc = tmp_path / "new-pc"
    new_store = Store.open(new_pc, user="test-coordinator")
    box = BackupBox(new_store, new_pc, SyncRunner())
    qtbot.addWidget(box)
    assert not box.ask_restore(str(path), code="AAAA-BBBB")  # a wrong code changes nothing
    assert "herstelcode klopt niet" in shown[-1].lower()
    assert box.ask_restore(str(path), code=code.lower())
    question = next(t for t in shown if "terugzetten?" in t)
    assert "Zaken: 1 · documenten: 0 · laatste wijziging: " in question
    assert "T" not in question.split("laatste wijziging: ")[1][:16]  # a Dutch date, not ISO
    QApplication.instance().setProperty("burenrust_restored", False)
    assert count_cases(new_pc) == 1
    assert backup_key(new_pc, create=False) == key_from_recovery_code(code)
