"""`burenrust backup`, `restore` and `recovery-code`: for the task scheduler and
for a new PC. Messages in Dutch; exit code 0 on success."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.common import data_folder, exclusive, opened_store, require_coordinator
from desktop.data.config import DATABASE_FILE
from desktop.data.encryption.file_format import is_encrypted
from desktop.data.errors import RuleViolation
from desktop.data.instance_lock import DataInUse

MESSAGES = {
    "recovery_code_invalid": "Deze herstelcode klopt niet. Controleer de letters en cijfers.",
    "recovery_code_not_this_file": "Deze herstelcode hoort niet bij dit databasebestand. "
    "Misschien is het de code van een andere organisatie of van een oudere sleutel.",
    "backup_key_wrong": "Deze back-up past niet bij de sleutel of herstelcode (of het bestand "
    "is beschadigd).",
    "backup_not_recognised": "Dit is geen back-up van Burenrust.",
    "backup_damaged": "Deze back-up is beschadigd of onvolledig; er is niets veranderd.",
    "backup_unreadable": "Het back-upbestand kan niet worden gelezen.",
    "backup_disk_full": "De schijf is vol; er is geen back-up gemaakt. Maak ruimte of kies "
    "een andere back-upmap.",
    "backup_folder_unwritable": "In de back-upmap kan niet worden geschreven (is de USB-stick "
    "aangesloten?); er is geen back-up gemaakt.",
    "backup_source_damaged": "De database is beschadigd; daarvan wordt geen back-up gemaakt, "
    "zodat de goede back-ups blijven. Zet de laatste goede back-up terug.",
    "backup_no_database": "Er is nog geen database in deze gegevensmap.",
    "backup_key_not_kept": "De back-upsleutel kon nergens worden bewaard (niet in de "
    "sleutelbos en niet in de gegevensmap).",
    "backup_on_server": "Deze gegevensmap gebruikt een PostgreSQL-server. Back-ups daarvan maakt "
    "de beheerder van de server (bijvoorbeeld met pg_dump).",
}


def add_commands(commands, common: argparse.ArgumentParser) -> None:
    backup = commands.add_parser(
        "backup", parents=[common], help="maak nu een versleutelde back-up"
    )
    backup.add_argument("--to", help="map voor de back-up (standaard: de ingestelde map)")
    restore = commands.add_parser(
        "restore", parents=[common], help="zet een back-up terug (na een veiligheidskopie)"
    )
    restore.add_argument("file", help="het back-upbestand")
    restore.add_argument(
        "--recovery-code", help="de herstelcode, nodig op een andere pc dan waar de back-up "
        "gemaakt is")
    code = commands.add_parser(
        "recovery-code", parents=[common],
        help="toon de herstelcode van de back-ups en het databasebestand"
    )
    code.add_argument(
        "--use", metavar="CODE", help="open met deze herstelcode een gegevensmap die van een "
        "andere pc komt (de sleutel wordt op deze pc bewaard)")
    for command in (backup, restore, code):
        command.set_defaults(run=run_backup_command)


def run_backup_command(args: argparse.Namespace) -> int:
    data_dir = data_folder(args)
    try:
        from desktop.data.connection import configured_url

        if configured_url(data_dir) is not None:
            raise RuleViolation("backup_on_server")
        if args.command == "backup":
            return _backup(data_dir, args.to)
        if args.command == "restore":
            with exclusive(data_dir):  # never under an open program's feet
                return _restore(data_dir, Path(args.file), args.recovery_code)
        from desktop.data.backup_key import backup_key, recovery_code

        if args.use:
            from desktop.data.encryption.unlock import use_recovery_code

            use_recovery_code(data_dir, args.use)
            print("De herstelcode past: de sleutel is op deze pc bewaard.")
            return 0
        require_coordinator(data_dir)
        print(recovery_code(backup_key(data_dir)))
        return 0
    except DataInUse:
        raise  # said by the command line itself, as for every writing command
    except RuleViolation as exc:
        print(MESSAGES.get(exc.code, exc.code), file=sys.stderr)
        return 1


def _backup(data_dir: Path, to: str | None) -> int:
    with opened_store(data_dir, system_task=True):  # the database exists and is up to date
        pass
    from desktop.data.backup import create_backup  # cryptography: only for this command
    from desktop.data.config import Settings

    folder = Path(to) if to else Settings.load(data_dir).backup_folder(data_dir)
    path = create_backup(data_dir, folder)
    print(f"Back-up gemaakt: {path}")
    return 0


def _restore(data_dir: Path, file: Path, code: str | None) -> int:
    from desktop.data.store import Store

    if not file.is_file():
        print(f"Bestand niet gevonden: {file}", file=sys.stderr)
        return 1
    from desktop.data.backup import key_for, restore_backup
    from desktop.data.backup_key import key_from_recovery_code

    if is_encrypted(data_dir / DATABASE_FILE):
        require_coordinator(data_dir)  # a data folder whose file opens: Beheer's to replace
    key = key_from_recovery_code(code) if code else key_for(file, data_dir)
    if key is None:
        print("Deze back-up is met een sleutel gemaakt die niet op deze pc staat. Geef de "
              "herstelcode (van het blad uit de kluis) met --recovery-code.", file=sys.stderr)
        return 1
    manifest = restore_backup(file, data_dir, key)
    store = Store.open(data_dir)  # a backup from an older version is migrated now
    store.record_event("restore", "backup", made_at=manifest.created_at,
                       cases=manifest.cases)
    store.close()
    print(f"Back-up van {manifest.created_at} teruggezet: {manifest.cases} zaken.")
    return 0
