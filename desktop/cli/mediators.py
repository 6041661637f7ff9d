"""`burenrust plan`: the proposal for every case waiting for a pair (changes nothing);
`burenrust mediators due`: what volunteer care asks now (changes nothing);
`burenrust expenses`: a month's expense claims as a file."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop.cli.common import data_folder, opened_store, write_output

KIND_TEXT = {"vog": "VOG", "training": "training", "intervisie": "intervisie",
             "inactive": "geen zaak"}
DETAIL_TEXT = {"missing": "geen VOG-datum bekend", "expired": "VOG verlopen",
               "expiring": "VOG verloopt binnenkort"}


def add_commands(commands, common: argparse.ArgumentParser) -> None:
    plan = commands.add_parser(
        "plan", parents=[common],
        help="toon een koppelvoorstel voor alle wachtende zaken (verandert niets)",
    )
    plan.add_argument("--json", action="store_true", help="uitvoer als JSON")
    plan.set_defaults(run=run_plan)
    mediators = commands.add_parser(
        "mediators", parents=[common], help="vrijwilligerszorg van de bemiddelaars")
    what = mediators.add_subparsers(dest="mediators_command", required=True)
    due = what.add_parser("due", parents=[common],
                          help="wat nu of binnenkort nodig is: VOG, training, intervisie, "
                               "bemiddelaars zonder zaak (verandert niets)")
    due.add_argument("--json", action="store_true", help="uitvoer als JSON")
    due.set_defaults(run=run_due)
    claims = commands.add_parser(
        "expenses", parents=[common], help="de declaraties van een maand als bestand")
    claims.add_argument("--month", required=True, metavar="JJJJ-MM",
                        help="de maand, bijvoorbeeld 2026-11")
    claims.add_argument("--out", required=True,
                        help="het bestand dat gemaakt wordt: .pdf, .xlsx of .csv")
    claims.set_defaults(run=run_expenses)


def run_plan(args: argparse.Namespace) -> int:
    from desktop.mediators.planning import plan_all
    from desktop.mediators.unplanned import text

    with opened_store(data_folder(args)) as store:
        plan = plan_all(store)
    if args.json:
        print(json.dumps({
            "objective": plan.objective,
            "assigned": plan.assigned,
            "cases": [
                {
                    "case": item.number,
                    "mediators": list(item.choice.pair) if item.choice else None,
                    "names": [item.choice.first_name, item.choice.second_name]
                    if item.choice else None,
                    "score": item.choice.score if item.choice else None,
                    # Why this pair; without one, why not (and what would help).
                    "reasons": [r.code for r in (item.choice.reasons if item.choice else ())]
                    + [r.code for r in item.reasons],
                    "why_not": [text(r) for r in item.reasons] if not item.choice else [],
                    "caveats": [text(r) for r in item.reasons] if item.choice else [],
                }
                for item in plan.items
            ],
        }, ensure_ascii=False, indent=2))
        return 0
    if not plan.items:
        print("Geen zaken die op een koppel wachten.")
        return 0
    for item in plan.items:
        if item.choice is None:
            print(f"{item.number}: geen koppel — " + "; ".join(text(r) for r in item.reasons))
        else:
            print(f"{item.number}: {item.choice.first_name} & {item.choice.second_name}"
                  f" (score {item.choice.score:.1f})" + "".join(
                      f"; {text(r)}" for r in item.reasons))
    print(f"{plan.assigned} van {len(plan.items)} zaken krijgen een koppel. "
          "Er is niets veranderd; toewijzen doet u in het programma.")
    return 0


def _detail(reminder) -> str:
    if reminder.kind == "vog":
        return DETAIL_TEXT.get(reminder.detail, reminder.detail)
    if reminder.kind == "training":
        done, needed = reminder.detail.split("/")
        return f"{done} van {needed} trainingen in het afgelopen jaar"
    if reminder.kind == "intervisie":
        return f"{reminder.detail} keer op rij niet op intervisie"
    return f"{reminder.detail} weken zonder zaak"


def run_due(args: argparse.Namespace) -> int:
    from desktop.volunteers.due import mediators_due

    with opened_store(data_folder(args)) as store:
        reminders = mediators_due(store)
    if args.json:
        print(json.dumps([{"mediator": r.name, "mediator_id": r.mediator_id, "kind": r.kind,
                           "due": r.due_on.isoformat(), "detail": r.detail}
                          for r in reminders], ensure_ascii=False, indent=2))
        return 0
    if not reminders:
        print("Niets te doen voor de vrijwilligerszorg.")
        return 0
    for r in reminders:
        print(f"{r.due_on:%d-%m-%Y}  {r.name}  {r.kind}  ({_detail(r)})")
    return 0


def run_expenses(args: argparse.Namespace) -> int:
    from desktop.data.errors import ValidationFailed
    from desktop.volunteers.amounts import format_money
    from desktop.volunteers.claims import claims_for, parse_month
    from desktop.volunteers.expense_export import export_month, kind_of

    target = Path(args.out)
    try:
        year, month = parse_month(args.month)
        kind = kind_of(target)
    except ValidationFailed as exc:
        print("Geef de maand als JJJJ-MM (bijvoorbeeld 2026-11)"
              if exc.errors[0].field == "month"
              else "Het bestand moet eindigen op .pdf, .xlsx of .csv.", file=sys.stderr)
        return 2
    with opened_store(data_folder(args)) as store:
        data = export_month(store, year, month, kind)
        claims = claims_for(store, year, month)
        store.record_event("export", "expenses", format=kind, month=f"{year}-{month:02d}")
    write_output(target, data)
    total = sum(c.total_cents for c in claims)
    print(f"{len(claims)} declaraties, samen {format_money(total)}; geschreven naar {target}.")
    return 0
