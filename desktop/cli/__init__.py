"""The `burenrust` command: without a subcommand it starts the program; the
subcommands share the services with the GUI, one module per area (demo, cases,
mediators, documents, figures, data, backup).

May import desktop.data and the service areas, never views (the GUI start-up in
desktop.app does that). Each area module adds its subcommands with
`add_commands(commands, common)`; heavy imports wait inside the command itself,
so `burenrust --version` and the GUI start stay quick."""

from __future__ import annotations

import argparse
import sys

from desktop import __version__
from desktop.cli import (
    backup,
    cases,
    data,
    demo,
    documents,
    figures,
    mail,
    mediators,
    privacy,
)
from desktop.cli.console import attach_parent_console, tolerate_any_name

AREAS = (demo, mediators, backup, data, cases, documents, figures, privacy, mail)


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
    for area in AREAS:
        area.add_commands(commands, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    if len(sys.argv if argv is None else argv) > (1 if argv is None else 0):
        attach_parent_console()  # a command typed in a Windows console prints there
    tolerate_any_name()
    args = _parser().parse_args(argv)
    run = getattr(args, "run", None)
    if run is not None:
        from desktop.data.instance_lock import DataInUse

        try:
            return run(args)
        except DataInUse as exc:  # a writing command while the program is open
            print(exc.dutch(), file=sys.stderr)
            return 1
    from desktop.app import run_gui  # Qt is imported only when the GUI starts

    return run_gui(getattr(args, "data_dir", None))
