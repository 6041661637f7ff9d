"""Letters through the real widgets: first run, a letter from a case, the
documents tab, the templates editor and Brieven afdrukken."""

from __future__ import annotations

import io
from datetime import date, timedelta

from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from desktop.cases.detail import get_case
from desktop.documents import case_documents
from desktop.documents.organisation import get_organisation, is_set_up
from tests.letter_helpers import appointment, case_with_parties, set_up_organisation
from views.documents.pdf_viewer import print_document


def test_first_run_asks_for_the_organisation_once(window, qtbot, answers):
    dialog = window.ask_organisation_if_missing()
    assert dialog is not None and dialog.isVisible()
    assert not dialog.save_button.isEnabled()  # a name is needed
    dialog.fields["name"].editor.setText("Buurtbemiddeling Zwolle")
    dialog.fields["postcode"].editor.setText("8011ab")
    dialog.fields["postcode"].editor.editingFinished.emit()
    assert dialog.fields["postcode"].editor.text() == "8011 AB"
    dialog.fields["email"].editor.setText("geen mail")
    dialog.fields["email"].editor.editingFinished.emit()
    assert dialog.fields["email"].error.isVisible() and not dialog.save_button.isEnabled()
    dialog.fields["email"].editor.setText("info@bbzwolle.nl")
    dialog.fields["phone"].editor.setText("0381234567")
    assert dialog.save()
    info = get_organisation(window.store)
    assert (info.name, info.postcode, info.phone) == ("Buurtbemiddeling Zwolle", "8011 AB",
                                                      "038 123 4567")
    assert is_set_up(window.store) and window.ask_organisation_if_missing() is None


def test_logo_chosen_in_the_dialog_is_kept(window, tmp_path, answers):
    from tests.letter_helpers import png_logo

    logo = tmp_path / "logo.png"
    logo.write_bytes(png_logo())
    dialog = window.admin.organisation_dialog()
    dialog.fields["name"].editor.setText("Buurtbemiddeling Zwolle")
    assert dialog.choose_logo(logo)
    assert not dialog.logo_preview.pixmap().isNull()
    bad = tmp_path / "kapot.png"
    bad.write_bytes(b"geen plaatje")
    assert not dialog.choose_logo(bad)
    assert answers[0] and "PNG, JPEG of SVG" in answers[0][-1][1]
    assert dialog.save()
    assert get_organisation(window.store).logo_type == "png"


def test_invitation_from_an_appointment_kept_with_the_case(window, answers):
    set_up_organisation(window.store)
    case_id = case_with_parties(window.store)
    appointment(window.store, case_id, "talk_b", roles=("B",))
    view = window.cases.open_case(case_id)
    view.side_tabs.setCurrentWidget(view.documents)
    view.appointments_tab.list.setCurrentRow(0)
    dialog = view.appointments_tab.invite_dialog_for_selected(show=False)
    assert dialog.kind.currentData() == "invitation_b"
    assert dialog.recipient.currentText().startswith("Ayşe Çelik")
    dialog.refresh_preview()
    assert dialog.preview.document.pageCount() == 1 and dialog.make_button.isEnabled()
    dialog.make()
    assert view.documents.table.rowCount() == 1
    assert view.documents.selected().recipient == "Ayşe Çelik"
    # The made letter is shown straight away, with Afdrukken at hand.
    shown = view.documents.made_viewer
    assert shown is not None and shown.isVisible()
    assert shown.view.document.pageCount() == 1 and shown.print_button.isDefault()
    assert "Bewaard bij de zaak" in shown.note.text()
    shown.close()
    journal = get_case(window.store, case_id).journal
    assert any(j.kind == "letter" for j in journal)
    viewer = view.documents.viewer(view.documents.selected())
    assert viewer.view.document.pageCount() == 1


def test_a_letter_from_documenten_takes_the_next_appointment_of_its_recipient(window,
                                                                             answers):
    set_up_organisation(window.store)
    case_id = case_with_parties(window.store)
    appointment(window.store, case_id, "talk_a", days=-5, roles=("A",))  # past
    later_a = appointment(window.store, case_id, "talk_a", days=9, roles=("A",))
    next_a = appointment(window.store, case_id, "talk_a", days=4, roles=("A",))
    next_b = appointment(window.store, case_id, "talk_b", days=2, roles=("B",))
    view = window.cases.open_case(case_id)
    dialog = view.documents.letter_dialog()  # Brief maken… in Documenten
    assert dialog.kind.currentData() == "invitation_a"
    assert dialog.appointment.currentData() == next_a  # not "Geen afspraak", not B's
    dialog.kind.setCurrentIndex(dialog.kind.findData("invitation_b"))
    assert dialog.appointment.currentData() == next_b
    # Chosen by hand: kept when the recipient changes.
    dialog.appointment.setCurrentIndex(dialog.appointment.findData(later_a))
    dialog.appointment.activated.emit(dialog.appointment.currentIndex())
    dialog.kind.setCurrentIndex(dialog.kind.findData("invitation_a"))
    assert dialog.appointment.currentData() == later_a
    # A case with nothing ahead: an invitation says someone will call.
    other = case_with_parties(window.store)
    appointment(window.store, other, "talk_a", days=-3, roles=("A",))
    dialog = window.cases.open_case(other).documents.letter_dialog()
    assert dialog.appointment.currentData() is None
    dialog.refresh_preview()
    text = service_text(window.store, dialog.request())
    assert "belt een van onze bemiddelaars u" in text and "Komt de afspraak" not in text


