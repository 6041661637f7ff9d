"""Appointments and the agenda through the real widgets."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from icalendar import Calendar
from PySide6.QtWidgets import QMessageBox

from desktop.agenda.appointments import case_appointments, save_room, week_of
from desktop.data.store import Store
from desktop.mediators.planning import assign_pair
from tests.mediator_helpers import mediator, waiting_case
from views.main_window import MainWindow
from views.tasks import SyncRunner


@pytest.fixture
def case_with_pair(qtbot, data_dir):
    store = Store.open(data_dir, user="test-coordinator")
    case_id = waiting_case(store)
    a, b = mediator(store, "Een", "7411 AA"), mediator(store, "Twee", "7412 AA")
    assign_pair(store, case_id, None, (a, b))
    save_room(store, None, "Wijkcentrum De Pol")
    window = MainWindow(store, data_dir, runner=SyncRunner())
    qtbot.addWidget(window)
    window.show()
    yield window, case_id, a
    store.close()


def next_weekday(weekday: int) -> date:
    today = date.today()
    return today + timedelta(days=(weekday - today.weekday()) % 7 + 7)


def test_plan_a_talk_see_it_in_the_week_and_export_it(case_with_pair, tmp_path, answers):
    window, case_id, mediator_id = case_with_pair
    view = window.cases.open_case(case_id)
    dialog = view.appointment_dialog()
    dialog.kind.setCurrentIndex(dialog.kind.findData("talk_b"))
    assert dialog.place_kind.currentData() == "home_b"  # follows the kind
    monday = next_weekday(0)
    dialog.day.editor.setText(monday.strftime("%d-%m-%Y"))
    assert dialog.try_save()
    assert answers[0] == []  # Monday evening: everyone free, no clash
    [appointment] = case_appointments(window.store, case_id)
    assert appointment.place == "Dorpstraat 14, 8011 AB Zwolle"

    window.nav.setCurrentRow(2)
    window.agenda.go_to(monday)
    assert window.agenda.days[0].count() == 1
    assert "Gesprek met partij B" in window.agenda.days[0].item(0).text()
    window.agenda.mediator_filter.setCurrentIndex(
        window.agenda.mediator_filter.findData(mediator_id))
    path = tmp_path / "een.ics"
    assert window.agenda.export_mediator(str(path))
    [event] = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert event.decoded("dtstart").hour == 19

    window.nav.setCurrentRow(1)
    window.mediators.show_mediator(mediator_id)
    assert "Gesprek met partij B" in window.mediators.editor.upcoming.text()

    view.reload()
    view.appointments.setCurrentRow(0)
    single = tmp_path / "one.ics"
    assert view.export_selected(str(single))
    assert b"BEGIN:VTIMEZONE" in single.read_bytes()


def test_a_clash_asks_and_can_be_declined_without_losing_input(case_with_pair, answers):
    window, case_id, _mediator_id = case_with_pair
    shown, replies = answers
    view = window.cases.open_case(case_id)
    saturday = next_weekday(5)
    dialog = view.appointment_dialog()
    dialog.day.editor.setText(saturday.strftime("%d-%m-%Y"))
    dialog.notes.setPlainText("Sleutel bij de buren")
    replies.append(QMessageBox.StandardButton.No)
    assert dialog.try_save() is False
    assert "meestal niet vrij" in shown[-1][1]
    assert dialog.notes.toPlainText() == "Sleutel bij de buren"
    assert case_appointments(window.store, case_id) == []
    replies.append(QMessageBox.StandardButton.Yes)
    assert dialog.try_save()
    assert len(case_appointments(window.store, case_id)) == 1
    window.agenda.go_to(saturday)
    item = window.agenda.days[5].item(0)
    assert item.text().startswith("⚠")


def test_things_to_do_link_to_the_case(case_with_pair):
    window, _case_id, _mediator_id = case_with_pair
    other = waiting_case(window.store, "8021 AB", "Kerkweg")
    window.agenda.refresh()
    texts = [window.agenda.todo.item(i).text() for i in range(window.agenda.todo.count())]
    assert any("wacht op een koppel" in t for t in texts)
    window.agenda._open_item(window.agenda.todo.item(0))
    assert window.cases.tabs.currentWidget().case_id == other
    assert week_of(date.today()) == window.agenda.monday
