
from desktop.cases.registration import register_case
from desktop.cli import main
from desktop.data.encryption.cipher import open_file
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
    connection = open_file(data_dir / "burenrust.sqlite", "rw")
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


def test_a_file_damaged_while_closed_takes_no_writes_after_start(data_dir):
    """Found at start, off the GUI thread, before anything is written over it."""
    import threading

    from desktop.cases.registration import register_case
    from desktop.data.errors import RuleViolation
    from desktop.data.integrity import start_check
    from desktop.data.store import Store
    from tests.conftest import sample_case

    store = Store.open(data_dir)
    for _ in range(40):
        register_case(store, sample_case(store))
    store.close()
    damage_table(data_dir / "burenrust.sqlite", "journal_entries")
    store = Store.open(data_dir)
    try:
        store.hold_writes()
        saving = threading.Thread(target=lambda: saved.append(_try(register_case, store)))
        saved: list = []
        saving.start()
        saving.join(0.2)
        assert saving.is_alive(), "a write must wait for the check"
        assert start_check(store, data_dir / "burenrust.sqlite") is False
        saving.join(5)
        assert isinstance(saved[0], RuleViolation) and saved[0].code == "database_damaged"
    finally:
        store.close()


def damage_table(path, table: str) -> None:
    """1 KiB overwritten where a table's rows begin, as a failing disk would."""
    connection = open_file(path, "rw")
    page_size = int(connection.execute("PRAGMA page_size").fetchone()[0])
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                              (table,)).fetchone()[0]
    connection.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * 1024)


def _try(register_case, store):
    from tests.conftest import sample_case

    try:
        return register_case(store, sample_case(store))
    except Exception as exc:
        return exc


def test_a_sound_file_lets_writes_go_after_the_check(store, data_dir):
    from desktop.cases.registration import register_case
    from desktop.data.integrity import start_check
    from tests.conftest import sample_case

    store.hold_writes()
    assert start_check(store, data_dir / "burenrust.sqlite") is True
    assert register_case(store, sample_case(store)).number


def test_damage_found_at_start_offers_the_last_good_backup(qtbot, data_dir, answers):
    from PySide6.QtWidgets import QApplication

    from desktop.data.backup import automatic_backup
    from desktop.data.integrity import start_check
    from desktop.data.store import Store
    from views.main_window import MainWindow
    from views.startup_checks import explain_damage_found_at_start
    from views.tasks import SyncRunner

    store = Store.open(data_dir)
    for _ in range(30):
        register_case(store, sample_case(store))
    store.close()
    assert automatic_backup(data_dir) is not None
    damage_table(data_dir / "burenrust.sqlite", "journal_entries")
    store = Store.open(data_dir, user="test-coordinator")
    window = MainWindow(store, data_dir, runner=SyncRunner())
    qtbot.addWidget(window)
    assert start_check(store, data_dir / "burenrust.sqlite") is False
    shown, _replies = answers
    assert explain_damage_found_at_start(window, data_dir)
    assert "beschadigd" in shown[0][1] and "laatste goede back-up" in shown[0][1]
    assert QApplication.instance().property("burenrust_restored")
    QApplication.instance().setProperty("burenrust_restored", False)
    assert check_database(data_dir / "burenrust.sqlite") == []
    assert list((data_dir / "safety-copies").glob("*before-restore*"))
    store.close()
