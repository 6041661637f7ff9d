"""Pull the plug: kill the program (SIGKILL) while it saves cases, again and
again, and check that every saved case is there, whole, and the file is sound."""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.data.encryption.cipher import open_file
from desktop.data.integrity import check_database
from desktop.data.store import Store

ROUNDS = 25
WRITER = Path(__file__).with_name("crash_writer.py")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_killed_while_saving_loses_nothing_that_was_saved(key_in_data_folder, tmp_path):
    data_dir = tmp_path / "data"
    Store.open(data_dir).close()
    rng = random.Random(7)
    confirmed: set[str] = set()
    for _round in range(ROUNDS):
        child = subprocess.Popen(
            [sys.executable, str(WRITER), str(data_dir)],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        )
        assert child.stdout.readline().strip() == "READY"
        deadline = time.monotonic() + rng.uniform(0.05, 0.4)
        while time.monotonic() < deadline:
            line = child.stdout.readline().strip()
            if line:
                confirmed.add(line)
        child.send_signal(signal.SIGKILL)
        child.wait()
        for line in child.stdout.read().split():  # printed just before the kill
            confirmed.add(line)

        connection = open_file(data_dir / "burenrust.sqlite", "rw")
        try:
            numbers = {n for (n,) in connection.execute("SELECT number FROM cases")}
            half = connection.execute(
                "SELECT count(*) FROM cases c WHERE"
                " (SELECT count(*) FROM case_parties p WHERE p.case_id = c.id) != 2"
                " OR NOT EXISTS (SELECT 1 FROM case_conflict_types t WHERE t.case_id = c.id)"
                " OR NOT EXISTS (SELECT 1 FROM journal_entries j WHERE j.case_id = c.id)"
            ).fetchone()[0]
        finally:
            connection.close()
        assert confirmed <= numbers, "a case reported as saved is missing"
        assert half == 0, "a case was half saved"
        assert check_database(data_dir / "burenrust.sqlite") == []
    assert len(confirmed) > ROUNDS  # the test really saved while being killed
