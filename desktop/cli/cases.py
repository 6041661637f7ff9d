"""`burenrust import`: an existing case list (xlsx or csv) into Burenrust.

Prints what every column becomes, what every category value becomes (the best
match; correct it in the program's dialog if it is wrong), how many rows come in
as they are, with flags, or not at all, and why, grouped; exits non-zero when
nothing came in."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.common import data_folder, exclusive, opened_store, write_output

WHY_NOT = {"unknown": "in de notities van de zaak (geen bekende kop; kies zo nodig een gegeven "
                      "in het programma)",
           "twice": "in de notities van de zaak (het gegeven staat al in een kolom ervoor)",
           "empty": "leeg: niets over te nemen",
           "ours": "genegeerd (de reden van een eerder geweigerde regel)"}
FLAGS_LISTED = 30  # then: "… and N more", all of them in --problems


def add_commands(commands, common: argparse.ArgumentParser) -> None:
    importing = commands.add_parser(
        "import", parents=[common], help="zet een bestaande zakenlijst (xlsx of csv) over"
    )
    importing.add_argument("file", help="het Excel- of CSV-bestand")
    importing.add_argument("--dry-run", action="store_true",
                           help="laat alleen zien wat er zou gebeuren")
    importing.add_argument("--problems", metavar="CSV",
                           help="schrijf alle opmerkingen en geweigerde regels naar dit "
                                "CSV-bestand (voor Excel)")
    importing.add_argument("--refused", metavar="CSV",
                           help="schrijf de geweigerde regels zoals ze in het bestand staan naar "
                                "dit CSV-bestand: verbeter ze en importeer het opnieuw")
    importing.set_defaults(run=run_import_command)


def run_import_command(args: argparse.Namespace) -> int:
    from desktop.cases.spreadsheet.plan import read_and_plan
    from desktop.cases.spreadsheet.writing import run_import
    from desktop.data.errors import RuleViolation

    path = Path(args.file)
    if not path.is_file():
        print(f"Bestand niet gevonden: {path}", file=sys.stderr)
        return 1
    data_dir = data_folder(args)
    with opened_store(data_dir) as store:
        try:
            plan = read_and_plan(store, path)
        except RuleViolation as exc:
            print(_unreadable(exc.code), file=sys.stderr)
            return 1
        _print_plan(plan)
        if args.problems:
            write_output(Path(args.problems), plan.problems_csv().encode("utf-8-sig"))
            print(f"Alle opmerkingen staan in {args.problems}.")
        if args.refused and plan.skipped_lines:
            write_output(Path(args.refused), plan.refused_csv().encode("utf-8-sig"))
            print(f"De geweigerde regels staan in {args.refused}.")
        if args.dry_run:
            return 0 if plan.ready else 1
        if not plan.ready:
            print("Er is niets geïmporteerd.", file=sys.stderr)
            return 1
        with exclusive(data_dir):
            count = run_import(store, plan)
    print(f"{count} zaken geïmporteerd.")
    return 0 if count else 1


def _unreadable(code: str) -> str:
    return {
        "import_unknown_format": "Dit is geen Excel- (.xlsx) of CSV-bestand.",
        "import_unreadable": "Het bestand kan niet worden gelezen (beschadigd of beveiligd?).",
        "import_empty": "Het bestand is leeg.",
    }.get(code, code)


def _print_plan(plan) -> None:
    from desktop.cases.spreadsheet.plan import FIELDS

    sheet = plan.sheet
    print(f"{sheet.file_name}: kopregel {sheet.header_line}, {len(sheet.rows)} regels daaronder.")
    print("Kolommen:")
    for column in plan.columns:
        header = column.header or f"(kolom {column.index + 1})"
        target = FIELDS[column.field].label if column.field else WHY_NOT[column.why_not]
        print(f"  {header:<30} -> {target}")
    names = {kind: {c.id: c.name for c in cats} for kind, cats in plan.categories.items()}
    for field_name, choices in plan.values.items():
        print(f"Waarden in '{FIELDS[field_name].label}':")
        for choice in choices:
            print(f"  {choice.text or '(leeg)':<40} {choice.count:>5}× -> "
                  f"{_target(field_name, choice.match, names)}")
    print(f"{len(sheet.rows)} regels: {plan.clean} worden zaken zoals ze zijn, {plan.flagged} "
          f"met een opmerking, {plan.skipped_lines} niet; {plan.duplicates} waren al eerder "
          "geïmporteerd.")
    print(f"{plan.ready} zaken klaar om te importeren; {plan.to_complete} daarvan komen op de "
          "lijst 'Nog aan te vullen'.")
    if plan.closed_without_date():
        print(f"{plan.closed_without_date()} zaken hebben een resultaat maar geen datum van "
              "afsluiting: ze worden afgesloten zonder datum. Ze tellen mee bij de aanmeldingen "
              "van hun jaar, niet bij de afgesloten zaken van een jaar.")
    for title, warnings in (("Opmerkingen (de regel komt binnen):", True),
                            ("Niet geïmporteerd:", False)):
        groups = plan.grouped(warnings)
        if groups:
            print(title)
        for code, count in groups:
            example = next(p for p in plan.problems if p.code == code)
            print(f"  {count:>5} regels: {example.text}")
    refused = [p for p in plan.problems if not p.is_warning]
    flags = [p for p in plan.problems if p.is_warning]
    for problem in refused + flags[:FLAGS_LISTED]:
        where = f" ({problem.column}: {problem.value})" if problem.column and problem.value else (
            f" ({problem.column})" if problem.column else (
                f" ({problem.value})" if problem.value else ""))
        print(f"  regel {problem.line}: {problem.text}{where}")
    if len(flags) > FLAGS_LISTED:
        print(f"  … en nog {len(flags) - FLAGS_LISTED} opmerkingen (alle met --problems).")


def _target(field_name: str, match, names: dict) -> str:
    kind = {"conflict_type": "conflict_types", "referrer": "referrer_kinds",
            "result": "case_results", "reason": "closing_reasons"}[field_name]
    if match.category_id is None:
        return "zaak blijft open" if field_name == "result" else "(niets)"
    text = names[kind].get(match.category_id, "?")
    if match.reason_id:
        text += f" — {names['closing_reasons'].get(match.reason_id, '?')}"
    return text + (" (geen passende categorie)" if match.how == "none" else "")
