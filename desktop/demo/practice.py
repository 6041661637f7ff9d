"""Oefenen: a separate data folder with made-up cases, opened in a second window of
the program, so a new coordinator can try everything without touching real data."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

from desktop.data.config import Settings
from desktop.data.instance_lock import holding
from desktop.data.store import Store

PRACTICE_APP_NAME = "Burenrust-oefenen"
PRACTICE_CASES = 150


def practice_folder() -> Path:
    """Beside the real data folder, never inside it."""
    return Path(platformdirs.user_data_dir(PRACTICE_APP_NAME, appauthor=False))


def is_practice(data_dir: Path) -> bool:
    return Settings.load(data_dir).practice


def prepare_practice(folder: Path | None = None, cases: int = PRACTICE_CASES) -> Path:
    """The practice folder, filled with demonstration data the first time. Slow the
    first time (seconds): call it from a worker."""
    from desktop.demo import generator

    folder = folder or practice_folder()
    folder.mkdir(parents=True, exist_ok=True)
    settings = Settings.load(folder)
    if not settings.practice:
        settings.practice = True
        settings.save(folder)
    with holding(folder):
        store = Store.open(folder, user="oefenen")
        try:
            if not generator.has_cases(store):
                generator.generate(store, cases=cases)
        finally:
            store.close()
    return folder


def start_command(folder: Path) -> list[str]:
    """How to start this same program on the practice folder: the installed program
    (a frozen executable or burenrust.exe's Python) or a developer's interpreter."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--data-dir", str(folder)]
    return [sys.executable, "-m", "desktop", "--data-dir", str(folder)]
