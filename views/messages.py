"""Dutch sentences (translatable) for the error codes services and rules give."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def _about(field: str) -> str:
    """Who a field belongs to, from its prefix: "M.last_name" is the mediator's."""
    prefix = field.split(".", 1)[0] if "." in field else ""
    if prefix == "M":
        return translate("Messages", "de bemiddelaar")
    if prefix == "A":
        return translate("Messages", "de aanvrager")
    if len(prefix) == 1 and prefix.isalpha():
        return translate("Messages", "partij %1").replace("%1", prefix)
    return ""


def field_message(error) -> str:
    """The message of a FieldError, naming whose field it is where that helps:
    "Vul de achternaam van de bemiddelaar in." rather than of someone else."""
    about = _about(error.field)
    if about and error.code == "last_name_required":
        return translate("Messages", "Vul de achternaam van %1 in.").replace("%1", about)
    if about and error.code == "contact_required":
        return translate("Messages", "Vul een telefoonnummer, e-mailadres of adres in om %1 "
                         "te bereiken.").replace("%1", about)
    return message_for(error.code)


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
        "last_name_required": translate("Messages", "Vul de achternaam in."),
        "name_or_address_required": translate(
            "Messages", "Vul een achternaam of een adres van de andere partij in."
        ),
        "contact_required": translate(
            "Messages", "Vul een telefoonnummer, e-mailadres of adres in, om contact op te "
            "kunnen nemen."),
        "requester_required": translate("Messages", "Een zaak heeft een aanvrager nodig."),
        "conflict_type_required": translate("Messages", "Kies de soort conflict."),
        "too_long": translate("Messages", "Deze tekst is te lang."),
        "required": translate("Messages", "Vul dit in."),
        "invalid_choice": translate("Messages", "Kies een van de mogelijkheden."),
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
        "outcome_by_required": translate("Messages", "Kies wie afzegde of wie er niet was."),
        "outcome_in_future": translate(
            "Messages", "Deze afspraak moet nog beginnen. Hoe het ging kunt u zeggen als hij "
            "begonnen is; afzeggen kan wel al."),
        "nothing_to_undo": translate(
            "Messages", "Er is geen statuswijziging om ongedaan te maken: de status is "
            "intussen opnieuw gewijzigd."),
        "undo_closing": translate(
            "Messages", "Afsluiten en heropenen maakt u niet ongedaan met één klik: kies de "
            "gewenste status met Status wijzigen…"),
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
        "organisation_contact_missing": translate(
            "Messages", "Een brief vraagt de bewoner om contact op te nemen, maar er staat geen "
            "telefoonnummer of e-mailadres van uw organisatie in Burenrust. Vul dat in onder "
            "Beheer → Organisatie."),
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
        "not_allowed_edit": translate(
            "Messages", "U kunt alleen lezen: wijzigen mag een medewerker of de coördinator. "
            "Er is niets veranderd."),
        "not_allowed_admin": translate(
            "Messages", "Dit hoort bij Beheer: alleen de coördinator mag dit."),
        "not_allowed_privacy": translate(
            "Messages", "Privacyzaken (anonimiseren, bewaartermijn, verzoeken van bewoners) "
            "zijn voor de coördinator."),
        "not_allowed_export": translate(
            "Messages", "Gegevens of cijfers uit het programma halen mag alleen de coördinator."),
        "sign_in_wrong": translate(
            "Messages", "Deze naam en dit wachtwoord horen niet bij elkaar."),
        "password_too_short": translate(
            "Messages", "Een wachtwoord heeft minstens 8 tekens."),
        "password_is_name": translate(
            "Messages", "Kies een wachtwoord dat niet uw naam is."),
        "password_too_simple": translate(
            "Messages", "Dit wachtwoord is te eenvoudig; gebruik meer verschillende tekens."),
        "passwords_differ": translate(
            "Messages", "De twee wachtwoorden zijn niet gelijk."),
        "password_wrong": translate("Messages", "Het huidige wachtwoord klopt niet."),
        "user_name_taken": translate("Messages", "Er is al een gebruiker met deze naam."),
        "last_coordinator": translate(
            "Messages", "Dit is de laatste coördinator: er moet er altijd één zijn die Beheer "
            "kan openen."),
        "sign_in_needs_coordinator": translate(
            "Messages", "Maak eerst een coördinator met een wachtwoord aan."),
        "not_a_coordinator": translate(
            "Messages", "Dit is niet de naam van een coördinator."),
        "recovery_code_not_this_file": translate(
            "Messages", "Deze herstelcode hoort niet bij deze gegevens."),
        "recovery_code_invalid": translate(
            "Messages", "Deze herstelcode klopt niet. Controleer de letters en cijfers."),
        "out_of_range": translate("Messages", "Deze waarde ligt buiten wat kan."),
        # Volunteer care
        "date_required": translate("Messages", "Vul de datum in (dd-mm-jjjj)."),
        "time_required": translate("Messages", "Vul de begin- en eindtijd in (uu:mm)."),
        "case_number_required": translate(
            "Messages", "Vul het zaaknummer in, bijvoorbeeld 2026-0042."),
        "case_not_found": translate("Messages", "Er is geen zaak met dit nummer."),
        "other_text_required": translate(
            "Messages", "Schrijf kort waarvoor de overige kosten zijn."),
        "expense_empty": translate(
            "Messages", "Vul uren, kilometers of een bedrag in: een lege regel wordt niet "
            "opgeslagen."),
        "mediators_required": translate("Messages", "Kies wie er worden uitgenodigd."),
        "merge_same_record": translate("Messages", "Dit is twee keer hetzelfde record."),
        "merge_unknown_field": translate("Messages", "Dit veld kan niet worden gekozen."),
        "merge_anonymised": translate(
            "Messages", "Een geanonimiseerde persoon kan niet worden samengevoegd."),
        "merge_address_taken": translate(
            "Messages", "Dit adres (postcode, huisnummer en toevoeging) bestaat al als derde "
            "adres. Kies de postcode en het huisnummer van een van beiden."),
        "merge_already_undone": translate("Messages", "Dit samenvoegen is al ongedaan gemaakt."),
        "merge_cannot_undo": translate(
            "Messages", "Dit samenvoegen kan niet meer ongedaan worden gemaakt: een van beiden "
            "is sindsdien gewist of geanonimiseerd, of het adres is intussen opnieuw ingevoerd."),
        "limit_month_above_year": translate(
            "Messages", "Het maandbedrag is hoger dan het jaarbedrag."),
        "month_format": translate("Messages", "Geef de maand als jjjj-mm, bijvoorbeeld 2026-11."),
        "export_kind": translate(
            "Messages", "Kies een bestand dat eindigt op .pdf, .xlsx of .csv."),
        "meeting_not_held_yet": translate(
            "Messages", "De bijeenkomst is nog niet geweest: aanwezigheid vult u daarna in."),
        "money_format": translate(
            "Messages", "Typ een bedrag, bijvoorbeeld 12,50."),
        "km_format": translate("Messages", "Typ het aantal kilometers, bijvoorbeeld 12,5."),
        "duration_format": translate(
            "Messages", "Typ de tijd als uren en minuten (1:30) of in uren (1,5)."),
        "no_data_folder": translate("Messages", "Er is geen gegevensmap om documenten in te "
                                    "bewaren."),
        "incident_kind_required": translate("Messages", "Kies de soort incident."),
        "place_required": translate(
            "Messages", "Vul in waar het gebeurde: een straat, een postcode of een plek."),
        "demo_refused_real_cases": translate(
            "Messages", "Demonstratiegegevens worden alleen in een lege database gezet."
        ),
        # E-mail
        "email_needed_for_choice": translate(
            "Messages", "Vul een e-mailadres in, of zet het vinkje voor e-mail uit."),
        "email_required": translate("Messages", "Vul het afzenderadres in."),
        "host_required": translate(
            "Messages", "Vul de naam van de uitgaande mailserver in, bijvoorbeeld "
            "smtp.office365.com (zonder spaties)."),
        "port_invalid": translate("Messages", "Een poort is een getal van 1 tot 65535."),
        "mail_not_configured": translate(
            "Messages", "Er is nog geen e-mail ingesteld. Doe dat onder Beheer → E-mail."),
        "party_chose_post": translate(
            "Messages", "Deze partij krijgt brieven op papier. Wil zij ze per e-mail, zet dan "
            "bij de partij het vinkje voor e-mail aan."),
        "no_email": translate(
            "Messages", "Van deze ontvanger is geen (geldig) e-mailadres bekend."),
        "no_feedback_consent": translate(
            "Messages", "De partijen geven (nu) geen toestemming voor terugkoppeling aan de "
            "verwijzer; de brief gaat niet per e-mail."),
        "letter_already_mailed": translate(
            "Messages", "Deze brief is al per e-mail verstuurd (of staat klaar in de "
            "wachtrij)."),
        "not_a_letter": translate(
            "Messages", "Alleen brieven die Burenrust maakte gaan per e-mail."),
        "no_recipient": translate("Messages", "Deze brief heeft geen ontvanger."),
        "outbox_not_retryable": translate(
            "Messages", "Dit bericht kan niet opnieuw worden verstuurd."),
        "outbox_not_droppable": translate(
            "Messages", "Dit bericht is al verstuurd of weggelegd."),
        "outbox_message_gone": translate(
            "Messages", "Dit bericht is al verstuurd; de inhoud is niet bewaard."),
    }
    return messages.get(code, translate("Messages", "Deze invoer klopt niet."))


