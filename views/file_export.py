"""Saving a file the program makes (a PDF, a spreadsheet): the coordinator picks
where, a worker makes and writes it (a month's claims can be many pages), and
the window says where it went. Filters are named in Dutch."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from views.errors import show_error
from views.tasks import Runner

translate = QCoreApplication.translate


def filter_for(kind: str) -> str:
    return {"csv": translate("Export", "CSV-bestand (*.csv)"),
            "xlsx": translate("Export", "Excel (*.xlsx)"),
            "pdf": translate("Export", "PDF-bestand (*.pdf)"),
            "json": translate("Export", "JSON-bestand (*.json)")}[kind]


def ask_path(parent: QWidget, title: str, name: str, kind: str) -> Path | None:
    path, _filter = QFileDialog.getSaveFileName(parent, title, f"{name}.{kind}", filter_for(kind))
    if not path:
        return None
    target = Path(path)
    return target if target.suffix else target.with_suffix(f".{kind}")


def save_in_background(parent: QWidget, runner: Runner, make: Callable[[], bytes],
                       target: Path, done: Callable[[Path], None]) -> None:
    def work() -> Path:
        data = make()
        part = target.with_name(target.name + ".part")  # no half file if it stops
        part.write_bytes(data)
        part.replace(target)
        return target

    runner.run(work, done, lambda exc: show_error(parent, exc))
