"""`burenrust import`: an existing case list (xlsx or csv) into Burenrust."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.common import data_folder, exclusive, opened_store

IMPORT_PROBLEMS = {
    "date": "datum onleesbaar",
    "postcode": "postcode onbekend",
    "house_number": "huisnummer onleesbaar",
    "name": "naam leeg",
    "column_missing": "kolom niet gevonden",
}


def add_commands(commands, common: argparse.ArgumentParser) -> None:
    importing = commands.add_parser(
        "import", parents=[common], help="zet een bestaande zakenlijst (xlsx of csv) over"
    )
    importing.add_argument("file", help="het Excel- of CSV-bestand")
    importing.add_argument("--dry-run", action="store_true",
                           help="laat alleen zien wat er zou gebeuren")
    importing.set_defaults(run=run_import_command)


def run_import_command(args: argparse.Namespace) -> int:
    from desktop.cases.spreadsheet_import import FIELDS, preview, run_import

    path = Path(args.file)
    if not path.is_file():
        print(f"Bestand niet gevonden: {path}", file=sys.stderr)
        return 1
    data_dir = data_folder(args)
    with opened_store(data_dir) as store:
        report = preview(store, path)
        for name in FIELDS:
            if name in report.mapping:
                print(f"  {name:<16} <- {report.headers[report.mapping[name]]}")
        print(f"{report.ready} zaken klaar om te importeren, {report.duplicates} al eerder "
              f"geïmporteerd, {len(report.problems)} problemen:")
        for problem in report.problems[:200]:
            print(f"  regel {problem.line}: {IMPORT_PROBLEMS.get(problem.code, problem.code)}"
                  + (f" ({problem.value})" if problem.value else ""))
        if args.dry_run or not report.ready:
            return 0 if not any(p.code == "column_missing" for p in report.problems) else 1
        with exclusive(data_dir):
            count = run_import(store, path, report.mapping)
    print(f"{count} zaken geïmporteerd.")
    return 0