def mail_error_text(code: str) -> str:
    """What went wrong with the mail server, and what to try."""
    texts = {
        "auth_failed": translate(
            "Messages", "De mailserver weigert de gebruikersnaam of het wachtwoord."),
        "auth_unsupported": translate(
            "Messages", "Deze mailserver laat hier niet inloggen met een wachtwoord. Kies een "
            "andere poort of beveiliging, of kies 'Opstellen in mijn mailprogramma'."),
        "no_password": translate(
            "Messages", "Er is geen wachtwoord bewaard voor deze mailserver. Vul het in onder "
            "Beheer → E-mail."),
        "connection_refused": translate(
            "Messages", "De mailserver weigert de verbinding op deze poort (verkeerde poort, of "
            "een firewall blokkeert hem)."),
        "timeout": translate(
            "Messages", "De mailserver antwoordt niet (een firewall blokkeert de poort, of de "
            "server is onbereikbaar)."),
        "host_unknown": translate(
            "Messages", "Deze mailserver is niet gevonden. Controleer de naam en de "
            "internetverbinding."),
        "certificate": translate(
            "Messages", "Het certificaat van de mailserver klopt niet bij deze naam of wordt "
            "niet vertrouwd. Controleer de servernaam."),
        "tls_failed": translate(
            "Messages", "De beveiligde verbinding lukte niet. Past de beveiliging (STARTTLS of "
            "SSL) bij de poort? Meestal: 587 met STARTTLS, 465 met SSL."),
        "starttls_unsupported": translate(
            "Messages", "Deze mailserver kent geen STARTTLS op deze poort. Kies SSL (poort 465) "
            "of een andere poort."),
        "disconnected": translate("Messages", "De mailserver verbrak de verbinding."),
        "no_answer": translate(
            "Messages", "De verbinding viel weg nadat het bericht was overgedragen. Misschien "
            "is het toch aangekomen: vraag het na voordat u het opnieuw verstuurt."),
        "interrupted": translate(
            "Messages", "Burenrust stopte tijdens het versturen. Misschien is het bericht "
            "aangekomen: vraag het na voordat u het opnieuw verstuurt."),
        "sender_refused": translate("Messages", "De mailserver weigert het afzenderadres."),
        "recipient_refused": translate(
            "Messages", "De mailserver weigert het adres van de ontvanger. Klopt het adres?"),
        "message_refused": translate("Messages", "De mailserver weigert het bericht."),
        "server_error": translate("Messages", "De mailserver gaf een fout."),
        "network": translate("Messages", "Geen verbinding met de mailserver."),
        "not_configured": translate(
            "Messages", "Er is nog geen e-mail ingesteld (Beheer → E-mail)."),
        "too_late": translate("Messages", "Niet meer verstuurd: de afspraak is al begonnen."),
        "superseded": translate("Messages", "Vervangen door een nieuwere uitnodiging."),
    }
    return texts.get(code, code)


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
    # Lines count from the subject (1); the body starts at line 3, and the editor shows
    # them apart: name the place as the coordinator sees it.
    if problem.line == 1:
        where = translate("Messages", "In het onderwerp: ")
    elif problem.line:
        where = translate("Messages", "Tekst, regel %1: ").replace("%1", str(problem.line - 2))
    else:
        where = ""
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
