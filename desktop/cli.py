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
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    data_dir_arg = getattr(args, "data_dir", None)
    if args.command == "demo":
        return _demo(data_dir_arg, args.cases, args.seed)
    from desktop.app import run_gui  # Qt is imported only when the GUI starts

    return run_gui(data_dir_arg)


def _demo(data_dir_arg: str | None, cases: int, seed: int) -> int:
    from desktop import demo
    from desktop.config import resolve_data_dir
    from desktop.errors import RuleViolation
    from desktop.logging_setup import setup_logging
    from desktop.store import Store

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
