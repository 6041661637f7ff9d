"""The values a letter template is filled with, in the letter's language.

Pure functions over plain data, so a batch of a thousand letters builds its
contexts without a query per letter."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from babel.dates import format_date, format_time

from models.enums import AppointmentKind, Gender, PlaceKind
from models.rules import format_house_number

REPLY_WITHIN_DAYS = 14

# How the letter names the kind of appointment (the templates rarely need it).
_KIND_NAMES = {
    "nl": {
        AppointmentKind.INTAKE: "kennismakingsgesprek",
        AppointmentKind.TALK_A: "kennismakingsgesprek",
        AppointmentKind.TALK_B: "kennismakingsgesprek",
        AppointmentKind.JOINT_SESSION: "gezamenlijk gesprek",
        AppointmentKind.FOLLOW_UP: "nagesprek",
        AppointmentKind.OTHER: "afspraak",
    },
    "en": {
        AppointmentKind.INTAKE: "first talk",
        AppointmentKind.TALK_A: "first talk",
        AppointmentKind.TALK_B: "first talk",
        AppointmentKind.JOINT_SESSION: "joint meeting",
        AppointmentKind.FOLLOW_UP: "follow-up talk",
        AppointmentKind.OTHER: "appointment",
    },
}
_AT_HOME = {"nl": "bij u thuis", "en": "at your home"}
_BY_PHONE = {"nl": "telefonisch", "en": "by telephone"}
_BY_VIDEO = {"nl": "via een videogesprek", "en": "by video call"}
_AND = {"nl": "en", "en": "and"}
_OR = {"nl": "of", "en": "or"}


@dataclass(frozen=True)
class OrganisationInfo:
    name: str = ""
    street: str = ""
    postcode: str = ""
    town: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    signatory_name: str = ""
    signatory_role: str = ""
    footer: str = ""
    logo: bytes | None = None
    logo_type: str = ""


@dataclass(frozen=True)
class Recipient:
    kind: str  # "person", "contact" or "none" (a form)
    id: int | None
    first_name: str = ""
    name_prefix: str = ""
    last_name: str = ""
    gender: str = Gender.UNKNOWN
    organisation: str = ""  # a partner contact's organisation
    street_line: str = ""  # "Lindelaan 4a"
    postcode: str = ""
    town: str = ""
    language: str = "nl"
    role: str = ""  # the party's role in the case: "A", "B"…

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first_name, self.name_prefix, self.last_name) if p)

    @property
    def has_address(self) -> bool:
        return bool(self.street_line and self.postcode and self.town)

    def address_lines(self) -> tuple[str, ...]:
        """The address block as PostNL asks: name, street, "1234 AB  TOWN"."""
        if self.kind == "none":
            return ()
        lines = [self.name]
        if self.organisation:
            lines.append(self.organisation)
        if self.street_line:
            lines.append(self.street_line)
        if self.postcode or self.town:
            lines.append(f"{self.postcode}  {self.town.upper()}".strip())
        return tuple(line for line in lines if line)


@dataclass(frozen=True)
class AppointmentInfo:
    id: int
    kind: str
    starts_at: datetime
    ends_at: datetime
    place_kind: str
    place: str  # room name and address, or what was typed
    home_role: str = ""  # "A"/"B" when the talk is at that party's home
    mediators: tuple[str, ...] = ()


@dataclass(frozen=True)
class CaseInfo:
    id: int
    number: str
    registered_on: date
    feedback_consent: bool
    status: str
    result: str = ""  # the result's name in the letter's language
    party_names: tuple[str, ...] = ()
    mediators: tuple[str, ...] = ()
    joint_session_on: date | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def street_line(street: str, number: int | None, suffix: str) -> str:
    if not street:
        return ""
    return f"{street} {format_house_number(number, suffix)}" if number else street


@lru_cache(maxsize=4096)  # a batch formats the same few days a thousand times
def long_date(day: date, language: str) -> str:
    return format_date(day, "d MMMM y", locale=language)


@lru_cache(maxsize=4096)
def weekday_date(day: date, language: str) -> str:
    return format_date(day, "EEEE d MMMM y", locale=language)


def clock(moment: datetime, language: str) -> str:
    return format_time(moment, "HH:mm" if language == "nl" else "h:mm a", locale=language)


def join_names(names: tuple[str, ...] | list[str], language: str) -> str:
    names = [n for n in names if n]
    if len(names) <= 1:
        return names[0] if names else ""
    return ", ".join(names[:-1]) + f" {_AND[language]} " + names[-1]


def _surname(recipient: Recipient) -> str:
    prefix = recipient.name_prefix
    # Without a first name in front, a Dutch prefix takes a capital: "mevrouw De Vries".
    if prefix:
        prefix = prefix[0].upper() + prefix[1:]
    return " ".join(p for p in (prefix, recipient.last_name) if p)


def salutation(recipient: Recipient, language: str) -> str:
    if recipient.kind == "none":
        return ""
    titles = {"nl": {Gender.FEMALE: "mevrouw", Gender.MALE: "meneer"},
              "en": {Gender.FEMALE: "Ms", Gender.MALE: "Mr"}}[language]
    opening = "Beste" if language == "nl" else "Dear"
    title = titles.get(recipient.gender)
    if title and recipient.last_name:
        return f"{opening} {title} {_surname(recipient)}"
    return f"{opening} {recipient.name}" if recipient.name else (
        "Beste bewoner" if language == "nl" else "Dear resident")


def _place(appointment: AppointmentInfo, recipient: Recipient, language: str) -> str:
    if appointment.place_kind in (PlaceKind.HOME_A, PlaceKind.HOME_B):
        if recipient.role and recipient.role == appointment.home_role:
            return _AT_HOME[language]
        return appointment.place
    if appointment.place_kind == PlaceKind.PHONE:
        return _BY_PHONE[language]
    if appointment.place_kind == PlaceKind.VIDEO:
        return _BY_VIDEO[language]
    return appointment.place


def _feedback(case: CaseInfo, language: str) -> str:
    if case.status == "closed" and case.result:
        if language == "nl":
            return f"De bemiddeling is afgerond. De uitkomst: {case.result.lower()}."
        return f"The mediation has been completed. The outcome: {case.result.lower()}."
    if case.status == "closed":
        return ("De bemiddeling is afgerond." if language == "nl"
                else "The mediation has been completed.")
    return ("De bewoners zijn met onze bemiddelaars in gesprek; de bemiddeling loopt nog."
            if language == "nl" else
            "The residents are talking with our mediators; the mediation is still going on.")


def letter_context(org: OrganisationInfo, case: CaseInfo, recipient: Recipient,
                   appointment: AppointmentInfo | None, language: str,
                   today: date, referrer: tuple[str, str] = ("", "")) -> dict[str, Any]:
    mediators = appointment.mediators if appointment and appointment.mediators else case.mediators
    session_day = case.joint_session_on or (
        appointment.starts_at.date() if appointment else today)
    return {
        "organisatie": {
            "naam": org.name, "adres": org.street, "postcode": org.postcode, "plaats": org.town,
            "telefoon": org.phone, "email": org.email, "website": org.website,
            # How to reach the office, whichever of the two it has: "via {{ contact }}".
            "contact": f" {_OR[language]} ".join(v for v in (org.phone, org.email) if v),
            # A letter is always signed: by the office itself when nobody is named.
            "ondertekenaar": org.signatory_name or org.name, "functie": org.signatory_role,
        },
        "ontvanger": {"naam": recipient.name, "aanhef": salutation(recipient, language)},
        "zaak": {
            "nummer": case.number,
            "datum_aanmelding": long_date(case.registered_on, language),
            "terugkoppeling": _feedback(case, language),
        },
        "afspraak": None if appointment is None else {
            "soort": _KIND_NAMES[language].get(appointment.kind, ""),
            "datum": weekday_date(appointment.starts_at.date(), language),
            "tijd": clock(appointment.starts_at, language),
            "eindtijd": clock(appointment.ends_at, language),
            "plaats": _place(appointment, recipient, language),
        },
        "verwijzer": {"naam": referrer[0], "organisatie": referrer[1]},
        "bemiddelaars": join_names(mediators, language),
        "partijen": join_names(case.party_names, language),
        "vandaag": long_date(today, language),
        "gespreksdatum": long_date(session_day, language),
        "reageer_voor": long_date(today + timedelta(days=REPLY_WITHIN_DAYS), language),
    }


SAMPLE_ORGANISATION = OrganisationInfo(
    name="Buurtbemiddeling Voorbeeldstad", street="Dorpsstraat 1", postcode="1234 AB",
    town="Voorbeeldstad", phone="030 123 45 67", email="info@buurtbemiddeling.example",
    website="www.buurtbemiddeling.example", signatory_name="Sanne de Wit",
    signatory_role="coördinator",
)


def sample_context(language: str, with_appointment: bool = True,
                   org: OrganisationInfo | None = None) -> dict[str, Any]:
    """Example values: for checking a template and previewing it without a case."""
    today = date.today()
    recipient = Recipient("person", None, "Fatma", "", "Çelik", Gender.FEMALE,
                          street_line="Lindelaan 4a", postcode="1234 AB", town="Voorbeeldstad",
                          language=language, role="A")
    case = CaseInfo(0, f"{today.year}-0042", today - timedelta(days=10), True, "closed",
                    "Afspraken gemaakt" if language == "nl" else "Agreements made",
                    ("Fatma Çelik", "Jan de Vries"), ("Anna Bakker", "Kees Nguyễn"))
    start = datetime.combine(today + timedelta(days=7), datetime.min.time()).replace(hour=19)
    appointment = AppointmentInfo(0, AppointmentKind.JOINT_SESSION, start,
                                  start + timedelta(hours=1, minutes=30), PlaceKind.ROOM,
                                  "Buurthuis De Linde, Lindelaan 10, Voorbeeldstad")
    return letter_context(org or SAMPLE_ORGANISATION, case, recipient,
                          appointment if with_appointment else None, language, today,
                          ("Petra Jansen", "Woningcorporatie Voorbeeld"))


def sample_recipient(language: str) -> Recipient:
    return Recipient("person", None, "Fatma", "", "Çelik", Gender.FEMALE,
                     street_line="Lindelaan 4a", postcode="1234 AB", town="Voorbeeldstad",
                     language=language, role="A")
