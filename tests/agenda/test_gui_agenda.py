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
    dialog = view.appointments_tab.appointment_dialog()
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
    assert "Dorpstraat 14, 8011 AB Zwolle" in window.agenda.days[0].item(0).text()  # where
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
    view.appointments_tab.list.setCurrentRow(0)
    single = tmp_path / "one.ics"
    assert view.appointments_tab.export_selected(str(single))
    assert b"BEGIN:VTIMEZONE" in single.read_bytes()


def test_a_clash_asks_and_can_be_declined_without_losing_input(case_with_pair, answers):
    window, case_id, _mediator_id = case_with_pair
    shown, replies = answers
    view = window.cases.open_case(case_id)
    saturday = next_weekday(5)
    dialog = view.appointments_tab.appointment_dialog()
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
    waiting = next(i for i in range(window.agenda.todo.count())
                   if "wacht op een koppel" in window.agenda.todo.item(i).text())
    window.agenda._open_item(window.agenda.todo.item(waiting))
    assert window.cases.tabs.currentWidget().case_id == other
    assert week_of(date.today()) == window.agenda.monday


def _past_talk(store, case_id: int, kind: str, days_ago: int) -> int:
    from datetime import datetime

    from desktop.agenda.appointments import AppointmentInput, save_appointment

    start = datetime.combine(date.today() - timedelta(days=days_ago),
                             datetime.min.time()).replace(hour=19, minute=30)
    return save_appointment(store, None, AppointmentInput(
        case_id, kind, start, start + timedelta(hours=1), "office"), confirmed=True)


def _visible(kind):
    from PySide6.QtWidgets import QApplication

    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind)
                and w.isVisible())


def test_a_past_talk_asks_how_it_went_and_offers_the_next_step(case_with_pair, answers,
                                                                 qtbot):
    from PySide6.QtCore import QTimer

    from desktop.cases.detail import change_status, get_case
    from views.agenda.agenda_page import APPOINTMENT_ROLE
    from views.agenda.appointment_dialog import AppointmentDialog
    from views.agenda.outcome_dialog import OutcomeDialog

    window, case_id, _mediator_id = case_with_pair
    store = window.store
    change_status(store, case_id, get_case(store, case_id).version, "intake")
    talk = _past_talk(store, case_id, "talk_a", 1)
    missed = _past_talk(store, case_id, "talk_b", 2)
    window.nav.setCurrentRow(2)
    lines = {window.agenda.todo.item(i).data(APPOINTMENT_ROLE): window.agenda.todo.item(i)
             for i in range(window.agenda.todo.count())}
    assert "Hoe ging het: gesprek met partij a van" in lines[talk].text()
    assert missed in lines

    # Double-click in Te doen: the case opens at its appointments, the question with it.
    window.agenda._open_item(lines[talk])
    view = window.cases.tabs.currentWidget()
    assert view.case_id == case_id and view.side_tabs.currentWidget() is view.appointments_tab
    dialog = _visible(OutcomeDialog)
    assert dialog.outcome() == "held"
    assert not dialog.next_status.isHidden() and dialog.next_status.isChecked()
    assert dialog.next_status.text() == "Status naar Gesprekken met partijen"
    dialog.note.setPlainText("Goed gesprek; A wil verder.")
    dialog.accept()
    detail = get_case(store, case_id)
    assert detail.status == "talks"  # the next step, taken
    assert detail.first_talk_on == date.today() - timedelta(days=1)
    assert any("Goed gesprek" in line for line in view.journal_texts())
    assert "Gehouden" in view.appointments_tab.list.currentItem().text()

    # Someone did not come: who, then a new appointment is offered right away.
    view.appointments_tab.select(missed)
    dialog = view.appointments_tab.ask_outcome(missed)
    dialog.choose("no_show")
    assert not dialog.ok_button.isEnabled()  # who did not come?
    assert "Kies wie" in dialog.hint.text()
    dialog.choose("no_show", "party_b")
    assert dialog.ok_button.isEnabled() and dialog.plan_next.isChecked()
    planned = []
    QTimer.singleShot(0, lambda: (planned.append(_visible(AppointmentDialog)),
                                  planned[-1].reject()))
    dialog.accept()
    assert planned, "a new appointment was offered"
    [shown] = [a for a in case_appointments(store, case_id) if a.id == missed]
    assert (shown.outcome, shown.outcome_by) == ("no_show", "party_b")
    window.agenda.refresh()
    left = [window.agenda.todo.item(i).data(APPOINTMENT_ROLE)
            for i in range(window.agenda.todo.count())]
    assert talk not in left and missed not in left


def test_an_appointment_ahead_can_only_be_called_off(case_with_pair, answers):
    from views.agenda.outcome_dialog import OutcomeDialog

    window, case_id, _mediator_id = case_with_pair
    view = window.cases.open_case(case_id)
    dialog = view.appointments_tab.appointment_dialog()
    dialog.day.editor.setText(next_weekday(0).strftime("%d-%m-%Y"))
    assert dialog.try_save()
    view.reload()  # what planning through the button does after saving
    view.show_tab(view.appointments_tab)
    tab = view.appointments_tab
    assert tab.cancel_button.isEnabled() and not tab.outcome_button.isEnabled()
    tab.cancel_button.click()
    dialog = _visible(OutcomeDialog)
    assert dialog.outcome() == "cancelled"
    assert not dialog.outcome_buttons["held"].isEnabled()
    dialog.choose("cancelled", "party_a")
    assert dialog.plan_next.isChecked()  # offered; here the talk is simply off
    dialog.plan_next.setChecked(False)
    dialog.accept()
    [cancelled] = case_appointments(window.store, case_id)
    assert cancelled.cancelled and tab.list.currentItem().font().strikeOut()
    assert not tab.edit_button.isEnabled() and not tab.invite_button.isEnabled()
    window.nav.setCurrentRow(2)
    window.agenda.go_to(next_weekday(0))
    assert window.agenda.days[0].count() == 0  # no longer in the week
