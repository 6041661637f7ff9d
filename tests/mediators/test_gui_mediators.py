"""Mediators, pair suggestions and the whole plan through the real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.cases.detail import get_case
from desktop.mediators.planning import waiting_case_ids
from desktop.mediators.register import get_mediator, list_mediators
from tests.mediator_helpers import mediator, waiting_case


@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch):
    shown = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(
            lambda parent, title, text, *a, _k=kind, **kw: shown.append((_k, text))))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **kw: shown.append(("question", a[2])) or QMessageBox.StandardButton.Yes))
    return shown



def test_register_a_mediator_with_free_evenings(window, no_modal_boxes):
    window.nav.setCurrentRow(1)
    page = window.mediators
    page.new_mediator()
    editor = page.editor
    assert not editor.save_button.isEnabled()
    editor.edits["first_name"].setText("Fatima")
    editor.edits["last_name"].setText("El Amrani")
    editor.edits["postcode"].setText("7411ab")
    assert not editor.save_button.isEnabled()  # an address needs number, street and town
    editor.edits["house_number"].setText("3")
    editor.edits["street"].setText("Brink")
    editor.edits["town"].setText("Deventer")
    editor.edits["languages"].setText("Arabisch; Frans")
    editor.started_on.editor.setText("1-2-2024")
    editor.slots[(0, "evening")].setChecked(False)
    editor.slots[(5, "morning")].setChecked(True)
    assert editor.save_button.isEnabled(), editor.summary.text()
    assert editor.save()
    [row] = list_mediators(window.store)
    assert row.name == "Fatima El Amrani" and row.languages == "Arabisch, Frans"
    detail = get_mediator(window.store, row.id)
    assert (5, "morning") in detail.availability and (0, "evening") not in detail.availability
    assert detail.values.address.postcode == "7411 AB"
    assert str(detail.values.started_on) == "2024-02-01"
    assert page.model.rowCount() == 1
    # Absences and trainings are stored at once.
    from datetime import date
    assert editor.add_absence(date(2026, 12, 20), date(2027, 1, 3), "Vakantie")
    assert editor.absences.count() == 1


def test_wrong_date_blocks_saving(window):
    window.nav.setCurrentRow(1)
    editor = window.mediators.editor
    editor.edits["last_name"].setText("Jansen")
    editor.started_on.editor.setText("31-02-2024")
    assert not editor.save_button.isEnabled()
    assert "24-11-2026" in editor.started_on.error.text()
    assert editor.save() is False


def test_propose_and_assign_a_pair_from_the_case(window, monkeypatch):
    case_id = waiting_case(window.store)
    mediator(window.store, "Een", "7411 AA")
    mediator(window.store, "Twee", "7412 AA")
    view = window.cases.open_case(case_id)
    assert "Nog geen koppel" in view.pair_label.text()
    from views.cases.pair_dialog import PairDialog
    monkeypatch.setattr(PairDialog, "exec", lambda self: PairDialog.DialogCode.Accepted)
    view.propose_pair()
    assert view.detail.status == "talks"
    assert view.pair_label.text() in ("Sam Een & Sam Twee", "Sam Twee & Sam Een")
    assert any(line.startswith("Koppel toegewezen") for line in view.journal_texts())


def test_plan_everything_and_accept(window):
    first = waiting_case(window.store, "8011 AB")
    second = waiting_case(window.store, "8021 AB", "Kerkweg")
    for i, postcode in enumerate(("7411 AA", "7412 AA", "7413 AA", "7414 AA")):
        mediator(window.store, f"M{i}", postcode)
    dialog = window.mediators.make_plan_dialog()
    dialog.start()
    assert dialog.plan is not None and dialog.plan.assigned == 2
    assert dialog.table.rowCount() == 2
    # The coordinator takes the second case out of this round.
    from PySide6.QtCore import Qt
    dialog.table.item(1, 0).setCheckState(Qt.CheckState.Unchecked)
    dialog.apply()
    assert dialog.result() == dialog.DialogCode.Accepted
    statuses = {get_case(window.store, c).status for c in (first, second)}
    assert statuses == {"talks", "waiting_for_pair"}
    assert len(waiting_case_ids(window.store)) == 1


def test_plan_dialog_warns_when_a_change_overloads_someone(window, no_modal_boxes):
    waiting_case(window.store, "8011 AB")
    waiting_case(window.store, "8021 AB", "Kerkweg")
    for i, postcode in enumerate(("7411 AA", "7412 AA", "7413 AA", "7414 AA")):
        mediator(window.store, f"M{i}", postcode, max_open_cases=1)
    dialog = window.mediators.make_plan_dialog()
    dialog.start()
    first_pair = dialog.choices[0].currentData()
    combo = dialog.choices[1]
    same = next(i for i in range(1, combo.count())
                if set(combo.itemData(i).pair) & set(first_pair.pair))
    combo.setCurrentIndex(same)
    assert dialog.conflicts(dialog.accepted_choices())
    dialog.apply()
    assert no_modal_boxes[-1][0] == "question"


def test_a_plan_stopped_at_the_time_limit_says_how_far_from_the_best_it_may_be(window):
    from dataclasses import replace

    waiting_case(window.store, "8011 AB")
    for i, postcode in enumerate(("7411 AA", "7412 AA")):
        mediator(window.store, f"M{i}", postcode)
    dialog = window.mediators.make_plan_dialog()
    dialog.start()
    assert "tijdslimiet" not in dialog.status.text()
    dialog.show_plan(replace(dialog.plan, optimal=False, gap=0.034))
    assert "hooguit 3,4% minder goed" in dialog.status.text()
