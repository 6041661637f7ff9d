"""Letters by e-mail: the letter as a PDF attachment to a party who chose e-mail,
with a short Dutch covering text; never to a party who chose paper, and the
referrer's feedback letter only while the parties consent."""

from __future__ import annotations

from dataclasses import replace
from email import policy
from email.parser import BytesParser

import pytest

from desktop.cases.detail import get_case, update_case
from desktop.cases.registration import PartyInput, validate_party
from desktop.data.errors import RuleViolation
from desktop.documents import case_documents
from desktop.documents.letters import service
from desktop.documents.letters.service import LetterRequest
from desktop.mail.due import send_due
from desktop.mail.letters import letter_target, send_letter
from desktop.mail.outbox import list_outbox
from tests.conftest import sample_case
from tests.letter_helpers import (
    case_with_parties,
    consent_update,
    give_partner_address,
    party_ids,
    set_up_organisation,
)


def _by_email_case(store) -> int:
    from desktop.cases.registration import register_case

    data = sample_case(store)
    data.parties[0].by_email = True
    return register_case(store, data).id


def test_the_invitation_letter_goes_as_a_pdf_to_the_party_who_chose_email(
        store, data_dir, mail_ready, smtp_server):
    set_up_organisation(store)
    case_id = _by_email_case(store)
    person_a = party_ids(store, case_id)["A"]
    document_id = service.make_letter(store, LetterRequest(case_id, "invitation_a", "person",
                                                           person_a))
    assert letter_target(store, document_id).address == "jan@example.nl"
    send_letter(store, data_dir, document_id)
    assert send_due(store, data_dir).sent == 1
    [received] = smtp_server.received
    message = received.message()
    assert received.recipients == ["jan@example.nl"]
    text = message.get_body(("plain",)).get_content()
    assert text.startswith("Beste Jan de Vries,") and "In de bijlage vindt u onze brief" in text
    [attachment] = list(message.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_content() == case_documents.read_document(store, document_id)
    assert attachment.get_filename().endswith(".pdf")
    [entry] = [e for e in get_case(store, case_id).journal if e.kind == "mail_sent"]
    assert entry.text.startswith("Jan de Vries <jan@example.nl>|")
    # The same letter is not mailed twice by accident.
    with pytest.raises(RuleViolation) as refused:
        send_letter(store, data_dir, document_id)
    assert refused.value.code == "letter_already_mailed"


def test_a_party_who_chose_paper_gets_no_email(store, data_dir, mail_ready):
    set_up_organisation(store)
    case_id = case_with_parties(store)
    person_a = party_ids(store, case_id)["A"]
    document_id = service.make_letter(store, LetterRequest(case_id, "invitation_a", "person",
                                                           person_a))
    with pytest.raises(RuleViolation) as refused:
        send_letter(store, data_dir, document_id)
    assert refused.value.code == "party_chose_post"
    assert list_outbox(store) == []


def test_the_feedback_letter_needs_consent_at_the_time_it_is_mailed(store, data_dir,
                                                                    mail_ready):
    set_up_organisation(store)
    case_id = case_with_parties(store, referrer_organisation="Woonstichting De Linie",
                                referrer_contact="Petra Jansen")
    give_partner_address(store)
    case = get_case(store, case_id)
    update_case(store, case_id, case.version, consent_update(case))
    [contact] = [r for r in service.letter_options(store, case_id).recipients
                 if r.kind == "contact"]
    document_id = service.make_letter(store, LetterRequest(case_id, "referrer_feedback",
                                                           "contact", contact.id))
    assert letter_target(store, document_id).problem == "no_email"  # no address known
    case = get_case(store, case_id)
    update_case(store, case_id, case.version, replace(consent_update(case),
                                                      feedback_consent=False))
    with pytest.raises(RuleViolation) as refused:
        send_letter(store, data_dir, document_id)
    assert refused.value.code == "no_feedback_consent"


def test_choosing_email_needs_an_address():
    party = PartyInput("A", "Jan", "", "Vries", phone="06 12345678", by_email=True)
    assert [(e.field, e.code) for e in validate_party(party)] == [
        ("A.email", "email_needed_for_choice")]


def test_the_choice_is_kept_with_the_party(store):
    case_id = _by_email_case(store)
    parties = {p.role: p for p in get_case(store, case_id).parties}
    assert parties["A"].editable.by_email and not parties["B"].editable.by_email


def test_a_message_is_plain_ascii_on_the_wire(store, data_dir, mail_ready, smtp_server):
    """Names with accents travel encoded, whatever the server supports."""
    set_up_organisation(store)
    case_id = _by_email_case(store)
    person_b = party_ids(store, case_id)["B"]
    # B (Ayşe Çelik) chooses e-mail too.
    from desktop.cases.parties import update_party

    case = get_case(store, case_id)
    b = next(p for p in case.parties if p.role == "B").editable
    update_party(store, case_id, case.version, replace(b, email="ayse@example.nl",
                                                       by_email=True))
    document_id = service.make_letter(store, LetterRequest(case_id, "invitation_b", "person",
                                                           person_b))
    send_letter(store, data_dir, document_id)
    send_due(store, data_dir)
    [received] = smtp_server.received
    assert received.content.isascii()
    message = BytesParser(policy=policy.default).parsebytes(received.content)
    assert message["To"].addresses[0].display_name == "Ayşe Çelik"
    assert message.get_body(("plain",)).get_content().startswith("Beste Ayşe Çelik,")


def test_anonymising_a_case_takes_its_messages_out_of_the_outbox(store, data_dir, mail_ready):
    from datetime import date

    from sqlalchemy import select

    from desktop.privacy.anonymise import anonymise_cases
    from models import OutboxMessage

    set_up_organisation(store)
    case_id = _by_email_case(store)
    document_id = service.make_letter(store, LetterRequest(
        case_id, "invitation_a", "person", party_ids(store, case_id)["A"]))
    send_letter(store, data_dir, document_id)
    with store.engine.begin() as connection:
        anonymise_cases(connection, {case_id}, "Bewaartermijn verstreken (test)", "test",
                        date.today())
    with store.read() as session:
        assert session.scalars(select(OutboxMessage.to_address)).all() == []


def test_an_address_only_some_servers_can_carry_counts_as_none():
    from desktop.mail.settings import valid_address

    assert valid_address("Jan@Example.NL") == "Jan@example.nl"
    assert valid_address("jan@bücher.de") == "jan@xn--bcher-kva.de"  # punycode travels
    assert valid_address("çağrı@example.nl") == ""  # needs SMTPUTF8: a letter instead
    assert valid_address("geen adres") == ""
