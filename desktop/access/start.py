"""What the start asks before the window: nothing (sign-in off), a name and
password, or, on the first start of a data folder, the coordinator's account.
Read without SQLAlchemy for the SQLite file, so a start without sign-in paints
as fast as before."""

from __future__ import annotations

from typing import Literal

from desktop.data.encryption import cipher
from desktop.data.store import Store

StartAsk = Literal["nothing", "sign_in", "first_account"]


def what_to_ask(store: Store) -> tuple[StartAsk, int]:
    """What to ask, and the idle minutes after which the window locks."""
    if store.sqlite_file is not None:
        try:
            with store.plain_read() as connection:
                row = connection.execute(
                    "SELECT sign_in_required, idle_minutes FROM access_settings WHERE id = 1"
                ).fetchone()
        except cipher.Error:  # a file that is not at the newest schema: SQLAlchemy reads
            row = _read_with_orm(store)
    else:
        row = _read_with_orm(store)
    if row is None:
        return "first_account", 10
    return ("sign_in" if row[0] else "nothing"), int(row[1])


def _read_with_orm(store: Store) -> tuple[bool, int] | None:
    from desktop.access.users import access_settings

    view = access_settings(store)
    return (view.sign_in_required, view.idle_minutes) if view.configured else None
