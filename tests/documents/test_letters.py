"""Letters: templates, the PDF (text, fonts, where the address sits) and the
copy kept with the case."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pdfplumber
import pytest
from pypdf import PdfReader

from desktop.cases.detail import get_case, update_case
from desktop.cases.registration import AddressInput, PartyInput
from desktop.data.errors import RuleViolation, ValidationFailed
from desktop.documents import case_documents
from desktop.documents.letters import pdf as letter_pdf
from desktop.documents.letters import service, templates
from desktop.documents.letters.context import sample_context
from desktop.documents.letters.service import LetterRequest
from tests.letter_helpers import (
    appointment,
    case_with_parties,
    consent_update,
    give_partner_address,
    party_ids,
    png_logo,
    set_up_organisation,
)

# Run on SQLite and, when a server is given, on PostgreSQL (tests/conftest.py).
BOTH_DATABASES = True

MM = 72 / 25.4
CODES = list(service.LETTER_KINDS)


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("code", CODES)
def test_every_shipped_template_makes_a_letter(code, language):
    text = templates.shipped(code, language)
    templates.check(text.subject, text.body)
    rendered = templates.render(text.subject, text.body, sample_context(language))
    assert "{{" not in rendered.body and "{%" not in rendered.body
    assert rendered.subject


def test_an_unknown_placeholder_is_named_with_its_line_and_a_suggestion():
    with pytest.raises(templates.TemplateProblem) as caught:
        templates.check("Onderwerp", "Beste mensen,\n\nTot {{ afspraak.datumm }}!")
    problem = caught.value
    assert (problem.code, problem.line) == ("unknown_placeholder", 5)
    assert problem.placeholder == "afspraak.datumm"
    assert problem.suggestion == "afspraak.datum"


def test_a_syntax_error_names_its_line():
    with pytest.raises(templates.TemplateProblem) as caught:
        templates.check("Onderwerp", "regel\n{% if afspraak %}\nzonder einde")
    assert caught.value.code == "template_syntax"
    assert caught.value.line is not None and caught.value.line >= 4


def test_letter_with_address_in_the_envelope_window(store):
    set_up_organisation(store, logo=png_logo(), logo_type="png")
    case_id = case_with_parties(store)
    people = party_ids(store, case_id)
    appointment_id = appointment(store, case_id, "talk_b", roles=("B",))
    pdf = service.preview(store, LetterRequest(case_id, "invitation_b", "person", people["B"],
                                               appointment_id))
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0]
        # DIN 5008 form B: the address zone is 20–105 mm across, 62.7–90 mm down.
        window = page.within_bbox((20 * MM, 62.7 * MM, 105 * MM, 90 * MM))
        assert window.extract_text().split("\n") == [
            "Ayşe Çelik", "Dorpstraat 14", "8011 AB ZWOLLE"]
        chars = [c for c in window.chars if c["text"].strip()]
        assert min(c["x0"] for c in chars) >= 25 * MM - 0.5  # 5 mm clear of the window edge
        sender = page.within_bbox((20 * MM, 45 * MM, 105 * MM, 62.7 * MM)).extract_text()
        assert sender.startswith("Buurtbemiddeling Voorbeeldstad")
        text = " ".join(page.extract_text().split())
    assert "Beste Ayşe Çelik," in text
    assert get_case(store, case_id).number in text
    assert f"{date.today().year}" in text and "uur" in text
    fonts = {str(font.get("/BaseFont")) for page in PdfReader(io.BytesIO(pdf)).pages
             for font in page["/Resources"]["/Font"].values()}
    assert fonts and all("DejaVuSans" in f for f in fonts)  # embedded, not Helvetica


def test_names_from_every_town_survive_the_pdf(store):
    set_up_organisation(store)
    names = [("Thi Lan", "Nguyễn"), ("Kari", "Ødegård"), ("Zofia", "Wiśniewski")]
    content = [letter_pdf.LetterContent("Onderwerp", f"Beste {f} {last},\n", "2026-0001",
                                        "24 november 2026", (f"{f} {last}", "Brink 1",
                                                             "7411 AA  DEVENTER"))
               for f, last in names]
    built = letter_pdf.build_pdf(set_up_organisation(store), content)
    text = _text(built.pdf)
    for first, last in names:
        assert f"{first} {last}" in text
    assert built.page_ranges == [(1, 1), (2, 2), (3, 3)]


def test_long_letters_are_numbered_per_letter(store):
    org = set_up_organisation(store)
    long_body = "\n\n".join(["Een alinea die de brief langer maakt. " * 8] * 14)
    built = letter_pdf.build_pdf(org, [
        letter_pdf.LetterContent("Lang", long_body, "2026-0001", "1 december 2026",
                                 ("A", "B 1", "1234 AB  C")),
        letter_pdf.LetterContent("Kort", "Kort.\n", "2026-0002", "1 december 2026",
                                 ("D", "E 2", "1234 AB  F")),
    ])
    first, second = built.page_ranges
    assert first[1] > first[0] and second[0] == second[1] == first[1] + 1
    pages = PdfReader(io.BytesIO(built.pdf)).pages
    assert "Pagina 1 van 2" in pages[0].extract_text()
    assert "Pagina 2 van 2" in pages[1].extract_text()
    assert "Pagina" not in pages[2].extract_text()


def test_make_letter_keeps_the_pdf_and_its_source_with_the_case(store):
    set_up_organisation(store)
    case_id = case_with_parties(store)
    people = party_ids(store, case_id)
    doc_id = service.make_letter(store, LetterRequest(case_id, "invitation_a", "person",
                                                      people["A"]))
    [doc] = case_documents.list_documents(store, case_id)
    assert doc.id == doc_id and doc.kind == "letter" and doc.recipient == "Jan de Vries"
    assert doc.title == "Uw aanmelding bij Buurtbemiddeling Voorbeeldstad"
    data = case_documents.read_document(store, doc_id)
    assert data.startswith(b"%PDF") and "Beste Jan de Vries" in _text(data)
    source = case_documents.document_source(store, doc_id)
    assert source["template"]["code"] == "invitation_a"
    assert source["values"]["ontvanger"]["naam"] == "Jan de Vries"
    assert "Beste Jan de Vries" in source["text"]["body"]
    journal = get_case(store, case_id).journal
    assert any(j.kind == "letter" and "Jan de Vries" in j.text for j in journal)


def test_english_recipient_gets_the_english_letter(store):
    set_up_organisation(store)
    data_parties = None
    from tests.conftest import sample_case

    data = sample_case(store)
    data.parties[0] = PartyInput("A", "Kari", "", "Ødegård", phone="06 12345678",
                                 preferred_language="Engels",
                                 address=AddressInput("8011 AB", "3", "Dorpstraat", "Zwolle"))
    from desktop.cases.registration import register_case

    case_id = register_case(store, data).id
    del data_parties
    pdf = service.preview(store, LetterRequest(case_id, "closing", "person",
                                               party_ids(store, case_id)["A"]))
    text = _text(pdf)
    assert "Dear Kari Ødegård," in text and "Our reference" in text
    assert "november" in text.lower() or "december" in text.lower() or str(date.today().year)


def test_feedback_to_the_referrer_needs_the_parties_consent(store):
    set_up_organisation(store)
    case_id = case_with_parties(store, referrer_organisation="Woonstichting De Linie",
                                referrer_contact="Petra Jansen")
    give_partner_address(store)
    options = service.letter_options(store, case_id)
    [contact] = [r for r in options.recipients if r.kind == "contact"]
    request = LetterRequest(case_id, "referrer_feedback", "contact", contact.id)
    with pytest.raises(RuleViolation) as refused:
        service.make_letter(store, request)
    assert refused.value.code == "feedback_without_consent"
    assert case_documents.list_documents(store, case_id) == []
    case = get_case(store, case_id)
    update_case(store, case_id, case.version, consent_update(case))
    service.make_letter(store, request)
    [doc] = case_documents.list_documents(store, case_id)
    text = _text(case_documents.read_document(store, doc.id))
    assert "Petra Jansen" in text and "Woonstichting De Linie" in text
    assert "toestemming" in text


def test_a_letter_that_needs_an_appointment_is_refused_without_one(store):
    set_up_organisation(store)
    case_id = case_with_parties(store)
    with pytest.raises(RuleViolation) as refused:
        service.make_letter(store, LetterRequest(case_id, "joint_session", "person",
                                                 party_ids(store, case_id)["A"]))
    assert refused.value.code == "letter_needs_appointment"


def test_a_broken_own_template_makes_no_half_letter(store):
    set_up_organisation(store)
    case_id = case_with_parties(store)
    own = templates.TemplateText("invitation_a", "nl", "Onderwerp",
                                 "Wij zien u op {{ afspraak.datum }}.\n")
    with store.unit() as session:
        templates.save(session, own)  # valid as a template: there may be an appointment
    with pytest.raises(templates.TemplateProblem) as caught:
        service.make_letter(store, LetterRequest(case_id, "invitation_a", "person",
                                                 party_ids(store, case_id)["A"]))
    assert (caught.value.code, caught.value.placeholder) == ("missing_value", "afspraak.datum")
    assert case_documents.list_documents(store, case_id) == []
    assert not any((store.data_dir / "documents").rglob("*.pdf"))


def test_own_template_is_used_and_the_shipped_one_can_be_restored(store):
    set_up_organisation(store)
    case_id = case_with_parties(store)
    request = LetterRequest(case_id, "closing", "person", party_ids(store, case_id)["A"])
    with store.unit() as session:
        templates.save(session, templates.TemplateText(
            "closing", "nl", "Tot ziens", "{{ ontvanger.aanhef }},\n\nHet ga u goed.\n"))
    assert "Het ga u goed." in _text(service.preview(store, request))
    with pytest.raises(templates.TemplateProblem), store.unit() as session:
        templates.save(session, templates.TemplateText("closing", "nl", "x", "{{ oops }}"))
    with store.unit() as session:
        templates.restore(session, "closing", "nl")
    assert "Met deze brief sluiten wij uw dossier" in _text(service.preview(store, request))


def test_agreement_form_has_no_address_and_room_for_every_signature(store):
    set_up_organisation(store)
    case_id = case_with_parties(store)
    text = _text(service.preview(store, LetterRequest(case_id, "agreement", "none")))
    assert "Afsprakenformulier" in text
    assert text.count("Handtekening") == 2
    assert "Jan de Vries" in text and "Ayşe Çelik" in text
    assert "Ons kenmerk" not in text  # no address block, no information block


def test_period_batch_one_letter_per_recipient_with_copies(store):
    set_up_organisation(store)
    first = case_with_parties(store)
    second = case_with_parties(store)
    appointment(store, first, "joint_session", days=2)  # both parties
    appointment(store, second, "talk_a", days=3, roles=("A",))
    appointment(store, second, "talk_a", days=40, roles=("A",))  # outside the period
    requests, skipped = service.period_requests(store, date.today(),
                                                date.today() + timedelta(days=7))
    assert [(r.case_id, r.code) for r in requests] == [
        (first, "joint_session"), (first, "joint_session"), (second, "invitation_a")]
    assert skipped == []
    progress: list[int] = []
    result = service.print_batch(store, requests, progress=progress.append)
    assert result.letters == 3 and progress[2] == 3 and progress[-1] == 6  # then the copies
    assert len(PdfReader(io.BytesIO(result.pdf)).pages) == 3
    assert len(case_documents.list_documents(store, first)) == 2
    [copy] = case_documents.list_documents(store, second)
    assert len(PdfReader(io.BytesIO(case_documents.read_document(store, copy.id))).pages) == 1


def test_cancelled_batch_keeps_nothing(store):
    set_up_organisation(store)
    case_id = case_with_parties(store)
    appointment(store, case_id, "joint_session", days=1)
    requests, _ = service.period_requests(store, date.today(), date.today() + timedelta(days=3))
    with pytest.raises(letter_pdf.BuildCancelled):
        service.print_batch(store, requests, cancelled=lambda: True)
    assert case_documents.list_documents(store, case_id) == []
    done: list[int] = []  # stopped while the copies are made: still nothing kept
    with pytest.raises(letter_pdf.BuildCancelled):
        service.print_batch(store, requests, progress=done.append,
                            cancelled=lambda: len(done) >= len(requests))
    assert case_documents.list_documents(store, case_id) == []


def test_documents_added_and_deleted_with_a_reason(store, tmp_path):
    case_id = case_with_parties(store)
    scan = tmp_path / "afspraken getekend.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    doc_id = case_documents.add_file(store, case_id, scan)
    path = case_documents.document_path(store, doc_id)
    assert path.is_relative_to(store.data_dir) and b"scan" not in path.read_bytes()  # sealed
    assert case_documents.read_document(store, doc_id) == b"%PDF-1.4 scan"
    opened = case_documents.opened_copy(store, doc_id)  # for the program that opens it
    assert opened.read_bytes() == b"%PDF-1.4 scan" and opened.name == "afspraken getekend.pdf"
    from desktop.data.encryption.opened_copies import clear_opened_copies

    assert clear_opened_copies(store.data_dir) == 1 and not opened.exists()
    with pytest.raises(ValidationFailed):
        case_documents.delete_document(store, doc_id, "  ")
    with pytest.raises(ValidationFailed) as refused:  # not silently cut short
        case_documents.delete_document(store, doc_id, "reden " * 60)
    assert refused.value.errors[0].code == "too_long" and path.exists()
    case_documents.delete_document(store, doc_id, "Dubbel toegevoegd")
    assert not path.exists()
    assert case_documents.list_documents(store, case_id) == []
    [gone] = case_documents.list_documents(store, case_id, include_deleted=True)
    assert gone.delete_reason == "Dubbel toegevoegd" and gone.deleted_at is not None
    kinds = [j.kind for j in get_case(store, case_id).journal]
    assert "document_added" in kinds and "document_deleted" in kinds


def test_a_failed_save_leaves_no_file_behind(store, monkeypatch):
    case_id = case_with_parties(store)

    def refuse(*_args, **_kwargs):
        raise RuntimeError("disk said no")

    monkeypatch.setattr(case_documents, "_journal", refuse)
    with pytest.raises(RuntimeError):
        case_documents.add_document(store, case_id,
                                    case_documents.NewDocument(b"x", "a.txt", "A"))
    assert not [p for p in (store.data_dir / "documents").rglob("*") if p.is_file()]


def test_letters_command_writes_the_period_pdf(store, data_dir, tmp_path, capsys):
    from desktop.cli import main

    set_up_organisation(store)
    case_id = case_with_parties(store)
    appointment(store, case_id, "joint_session", days=1)
    store.close()
    out = tmp_path / "brieven.pdf"
    today = date.today()
    code = main(["letters", "--data-dir", str(data_dir), "--from", today.strftime("%d-%m-%Y"),
                 "--to", (today + timedelta(days=5)).strftime("%d-%m-%Y"), "--out", str(out)])
    assert code == 0
    assert len(PdfReader(str(out)).pages) == 2
    assert "2 brieven" in capsys.readouterr().out


def test_reused_paragraphs_print_exactly_like_fresh_ones(store, monkeypatch):
    """A batch parses a repeated paragraph once; the pages must not differ for it,
    also where a long paragraph is split over two pages."""
    org = set_up_organisation(store)
    long_block = "Een lange alinea die over de pagina heen loopt. " * 60
    letters = [
        letter_pdf.LetterContent(f"Brief {i}", f"Beste {name},\n\n{long_block}\n\nKort slot.\n",
                                 "2026-0001", "1 december 2026", (name, "Brink 1", "7411 AA  X"))
        for i, name in enumerate(["Çelik", "Nguyễn", "Ødegård", "Wiśniewski"])
    ]

    def pages(pdf: bytes) -> list[str]:
        return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]

    cached = letter_pdf.build_pdf(org, letters)
    monkeypatch.setattr(letter_pdf._Styles, "paragraph",
                        lambda self, markup, style: letter_pdf.Paragraph(markup, style))
    fresh = letter_pdf.build_pdf(org, letters)
    assert cached.page_ranges == fresh.page_ranges and cached.page_ranges[0][1] >= 2
    assert pages(cached.pdf) == pages(fresh.pdf)


def test_the_salutation_follows_the_choice_on_the_party(store):
    from dataclasses import replace as changed

    from desktop.cases.detail import get_case
    from desktop.cases.parties import update_party
    from tests.conftest import sample_case

    set_up_organisation(store)
    data = sample_case(store)
    data.parties[1] = changed(data.parties[1], gender="female")
    from desktop.cases.registration import register_case

    case_id = register_case(store, data).id
    request = LetterRequest(case_id, "invitation_b", "person", party_ids(store, case_id)["B"])
    assert "Beste mevrouw Çelik," in _text(service.preview(store, request))
    case = get_case(store, case_id)
    party_b = next(p for p in case.parties if p.role == "B").editable
    update_party(store, case_id, case.version, changed(party_b, gender="male"))
    assert "Beste meneer Çelik," in _text(service.preview(store, request))
    case = get_case(store, case_id)
    party_b = next(p for p in case.parties if p.role == "B").editable
    update_party(store, case_id, case.version, changed(party_b, gender="unknown"))
    assert "Beste Ayşe Çelik," in _text(service.preview(store, request))