def service_text(store, request) -> str:
    from desktop.documents.letters import service

    pdf = service.preview(store, request)
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_feedback_without_consent_is_explained_and_cannot_be_made(window, answers):
    set_up_organisation(window.store)
    case_id = case_with_parties(window.store, referrer_organisation="Woonstichting De Linie",
                                referrer_contact="Petra Jansen")
    view = window.cases.open_case(case_id)
    dialog = view.documents.letter_dialog("referrer_feedback")
    dialog.refresh_preview()
    assert "toestemming" in dialog.problem.text() and not dialog.make_button.isEnabled()
    view.consent.setChecked(True)
    view.save_details()
    assert get_case(window.store, case_id).feedback_consent
    dialog = view.documents.letter_dialog("referrer_feedback")
    dialog.refresh_preview()
    assert dialog.make_button.isEnabled() and dialog.problem.text() == ""


def test_dropped_file_is_kept_and_deleted_with_a_reason(window, tmp_path, answers):
    case_id = case_with_parties(window.store)
    view = window.cases.open_case(case_id)
    scan = tmp_path / "getekende afspraken.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(scan))])
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    view.documents.dropEvent(drop)
    assert view.documents.table.rowCount() == 1
    view.documents.table.selectRow(0)
    assert not view.documents.delete_selected(reason="   ")
    assert view.documents.delete_selected(reason="Verkeerde zaak")
    assert view.documents.table.rowCount() == 0
    [gone] = case_documents.list_documents(window.store, case_id, include_deleted=True)
    assert gone.delete_reason == "Verkeerde zaak"


def test_templates_editor_names_the_broken_placeholder_and_restores(window, answers):
    dialog = window.admin.templates_dialog()
    assert dialog.current.code == "invitation_a" and not dialog.save_button.isEnabled()
    dialog.body.setPlainText(dialog.body.toPlainText() + "\nTot {{ afspraak.tyd }}.\n")
    dialog.validate()
    assert "afspraak.tyd" in dialog.state.text() and "afspraak.tijd" in dialog.state.text()
    assert not dialog.save_button.isEnabled() and not dialog.preview_button.isEnabled()
    dialog.body.setPlainText(dialog.body.toPlainText().replace("afspraak.tyd", "organisatie.naam"))
    assert dialog.validate() and dialog.save_button.isEnabled()
    assert dialog.save() and dialog.current.is_custom
    assert PdfReader(io.BytesIO(dialog.preview_pdf())).pages
    assert dialog.restore() and not dialog.current.is_custom
    dialog.subject.setText("Anders")
    _shown, replies = answers
    replies.append(QMessageBox.StandardButton.Cancel)
    dialog.letters.setCurrentRow(3)  # unsaved change: asks, Cancel stays
    assert dialog.letters.currentRow() == 0 and dialog.subject.text() == "Anders"


def test_print_letters_page_makes_the_period_pdf(window, answers, tmp_path):
    set_up_organisation(window.store)
    first, second = case_with_parties(window.store), case_with_parties(window.store)
    appointment(window.store, first, "joint_session", days=2)
    appointment(window.store, second, "talk_a", days=3, roles=("A",))
    window.nav.setCurrentRow(5)
    page = window.letters
    page.start.set_date(date.today())
    page.end.set_date(date.today() + timedelta(days=7))
    assert len(page.requests) == 3 and page.make_button.isEnabled()
    page.make()
    assert page.result is not None and page.result.letters == 3
    assert page.progress.maximum() == 6 and page.show_button.isEnabled()
    viewer = page.show_result()
    assert viewer.view.document.pageCount() == 3
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(100)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_document(viewer.view.document, printer)
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == 3
    page.end.set_date(date.today() - timedelta(days=1))  # before the start
    assert not page.make_button.isEnabled()


def test_party_form_asks_how_letters_greet(window):
    form = window.cases.new_case()
    editor = form.party_b
    assert editor.value().gender == "unknown"
    editor.salutation.setCurrentIndex(editor.salutation.findData("female"))
    assert editor.value().gender == "female"
    from dataclasses import replace

    editor.set_value(replace(editor.value(), gender="other"))  # kept, not turned into unknown
    assert editor.value().gender == "other"


def test_too_long_footer_is_named_and_kept(window):
    dialog = window.admin.organisation_dialog()
    dialog.fields["name"].editor.setText("Buurtbemiddeling Zwolle")
    dialog.show()
    dialog.footer.setPlainText("x" * 500)
    assert dialog.footer_box.error.isVisible() and not dialog.save_button.isEnabled()
    assert not dialog.save() and dialog.footer.toPlainText() == "x" * 500
    dialog.footer.setPlainText("Wij zijn er voor alle buren.")
    assert not dialog.footer_box.error.isVisible() and dialog.save()
