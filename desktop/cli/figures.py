"""`burenrust report`: the yearly (or quarterly) figures as CSV, Excel or PDF."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import data_folder, opened_store, write_output
from models.roles import Permission


def add_commands(commands, common: argparse.ArgumentParser) -> None:
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
    report.set_defaults(run=run_report)


def run_report(args: argparse.Namespace) -> int:
    from desktop.figures.counting import Period, compute
    from desktop.figures.export import export_figures

    where = {"municipality": args.municipality, "neighbourhood": args.neighbourhood}
    period = (Period.quarter(args.year, args.quarter, **where) if args.quarter
              else Period.year(args.year, **where))
    with opened_store(data_folder(args)) as store:
        store.require(Permission.EXPORT)  # before the counting, not only before the file
        figures = compute(store, period)
        data = export_figures(store, figures, args.format, args.threshold)
        store.record_event("export", "figures", format=args.format, start=period.start,
                           end=period.end, municipality=period.municipality,
                           neighbourhood=period.neighbourhood)
    target = Path(args.out)
    write_output(target, data)
    print(f"{figures.registrations} aanmeldingen, {figures.closed} afgesloten; "
          f"geschreven naar {target}.")
    return 0
