"""The audit trail names the records it is about and records exports without their
personal data; the log file holds no personal data, not even in a traceback."""

from __future__ import annotations

import logging
from datetime import date

from sqlalchemy import select

from desktop.cases.history import case_history
from desktop.cases.registration import register_case
from desktop.cli import main
from models import AuditEntry
from tests.conftest import sample_case


def test_a_cases_history_includes_the_persons_and_addresses_added(store):
    ref = register_case(store, sample_case(store))
    entities = {entry.entity for entry in case_history(store, ref.id)}
    assert {"persons", "addresses", "cases", "case_parties"} <= entities


def test_exports_are_recorded_without_personal_data(store, data_dir, tmp_path, window,
                                                    answers):
    register_case(store, sample_case(store))
    assert main(["report", "--year", str(date.today().year), "--format", "csv", "--out",
                 str(tmp_path / "cijfers.csv"), "--data-dir", str(data_dir)]) == 0
    window.nav.setCurrentRow(3)
    assert window.partners.export("csv", str(tmp_path / "partners.csv"))
    with store.read() as session:
        events = session.execute(select(AuditEntry.entity, AuditEntry.action,
                                        AuditEntry.changes).where(
            AuditEntry.action == "export")).all()
    assert {e[0] for e in events} == {"figures", "address_list"}
    assert all("Vries" not in changes for _e, _a, changes in events)


def test_a_traceback_in_the_log_keeps_no_path_or_name(data_dir):
    from desktop.data.logging_setup import setup_logging

    path = setup_logging(data_dir)
    name = " ".join(("Brief aan", "Fatma", "Çelik.pdf"))  # not in the source line shown
    try:
        open(data_dir / "nergens" / name, "rb")  # noqa: SIM115
    except OSError:
        logging.getLogger("test").exception("a document could not be written")
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = path.read_text(encoding="utf-8")
    assert "FileNotFoundError [errno 2]" in logged and "test_audit_and_logs.py" in logged
    assert "Çelik" not in logged and "Brief aan" not in logged
