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


def write_output(target: Path, data: bytes) -> None:
    """Write next to the target and rename: an interrupted run leaves no half file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    part.write_bytes(data)
    part.replace(target)
