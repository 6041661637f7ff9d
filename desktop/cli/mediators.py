"""`burenrust plan`: the proposal for every case waiting for a pair (changes nothing)."""

from __future__ import annotations

import argparse
import json

from desktop.cli.common import data_folder, opened_store


def add_commands(commands, common: argparse.ArgumentParser) -> None:
    plan = commands.add_parser(
        "plan", parents=[common],
        help="toon een koppelvoorstel voor alle wachtende zaken (verandert niets)",
    )
    plan.add_argument("--json", action="store_true", help="uitvoer als JSON")
    plan.set_defaults(run=run_plan)


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
