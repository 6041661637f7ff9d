"""Incidents and Signalen through the real widgets, and incidents where a case
shows them."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.signals import incidents
from tests.letter_helpers import case_with_parties
from tests.partner_helpers import incident


def test_incident_registered_shows_history_and_comes_up_in_signalen(window, answers):
    case_id = case_with_parties(window.store)  # Jan de Vries, Dorpstraat 12a
    window.nav.setCurrentRow(4)
    page = window.signals
    dialog = page.new_incident()
    dialog.day.set_date(date.today() - timedelta(days=20))
    assert not dialog.save()  # no kind chosen
    assert dialog.kind_box.error.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findText("Graffiti"))
    dialog.fields["postcode"].editor.setText("8011ab")
    dialog.fields["postcode"].editor.editingFinished.emit()
    dialog.fields["house_number"].editor.setText("12a")
    dialog.fields["street"].editor.setText("Dorpstraat")
    dialog.fields["town"].editor.setText("Zwolle")
    dialog.show_history()
    assert dialog.history.isVisible() and "1 zaak" in dialog.history.text()
    dialog.persons.setPlainText("Jan de Vries")
    dialog.fields["case_number"].editor.setText("1999-0001")
    assert not dialog.save() and dialog.fields["case_number"].error.isVisible()
    dialog.fields["case_number"].editor.setText("")
    assert dialog.save()
    assert page.incidents.rowCount() == 1
    page.level.setCurrentIndex(page.level.findData("address"))
    assert [r.label for r in page.rows] == ["Dorpstraat 12A, Zwolle"]
    # The weight the list is ordered by is shown: the case today counts 1, the incident
    # 20 days ago 0.5 ** (20 / 30).
    assert page.table.horizontalHeaderItem(2).text() == "Gewicht"
    assert page.table.item(0, 2).text() == "1,6"
    page.table.selectRow(0)
    assert page.events.count() == 2
    opened = []
    page.open_case.connect(opened.append)
    case_item = next(page.events.item(i) for i in range(2)
                     if page.events.item(i).data(256)[0] == "case")
    page._open_event(case_item)
    assert opened == [case_id]
    page.incidents.selectRow(0)
    assert page.delete_incident() and page.incidents.rowCount() == 0
    assert incidents.list_incidents(window.store) == []


def test_new_case_at_an_address_with_incidents_says_so(window, answers, qtbot):
    incident(window.store, days_ago=12)  # Dorpstraat 12a, 8011 AB
    form = window.cases.new_case()
    form.party_a.edits["postcode"].setText("8011 AB")
    form.party_a.edits["house_number"].setText("12a")
    form.check_recurrence_now()
    assert form.banner.isVisible() and "1 incident" in form.banner.text()


def test_case_screen_shows_incidents_at_its_addresses(window, answers):
    case_id = case_with_parties(window.store)  # Dorpstraat 12a
    incident(window.store, days_ago=12)
    view = window.cases.open_case(case_id)
    assert view.banner.isVisible() and "Incidenten:" in view.banner.text()
    assert "graffiti" in view.banner.text()
    view._link(view.banner.text().split('href="')[1].split('"')[0])  # opens the incident
    from views.signals.incident_dialog import IncidentDialog

    [dialog] = view.findChildren(IncidentDialog)
    assert dialog.fields["street"].editor.text() == "Dorpstraat" and dialog.isVisible()


def test_incident_with_a_very_long_description_says_so_and_keeps_it(window, answers):
    window.nav.setCurrentRow(4)
    dialog = window.signals.new_incident()
    dialog.kind.setCurrentIndex(dialog.kind.findText("Graffiti"))
    dialog.fields["street"].editor.setText("Dorpstraat")
    long_text = "Veel te lang verhaal. " * 250  # 5,500 characters
    dialog.description.setPlainText(long_text)
    assert not dialog.save()
    assert dialog.description_box.error.isVisible()
    assert "te lang" in dialog.description_box.error.text()
    assert dialog.description.toPlainText() == long_text and dialog.isVisible()
