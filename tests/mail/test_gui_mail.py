"""The e-mail screens driven as a coordinator does: Beheer → E-mail with
Verbinding testen, the party's choice for e-mail, a letter sent from Documenten,
the outbox (retry, drop, draft) and Te doen."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from desktop.documents.letters import service
from desktop.documents.letters.service import LetterRequest
from desktop.mail import settings as mail_settings
from desktop.mail.due import send_due
from desktop.mail.outbox import list_outbox
from tests.letter_helpers import party_ids, set_up_organisation
from tests.mail.mail_helpers import planned_talk
from tests.mail.smtp_server import PASSWORD, USER


def _soon() -> datetime:
    return datetime.combine(datetime.now().date() + timedelta(days=3),
                            datetime.min.time()).replace(hour=10)


def test_setting_up_the_mail_server_and_testing_the_connection(window, data_dir, smtp_server,
                                                               qtbot, answers):
    dialog = window.admin.mail_dialog()
    dialog.show()
    qtbot.keyClicks(dialog.host, "localhost")
    dialog.port.setValue(smtp_server.port)
    qtbot.keyClicks(dialog.user, USER)
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClicks(dialog.sender_name, "Buurtbemiddeling Zwolle")
    qtbot.keyClicks(dialog.sender_address, "bureau@")
    # Checked as typed: a half address is named at once, and Opslaan refuses it.
    assert dialog.boxes["sender_address"].error.isVisible()
    assert "geen geldig e-mailadres" in dialog.boxes["sender_address"].error.text()
    assert not dialog.save()
    qtbot.keyClicks(dialog.sender_address, "buurtbemiddeling-zwolle.nl")
    assert not dialog.boxes["sender_address"].error.isVisible()
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.state.text() == "Verbonden: de mailserver neemt berichten aan."
    assert dialog.save()
    saved = mail_settings.load(data_dir)
    assert (saved.host, saved.port, saved.sender_address) == (
        "localhost", smtp_server.port, "bureau@buurtbemiddeling-zwolle.nl")
    assert mail_settings.password(data_dir, saved) == PASSWORD


def test_a_wrong_password_is_explained_in_dutch(window, data_dir, smtp_server, mail_ready,
                                                qtbot):
    dialog = window.admin.mail_dialog()
    dialog.show()
    qtbot.keyClicks(dialog.password, "verkeerd")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.state.text() == ("Geen verbinding: De mailserver weigert de gebruikersnaam "
                                   "of het wachtwoord.")
    # Nothing was saved by testing: the keyring keeps the right one.
    assert mail_settings.password(data_dir, mail_ready) == PASSWORD


def test_choosing_email_for_a_party_needs_an_address(qtbot):
    from views.cases.party_editor import PartyEditor

    editor = PartyEditor("B", "Partij B")
    qtbot.addWidget(editor)
    editor.show()
    editor.by_email.setChecked(True)
    assert editor.boxes["email"].error.text() == (
        "Vul een e-mailadres in, of zet het vinkje voor e-mail uit.")
    qtbot.keyClicks(editor.edits["email"], "ayse@example.nl")
    assert not editor.boxes["email"].error.isVisible()
    assert editor.value().by_email


def test_a_letter_goes_by_email_from_the_documents_tab(window, data_dir, mail_ready,
                                                       smtp_server, answers):
    from desktop.cases.registration import register_case
    from tests.conftest import sample_case

    store = window.store
    set_up_organisation(store)
    data = sample_case(store)
    data.parties[0].by_email = True
    case_id = register_case(store, data).id
    document_id = service.make_letter(store, LetterRequest(
        case_id, "invitation_a", "person", party_ids(store, case_id)["A"]))
    view = window.cases.open_case(case_id)
    tab = view.documents
    tab.reload()
    tab.select_document(document_id)
    assert tab.mail_button.isEnabled()
    tab.mail_button.click()
    shown, _replies = answers
    assert shown[-1][0] == "information" and "klaar om te versturen" in shown[-1][1]
    window.mail_sender.run_now()  # the timer's round, run at once
    assert [r.recipients for r in smtp_server.received] == [["jan@example.nl"]]
    view.reload()
    journal = "\n".join(view.journal_texts())
    assert "E-mail verstuurd" in journal and "— aan Jan de Vries <jan@example.nl>" in journal


def test_the_outbox_shows_failures_and_the_coordinator_decides(window, data_dir, mail_ready,
                                                               smtp_server, answers,
                                                               monkeypatch):
    smtp_server.handler.mode = "refuse_recipient"
    planned_talk(window.store, start=_soon())
    send_due(window.store, data_dir)
    dialog = window.open_outbox()
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 4).text() == "Mislukt"
    dialog.table.selectRow(0)  # the reason, in full, under the table
    assert "Mislukt: De mailserver weigert het adres van de ontvanger" in dialog.state.text()
    # Te doen in the agenda says so too, and leads here.
    agenda = window.page(2)
    agenda.refresh()
    lines = [agenda.todo.item(i).text() for i in range(agenda.todo.count())]
    assert sum("niet verstuurd" in line for line in lines) == 2
    smtp_server.handler.mode = "accept"
    dialog.table.selectRow(0)
    assert dialog.retry_button.isEnabled()
    dialog.retry_selected()
    assert len(smtp_server.received) == 1
    dialog.table.selectRow([i.state for i in dialog.items].index("failed"))
    opened = []
    monkeypatch.setattr("views.mail.outbox_dialog.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()))
    path = dialog.draft_selected()
    assert path is not None and opened == [str(path)]
    assert path.read_bytes().startswith(b"X-Unsent: 1") or b"X-Unsent: 1" in path.read_bytes()
    assert sorted(i.state for i in list_outbox(window.store)) == ["drafted", "sent"]


def test_te_doen_names_a_mediator_without_an_address(window, data_dir, mail_ready):
    planned_talk(window.store, start=_soon(), b_email="")
    agenda = window.page(2)
    agenda.refresh()
    lines = [agenda.todo.item(i).text() for i in range(agenda.todo.count())]
    assert any("Kim Bakker heeft geen e-mailadres" in line for line in lines)


def test_brieven_sends_the_invitations_of_parties_who_chose_email_by_email(
        window, data_dir, mail_ready, smtp_server, answers):
    """The week's invitation letters: on paper for most, by e-mail (as a PDF) for the
    party who chose e-mail, and not on paper as well."""
    from datetime import date

    from desktop.cases.registration import register_case
    from desktop.documents import case_documents
    from tests.conftest import sample_case
    from tests.letter_helpers import appointment, case_with_parties

    store = window.store
    set_up_organisation(store)
    data = sample_case(store)
    data.parties[0].by_email = True
    by_mail = register_case(store, data).id
    on_paper = case_with_parties(store)
    appointment(store, by_mail, "talk_a", days=2, roles=("A",))
    appointment(store, on_paper, "talk_a", days=3, roles=("A",))
    window.nav.setCurrentRow(5)
    page = window.letters
    page.start.set_date(date.today())
    page.end.set_date(date.today() + timedelta(days=7))
    assert len(page.requests) == 1 and len(page.by_mail) == 1
    assert "Per e-mail, want zo gekozen: 1." in page.summary.text()
    page.make()
    assert page.result is not None and page.result.letters == 1  # only the paper one
    assert "Klaargezet om per e-mail te versturen: 1." in page.summary.text()
    window.mail_sender.run_now()
    [received] = smtp_server.received
    assert received.recipients == ["jan@example.nl"]
    [attachment] = list(received.message().iter_attachments())
    [kept] = case_documents.list_documents(store, by_mail)  # kept with the case, as on paper
    assert attachment.get_content() == case_documents.read_document(store, kept.id)


def test_closing_the_mail_settings_with_changes_asks_first(window, data_dir, qtbot, answers):
    from PySide6.QtWidgets import QMessageBox

    dialog = window.admin.mail_dialog()
    dialog.show()
    qtbot.keyClicks(dialog.host, "smtp.example.nl")
    shown, replies = answers
    replies.append(QMessageBox.StandardButton.Cancel)
    dialog.reject()  # Sluiten: Cancel keeps the dialog and what was typed
    assert dialog.isVisible() and dialog.host.text() == "smtp.example.nl"
    assert shown[-1] == ("question",
                         "De instellingen zijn gewijzigd maar niet opgeslagen. Opslaan?")
    qtbot.keyClicks(dialog.sender_address, "bureau@buurtbemiddeling-zwolle.nl")
    replies.append(QMessageBox.StandardButton.Save)
    dialog.reject()
    assert not dialog.isVisible()
    assert mail_settings.load(data_dir).host == "smtp.example.nl"
    # Nothing changed: closes without a question.
    again = window.admin.mail_dialog()
    again.show()
    count = len(shown)
    again.reject()
    assert not again.isVisible() and len(shown) == count
