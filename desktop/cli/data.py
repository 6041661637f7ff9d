"""`burenrust check` (is the database whole?) and `burenrust database` (the file
on this PC or a PostgreSQL server)."""

from __future__ import annotations

import argparse
import sys

from desktop.cli.common import data_folder, exclusive, require_coordinator

CHECK_MESSAGES = {
    "missing": "Er is nog geen database in deze map.",
    "integrity": "Het databasebestand is beschadigd. Er is niets overschreven; zet de laatste "
    "goede back-up terug (burenrust restore).",
    "foreign_key": "Verwijzingen tussen tabellen kloppen niet",
    "search_index": "De zoekindex loopt niet gelijk met de zaken",
    "closed_without_result": "Afgesloten zaken zonder resultaat",
    "no_requester": "Zaken zonder aanvrager",
}


def add_commands(commands, common: argparse.ArgumentParser) -> None:
    check = commands.add_parser(
        "check", parents=[common], help="controleer of de database heel en consistent is"
    )
    check.set_defaults(run=run_check)
    database = commands.add_parser(
        "database", parents=[common],
        help="toon of kies de database: het bestand op deze pc of een PostgreSQL-server")
    database.add_argument("--server", help="postgresql://gebruiker@server:5432/database")
    database.add_argument("--password-stdin", action="store_true",
                          help="lees het wachtwoord van de server van standaardinvoer")
    database.add_argument("--move-data", action="store_true",
                          help="neem de gegevens uit het bestand mee naar de (lege) server")
    database.add_argument("--local", action="store_true",
                          help="gebruik weer het bestand in de gegevensmap")
    database.set_defaults(run=run_database)


def run_check(args: argparse.Namespace) -> int:
    from desktop.data.config import DATABASE_FILE
    from desktop.data.integrity import check_database

    findings = check_database(data_folder(args) / DATABASE_FILE)
    if not findings:
        print("De database is heel en consistent.")
        return 0
    for finding in findings:
        print(f"{CHECK_MESSAGES.get(finding.code, finding.code)}: {finding.detail}")
    return 1


def run_database(args: argparse.Namespace) -> int:
    data_dir = data_folder(args)
    if args.local or args.server:
        require_coordinator(data_dir)
        with exclusive(data_dir):  # an open program would go on with the old database
            code = _choose_database(args, data_dir)
        if code:
            return code
    _show_database(data_dir)
    return 0


def _choose_database(args: argparse.Namespace, data_dir) -> int:
    from sqlalchemy.engine import make_url

    from desktop.data import connection

    if args.local:
        connection.use_local_file(data_dir)
        return 0
    url = make_url(args.server)
    if args.password_stdin:
        url = url.set(password=sys.stdin.readline().rstrip("\n"))
    url = url.set(drivername=connection.DRIVER)
    try:
        version = connection.check_connection(url)
    except Exception as exc:  # the driver says why; no password is in its message
        print(f"Geen verbinding met de server: {type(exc).__name__}", file=sys.stderr)
        return 1
    if args.move_data:
        from desktop.data.errors import RuleViolation
        from desktop.data.transfer import TRANSFER_MESSAGES, transfer_to_server

        try:
            moved = transfer_to_server(data_dir, url)
        except RuleViolation as exc:
            print(TRANSFER_MESSAGES.get(exc.code, exc.code), file=sys.stderr)
            return 1
        print(f"{moved.cases} zaken ({moved.rows} rijen) overgezet naar de server.")
    connection.save_connection(data_dir, url)
    print(f"Verbonden met PostgreSQL {version}; bewaard. Het wachtwoord staat in de "
          "sleutelbos van het systeem.")
    return 0


def _show_database(data_dir) -> None:
    from desktop.data import connection

    current = connection.configured_url(data_dir)
    if current is None:
        print(f"Database: het bestand in {data_dir}")
    else:
        print(f"Database: PostgreSQL op {current.host or 'localhost'}:{current.port or 5432}, "
              f"database {current.database}, gebruiker {current.username}")
