"""Privacy under Beheer and in Te doen, through the real widgets."""

from __future__ import annotations

import json
from datetime import date, timedelta

from PySide6.QtCore import Qt
from sqlalchemy import update

from desktop.privacy import requests, retention
from models import Case
from tests.letter_helpers import set_up_organisation
from tests.privacy.test_requests import neighbours


def _age(store, case_id: int, years: int) -> None:
    with store.unit() as session:
        session.execute(update(Case).where(Case.id == case_id).values(
            closed_on=date.today() - timedelta(days=365 * years)))


def test_retention_from_te_doen_to_anonymised(window, answers, qtbot):
    case_id = neighbours(window.store)
    _age(window.store, case_id, 3)
    window.nav.setCurrentRow(2)
    agenda = window.page(2)
    texts = [agenda.todo.item(i).text() for i in range(agenda.todo.count())]
    assert any("Bewaartermijn verstreken: 1 zaken" in t for t in texts)
    dialog = window.open_privacy()
    assert dialog.due_table.rowCount() == 1 and dialog.anonymise_button.isEnabled()
    dialog.months.setValue(48)
    assert dialog.save_settings() and dialog.due_table.rowCount() == 0  # not due at 48
    dialog.months.setValue(24)
    dialog.statement.setPlainText("Wij bewaren een dossier twee jaar na afsluiten.")
    assert dialog.save_settings()
    assert retention.get_settings(window.store).statement.startswith("Wij bewaren")
    dialog.reason.setText("Jaarlijkse opschoning")
    dialog.anonymise()  # answers says Yes; the runner is synchronous in tests
    shown, _replies = answers
    assert any("Geanonimiseerd: 1 zaken" in text for _kind, text in shown)
    assert dialog.due_table.rowCount() == 0
    agenda.refresh()
    texts = [agenda.todo.item(i).text() for i in range(agenda.todo.count())]
    assert not any("Bewaartermijn" in t for t in texts)


def test_a_request_from_register_to_inzage(window, answers, tmp_path):
    set_up_organisation(window.store)
    neighbours(window.store)
    dialog = window.open_privacy()
    assert dialog.new_request(("access", date.today() - timedelta(days=26), "Jan de Vries"))
    assert dialog.requests_table.rowCount() == 1
    window.nav.setCurrentRow(2)
    agenda = window.page(2)
    texts = [agenda.todo.item(i).text() for i in range(agenda.todo.count())]
    assert any("Verzoek van Jan de Vries beantwoorden" in t for t in texts)
    [view] = requests.list_requests(window.store)
    with window.store.unit() as session:  # link the request to the resident found
        from models import ResidentRequest

        session.get(ResidentRequest, view.id).person_id = requests.find_persons(
            window.store, "Jan de Vries")[0].id
    access = dialog.access_dialog()
    access.finder.search.setText("de vries")
    assert access.finder.results.count() == 1
    access.finder.results.setCurrentRow(0)
    assert "Buurmans" in access.preview.toHtml()  # shown, marked, blacked out by default
    assert access.names.item(0).checkState() == Qt.CheckState.Checked
    target = access.save(str(tmp_path / "inzage.pdf"))
    data = json.loads(target.with_suffix(".json").read_text(encoding="utf-8"))
    assert "Buurmans" not in json.dumps(data)
    dialog.load_requests()
    assert "Inzage gemaakt" in dialog.requests_table.item(0, 5).text()
