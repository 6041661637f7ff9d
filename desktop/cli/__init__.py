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
from desktop.cli.console import attach_parent_console, tolerate_any_name


def _areas() -> tuple:
    # Imported for a subcommand only: the program's own start (no subcommand) does not
    # pay for ten modules of options it will not parse (some 170 ms before the window).
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
        quality,
    )

    return demo, mediators, backup, data, cases, documents, figures, privacy, mail, quality


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        help="gegevensmap (standaard: de gebruikersmap van het systeem, of BURENRUST_DATA_DIR)",
    )
    common.add_argument("--sign-in", default=argparse.SUPPRESS, metavar="NAAM",
                        help="aanmelden als deze gebruiker (als aanmelden aan staat)")
    common.add_argument("--user-password-stdin", action="store_true", default=argparse.SUPPRESS,
                        help="lees het wachtwoord (bij --sign-in) van standaardinvoer")
    return common


def _gui_only(argv: list[str] | None) -> argparse.Namespace | None:
    """The options when the program itself is asked for (no subcommand, or `gui`),
    read without the subcommands' parsers; None for anything else."""
    quick = argparse.ArgumentParser(add_help=False, parents=[_common()])
    quick.add_argument("command", nargs="?")
    try:
        args, rest = quick.parse_known_args(argv)
    except SystemExit:  # a malformed option: the full parser says what is wrong
        return None
    return args if not rest and args.command in (None, "gui") else None


def _parser() -> argparse.ArgumentParser:
    common = _common()
    parser = argparse.ArgumentParser(
        prog="burenrust",
        description="Burenrust: dossiers voor buurtbemiddeling.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"Burenrust {__version__}")
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("gui", parents=[common], help="start het programma (standaard)")
    for area in _areas():
        area.add_commands(commands, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    if len(sys.argv if argv is None else argv) > (1 if argv is None else 0):
        attach_parent_console()  # a command typed in a Windows console prints there
    tolerate_any_name()
    args = _gui_only(argv) or _parser().parse_args(argv)
    run = getattr(args, "run", None)
    if run is not None:
        from desktop.cli.common import remember_identity

        remember_identity(getattr(args, "sign_in", None),
                          getattr(args, "user_password_stdin", False))
        from desktop.cli.common import SignInFailed, not_allowed_text
        from desktop.data.encryption.cipher import DatabaseKeyMissing
        from desktop.data.errors import NotAllowed
        from desktop.data.instance_lock import DataInUse

        try:
            return run(args)
        except BrokenPipeError:  # `burenrust … | more` closed early: not an error to show
            import os

            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            return 1
        except DataInUse as exc:  # a writing command while the program is open
            print(exc.dutch(), file=sys.stderr)
            return 1
        except SignInFailed as exc:
            print(exc.dutch(), file=sys.stderr)
            return 1
        except NotAllowed as exc:
            print(not_allowed_text(exc), file=sys.stderr)
            return 1
        except DatabaseKeyMissing:  # a data folder moved to this PC
            print("Het databasebestand is versleuteld en de sleutel staat niet op deze pc. "
                  "Geef de herstelcode (van het blad uit de kluis): burenrust recovery-code "
                  "--use CODE", file=sys.stderr)
            return 1
    from desktop.app import run_gui  # Qt is imported only when the GUI starts

    return run_gui(getattr(args, "data_dir", None))
