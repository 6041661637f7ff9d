"""Choosing a PostgreSQL server for a data folder: the command, the Beheer
dialog, and what changes when the data lives on a server."""

from __future__ import annotations

import io

import pytest
from sqlalchemy.engine import make_url

from desktop import connection
from desktop.cli import main
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
        from desktop.store import Store

        store = Store.open(data_dir)
        try:
            assert store.engine.dialect.name == "postgresql"
            from desktop.case_queries import CaseFilter, count_cases

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
