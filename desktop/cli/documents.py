"""`burenrust letters`: the invitations for a period as one PDF, for printing
without opening the program."""

from __future__ import annotations

import argparse
import sys
from contextlib import nullcontext
from datetime import date, datetime
from pathlib import Path

from desktop.cli.common import data_folder, exclusive, opened_store, write_output

PROBLEMS = {
    "recipient_without_address": "geen adres bekend",
    "no_letters": "geen afspraken met brieven in deze periode",
    "organisation_missing": "de organisatiegegevens zijn nog niet ingevuld (Beheer → Organisatie)",
}


def add_commands(commands, common: argparse.ArgumentParser) -> None:
    letters = commands.add_parser(
        "letters", parents=[common],
        help="maak alle uitnodigingen voor de afspraken in een periode, in één PDF")
    letters.add_argument("--from", dest="start", required=True,
                         help="eerste dag, bijvoorbeeld 24-11-2026")
    letters.add_argument("--to", dest="end", required=True, help="laatste dag")
    letters.add_argument("--out", required=True, help="het PDF-bestand dat gemaakt wordt")
    letters.add_argument("--no-copies", action="store_true",
                         help="bewaar geen kopie van elke brief bij de zaak")
    letters.set_defaults(run=run_letters)


def parse_day(text: str) -> date:
    for pattern in ("%d-%m-%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise ValueError(text)


def run_letters(args: argparse.Namespace) -> int:
    from desktop.data.errors import ServiceError
    from desktop.documents.letters.service import period_requests, print_batch
    from desktop.documents.organisation import is_set_up

    keep_copies = not args.no_copies
    try:
        start, end = parse_day(args.start), parse_day(args.end)
    except ValueError as exc:
        print(f"Geen geldige datum: {exc} (gebruik dag-maand-jaar, bijvoorbeeld 24-11-2026)",
              file=sys.stderr)
        return 2
    if end < start:
        print("De laatste dag ligt voor de eerste.", file=sys.stderr)
        return 2
    data_dir = data_folder(args)
    # Kept copies and their journal entries are writes: not while the program is open.
    with exclusive(data_dir) if keep_copies else nullcontext(), opened_store(data_dir) as store:
        if not is_set_up(store):
            print(PROBLEMS["organisation_missing"], file=sys.stderr)
            return 1
        requests, skipped = period_requests(store, start, end)
        for item in skipped:
            print(f"  overgeslagen: zaak {item.case_number}, {item.recipient}: "
                  f"{PROBLEMS.get(item.reason, item.reason)}")
        if not requests:
            print(PROBLEMS["no_letters"].capitalize() + ".")
            return 0
        try:
            result = print_batch(store, requests, keep_copies=keep_copies)
        except ServiceError as exc:
            print(f"Kon de brieven niet maken: {PROBLEMS.get(exc.code, exc.code)}",
                  file=sys.stderr)
            return 1
    target = Path(args.out)
    write_output(target, result.pdf)
    copies = " (een kopie staat bij elke zaak)" if keep_copies else ""
    print(f"{result.letters} brieven in {target}{copies}.")
    return 0
