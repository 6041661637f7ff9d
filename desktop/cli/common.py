"""What every subcommand needs: the data folder (with its log) and the database,
and writing an output file so that a half-written one is never left behind."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
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


@contextmanager
def opened_store(data_dir: Path) -> Iterator[Store]:
    """The data folder's database, migrated, closed again afterwards."""
    from desktop.data.store import Store

    store = Store.open(data_dir)
    try:
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
