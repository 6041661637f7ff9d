"""`burenrust duplicates [--kind address|organisation|contact]`: likely duplicate
persons (or addresses, organisations, contacts), with their score and reasons
(changes nothing; merging is done in the program, where each field is chosen)."""

from __future__ import annotations

import argparse
import json

from desktop.cli.common import data_folder, opened_store

WHAT = {"person": "personen", "address": "adressen", "organisation": "organisaties",
        "contact": "contactpersonen"}

def add_commands(commands, common: argparse.ArgumentParser) -> None:
    found = commands.add_parser(
        "duplicates", parents=[common],
        help="toon personen die waarschijnlijk dubbel in het bestand staan (verandert niets)")
    found.add_argument("--json", action="store_true", help="uitvoer als JSON")
    from desktop.quality import KINDS

    found.add_argument("--kind", choices=KINDS, default="person",
                       help="wat te zoeken: person (standaard), address, organisation, contact")
    found.set_defaults(run=run_duplicates)


def run_duplicates(args: argparse.Namespace) -> int:
    from desktop.quality.duplicates import find_duplicates
    from desktop.quality.reason_words import REASONS

    with opened_store(data_folder(args)) as store:
        candidates = find_duplicates(store, kind=args.kind)
    if args.json:
        print(json.dumps([{"first": c.first, "second": c.second, "first_name": c.first_name,
                           "second_name": c.second_name, "score": c.score,
                           "reasons": list(c.reasons)} for c in candidates],
                         ensure_ascii=False, indent=2))
        return 0
    if not candidates:
        print(f"Geen dubbele {WHAT[args.kind]} gevonden.")
        return 0
    for c in candidates:
        why = ", ".join(REASONS.get(r, r) for r in c.reasons)
        print(f"{c.score:3d}  {c.first_name} (#{c.first})  ~  {c.second_name} (#{c.second})"
              f"  — {why}")
    print(f"{len(candidates)} mogelijk dubbele {WHAT[args.kind]}. Samenvoegen doet u in het "
          "programma: Beheer → Dubbele personen.")
    return 0
