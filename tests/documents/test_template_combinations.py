"""Every shipped letter reads right in every combination of what may be missing:
with and without an appointment (for the letters that can go without), with and
without known mediators, an office reached by phone, by e-mail or both, a named
signatory or none, the talk at the recipient's home, in a room or by phone, and a
case open or closed. Sentences that must be there are, and ones that would be
wrong (an appointment that is not there, a number that is missing) are not."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from desktop.documents.letters import templates
from desktop.documents.letters.context import (
    AppointmentInfo,
    CaseInfo,
    OrganisationInfo,
    Recipient,
    letter_context,
)
from desktop.documents.letters.service import LETTER_KINDS
from models.enums import AppointmentKind, Gender, PlaceKind

TODAY = date(2026, 11, 24)
FULL_OFFICE = OrganisationInfo(
    name="Buurtbemiddeling Voorbeeldstad", street="Dorpsstraat 1", postcode="1234 AB",
    town="Voorbeeldstad", phone="030 123 45 67", email="info@bb.example",
    signatory_name="Sanne de Wit", signatory_role="coördinator")
OFFICES = {
    "both": FULL_OFFICE,
    "phone only": replace(FULL_OFFICE, email=""),
    "e-mail only": replace(FULL_OFFICE, phone=""),
    "nobody signs": replace(FULL_OFFICE, signatory_name="", signatory_role=""),
}
START = datetime(2026, 12, 1, 19, 30)
PLACES = {
    "home": (PlaceKind.HOME_A, "Lindelaan 4a, 1234 AB Voorbeeldstad"),
    "room": (PlaceKind.ROOM, "Buurthuis De Linde, Lindelaan 10, Voorbeeldstad"),
    "phone": (PlaceKind.PHONE, ""),
}
RECIPIENT = Recipient("person", 1, "Fatma", "", "Çelik", Gender.FEMALE,
                      street_line="Lindelaan 4a", postcode="1234 AB", town="Voorbeeldstad",
                      role="A")
REFERRER = Recipient("contact", 2, "Petra", "", "Jansen", Gender.UNKNOWN,
                     organisation="Woningcorporatie Voorbeeld", street_line="Laan 1",
                     postcode="1234 AC", town="Voorbeeldstad")

# What each letter says about an appointment when it has one, and when it has none.
WITH_APPOINTMENT = {
    "nl": {"invitation_a": ["Datum:", "Komt de afspraak u niet goed uit"],
           "invitation_b": ["Datum:", "Past de afspraak niet"],
           "joint_session": ["Datum:", "Kunt u onverhoopt niet komen?"],
           "confirmation": ["Datum:", "Kunt u onverhoopt niet?"]},
    "en": {"invitation_a": ["Date:", "If the appointment does not suit you"],
           "invitation_b": ["Date:", "If the appointment does not suit you"],
           "joint_session": ["Date:", "If you cannot come after all"],
           "confirmation": ["Date:", "If you cannot come after all"]},
}
WITHOUT_APPOINTMENT = {
    "nl": {"invitation_a": ["belt een van onze bemiddelaars u om een afspraak te maken",
                            "Hebt u nog vragen?"],
           "invitation_b": ["neemt een van onze bemiddelaars contact met u op",
                            "Wilt u eerst meer weten?"]},
    "en": {"invitation_a": ["will call you soon to arrange a first talk",
                            "If you have any questions"],
           "invitation_b": ["will contact you soon to arrange a meeting",
                            "If you would like to know more first"]},
}
APPOINTMENT_WORDS = {"nl": ["Datum:", "Tijd:", "Plaats:", "de afspraak", "De afspraak"],
                     "en": ["Date:", "Time:", "Place:", "the appointment"]}


def _appointment(place: str, mediators: tuple[str, ...]) -> AppointmentInfo:
    kind, text = PLACES[place]
    return AppointmentInfo(1, AppointmentKind.TALK_A, START, START + timedelta(hours=1), kind,
                           text, home_role="A", mediators=mediators)


def _case(closed: bool, mediators: tuple[str, ...]) -> CaseInfo:
    return CaseInfo(1, "2026-0042", date(2026, 11, 2), True, "closed" if closed else "talks",
                    "Afspraken gemaakt" if closed else "", ("Fatma Çelik", "Jan de Vries"),
                    mediators)


def combinations():
    for code, kind in LETTER_KINDS.items():
        with_options = [True] if kind.needs_appointment else [True, False]
        if kind.recipients in ("referrer", "none"):
            with_options = [False]
        for language, with_appointment, place, mediators, office, closed in itertools.product(
                ("nl", "en"), with_options, PLACES, [(), ("Anna Bakker", "Kees Nguyễn")],
                OFFICES, (False, True)):
            if not with_appointment and place != "room":
                continue  # the place only matters with an appointment
            label = "-".join((code, language, "met" if with_appointment else "zonder", place,
                              f"{len(mediators)}b", office, "dicht" if closed else "open"))
            yield pytest.param(code, language, with_appointment, place, mediators, office,
                               closed, id=label)


@pytest.mark.parametrize(
    "code,language,with_appointment,place,mediators,office,closed", list(combinations()))
def test_every_letter_reads_right(code, language, with_appointment, place, mediators,
                                  office, closed):
    kind = LETTER_KINDS[code]
    org = OFFICES[office]
    recipient = {"referrer": REFERRER, "none": Recipient("none", None)}.get(
        kind.recipients, replace(RECIPIENT, language=language))
    appointment = _appointment(place, mediators) if with_appointment else None
    context = letter_context(org, _case(closed, mediators), recipient, appointment, language,
                             TODAY, ("Petra Jansen", "Woningcorporatie Voorbeeld"))
    text = templates.shipped(code, language)
    rendered = templates.render(text.subject, text.body, context)
    letter = rendered.subject + "\n" + rendered.body

    # Nothing left unfilled or glued together.
    assert "None" not in letter and "{{" not in letter and "{%" not in letter
    assert not re.search(r"[^\S\n]{2,}", letter), "a double space: a value is missing"
    assert not re.search(r"\s[,.;:?]", letter), "a space before a punctuation mark"
    assert not re.search(r"^[^\n:]{1,20}:[ \t]*$", letter, re.M), "a label without a value"
    assert "()" not in letter and ", ," not in letter
    assert rendered.subject.strip()

    # How to reach the office: only what it has.
    if kind.recipients != "none":
        if org.phone:
            assert org.phone in letter
        if org.email:
            assert org.email in letter
    assert ("@" in letter) == bool(org.email and kind.recipients != "none")
    # Always signed by someone.
    if kind.recipients != "none":
        assert (org.signatory_name or org.name) in rendered.body.rstrip().splitlines()[-2:]

    # The appointment: there when it is, not pretended when it is not.
    if with_appointment:
        for sentence in WITH_APPOINTMENT[language].get(code, []):
            assert sentence in letter
        if place == "home" and code in WITH_APPOINTMENT[language]:
            assert ("bij u thuis" if language == "nl" else "at your home") in letter
    else:
        for sentence in WITHOUT_APPOINTMENT[language].get(code, []):
            assert sentence in letter
        if code in WITHOUT_APPOINTMENT[language]:
            for word in APPOINTMENT_WORDS[language]:
                assert word not in letter, word
    if mediators and with_appointment and code in ("invitation_a", "invitation_b",
                                                   "joint_session", "confirmation"):
        assert "Anna Bakker" in letter and "Kees Nguyễn" in letter
    if not mediators:
        assert "Anna Bakker" not in letter

    # Feedback to the referrer follows where the case stands.
    if code == "referrer_feedback":
        done = "De bemiddeling is afgerond" if language == "nl" else "has been completed"
        assert (done in letter) == closed


def test_a_letter_needs_a_way_to_reach_the_office(store):
    from desktop.data.errors import RuleViolation
    from desktop.documents.letters import service
    from desktop.documents.organisation import get_organisation, save_organisation
    from tests.letter_helpers import case_with_parties, set_up_organisation

    set_up_organisation(store)
    case_id = case_with_parties(store)
    [party_a] = [r for r in service.letter_options(store, case_id).recipients if r.role == "A"]
    request = service.LetterRequest(case_id, "invitation_a", "person", party_a.id)
    assert service.preview(store, request)[:4] == b"%PDF"
    save_organisation(store, replace(get_organisation(store), phone="", email=""))
    with pytest.raises(RuleViolation) as refused:
        service.preview(store, request)
    assert refused.value.code == "organisation_contact_missing"
    # The agreement form asks nobody to get in touch: it can still be made.
    assert service.preview(store, service.LetterRequest(case_id, "agreement", "none"))[:4] == (
        b"%PDF")
