"""`burenrust letters`: the invitations for a period as one PDF, for printing
without opening the program."""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

from desktop.data.errors import ServiceError

PROBLEMS = {
    "recipient_without_address": "geen adres bekend",
    "no_letters": "geen afspraken met brieven in deze periode",
    "organisation_missing": "de organisatiegegevens zijn nog niet ingevuld (Beheer → Organisatie)",
}


def parse_day(text: str) -> date:
    for pattern in ("%d-%m-%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise ValueError(text)


def run_letters(data_dir_arg: str | None, start_text: str, end_text: str, out: str,
                keep_copies: bool) -> int:
    from desktop.data.config import resolve_data_dir
    from desktop.data.logging_setup import setup_logging
    from desktop.data.store import Store
    from desktop.documents.letters.service import period_requests, print_batch
    from desktop.documents.organisation import is_set_up

    try:
        start, end = parse_day(start_text), parse_day(end_text)
    except ValueError as exc:
        print(f"Geen geldige datum: {exc} (gebruik dag-maand-jaar, bijvoorbeeld 24-11-2026)",
              file=sys.stderr)
        return 2
    if end < start:
        print("De laatste dag ligt voor de eerste.", file=sys.stderr)
        return 2
    data_dir = resolve_data_dir(data_dir_arg)
    setup_logging(data_dir)
    store = Store.open(data_dir)
    try:
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
        result = print_batch(store, requests, keep_copies=keep_copies)
    except ServiceError as exc:
        print(f"Kon de brieven niet maken: {PROBLEMS.get(exc.code, exc.code)}", file=sys.stderr)
        return 1
    finally:
        store.close()
    target = Path(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    tmp.write_bytes(result.pdf)
    tmp.replace(target)
    copies = " (een kopie staat bij elke zaak)" if keep_copies else ""
    print(f"{result.letters} brieven in {target}{copies}.")
    return 0
