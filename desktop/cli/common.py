"""What every subcommand needs: the data folder (with its log) and the database,
and writing an output file so that a half-written one is never left behind."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.data.store import Store


def data_folder(args: argparse.Namespace) -> Path:
    """--data-dir (or the default), created, with the log file set up in it."""
    from desktop.data.config import resolve_data_dir
    from desktop.data.logging_setup import setup_logging

    folder = resolve_data_dir(getattr(args, "data_dir", None))
    setup_logging(folder)
    return folder


@dataclass
class _Identity:
    user: str | None = None
    password_stdin: bool = False


_identity = _Identity()

NOT_ALLOWED = {
    "admin": "Dit hoort bij Beheer: alleen de coördinator mag dit.",
    "privacy": "Privacyzaken (anonimiseren, bewaartermijn, verzoeken van bewoners) zijn voor de "
               "coördinator.",
    "export": "Gegevens of cijfers uit het programma halen mag alleen de coördinator.",
    "edit": "U kunt hier alleen lezen: wijzigen mag een medewerker of de coördinator.",
}


class SignInFailed(Exception):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text

    def dutch(self) -> str:
        return self.text


def not_allowed_text(exc) -> str:
    return NOT_ALLOWED.get(exc.permission, "Dit mag uw rol niet.")


def remember_identity(user: str | None, password_stdin: bool) -> None:
    """--sign-in and --user-password-stdin, for the commands that open the database."""
    _identity.user, _identity.password_stdin = user, password_stdin


def _password() -> str:
    import getpass
    import sys

    if _identity.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass("Wachtwoord: ")
    raise SignInFailed("Geef het wachtwoord op standaardinvoer, met --user-password-stdin.")


def sign_in_for_command(store: Store, system_task: bool = False) -> None:
    """With sign-in on, a command works as the user named by --sign-in (and refuses
    without one); a task for the scheduler (backup, sending due mail) runs as the
    scheduler, with a medewerker's rights. Off, the OS account is the user."""
    from desktop.access.start import what_to_ask

    asked, _idle = what_to_ask(store)
    if asked != "sign_in":
        return
    if system_task and _identity.user is None:
        from models.enums import Role

        store.user, store.role = f"{store.user} (taakplanner)", Role.STAFF
        return
    if _identity.user is None:
        raise SignInFailed("Aanmelden staat aan: geef uw naam met --sign-in NAAM (en het "
                           "wachtwoord met --user-password-stdin).")
    from desktop.access.users import SignInWait, sign_in
    from desktop.data.errors import RuleViolation

    try:
        sign_in(store, _identity.user, _password())
    except SignInWait as exc:
        raise SignInFailed(f"Te vaak een verkeerd wachtwoord: probeer het over {exc.seconds} "
                           "seconden opnieuw.") from exc
    except RuleViolation as exc:
        raise SignInFailed("Deze naam en dit wachtwoord horen niet bij elkaar.") from exc


def require_coordinator(data_dir: Path) -> None:
    """For a command that is Beheer (restore, the database server, the recovery code):
    with sign-in on, only a coordinator who signs in."""
    from desktop.data.config import DATABASE_FILE
    from desktop.data.connection import configured_url
    from desktop.data.encryption.file_format import has_content
    from models.roles import Permission

    if configured_url(data_dir) is None and not has_content(data_dir / DATABASE_FILE):
        return  # no data yet: nothing a role could guard (and no file is made for it)
    with opened_store(data_dir) as store:
        store.require(Permission.ADMIN)


@contextmanager
def opened_store(data_dir: Path, system_task: bool = False) -> Iterator[Store]:
    """The data folder's database, migrated, signed in to; closed again afterwards."""
    from desktop.data.store import Store

    store = Store.open(data_dir)
    try:
        sign_in_for_command(store, system_task)
        yield store
    finally:
        store.close()


@contextmanager
def exclusive(data_dir: Path) -> Iterator[None]:
    """For a command that writes: hold the data folder's lock, as the program does,
    or refuse (DataInUse) while the program is open. On a server PostgreSQL itself
    keeps writers apart, as in the program."""
    from desktop.data.connection import configured_url
    from desktop.data.instance_lock import holding

    if configured_url(data_dir) is not None:
        yield
        return
    with holding(data_dir):
        yield


def write_output(target: Path, data: bytes) -> None:
    """Write next to the target and rename: an interrupted run leaves no half file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    part.write_bytes(data)
    part.replace(target)
