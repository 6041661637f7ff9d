"""Choosing a PostgreSQL server for a data folder: the command, the Beheer
dialog, and what changes when the data lives on a server."""

from __future__ import annotations

import io

import pytest
from sqlalchemy.engine import make_url

from desktop.cli import main
from desktop.data import connection
from tests import postgres


def test_an_unreachable_server_is_refused_and_nothing_saved(data_dir, capsys):
    code = main(["database", "--data-dir", str(data_dir),
                 "--server", "postgresql://niemand@127.0.0.1:9/burenrust"])
    assert code == 1 and "Geen verbinding" in capsys.readouterr().err
    assert connection.configured_url(data_dir) is None


@pytest.mark.skipif(not postgres.admin_url(), reason="no PostgreSQL server")
def test_database_command_moves_the_folder_to_a_server(data_dir, monkeypatch, capsys,
                                                        postgres_template):
    name, url = postgres.fresh_database()
    try:
        parsed = make_url(url)
        monkeypatch.setattr("sys.stdin", io.StringIO(parsed.password + "\n"))
        bare = parsed.set(drivername="postgresql")
        bare_text = f"postgresql://{bare.username}@{bare.host}:{bare.port}/{bare.database}"
        assert main(["database", "--data-dir", str(data_dir), "--server", bare_text,
                     "--password-stdin"]) == 0
        assert "Verbonden met PostgreSQL" in capsys.readouterr().out
        assert main(["demo", "--cases", "20", "--data-dir", str(data_dir)]) == 0
        from desktop.data.store import Store

        store = Store.open(data_dir)
        try:
            assert store.engine.dialect.name == "postgresql"
            from desktop.cases.queries import CaseFilter, count_cases

            assert count_cases(store, CaseFilter()) == 20
        finally:
            store.close()
        assert main(["backup", "--data-dir", str(data_dir)]) == 1
        assert "pg_dump" in capsys.readouterr().err
        assert not (data_dir / "burenrust.sqlite").exists()  # nothing went to the file
        assert main(["database", "--data-dir", str(data_dir), "--local"]) == 0
        assert connection.configured_url(data_dir) is None
    finally:
        postgres.drop_database(name)


def test_database_dialog_keeps_the_password_in_the_keyring(qtbot, data_dir, memory_keyring,
                                                           monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from views.admin.database_dialog import DatabaseDialog
    from views.tasks import SyncRunner

    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: None))
    dialog = DatabaseDialog(data_dir, SyncRunner())
    qtbot.addWidget(dialog)
    dialog.host.setText("db.buurtbemiddeling.lan")
    dialog.user.setText("coordinator")
    dialog.password.setText("zeer geheim")
    dialog.database.setText("")
    assert not dialog.save() and "database" in dialog.state.text()
    dialog.database.setText("burenrust")
    assert dialog.save()
    saved = connection.configured_url(data_dir)
    assert (saved.host, saved.database, saved.password) == (
        "db.buurtbemiddeling.lan", "burenrust", None)
    assert "zeer geheim" in memory_keyring.secrets.values()
    again = DatabaseDialog(data_dir, SyncRunner())
    qtbot.addWidget(again)
    assert again.host.text() == "db.buurtbemiddeling.lan" and again.local_button.isEnabled()
    assert again.use_local() and connection.configured_url(data_dir) is None


def test_connection_test_in_the_dialog_reports_failure_calmly(qtbot, data_dir):
    from views.admin.database_dialog import DatabaseDialog
    from views.tasks import SyncRunner

    dialog = DatabaseDialog(data_dir, SyncRunner())
    qtbot.addWidget(dialog)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(9)
    dialog.user.setText("niemand")
    dialog.test()
    assert dialog.state.text().startswith("Geen verbinding.")


@pytest.mark.skipif(not postgres.admin_url(), reason="no PostgreSQL server")
def test_moving_the_file_to_an_empty_server_keeps_every_row(data_dir, postgres_template,
                                                              monkeypatch, capsys):
    from sqlalchemy import create_engine, func, select, text

    from desktop.cases.queries import CaseFilter, fetch_rows
    from desktop.data.store import Store
    from desktop.demo import generator
    from models import Base

    local = Store.open(data_dir)
    generator.generate(local, 120, seed=4)
    counts = {}
    with local.read() as session:
        for table in Base.metadata.sorted_tables:
            counts[table.name] = session.scalar(select(func.count()).select_from(table))
    [first] = fetch_rows(local, CaseFilter(), limit=1)
    local.close()
    name, url = postgres.fresh_database()
    try:
        parsed = make_url(url)
        bare = f"postgresql://{parsed.username}@{parsed.host}:{parsed.port}/{parsed.database}"
        monkeypatch.setattr("sys.stdin", io.StringIO(parsed.password + "\n"))
        assert main(["database", "--data-dir", str(data_dir), "--server", bare,
                     "--password-stdin", "--move-data"]) == 0
        assert "120 zaken" in capsys.readouterr().out
        server = Store.open(data_dir)
        try:
            assert server.engine.dialect.name == "postgresql"
            with server.read() as session:
                for table in Base.metadata.sorted_tables:
                    assert session.scalar(select(func.count()).select_from(table)) == (
                        counts[table.name]), table.name
            assert [r.number for r in fetch_rows(server, CaseFilter(text=first.requester[:5]))
                    if r.number == first.number]  # the search index came along
            from desktop.cases.registration import register_case
            from tests.conftest import sample_case

            register_case(server, sample_case(server))  # new ids continue after the copied ones
        finally:
            server.close()
        monkeypatch.setattr("sys.stdin", io.StringIO(parsed.password + "\n"))
        assert main(["database", "--data-dir", str(data_dir), "--server", bare,
                     "--password-stdin", "--move-data"]) == 1  # the server holds cases now
        assert "bevat al zaken" in capsys.readouterr().err
        engine = create_engine(url)
        with engine.connect() as conn:
            assert conn.scalar(text("SELECT count(*) FROM cases")) == 121
        engine.dispose()
    finally:
        postgres.drop_database(name)


@pytest.mark.skipif(not postgres.admin_url(), reason="no PostgreSQL server")
def test_database_dialog_moves_the_data_along(qtbot, data_dir, postgres_template, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.cases.queries import CaseFilter, count_cases
    from desktop.cases.registration import register_case
    from desktop.data.store import Store
    from tests.conftest import sample_case
    from views.admin.database_dialog import DatabaseDialog
    from views.tasks import SyncRunner

    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: None))
    local = Store.open(data_dir)
    register_case(local, sample_case(local))
    local.close()
    name, url = postgres.fresh_database()
    try:
        parsed = make_url(url)
        dialog = DatabaseDialog(data_dir, SyncRunner())
        qtbot.addWidget(dialog)
        assert dialog.move_data.isChecked()  # there is a file with data on this PC
        dialog.host.setText(parsed.host)
        dialog.port.setValue(parsed.port)
        dialog.database.setText(parsed.database)
        dialog.user.setText(parsed.username)
        dialog.password.setText(parsed.password)
        assert dialog.save()
        assert "1 zaak overgezet" in dialog.state.text()
        server = Store.open(data_dir)
        try:
            assert server.engine.dialect.name == "postgresql"
            assert count_cases(server, CaseFilter()) == 1
        finally:
            server.close()
    finally:
        postgres.drop_database(name)
