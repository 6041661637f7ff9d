"""Two coordinators on two PCs open the same case at once (one database, two
connections): the second save is refused with a clear message, nothing is
silently overwritten. Runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import json

import pytest

from desktop.cases.detail import CaseUpdate, get_case, update_case
from desktop.cases.registration import register_case
from desktop.data.connection import configured_url, database_url, save_connection, use_local_file
from desktop.data.errors import StaleData
from desktop.data.store import Store
from tests.conftest import sample_case

# Run on SQLite and, when a server is given, on PostgreSQL (tests/conftest.py).
BOTH_DATABASES = True


def _update(case, story: str) -> CaseUpdate:
    return CaseUpdate(story, case.urgency, case.is_complex, case.conflict_type_ids,
                      case.neighbourhood, case.municipality)


def test_second_save_of_the_same_case_is_refused(store, data_dir):
    case_id = register_case(store, sample_case(store)).id
    other_pc = Store.open(data_dir, user="tweede-coordinator")  # its own engine and connection
    try:
        assert other_pc.engine.dialect.name == store.engine.dialect.name
        mine, theirs = get_case(store, case_id), get_case(other_pc, case_id)
        update_case(other_pc, case_id, theirs.version, _update(theirs, "Hun versie."))
        with pytest.raises(StaleData):
            update_case(store, case_id, mine.version, _update(mine, "Mijn versie."))
        assert get_case(store, case_id).story == "Hun versie."
        fresh = get_case(store, case_id)  # reloaded, the save goes through
        update_case(store, case_id, fresh.version, _update(fresh, "Mijn versie."))
        assert get_case(other_pc, case_id).story == "Mijn versie."
    finally:
        other_pc.close()


def test_server_password_lives_in_the_keyring_only(data_dir, memory_keyring):
    save_connection(data_dir, "postgresql://coordinator:geheim%21@db.example:5432/burenrust")
    settings = json.loads((data_dir / "settings.json").read_text(encoding="utf-8"))
    assert "geheim" not in json.dumps(settings)
    assert settings["database_url"] == "postgresql+psycopg://coordinator@db.example:5432/burenrust"
    assert "geheim!" in memory_keyring.secrets.values()
    assert database_url(data_dir).endswith("coordinator:geheim%21@db.example:5432/burenrust")
    assert configured_url(data_dir).password is None
    use_local_file(data_dir)
    assert database_url(data_dir) is None
