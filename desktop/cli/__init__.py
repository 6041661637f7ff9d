"""The `burenrust` command: without a subcommand it starts the program; the
subcommands share the services with the GUI."""

from __future__ import annotations

import argparse
import sys

from desktop import __version__


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        help="gegevensmap (standaard: de gebruikersmap van het systeem, of BURENRUST_DATA_DIR)",
    )
    parser = argparse.ArgumentParser(
        prog="burenrust",
        description="Burenrust: dossiers voor buurtbemiddeling.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"Burenrust {__version__}")
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("gui", parents=[common], help="start het programma (standaard)")
    demo = commands.add_parser(
        "demo", parents=[common], help="vul een lege database met demonstratiegegevens"
    )
    demo.add_argument("--cases", type=int, default=300, help="aantal zaken (standaard 300)")
    demo.add_argument("--seed", type=int, default=2026, help="startwaarde van het toeval")
    plan = commands.add_parser(
        "plan", parents=[common],
        help="toon een koppelvoorstel voor alle wachtende zaken (verandert niets)",
    )
    plan.add_argument("--json", action="store_true", help="uitvoer als JSON")
    backup = commands.add_parser(
        "backup", parents=[common], help="maak nu een versleutelde back-up"
    )
    backup.add_argument("--to", help="map voor de back-up (standaard: de ingestelde map)")
    restore = commands.add_parser(
        "restore", parents=[common], help="zet een back-up terug (na een veiligheidskopie)"
    )
    restore.add_argument("file", help="het back-upbestand")
    restore.add_argument(
        "--recovery-code", help="de herstelcode, nodig op een andere pc dan waar de back-up "
        "gemaakt is")
    commands.add_parser(
        "recovery-code", parents=[common], help="toon de herstelcode van de back-ups"
    )
    commands.add_parser(
        "check", parents=[common], help="controleer of de database heel en consistent is"
    )
    importing = commands.add_parser(
        "import", parents=[common], help="zet een bestaande zakenlijst (xlsx of csv) over"
    )
    importing.add_argument("file", help="het Excel- of CSV-bestand")
    importing.add_argument("--dry-run", action="store_true",
                           help="laat alleen zien wat er zou gebeuren")
    letters = commands.add_parser(
        "letters", parents=[common],
        help="maak alle uitnodigingen voor de afspraken in een periode, in één PDF")
    letters.add_argument("--from", dest="start", required=True,
                         help="eerste dag, bijvoorbeeld 24-11-2026")
    letters.add_argument("--to", dest="end", required=True, help="laatste dag")
    letters.add_argument("--out", required=True, help="het PDF-bestand dat gemaakt wordt")
    letters.add_argument("--no-copies", action="store_true",
                         help="bewaar geen kopie van elke brief bij de zaak")
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
    report = commands.add_parser(
        "report", parents=[common], help="de jaarcijfers als CSV, Excel of PDF")
    report.add_argument("--year", type=int, required=True, help="het jaar, bijvoorbeeld 2026")
    report.add_argument("--quarter", type=int, choices=(1, 2, 3, 4), help="alleen dit kwartaal")
    report.add_argument("--format", choices=("csv", "xlsx", "pdf"), required=True)
    report.add_argument("--out", required=True, help="het bestand dat gemaakt wordt")
    report.add_argument("--municipality", default="", help="alleen deze gemeente")
    report.add_argument("--neighbourhood", default="", help="alleen deze wijk")
    report.add_argument("--threshold", type=int, default=0,
                        help="verberg groepen kleiner dan dit aantal")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    data_dir_arg = getattr(args, "data_dir", None)
    if args.command == "demo":
        return _demo(data_dir_arg, args.cases, args.seed)
    if args.command == "plan":
        return _plan(data_dir_arg, args.json)
    if args.command == "check":
        return _check(data_dir_arg)
    if args.command == "import":
        return _import(data_dir_arg, args.file, args.dry_run)
    if args.command == "database":
        return _database(data_dir_arg, args)
    if args.command == "report":
        return _report(data_dir_arg, args)
    if args.command == "letters":
        from desktop.cli.letters import run_letters

        return run_letters(data_dir_arg, args.start, args.end, args.out, not args.no_copies)
    if args.command in ("backup", "restore", "recovery-code"):
        from desktop.cli.backup import run_backup_command

        return run_backup_command(args, data_dir_arg)
    from desktop.app import run_gui  # Qt is imported only when the GUI starts

    return run_gui(data_dir_arg)


def _demo(data_dir_arg: str | None, cases: int, seed: int) -> int:
    from desktop.data.config import resolve_data_dir
    from desktop.data.errors import RuleViolation
    from desktop.data.logging_setup import setup_logging
    from desktop.data.store import Store
    from desktop.demo import generator as demo

    if cases < 1:
        print("Geef een aantal zaken van 1 of meer.", file=sys.stderr)
        return 2
    data_dir = resolve_data_dir(data_dir_arg)
    setup_logging(data_dir)
    store = Store.open(data_dir)
    try:
        result = demo.generate(store, cases=cases, seed=seed)
    except RuleViolation:
        print(
            "Deze database bevat al echte zaken; demonstratiegegevens worden alleen in een "
            "lege database gezet. Kies een andere map met --data-dir.",
            file=sys.stderr,
        )
        return 1
    finally:
        store.close()
    print(f"{result.cases} demonstratiezaken aangemaakt in {data_dir}")
    return 0


def _plan(data_dir_arg: str | None, as_json: bool) -> int:
    import json

    from desktop.data.config import resolve_data_dir
    from desktop.data.logging_setup import setup_logging
    from desktop.data.store import Store
    from desktop.mediators.planning import plan_all

    data_dir = resolve_data_dir(data_dir_arg)
    setup_logging(data_dir)
    store = Store.open(data_dir)
    try:
        plan = plan_all(store)
    finally:
        store.close()
    if as_json:
        print(json.dumps({
            "objective": plan.objective,
            "assigned": plan.assigned,
            "cases": [
                {
                    "case": item.number,
                    "mediators": list(item.choice.pair) if item.choice else None,
                    "names": [item.choice.first_name, item.choice.second_name]
                    if item.choice else None,
                    "score": item.choice.score if item.choice else None,
                    "reasons": [r.code for r in item.choice.reasons] if item.choice else [],
                }
                for item in plan.items
            ],
        }, ensure_ascii=False, indent=2))
        return 0
    if not plan.items:
        print("Geen zaken die op een koppel wachten.")
        return 0
    for item in plan.items:
        if item.choice is None:
            print(f"{item.number}: geen koppel mogelijk binnen de regels")
        else:
            print(f"{item.number}: {item.choice.first_name} & {item.choice.second_name}"
                  f" (score {item.choice.score:.1f})")
    print(f"{plan.assigned} van {len(plan.items)} zaken krijgen een koppel. "
          "Er is niets veranderd; toewijzen doet u in het programma.")
    return 0


CHECK_MESSAGES = {
    "missing": "Er is nog geen database in deze map.",
    "integrity": "Het databasebestand is beschadigd. Er is niets overschreven; zet de laatste "
    "goede back-up terug (burenrust restore).",
    "foreign_key": "Verwijzingen tussen tabellen kloppen niet",
    "search_index": "De zoekindex loopt niet gelijk met de zaken",
    "closed_without_result": "Afgesloten zaken zonder resultaat",
    "no_requester": "Zaken zonder aanvrager",
}


def _check(data_dir_arg: str | None) -> int:
    from desktop.data.config import DATABASE_FILE, resolve_data_dir
    from desktop.data.integrity import check_database

    data_dir = resolve_data_dir(data_dir_arg)
    findings = check_database(data_dir / DATABASE_FILE)
    if not findings:
        print("De database is heel en consistent.")
        return 0
    for finding in findings:
        print(f"{CHECK_MESSAGES.get(finding.code, finding.code)}: {finding.detail}")
    return 1


IMPORT_PROBLEMS = {
    "date": "datum onleesbaar",
    "postcode": "postcode onbekend",
    "house_number": "huisnummer onleesbaar",
    "name": "naam leeg",
    "column_missing": "kolom niet gevonden",
}


def _import(data_dir_arg: str | None, file: str, dry_run: bool) -> int:
    from pathlib import Path

    from desktop.cases.spreadsheet_import import FIELDS, preview, run_import
    from desktop.data.config import resolve_data_dir
    from desktop.data.logging_setup import setup_logging
    from desktop.data.store import Store

    path = Path(file)
    if not path.is_file():
        print(f"Bestand niet gevonden: {path}", file=sys.stderr)
        return 1
    data_dir = resolve_data_dir(data_dir_arg)
    setup_logging(data_dir)
    store = Store.open(data_dir)
    try:
        report = preview(store, path)
        for name in FIELDS:
            if name in report.mapping:
                print(f"  {name:<16} <- {report.headers[report.mapping[name]]}")
        print(f"{report.ready} zaken klaar om te importeren, {report.duplicates} al eerder "
              f"geïmporteerd, {len(report.problems)} problemen:")
        for problem in report.problems[:200]:
            print(f"  regel {problem.line}: {IMPORT_PROBLEMS.get(problem.code, problem.code)}"
                  + (f" ({problem.value})" if problem.value else ""))
        if dry_run or not report.ready:
            return 0 if not any(p.code == "column_missing" for p in report.problems) else 1
        count = run_import(store, path, report.mapping)
        print(f"{count} zaken geïmporteerd.")
        return 0
    finally:
        store.close()


def _report(data_dir_arg: str | None, args: argparse.Namespace) -> int:
    from pathlib import Path

    from desktop.data.config import resolve_data_dir
    from desktop.data.logging_setup import setup_logging
    from desktop.data.store import Store
    from desktop.documents.organisation import get_organisation
    from desktop.figures.counting import Period, compute
    from desktop.figures.export import to_csv, to_pdf, to_xlsx

    data_dir = resolve_data_dir(data_dir_arg)
    setup_logging(data_dir)
    where = {"municipality": args.municipality, "neighbourhood": args.neighbourhood}
    period = (Period.quarter(args.year, args.quarter, **where) if args.quarter
              else Period.year(args.year, **where))
    store = Store.open(data_dir, read_only=False)
    try:
        figures = compute(store, period)
        if args.format == "csv":
            data = to_csv(figures, args.threshold).encode("utf-8-sig")  # Excel reads the BOM
        elif args.format == "xlsx":
            data = to_xlsx(figures, args.threshold)
        else:
            data = to_pdf(figures, get_organisation(store), args.threshold)
    finally:
        store.close()
    target = Path(args.out)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(target)
    print(f"{figures.registrations} aanmeldingen, {figures.closed} afgesloten; "
          f"geschreven naar {target}.")
    return 0


def _database(data_dir_arg: str | None, args: argparse.Namespace) -> int:
    from sqlalchemy.engine import make_url

    from desktop.data import connection
    from desktop.data.config import resolve_data_dir

    data_dir = resolve_data_dir(data_dir_arg)
    if args.local:
        connection.use_local_file(data_dir)
    elif args.server:
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
    current = connection.configured_url(data_dir)
    if current is None:
        print(f"Database: het bestand in {data_dir}")
    else:
        print(f"Database: PostgreSQL op {current.host or 'localhost'}:{current.port or 5432}, "
              f"database {current.database}, gebruiker {current.username}")
    return 0
