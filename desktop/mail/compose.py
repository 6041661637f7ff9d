"""The messages themselves, built with Python's email package: a calendar
invitation (iTIP REQUEST or CANCEL, RFC 5546) to a mediator, a reminder, and a
letter as a PDF attachment. Friendly, short Dutch (English for a party who
reads English); never the story of the case."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from desktop.agenda.calendar_files import AMSTERDAM, KIND_TITLES, PRODUCT, event_uid
from desktop.documents.letters.context import (
    OrganisationInfo,
    clock,
    salutation,
    weekday_date,
)
from desktop.mail.settings import MailSettings
from desktop.mail.talks import Attendee, Talk

# With the article Dutch wants ("het gesprek", "de afspraak").
_KIND_NL = {
    "intake": "het intakegesprek", "talk_a": "het gesprek met partij A",
    "talk_b": "het gesprek met partij B", "joint_session": "het bemiddelingsgesprek",
    "follow_up": "het nazorggesprek", "other": "de afspraak",
}
# For a party: the talk is with them, so no "partij A".
_KIND_PARTY_NL = {**_KIND_NL, "talk_a": "het gesprek", "talk_b": "het gesprek"}
_KIND_TITLES_EN = {
    "intake": "intake talk", "talk_a": "talk", "talk_b": "talk",
    "joint_session": "mediation meeting", "follow_up": "follow-up talk", "other": "appointment",
}


def _domain(address: str) -> str:
    return address.rpartition("@")[2] or "burenrust.local"


def new_message(settings: MailSettings, org: OrganisationInfo, to_name: str, to_address: str,
                subject: str, text: str) -> EmailMessage:
    message = EmailMessage()
    # headerregistry.Address encodes a display name in any script (RFC 2047).
    message["From"] = Address(settings.sender_name or org.name, addr_spec=settings.sender_address)
    message["To"] = Address(to_name, addr_spec=to_address)
    if settings.reply_to:
        message["Reply-To"] = settings.reply_to
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    # Kept with the queued message: a retry is the same message, and a server that
    # took it before the program stopped can tell the copies apart.
    message["Message-ID"] = make_msgid("burenrust", domain=_domain(settings.sender_address))
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(text)
    return message


def _greeting_end(org: OrganisationInfo, language: str = "nl") -> str:
    name = org.name or "Buurtbemiddeling"
    lines = ["Met vriendelijke groet," if language == "nl" else "Kind regards,", "", name]
    if org.phone:
        lines.append(("Telefoon: " if language == "nl" else "Phone: ") + org.phone)
    return "\n".join(lines)


def talk_title(talk: Talk) -> str:
    return f"Buurtbemiddeling {talk.case_number}: {KIND_TITLES.get(talk.kind, 'afspraak')}"


def fingerprint(talk: Talk) -> str:
    """What an invitation says; when this changes the calendar needs an update."""
    parts = (talk.case_number, talk.kind, talk.starts_at.isoformat(), talk.ends_at.isoformat(),
             talk.place, "&".join(m.name for m in talk.mediators))
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


@dataclass(frozen=True)
class Event:
    """What a calendar invitation says, whatever it is for."""

    uid: str
    title: str
    starts_at: datetime
    ends_at: datetime
    place: str
    description: str


def _calendar(settings: MailSettings, org: OrganisationInfo, event_data: Event,
              mediator: Attendee, sequence: int, method: str) -> str:
    from icalendar import Calendar, vCalAddress, vText
    from icalendar import Event as CalendarEvent

    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
    event = CalendarEvent()
    event.add("uid", event_data.uid)
    event.add("dtstamp", datetime.now(UTC).replace(microsecond=0))
    event.add("sequence", sequence)
    event.add("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    event.add("dtstart", event_data.starts_at.replace(tzinfo=AMSTERDAM))
    event.add("dtend", event_data.ends_at.replace(tzinfo=AMSTERDAM))
    event.add("summary", event_data.title)
    if event_data.place:
        event.add("location", event_data.place)
    event.add("description", event_data.description)
    organizer = vCalAddress(f"mailto:{settings.sender_address}")
    organizer.params["cn"] = vText(settings.sender_name or org.name or "Buurtbemiddeling")
    event.add("organizer", organizer)
    attendee = vCalAddress(f"mailto:{mediator.address}")
    attendee.params["cn"] = vText(mediator.name)
    attendee.params["role"] = vText("REQ-PARTICIPANT")
    attendee.params["partstat"] = vText("NEEDS-ACTION")
    # The office plans; the program reads no answers, so calendars should not ask to send one.
    attendee.params["rsvp"] = vText("FALSE")
    event.add("attendee", attendee)
    event.add("transp", "OPAQUE")
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical().decode()


def _talk_event(talk: Talk) -> Event:
    return Event(event_uid(talk.id), talk_title(talk), talk.starts_at, talk.ends_at,
                 talk.place, _talk_lines(talk))


def _talk_lines(talk: Talk) -> str:
    lines = [f"Zaak: {talk.case_number}",
             f"Soort gesprek: {KIND_TITLES.get(talk.kind, 'afspraak')}",
             f"Wanneer: {weekday_date(talk.starts_at.date(), 'nl')}, "
             f"{clock(talk.starts_at, 'nl')}–{clock(talk.ends_at, 'nl')} uur"]
    if talk.place:
        lines.append(f"Waar: {talk.place}")
    if talk.mediators:
        lines.append("Bemiddelaars: " + " en ".join(m.name for m in talk.mediators))
    return "\n".join(lines)


def invitation(settings: MailSettings, org: OrganisationInfo, talk: Talk, mediator: Attendee,
               sequence: int, cancel: bool = False) -> EmailMessage:
    """An invitation (or its update, or its cancellation) a calendar understands:
    text for the reader, and the same event as text/calendar with its METHOD."""
    what = _KIND_NL.get(talk.kind, "de afspraak")
    return event_invitation(settings, org, _talk_event(talk), what, mediator, sequence, cancel)


def event_invitation(settings: MailSettings, org: OrganisationInfo, event: Event, what: str,
                     mediator: Attendee, sequence: int, cancel: bool = False) -> EmailMessage:
    """`what` names the event with its article ("het gesprek", "de intervisie")."""
    method = "CANCEL" if cancel else "REQUEST"
    when = f"{weekday_date(event.starts_at.date(), 'nl')} om {clock(event.starts_at, 'nl')} uur"
    if cancel:
        subject = f"Afgezegd: {event.title} ({when})"
        opening = (f"{what[0].upper()}{what[1:]} van {when} gaat niet door. "
                   "Het is uit je agenda gehaald.")
    elif sequence:
        subject = f"Gewijzigd: {event.title} ({when})"
        opening = "De afspraak is gewijzigd. Zo staat hij nu in je agenda:"
    else:
        subject = f"Uitnodiging: {event.title} ({when})"
        opening = "Er is een afspraak voor je gepland. Hij staat hieronder en in je agenda:"
    text = (f"Beste {mediator.first_name or mediator.name},\n\n{opening}\n\n"
            f"{event.description}\n\n"
            "Kun je niet? Laat het het bureau dan zo snel mogelijk weten.\n\n"
            f"{_greeting_end(org)}\n")
    message = new_message(settings, org, mediator.name, mediator.address, subject, text)
    message.add_alternative(_calendar(settings, org, event, mediator, sequence, method),
                            subtype="calendar", params={"method": method})
    return message


def reminder(settings: MailSettings, org: OrganisationInfo, talk: Talk,
             attendee: Attendee) -> EmailMessage:
    if attendee.kind == "mediator":
        when = f"{weekday_date(talk.starts_at.date(), 'nl')} om {clock(talk.starts_at, 'nl')} uur"
        subject = f"Herinnering: {talk_title(talk)} ({when})"
        text = (f"Beste {attendee.first_name or attendee.name},\n\n"
                f"Een herinnering aan je afspraak van {when}.\n\n{_talk_lines(talk)}\n\n"
                f"{_greeting_end(org)}\n")
        return new_message(settings, org, attendee.name, attendee.address, subject, text)
    language = attendee.language
    day = weekday_date(talk.starts_at.date(), language)
    at = clock(talk.starts_at, language)
    opening = salutation(attendee.recipient, language) if attendee.recipient else ""
    if language == "en":
        subject = f"Reminder: your appointment with neighbour mediation on {day}"
        place = f"\nPlace: {talk.place}" if talk.place else ""
        text = (f"{opening},\n\nThis is a reminder of your "
                f"{_KIND_TITLES_EN.get(talk.kind, 'appointment')} with our mediators on "
                f"{day} at {at}.{place}\n\n"
                "Can you not make it? Please let us know as soon as you can, by replying to "
                f"this e-mail{' or by calling ' + org.phone if org.phone else ''}.\n\n"
                f"{_greeting_end(org, 'en')}\n")
    else:
        subject = f"Herinnering: uw afspraak met buurtbemiddeling op {day}"
        place = f"\nPlaats: {talk.place}" if talk.place else ""
        text = (f"{opening},\n\nGraag herinneren wij u aan "
                f"{_KIND_PARTY_NL.get(talk.kind, 'de afspraak')} met onze bemiddelaars "
                f"op {day} om {at} uur.{place}\n\n"
                "Kunt u niet? Laat het ons dan zo snel mogelijk weten: beantwoord deze e-mail"
                f"{' of bel ' + org.phone if org.phone else ''}.\n\n"
                f"{_greeting_end(org)}\n")
    return new_message(settings, org, attendee.name, attendee.address, subject, text)


def letter(settings: MailSettings, org: OrganisationInfo, to_name: str, to_address: str,
           greeting: str, title: str, pdf: bytes, file_name: str,
           language: str = "nl") -> EmailMessage:
    # The letter's own title, with who sends it when the title does not say.
    subject = title if not org.name or org.name in title else f"{title} ({org.name})"
    if language == "en":
        text = (f"{greeting},\n\nPlease find our letter attached as a PDF file. "
                "You can open it on your computer or phone, and print it if you like.\n\n"
                "Questions? Reply to this e-mail"
                f"{' or call ' + org.phone if org.phone else ''}.\n\n"
                f"{_greeting_end(org, 'en')}\n")
    else:
        text = (f"{greeting},\n\nIn de bijlage vindt u onze brief als PDF-bestand. U kunt hem "
                "openen op uw computer of telefoon, en als u wilt afdrukken.\n\n"
                "Hebt u vragen? Beantwoord deze e-mail"
                f"{' of bel ' + org.phone if org.phone else ''}.\n\n"
                f"{_greeting_end(org)}\n")
    message = new_message(settings, org, to_name, to_address, subject, text)
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=file_name)
    return message
