import json
import os
import socket

from desktop.data.instance_lock import LOCK_FILE, acquire, read_lock, release


def test_second_instance_sees_who_holds_the_lock(tmp_path):
    assert acquire(tmp_path) is None
    assert acquire(tmp_path) is None  # taking it again from the same process is fine
    (tmp_path / LOCK_FILE).write_text(json.dumps(
        {"host": "KANTOOR-PC2", "user": "annemiek", "pid": 4242, "since": "2026-11-24T09:00"}))
    holder = acquire(tmp_path)
    assert (holder.host, holder.user) == ("KANTOOR-PC2", "annemiek")
    assert not holder.on_this_pc and not holder.looks_stale()
    assert acquire(tmp_path, force=True) is None  # broken after the coordinator confirmed
    assert read_lock(tmp_path).pid == os.getpid()
    release(tmp_path)
    assert read_lock(tmp_path) is None


def test_a_lock_left_by_a_crash_on_this_pc_looks_stale(tmp_path):
    (tmp_path / LOCK_FILE).write_text(json.dumps(
        {"host": socket.gethostname(), "user": "x", "pid": 999_999_99, "since": ""}))
    assert acquire(tmp_path).looks_stale()


def test_release_leaves_someone_elses_lock(tmp_path):
    (tmp_path / LOCK_FILE).write_text(json.dumps(
        {"host": "OTHER", "user": "x", "pid": 1, "since": ""}))
    release(tmp_path)
    assert read_lock(tmp_path).host == "OTHER"
    (tmp_path / LOCK_FILE).write_text("garbage")
    assert read_lock(tmp_path).host == "?"


def test_read_only_store_reads_but_never_writes(data_dir):
    import pytest
    from sqlalchemy.exc import OperationalError

    from desktop.cases.queries import CaseFilter, fetch_rows
    from desktop.cases.registration import register_case
    from desktop.data.store import Store
    from tests.conftest import sample_case

    writer = Store.open(data_dir)
    register_case(writer, sample_case(writer))
    reader = Store.open(data_dir, read_only=True)
    try:
        assert len(fetch_rows(reader, CaseFilter())) == 1
        with pytest.raises(OperationalError) as raised:
            register_case(reader, sample_case(reader))
        assert "readonly" in str(raised.value.orig).replace(" ", "")
        from views.errors import unexpected_message
        assert "alleen-lezen" in unexpected_message(raised.value)
    finally:
        reader.close()
        writer.close()
    assert len(fetch_rows(Store.open(data_dir), CaseFilter())) == 1


def test_start_up_asks_when_another_pc_holds_the_data(tmp_path, monkeypatch, qapp):
    import desktop.app as app
    import views.lock_dialog as lock_dialog

    (tmp_path / LOCK_FILE).write_text(json.dumps(
        {"host": "KANTOOR-PC2", "user": "annemiek", "pid": 4242, "since": "2026-11-24T09:00"}))
    assert "KANTOOR-PC2" in lock_dialog.lock_text(read_lock(tmp_path))
    for choice, expected in ((lock_dialog.READ_ONLY, True), (lock_dialog.QUIT, None),
                             (lock_dialog.BREAK, False)):
        monkeypatch.setattr(lock_dialog, "ask_about_lock", lambda _holder, c=choice: c)
        assert app._take_lock(tmp_path) is expected
    assert read_lock(tmp_path).pid == os.getpid()  # broken and now ours


def test_a_crashed_run_on_this_pc_does_not_block(tmp_path, qapp):
    import desktop.app as app

    (tmp_path / LOCK_FILE).write_text(json.dumps(
        {"host": socket.gethostname(), "user": "x", "pid": 999_999_99, "since": ""}))
    assert app._take_lock(tmp_path) is False


def test_read_only_window_says_so(qtbot, data_dir):
    from desktop.data.store import Store
    from views.main_window import MainWindow
    from views.tasks import SyncRunner

    Store.open(data_dir).close()
    store = Store.open(data_dir, read_only=True)
    window = MainWindow(store, data_dir, runner=SyncRunner())
    qtbot.addWidget(window)
    assert "alleen lezen" in window.windowTitle()
    store.close()
