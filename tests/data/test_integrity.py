import sqlite3

from desktop.cases.registration import register_case
from desktop.cli import main
from desktop.data.integrity import check_database, is_damaged
from tests.conftest import sample_case


def test_a_sound_database_passes(store, data_dir, capsys):
    register_case(store, sample_case(store))
    assert check_database(data_dir / "burenrust.sqlite") == []
    assert main(["check", "--data-dir", str(data_dir)]) == 0
    assert "heel en consistent" in capsys.readouterr().out


def test_inconsistencies_are_reported(store, data_dir):
    register_case(store, sample_case(store))
    store.close()
    connection = sqlite3.connect(data_dir / "burenrust.sqlite")
    connection.execute("UPDATE cases SET status = 'closed'")
    connection.execute("DELETE FROM case_search")
    connection.commit()
    connection.close()
    codes = {f.code for f in check_database(data_dir / "burenrust.sqlite")}
    assert codes == {"search_index", "closed_without_result"}


def test_a_damaged_file_is_reported_and_left_alone(data_dir, tmp_path, capsys):
    damaged = data_dir / "burenrust.sqlite"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)
    before = damaged.read_bytes()
    findings = check_database(damaged)
    assert is_damaged(findings)
    assert main(["check", "--data-dir", str(data_dir)]) == 1
    assert "beschadigd" in capsys.readouterr().out
    assert damaged.read_bytes() == before


def test_start_up_offers_the_latest_backup_for_a_damaged_file(store, data_dir, monkeypatch,
                                                               qapp):
    from PySide6.QtWidgets import QMessageBox

    from desktop.data.backup import automatic_backup
    from views.startup_checks import offer_restore_when_damaged

    register_case(store, sample_case(store))
    store.close()
    assert automatic_backup(data_dir) is not None
    assert offer_restore_when_damaged(data_dir) is False  # not damaged: nothing to offer
    (data_dir / "burenrust.sqlite").write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes))
    assert offer_restore_when_damaged(data_dir) is True
    assert "beschadigd" in asked[0]
    assert check_database(data_dir / "burenrust.sqlite") == []
    kept = list((data_dir / "safety-copies").glob("*restore*.sqlite"))
    assert kept and kept[0].read_bytes().startswith(b"SQLite format 3\x00\xff")
