"""Volunteer care through the real widgets: the VOG typed and judged as typed,
an expense line checked field by field and warned at the tax-free limit, the
month's claims saved in one go, intervisie planned and attendance ticked, Te doen
opening the mediator, the pair dialog naming who is left out, and Beheer's rules."""

from __future__ import annotations

import subprocess
from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.cases.detail import get_case
from desktop.mediators.register import get_mediator
from desktop.volunteers import care_settings, expenses, meetings
from desktop.volunteers.expenses import list_expenses
from models.enums import ExpenseActivity
from tests.mediator_helpers import mediator, waiting_case

TODAY = date.today()


def test_the_vog_is_judged_as_it_is_typed_and_saved(window, answers):
    one = mediator(window.store, "Visser")
    window.nav.setCurrentRow(1)
    page = window.mediators
    page.open_mediator(one)
    editor = page.editor
    assert "geen datum" in editor.vog_state.text()
    editor.vog_on.editor.setText((TODAY + timedelta(days=3)).strftime("%d-%m-%Y"))
    assert not editor.save_button.isEnabled()
    assert "toekomst" in editor.vog_on.error.text()
    old = TODAY.replace(year=TODAY.year - 4)
    editor.vog_on.editor.setText(old.strftime("%d-%m-%Y"))
    assert "verlopen" in editor.vog_state.text() and editor.save_button.isEnabled()
    assert editor.save()
    assert get_mediator(window.store, one).values.vog_issued_on == old
    row = page.model.row(page.model.row_of(one))
    assert [r.detail for r in row.care if r.kind == "vog"] == ["expired"]
    assert "VOG verlopen" in page.model.index(page.model.row_of(one), 2).data()


def test_an_expense_line_is_checked_as_typed_and_warned_at_the_limit(window, answers, qtbot):
    from views.mediators.expenses_dialog import ExpensesDialog

    _shown, replies = answers
    store = window.store
    care_settings.save_settings(store, care_settings.CareSettings(pays_allowance=True))
    one = mediator(store, "Visser")
    number = get_case(store, waiting_case(store)).number
    dialog = ExpensesDialog(store, one, "Sam Visser")
    qtbot.addWidget(dialog)
    line = dialog.line_dialog(None)
    qtbot.addWidget(line)
    line.edits["minutes"].setText("anderhalf")
    assert not line.save_button.isEnabled()
    assert "1:30" in line.boxes["minutes"].error.text()
    line.edits["minutes"].setText("1,5")
    assert not line.save_button.isEnabled()  # a case line needs its number
    assert "zaaknummer" in line.message.text().lower()
    line.edits["case_number"].setText(number)
    line.edits["km"].setText("12,5")
    assert line.km_hint.text().replace("\xa0", " ") == "× € 0,23 = € 2,88"
    line.edits["other"].setText("3,50")
    assert not line.save_button.isEnabled() and "waarvoor" in line.message.text().lower()
    line.edits["other_text"].setText("parkeren")
    line.edits["allowance"].setText("250")  # above the month's € 210
    assert line.save_button.isEnabled()
    assert "boven de belastingvrije grens" in line.warning.text()
    replies.append(QMessageBox.StandardButton.Cancel)
    line.save()
    assert list_expenses(store, one, TODAY.year) == []  # the coordinator said no
    line.edits["allowance"].setText("15")
    assert line.warning.text() == ""
    line.save()
    [saved] = list_expenses(store, one, TODAY.year)
    assert (saved.minutes, saved.km_tenths, saved.other_cents, saved.allowance_cents) == (
        90, 125, 350, 1500)
    dialog.reload()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 7).text().replace("\xa0", " ") == "€ 21,38"


def test_the_months_claims_print_in_one_go(window, answers, qtbot, tmp_path):
    from views.mediators.claims_dialog import ClaimsDialog
    from views.tasks import SyncRunner

    store = window.store
    for name in ("Aksoy", "Bakker"):
        expenses.save_expense(store, mediator(store, name), None, expenses.ExpenseInput(
            TODAY.replace(day=1), ExpenseActivity.OFFICE, minutes=120))
    dialog = ClaimsDialog(store, SyncRunner())
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2 and "2 declaraties" in dialog.status.text()
    target = tmp_path / "declaraties.pdf"
    dialog.export("pdf", target)
    assert "Opgeslagen" in dialog.status.text()
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert text.count("Declaratie vrijwilligerskosten") == 2


