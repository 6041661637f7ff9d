"""`burenrust retention` (what the retention term makes due; --apply anonymises it,
for the task scheduler) and `burenrust access-request` (a resident's inzage as PDF
and JSON, every other person's name blacked out)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.common import data_folder, exclusive, opened_store, write_output


def add_commands(commands, common: argparse.ArgumentParser) -> None:
    retention = commands.add_parser(
        "retention", parents=[common],
        help="toon de zaken waarvan de bewaartermijn verstreken is; --apply anonimiseert ze")
    retention.add_argument("--months", type=int,
                           help="bewaartermijn in maanden (standaard: zoals ingesteld, 24)")
    retention.add_argument("--apply", action="store_true",
                           help="anonimiseer ze nu (vraagt niets; voor de taakplanner)")
    retention.set_defaults(run=run_retention)
    access = commands.add_parser(
        "access-request", parents=[common],
        help="inzageverzoek: alles over één bewoner als PDF en JSON")
    access.add_argument("--person", required=True, help="naam van de bewoner")
    access.add_argument("--out", required=True, help="het PDF-bestand (JSON komt ernaast)")
    access.set_defaults(run=run_access_request)


def run_retention(args: argparse.Namespace) -> int:
    from desktop.privacy.retention import apply_retention, due_cases, get_settings

    data_dir = data_folder(args)
    with opened_store(data_dir) as store:
        months = args.months or get_settings(store).months
        due = due_cases(store, months=months)
        print(f"Bewaartermijn: {months} maanden na afsluiten. {len(due)} zaken zijn aan de "
              "beurt.")
        for case in due:
            closed = case.closed_on.strftime("%d-%m-%Y") if case.closed_on else "onbekend"
            print(f"  {case.number}: afgesloten {closed}, termijn verstreken op "
                  f"{case.due_since:%d-%m-%Y}")
        if not args.apply:
            if due:
                print("Niets veranderd; met --apply worden ze geanonimiseerd.")
            return 0
        with exclusive(data_dir):
            result = apply_retention(store, months=months)
    print(f"Geanonimiseerd: {result.cases} zaken, {result.persons} personen, "
          f"{result.addresses} adressen, {result.incidents} incidenten, {result.documents} "
          f"documenten; {result.drafts} oude concepten en {result.safety_copies} oude "
          "veiligheidskopieën verwijderd.")
    return 0


def run_access_request(args: argparse.Namespace) -> int:
    from desktop.privacy import access
    from desktop.privacy.requests import find_persons, note_answer

    with opened_store(data_folder(args)) as store:
        found = find_persons(store, args.person)
        matches = [p for p in found if p.name.casefold() == args.person.strip().casefold()]
        if len(matches) != 1:  # never a guess: the wrong resident would get the file
            print("Geen bewoner met precies deze naam." if not matches else
                  "Meer dan één bewoner heeft deze naam; kies in het programma "
                  "(Beheer → Privacy) aan de hand van het adres.", file=sys.stderr)
            for person in matches or found[:20]:
                print(f"  {person.name} — {'; '.join(person.addresses) or 'geen adres'} — "
                      f"zaken {', '.join(person.cases)}", file=sys.stderr)
            return 1
        person = matches[0]
        report = access.collect(store, person.id)
        # Without a coordinator to review: every other person's name is blacked out.
        pdf = access.to_pdf(store, report, report.other_names)
        target = Path(args.out)
        write_output(target, pdf)
        json_target = target.with_suffix(".json")
        write_output(json_target, access.to_json(report, report.other_names).encode("utf-8"))
        answer = f"Inzage gemaakt op {report.made_on} (PDF en JSON)"
        note_answer(store, person.id, answer)
        store.record_event("export", "access_request",
                           cases=len(report.cases), blacked_out=len(report.other_names))
    print(f"Inzage voor {person.name}: {len(report.cases)} zaken, "
          f"{len(report.other_names)} namen van anderen zwart gemaakt. Geschreven naar "
          f"{target} en {json_target}.")
    return 0
