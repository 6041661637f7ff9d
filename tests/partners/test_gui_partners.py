"""The Partners page through the real widgets."""

from __future__ import annotations

import csv
import io

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
