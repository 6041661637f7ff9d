"""`burenrust mail setup` and `burenrust mail send-due`: set up the outgoing mail
server without the program, and send what is due from the task scheduler."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace

from desktop.cli.common import data_folder, exclusive, opened_store, require_coordinator

# The same explanations as in Beheer → E-mail.
MESSAGES = {
    "auth_failed": "De mailserver weigert de gebruikersnaam of het wachtwoord.",
    "auth_unsupported": "Deze mailserver laat hier niet inloggen met een wachtwoord. Kies een "
    "andere poort of beveiliging, of laat Burenrust berichten opstellen in uw mailprogramma.",
    "no_password": "Er is geen wachtwoord bewaard voor deze mailserver.",
    "connection_refused": "De mailserver weigert de verbinding op deze poort (verkeerde poort, "
    "of een firewall blokkeert hem).",
    "timeout": "De mailserver antwoordt niet (een firewall blokkeert de poort, of de server is "
    "onbereikbaar).",
    "host_unknown": "Deze mailserver is niet gevonden. Controleer de naam (en de "
    "internetverbinding).",
    "certificate": "Het certificaat van de mailserver klopt niet bij deze naam of wordt niet "
    "vertrouwd. Controleer de servernaam.",
    "tls_failed": "De beveiligde verbinding lukte niet. Past de beveiliging (STARTTLS of SSL) "
    "bij de poort?",
    "starttls_unsupported": "Deze mailserver kent geen STARTTLS op deze poort. Kies SSL (poort "
    "465) of een andere poort.",
    "disconnected": "De mailserver verbrak de verbinding.",
    "sender_refused": "De mailserver weigert het afzenderadres.",
    "recipient_refused": "De mailserver weigert het adres van de ontvanger.",
    "message_refused": "De mailserver weigert het bericht.",
    "server_error": "De mailserver gaf een fout.",
    "network": "Geen verbinding met de mailserver.",
    "not_configured": "Er is nog geen mailserver ingesteld (burenrust mail setup).",
}


def add_commands(commands, common: argparse.ArgumentParser) -> None:
    mail = commands.add_parser("mail", parents=[common], help="e-mail: instellen en versturen")
    actions = mail.add_subparsers(dest="mail_command", required=True)
    setup = actions.add_parser("setup", parents=[common], help="stel de mailserver in")
    setup.add_argument("--host", required=True, help="de uitgaande mailserver (SMTP)")
    setup.add_argument("--port", type=int, help="poort (standaard 587, 465 bij ssl)")
    setup.add_argument("--security", choices=("starttls", "ssl", "none"), default="starttls")
    setup.add_argument("--user", default="", help="gebruikersnaam op de mailserver")
    setup.add_argument("--from", dest="sender", required=True, help="afzenderadres")
    setup.add_argument("--name", default="", help="naam van de afzender")
    setup.add_argument("--reply-to", default="", help="antwoordadres")
    setup.add_argument("--password-stdin", action="store_true",
                       help="lees het wachtwoord van standaardinvoer (gaat naar de sleutelbos)")
    setup.add_argument("--no-test", action="store_true", help="niet meteen verbinding testen")
    setup.set_defaults(run=run_setup)
    due = actions.add_parser("send-due", parents=[common],
                             help="verstuur wat nu moet (voor de taakplanner)")
    due.set_defaults(run=run_send_due)


def run_setup(args: argparse.Namespace) -> int:
    from desktop.data.errors import ValidationFailed
    from desktop.mail import settings as mail_settings
    from desktop.mail.transport import MailError, check_connection

    data_dir = data_folder(args)
    require_coordinator(data_dir)  # the office's mail server is Beheer's
    current = mail_settings.load(data_dir)
    wanted = replace(current, host=args.host, security=args.security, user=args.user,
                     port=args.port or mail_settings.DEFAULT_PORTS[args.security],
                     sender_address=args.sender, sender_name=args.name or current.sender_name,
                     reply_to=args.reply_to, method="server")
    try:
        saved = mail_settings.save(data_dir, wanted)
    except ValidationFailed as exc:
        fields = ", ".join(e.field for e in exc.errors)
        print(f"Niet bewaard; controleer: {fields}.", file=sys.stderr)
        return 2
    password = ""
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not mail_settings.store_password(data_dir, saved, password):
            print("De sleutelbos van het systeem is niet bereikbaar; het wachtwoord is niet "
                  "bewaard. Versturen vanuit de taakplanner kan zo niet.", file=sys.stderr)
            return 1
    print(f"Mailserver bewaard: {saved.host}:{saved.port} ({saved.security}).")
    if args.no_test:
        return 0
    try:
        check_connection(saved, password or mail_settings.password(data_dir, saved))
    except MailError as exc:
        print("Verbinding testen mislukt: " + MESSAGES.get(exc.code, exc.code), file=sys.stderr)
        return 1
    print("Verbinding getest: de mailserver neemt berichten aan.")
    return 0


def run_send_due(args: argparse.Namespace) -> int:
    from desktop.data.instance_lock import DataInUse
    from desktop.mail.due import send_due

    data_dir = data_folder(args)
    try:
        with exclusive(data_dir), opened_store(data_dir, system_task=True) as store:
            report = send_due(store, data_dir)
    except DataInUse:
        # The program is open and sends by itself: nothing for the scheduler to do.
        print("Burenrust is geopend en verstuurt de berichten zelf.")
        return 0
    if report.error == "not_configured":
        print(MESSAGES["not_configured"], file=sys.stderr)
        return 1
    print(f"Verstuurd: {report.sent}. Wachten nog: {report.waiting}. "
          f"Vragen om aandacht: {report.attention}.")
    if report.failed and report.error:
        print("Laatste fout: " + MESSAGES.get(report.error, report.error), file=sys.stderr)
        return 3
    return 0
