"""Dutch sentences (translatable) for the error codes services and rules give."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def message_for(code: str) -> str:
    messages = {
        "postcode_format": translate(
            "Messages", "Een postcode is vier cijfers en twee letters, bijvoorbeeld 1234 AB."
        ),
        "postcode_letters": translate(
            "Messages", "Deze lettercombinatie komt in Nederlandse postcodes niet voor."
        ),
        "postcode_required": translate("Messages", "Vul de postcode in."),
        "house_number_format": translate(
            "Messages", "Een huisnummer begint met een getal, bijvoorbeeld 12 of 12a."
        ),
        "house_number_required": translate("Messages", "Vul het huisnummer in."),
        "street_required": translate("Messages", "Vul de straat in."),
        "town_required": translate("Messages", "Vul de plaats in."),
        "address_required": translate("Messages", "Vul het adres in."),
        "phone_format": translate(
            "Messages", "Een telefoonnummer bestaat uit cijfers, bijvoorbeeld 06 12345678."
        ),
        "phone_invalid": translate(
            "Messages", "Dit telefoonnummer bestaat niet; controleer het aantal cijfers."
        ),
        "email_invalid": translate(
            "Messages", "Dit is geen geldig e-mailadres, bijvoorbeeld naam@voorbeeld.nl."
        ),
        "last_name_required": translate("Messages", "Vul de achternaam van de aanvrager in."),
        "name_or_address_required": translate(
            "Messages", "Vul een achternaam of een adres van de andere partij in."
        ),
        "contact_required": translate(
            "Messages",
            "Vul een telefoonnummer, e-mailadres of adres in om de aanvrager te bereiken.",
        ),
        "requester_required": translate("Messages", "Een zaak heeft een aanvrager nodig."),
        "conflict_type_required": translate("Messages", "Kies de soort conflict."),
        "too_long": translate("Messages", "Deze tekst is te lang."),
        "invalid_characters": translate(
            "Messages", "Deze tekst bevat een teken dat niet kan worden opgeslagen (zoals een "
            "onzichtbaar stuurteken uit een geplakte tekst). Typ de tekst opnieuw."),
        "date_out_of_range": translate(
            "Messages", "Deze datum ligt buiten de jaren 1980 tot en met 2099. Controleer het "
            "jaar."),
        "invalid": translate("Messages", "Deze waarde is ongeldig."),
        "date_in_future": translate("Messages", "Deze datum ligt in de toekomst."),
        "date_format": translate(
            "Messages", "Typ de datum als dag-maand-jaar, bijvoorbeeld 24-11-2026."
        ),
        "end_before_start": translate("Messages", "Het einde ligt voor het begin."),
        "room_required": translate(
            "Messages", "Kies een ruimte, of voeg er een toe onder Beheer."
        ),
        "text_required": translate("Messages", "Typ eerst een tekst."),
        "name_required": translate("Messages", "Vul een naam in."),
        "duplicate": translate("Messages", "Deze naam bestaat al."),
        "result_required": translate("Messages", "Kies een resultaat om de zaak af te sluiten."),
        "closing_reason_required": translate(
            "Messages", "Bij 'geen bemiddeling' hoort een reden. Kies de reden."
        ),
        "status_unchanged": translate("Messages", "De zaak heeft deze status al."),
        "stale": translate(
            "Messages",
            "Deze zaak is intussen door iemand anders gewijzigd. Uw wijziging is niet "
            "opgeslagen. De zaak is opnieuw geladen; wat u typte staat er nog.",
        ),
        "not_found": translate("Messages", "Deze zaak bestaat niet meer."),
        "database_damaged": translate(
            "Messages",
            "Het databasebestand is beschadigd; er wordt niets meer in opgeslagen, zodat het "
            "niet erger wordt. Wat u typte staat er nog. Zet onder Beheer → Back-ups de laatste "
            "goede back-up terug.",
        ),
        "feedback_without_consent": translate(
            "Messages",
            "De partijen hebben geen toestemming gegeven voor terugkoppeling aan de verwijzer. "
            "Zet het vinkje bij de gegevens van de zaak als zij dat wel willen.",
        ),
        "no_referrer": translate("Messages", "Bij deze zaak is geen verwijzer ingevuld."),
        "recipient_without_address": translate(
            "Messages",
            "Van deze ontvanger is geen volledig adres bekend. Vul het adres in bij de partij.",
        ),
        "letter_needs_appointment": translate(
            "Messages", "Voor deze brief is een afspraak nodig. Kies de afspraak."),
        "no_letters": translate("Messages", "Er zijn geen brieven te maken in deze periode."),
        "document_missing": translate(
            "Messages",
            "Het bestand van dit document is niet meer in de gegevensmap. Zet zo nodig een "
            "back-up terug.",
        ),
        "file_unreadable": translate("Messages", "Dit bestand kan niet worden gelezen."),
        "file_too_large": translate("Messages", "Dit bestand is te groot (meer dan 50 MB)."),
        "reason_required": translate("Messages", "Vul een reden in."),
        "logo_format": translate(
            "Messages", "Dit is geen logo dat Burenrust kan gebruiken. Kies een PNG, JPEG of SVG."),
        "logo_too_large": translate("Messages", "Dit logo is te groot (meer dan 2 MB)."),
        "read_only": translate(
            "Messages", "Burenrust is alleen-lezen geopend; er is niets veranderd."),
        "no_data_folder": translate("Messages", "Er is geen gegevensmap om documenten in te "
                                    "bewaren."),
        "incident_kind_required": translate("Messages", "Kies de soort incident."),
        "place_required": translate(
            "Messages", "Vul in waar het gebeurde: een straat, een postcode of een plek."),
        "demo_refused_real_cases": translate(
            "Messages", "Demonstratiegegevens worden alleen in een lege database gezet."
        ),
    }
    return messages.get(code, translate("Messages", "Deze invoer klopt niet."))


def _not_allowed_text(detail: str) -> str:
    if detail.startswith("filter:"):
        return translate("Messages", "het filter |%1 (wel: upper, lower, capitalize, title, "
                         "trim, default, join, replace, truncate)").replace("%1", detail[7:])
    return {
        "power": translate("Messages", "machtsverheffen (**)"),
        "call": translate("Messages", "een functie aanroepen (alleen schrijfregels(…) kan)"),
        "loop_depth": translate("Messages", "meer dan twee herhalingen in elkaar"),
        "loop_over": translate(
            "Messages", "herhalen over iets anders dan een veld van de brief, zoals partijen"),
        "loop_name": translate("Messages", "een herhaling met de naam van een veld"),
        "index": translate("Messages", "een plaats in een lijst die geen vast getal is"),
        "assign": translate("Messages", "{% set %}"),
        "too_large": translate("Messages", "een tekst of getal dat te groot wordt"),
        "too_deep": translate("Messages", "zoveel haakjes in elkaar"),
        "template_too_long": translate("Messages", "een tekst van meer dan 20.000 tekens"),
        "unsafe": translate("Messages", "een eigenschap van het programma zelf"),
    }.get(detail, translate(
        "Messages", "{% macro %}, {% call %}, {% include %} en dergelijke"))


def template_problem_text(problem) -> str:
    """A broken letter template, explained with its line and placeholder."""
    where = (translate("Messages", "Regel %1: ").replace("%1", str(problem.line))
             if problem.line else "")
    if problem.code == "unknown_placeholder":
        text = translate("Messages", "het veld {{ %1 }} bestaat niet.").replace(
            "%1", problem.placeholder)
        if problem.suggestion:
            text += " " + translate("Messages", "Bedoelt u {{ %1 }}?").replace(
                "%1", problem.suggestion)
    elif problem.code == "missing_value":
        if problem.placeholder.startswith("afspraak."):
            text = translate(
                "Messages", "de tekst gebruikt {{ %1 }}, maar er is geen afspraak gekozen. Kies "
                "een afspraak, of zet dit deel tussen {% if afspraak %} en {% endif %}.",
            ).replace("%1", problem.placeholder)
        else:
            text = translate("Messages", "het veld {{ %1 }} heeft hier geen waarde.").replace(
                "%1", problem.placeholder)
    elif problem.code == "template_not_allowed":
        text = translate("Messages", "dit kan niet in een brief: %1.").replace(
            "%1", _not_allowed_text(problem.detail))
    else:
        # Jinja's own message is English and technical: the coordinator gets the line.
        text = translate(
            "Messages", "de opmaak klopt niet. Staat elke {{ tegenover een }}, en elke "
            "{% if … %} tegenover een {% endif %}?")
    text = where + text if where else text[:1].upper() + text[1:]
    return translate("Messages", "De brief is niet gemaakt. %1").replace("%1", text)
