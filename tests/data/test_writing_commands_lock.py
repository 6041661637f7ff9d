"""Every command that writes takes the program's lock, or refuses while the
program is open: restoring a backup under a running program damaged its data."""

from __future__ import annotations

import json
import os
import socket

import pytest

from desktop.cases.registration import register_case
from desktop.cli import main
from desktop.data.backup import create_backup
from desktop.data.encryption.cipher import open_file
from desktop.data.instance_lock import LOCK_FILE, read_lock
from desktop.data.store import Store
from tests.conftest import sample_case


def program_open(data_dir) -> None:
    """The lock as a running program on this PC leaves it (a live process)."""
    (data_dir / LOCK_FILE).write_text(json.dumps(
        {"host": socket.gethostname(), "user": "annemiek", "pid": os.getppid(),
         "since": "2026-11-25T09:00:00"}))


def cases_in(data_dir) -> int:

    connection = open_file(data_dir / "burenrust.sqlite", "rw")
    try:
        return connection.execute("SELECT count(*) FROM cases").fetchone()[0]
    finally:
        connection.close()


@pytest.fixture
def backup_file(store, data_dir, tmp_path):
    register_case(store, sample_case(store))
    made = create_backup(data_dir, tmp_path / "usb")
    register_case(store, sample_case(store))
    store.close()
    return made


def test_restore_refuses_while_the_program_is_open(backup_file, data_dir, capsys):
    program_open(data_dir)
    assert main(["restore", str(backup_file), "--data-dir", str(data_dir)]) == 1
    err = capsys.readouterr().err
    assert "Burenrust is geopend door annemiek" in err and "niets veranderd" in err
    assert cases_in(data_dir) == 2  # untouched
    assert read_lock(data_dir).user == "annemiek"  # and the program keeps its lock
    (data_dir / LOCK_FILE).unlink()
    assert main(["restore", str(backup_file), "--data-dir", str(data_dir)]) == 0
    assert cases_in(data_dir) == 1
    assert read_lock(data_dir) is None  # released again


def test_a_lock_left_by_a_crash_does_not_block_a_restore(backup_file, data_dir):
    (data_dir / LOCK_FILE).write_text(json.dumps(
        {"host": socket.gethostname(), "user": "x", "pid": 999_999_99, "since": ""}))
    assert main(["restore", str(backup_file), "--data-dir", str(data_dir)]) == 0


@pytest.mark.parametrize("command", [
    ["demo", "--cases", "5"],
    ["letters", "--from", "01-01-2026", "--to", "31-12-2026", "--out", "brieven.pdf"],
    ["database", "--local"],
])
def test_every_writing_command_refuses_while_the_program_is_open(data_dir, capsys, command,
                                                                 tmp_path):
    Store.open(data_dir).close()
    program_open(data_dir)
    if "--out" in command:
        command[command.index("--out") + 1] = str(tmp_path / "brieven.pdf")
    assert main([*command, "--data-dir", str(data_dir)]) == 1
    assert "Sluit het programma daar eerst" in capsys.readouterr().err
    assert cases_in(data_dir) == 0


def test_import_refuses_while_the_program_is_open(data_dir, tmp_path, capsys):
    sheet = tmp_path / "oud.csv"
    sheet.write_text("Naam aanvrager;Postcode;Huisnummer;Datum aanmelding\n"
                     "Jan de Vries;8011 AB;12;13-06-2023\n", encoding="utf-8")
    Store.open(data_dir).close()
    program_open(data_dir)
    assert main(["import", str(sheet), "--data-dir", str(data_dir)]) == 1
    assert "Sluit het programma daar eerst" in capsys.readouterr().err
    assert cases_in(data_dir) == 0


def test_reading_commands_go_on_while_the_program_is_open(store, data_dir, tmp_path):
    register_case(store, sample_case(store))
    store.close()
    program_open(data_dir)
    assert main(["check", "--data-dir", str(data_dir)]) == 0
    assert main(["backup", "--data-dir", str(data_dir), "--to", str(tmp_path / "b")]) == 0
    assert main(["report", "--year", "2026", "--format", "csv", "--out",
                 str(tmp_path / "c.csv"), "--data-dir", str(data_dir)]) == 0
