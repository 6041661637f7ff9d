"""Letters by e-mail: a letter kept with a case goes as a PDF attachment, with a
short covering text, to a party who chose e-mail, or to the referrer (the
feedback letter only with the parties' consent, as on paper)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from desktop.data.errors import NotFound, RuleViolation
from desktop.data.store import Store
from desktop.documents import case_documents
from desktop.documents.letters.context import Recipient, salutation
from desktop.documents.letters.service import LETTER_KINDS, LetterRequest, language_of
from desktop.documents.organisation import get_organisation
from desktop.mail import compose, outbox
from desktop.mail import settings as mail_settings
from desktop.mail.settings import valid_address
from models import Case, CaseDocument, CaseParty, PartnerContact, Person
from models.enums import DocumentKind, MailPurpose


@dataclass(frozen=True)
class LetterTarget:
    """Where a letter could go by e-mail, or why it cannot (a RuleViolation code)."""

    name: str
    address: str
    greeting: str
    language: str
    problem: str = ""  # "", not_a_letter, party_chose_post, no_email, no_feedback_consent…


def letter_target(store: Store, document_id: int) -> LetterTarget:
    with store.read() as session:
        document = session.get(CaseDocument, document_id)
        if document is None or document.deleted_at is not None:
            raise NotFound(str(document_id))
        if document.kind != DocumentKind.LETTER or not document.file_name.lower().endswith(
                ".pdf"):
            return LetterTarget("", "", "", "nl", "not_a_letter")
        if document.recipient_person_id is not None:
            person = session.get(Person, document.recipient_person_id)
            party = session.scalar(select(CaseParty).where(
                CaseParty.case_id == document.case_id,
                CaseParty.person_id == document.recipient_person_id))
            if person is None or party is None:
                return LetterTarget("", "", "", "nl", "no_recipient")
            language = language_of(person.preferred_language)
            greeting = salutation(Recipient(
                "person", person.id, person.first_name, person.name_prefix, person.last_name,
                person.gender, language=language, role=party.role), language)
            address = valid_address(person.email)
            problem = "" if party.by_email and address else (
                "party_chose_post" if not party.by_email else "no_email")
            return LetterTarget(person.full_name, address, greeting, language, problem)
        if document.recipient_contact_id is not None:
            contact = session.get(PartnerContact, document.recipient_contact_id)
            case = session.get(Case, document.case_id)
            if contact is None or case is None:
                return LetterTarget("", "", "", "nl", "no_recipient")
            kind = LETTER_KINDS.get(document.template_code)
            if kind is not None and kind.needs_consent and not case.feedback_consent:
                return LetterTarget(contact.name, "", "", "nl", "no_feedback_consent")
            address = valid_address(contact.email)
            greeting = f"Beste {contact.name}" if contact.name else "Geachte heer, mevrouw"
            return LetterTarget(contact.name, address, greeting, "nl",
                                "" if address else "no_email")
        return LetterTarget("", "", "", "nl", "no_recipient")


def send_letter(store: Store, data_dir: Path, document_id: int) -> int:
    """Queue the letter for e-mail; returns the outbox message's id. The outbox sends
    it with the next round (or it is drafted for the office's mail program)."""
    settings = mail_settings.load(data_dir)
    if not settings.ready:
        raise RuleViolation("mail_not_configured")
    target = letter_target(store, document_id)
    if target.problem:
        raise RuleViolation(target.problem)
    pdf = case_documents.read_document(store, document_id)
    org = get_organisation(store)
    with store.unit() as session:
        document = session.get(CaseDocument, document_id)
        if document is None:
            raise NotFound(str(document_id))
        message = compose.letter(settings, org, target.name, target.address, target.greeting,
                                 document.title, pdf, document.file_name, target.language)
        row = outbox.queue(session, message, MailPurpose.LETTER, case_id=document.case_id,
                           appointment_id=document.appointment_id,
                           recipient_name=target.name,
                           dedupe_key=f"letter:{document_id}:{target.address}",
                           now=datetime.now().replace(microsecond=0))
        if row is None:
            raise RuleViolation("letter_already_mailed")
        session.flush()
        return row.id


def by_choice(store: Store, data_dir: Path, requests: list[LetterRequest]
              ) -> tuple[list[LetterRequest], list[LetterRequest]]:
    """(by e-mail, on paper): a party who chose e-mail, with an address that can travel,
    gets the letter by e-mail once e-mail is set up; everybody else on paper."""
    if not mail_settings.load(data_dir).ready:
        return [], list(requests)
    wanted = {(r.case_id, r.recipient_id) for r in requests if r.recipient_kind == "person"}
    mailable: set[tuple[int, int]] = set()
    with store.read() as session:
        case_ids = {case_id for case_id, _person in wanted}
        for case_id, person_id, email in session.execute(
                select(CaseParty.case_id, CaseParty.person_id, Person.email)
                .join(Person, Person.id == CaseParty.person_id)
                .where(CaseParty.case_id.in_(case_ids), CaseParty.by_email.is_(True))):
            if (case_id, person_id) in wanted and valid_address(email):
                mailable.add((case_id, person_id))
    by_mail = [r for r in requests if r.recipient_kind == "person"
               and (r.case_id, r.recipient_id) in mailable]
    chosen = {id(r) for r in by_mail}
    return by_mail, [r for r in requests if id(r) not in chosen]


def mail_letters(store: Store, data_dir: Path, requests: list[LetterRequest],
                 progress: Callable[[int], None] | None = None) -> int:
    """Make each letter (kept with its case) and queue it for e-mail; returns how many."""
    from desktop.documents.letters.service import make_letter

    for done, request in enumerate(requests, 1):
        send_letter(store, data_dir, make_letter(store, request))
        if progress is not None:
            progress(done)
    return len(requests)
