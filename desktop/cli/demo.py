"""`burenrust demo`: demonstration data in an empty data folder."""

from __future__ import annotations

import argparse
import sys

from desktop.cli.common import data_folder, exclusive, opened_store


def add_commands(commands, common: argparse.ArgumentParser) -> None:
    demo = commands.add_parser(
        "demo", parents=[common], help="vul een lege database met demonstratiegegevens"
    )
    demo.add_argument("--cases", type=int, default=300, help="aantal zaken (standaard 300)")
    demo.add_argument("--seed", type=int, default=2026, help="startwaarde van het toeval")
    demo.set_defaults(run=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    from desktop.data.errors import RuleViolation
    from desktop.demo import generator

    if args.cases < 1:
        print("Geef een aantal zaken van 1 of meer.", file=sys.stderr)
        return 2
    data_dir = data_folder(args)
    with exclusive(data_dir), opened_store(data_dir) as store:
        try:
            result = generator.generate(store, cases=args.cases, seed=args.seed)
        except RuleViolation:
            print(
                "Deze database bevat al echte zaken; demonstratiegegevens worden alleen in een "
                "lege database gezet. Kies een andere map met --data-dir.",
                file=sys.stderr,
            )
            return 1
    print(f"{result.cases} demonstratiezaken aangemaakt in {data_dir}")
    return 0
