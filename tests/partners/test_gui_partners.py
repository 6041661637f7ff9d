"""Partners, Signalen and Cijfers through the real widgets."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

from desktop import incidents
from tests.letter_helpers import case_with_parties


def test_partner_with_contact_moment_and_referred_case(window, answers, tmp_path):
    window.nav.setCurrentRow(3)
    page = window.partners
    page.new_organisation()
    page.org_fields["name"].editor.setText("Woonstichting De Linie")
    page.kind.setCurrentIndex(page.kind.findText("Woningcorporatie / verhuurder"))
    page.org_fields["postcode"].editor.setText("8011cz")
    page.org_fields["email"].editor.setText("kapot@")
    assert not page.save_organisation()
    assert page.org_fields["email"].error.isVisible()
    page.org_fields["email"].editor.setText("info@delinie.nl")
    assert page.save_organisation() and page.organisation_id is not None
    assert page.org_fields["postcode"].editor.text() == "8011 CZ"
    page.tabs.setCurrentIndex(1)
    page.contact_fields["name"].editor.setText("Petra Jansen")
    page.contact_fields["role"].editor.setText("wijkconsulent")
    assert page.save_contact() and page.contacts.rowCount() == 1
    case_id = case_with_parties(window.store, referrer_organisation="Woonstichting De Linie",
                                referrer_contact="Petra Jansen")
    page.open_organisation(page.organisation_id)
    assert page.cases.rowCount() == 1
    opened = []
    page.open_case.connect(opened.append)
    page._open_referred(0)
    assert opened == [case_id]
    page.moment_contact.setCurrentIndex(1)
    page.moment_note.setPlainText("Overleg over de galerijflat")
    assert page.add_moment() and page.moments.rowCount() == 1
    page.search.setText("petra")
    assert page.list.rowCount() == 1 and "Petra Jansen" in page.list.item(0, 0).text()
    out = page.export("csv", str(tmp_path / "partners.csv"))
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows[1][:3] == ["Woonstichting De Linie", "Petra Jansen", "wijkconsulent"]


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
    from tests.test_partners_incidents import incident

    incident(window.store, days_ago=12)  # Dorpstraat 12a, 8011 AB
    form = window.cases.new_case()
    form.party_a.edits["postcode"].setText("8011 AB")
    form.party_a.edits["house_number"].setText("12a")
    form.check_recurrence_now()
    assert form.banner.isVisible() and "1 incident" in form.banner.text()


def test_figures_page_counts_in_the_background_and_exports(window, answers, tmp_path):
    from desktop import demo

    demo.generate(window.store, cases=300, seed=9)
    window.nav.setCurrentRow(6)
    page = window.figures
    page.year.setValue(date.today().year - 1)
    assert page.figures is not None and page.figures.registrations > 0
    assert page.key_layout.rowCount() == 12 and page.tabs.count() == 7
    page.part.setCurrentIndex(page.part.findData(2))
    q2 = page.figures.registrations
    page.part.setCurrentIndex(page.part.findData(-1))
    page.start.set_date(date(date.today().year - 1, 4, 1))
    page.end.set_date(date(date.today().year - 1, 6, 30))
    assert page.figures.registrations == q2
    page.end.set_date(date(date.today().year - 2, 1, 1))  # before the start
    assert page.state.text() == "Kies een geldige periode."
    page.part.setCurrentIndex(0)
    page.threshold.setValue(10)
    for kind in ("csv", "xlsx", "pdf"):
        target = page.export(kind, str(tmp_path / f"cijfers.{kind}"))
        assert target is not None and target.stat().st_size > 100
    assert "< 10" in (tmp_path / "cijfers.csv").read_text(encoding="utf-8-sig")



def test_case_screen_shows_incidents_at_its_addresses(window, answers):
    from tests.test_partners_incidents import incident

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