def test_intervisie_is_planned_attendance_ticked_and_te_doen_opens_the_mediator(
        window, answers, qtbot):
    from views.agenda.agenda_page import MEDIATOR_ROLE, MEETING_ROLE

    store = window.store
    one, two = mediator(store, "Aksoy"), mediator(store, "Bakker", postcode="7421 AA")
    window.nav.setCurrentRow(2)
    agenda = window.agenda
    dialog = agenda.meeting_dialog(None)
    qtbot.addWidget(dialog)
    assert dialog.people.count() == 2
    dialog.day.editor.setText((TODAY + timedelta(days=7)).strftime("%d-%m-%Y"))
    dialog._tick_all(False)
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
    assert "wie er worden uitgenodigd" in dialog.message.text()
    dialog._tick_all(True)
    dialog.place.setText("Wijkcentrum De Pol")
    dialog.save()
    assert dialog.saved_id is not None
    # A meeting held last week, attendance not yet ticked: Te doen asks for it.
    when = datetime.combine(TODAY - timedelta(days=7), datetime.min.time()).replace(hour=19)
    held = meetings.save_meeting(store, None, meetings.MeetingInput(
        when, when + timedelta(hours=2), frozenset({one, two})))
    agenda.refresh()
    items = [agenda.todo.item(r) for r in range(agenda.todo.count())]
    [ask] = [i for i in items if i.data(MEETING_ROLE) == held]
    assert "Vul in wie er was" in ask.text()
    attendance = agenda.meeting_dialog(held)
    qtbot.addWidget(attendance)
    assert attendance.attendance.count() == 2
    attendance.attendance.item(1).setCheckState(Qt.CheckState.Unchecked)
    attendance.save()
    view = meetings.get_meeting(store, held)
    assert sorted((a.mediator_id, a.attended) for a in view.attendees) == [
        (one, True), (two, False)]
    # Te doen names the mediators without a VOG date; a line opens the mediator.
    agenda.refresh()
    care = [agenda.todo.item(r) for r in range(agenda.todo.count())
            if agenda.todo.item(r).data(MEDIATOR_ROLE) == two]
    assert care and "VOG" in care[0].text()
    agenda._open_item(care[0])
    assert window.nav.currentRow() == 1 and window.mediators.editor.mediator_id == two


def test_the_pair_dialog_names_who_is_left_out_for_the_vog(window, answers, qtbot):
    store = window.store
    for n, name in enumerate(["Aksoy", "Bakker", "Claes"]):
        mediator(store, name, postcode=f"74{n}1 AA", vog_issued_on=TODAY)
    mediator(store, "Oud", postcode="7481 AA", vog_issued_on=TODAY.replace(year=TODAY.year - 5))
    case_id = waiting_case(store)
    view = window.cases.open_case(case_id)
    shown = []
    view.choose_pair = lambda dialog: shown.append(dialog) or False
    view.propose_pair()
    [dialog] = shown
    qtbot.addWidget(dialog)
    assert not dialog.not_proposed.isHidden()
    assert dialog.not_proposed.text() == "Niet voorgesteld, VOG verlopen: Sam Oud"
    assert all("Oud" not in f"{s.first_name}{s.second_name}" for s in dialog.suggestions)


def test_beheer_sets_the_rules_and_this_years_limits(window, answers, qtbot):
    window.nav.setCurrentRow(7)
    dialog = window.admin.care_dialog()
    qtbot.addWidget(dialog)
    dialog.spins["vog_term_years"].setValue(1)
    dialog.km_rate.setText("0,3x")
    assert not dialog.save_button.isEnabled()
    dialog.km_rate.setText("0,21")
    dialog.month_limit.setText("300")
    dialog.month_limit.textEdited.emit("300")
    dialog.year_limit.setText("250")
    assert not dialog.save_button.isEnabled() and "hoger" in dialog.message.text()
    dialog.year_limit.setText("2.200")
    dialog.save()
    saved = care_settings.get_settings(window.store)
    assert (saved.vog_term_years, saved.km_rate_cents) == (1, 21)
    limit = care_settings.get_limit(window.store, TODAY.year)
    assert (limit.month_cents, limit.year_cents, limit.source) == (30_000, 220_000, "office")
