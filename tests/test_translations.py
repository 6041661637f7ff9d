"""Dutch is the source language; the English translation must cover every
string in the views, and the shipped .qm must match the .ts."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "burenrust_en.ts"
QM = TS.with_suffix(".qm")


def tool(name: str) -> str:
    candidate = Path(sys.executable).parent / name
    found = str(candidate) if candidate.exists() else shutil.which(name)
    if not found:
        pytest.skip(f"{name} not installed")
    return found


def test_every_view_string_is_translated(tmp_path):
    copy = tmp_path / "check.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "views").rglob("*.py")) + sorted(
        str(p) for p in (ROOT / "desktop").rglob("*.py")
        if "QT_TRANSLATE_NOOP(" in p.read_text(encoding="utf-8"))
    subprocess.run([tool("pyside6-lupdate"), *sources, "-ts", str(copy)],
                   check=True, capture_output=True)
    problems = []
    for context in ET.parse(copy).getroot().iter("context"):
        for message in context.iter("message"):
            kind = message.find("translation").get("type")
            if kind in ("unfinished", "vanished", "obsolete"):
                problems.append((context.findtext("name"), message.findtext("source"), kind))
    assert problems == [], "update resources/translations (see README, Translations)"


@pytest.mark.parametrize("name", ["burenrust_en", "qt_extra_nl"])
def test_shipped_qm_matches_ts(tmp_path, name):
    ts = TS.with_name(f"{name}.ts")
    fresh = tmp_path / "fresh.qm"
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(fresh)],
                   check=True, capture_output=True)
    assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes()


def test_qt_file_and_print_dialogs_speak_dutch(qtbot):
    """Qt's own Dutch lacks a few labels of its file and print dialogs ("Look in:",
    "Files of type:"); ours fill them in."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QFileDialog, QLabel

    from views.i18n import install_translators

    install_translators(QApplication.instance(), "nl")
    english = {"Look in:", "Files of type:", "Double Sided Printing", "Off",
               "Long side binding", "Short side binding", "Page Set:", "Cancel", "Open",
               "Save", "File name:", "Print"}
    dialogs = []
    for accept in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(accept)
        dialogs.append(dialog)
    dialogs.append(QPrintDialog(QPrinter()))
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        texts = {w.text().replace("&", "") for kind in (QLabel, QAbstractButton)
                 for w in dialog.findChildren(kind)}
        texts |= {box.itemText(i) for box in dialog.findChildren(QComboBox)
                  for i in range(box.count())}
        assert texts & english == set(), type(dialog).__name__
        assert "Zoeken in:" in texts or isinstance(dialog, QPrintDialog)


def test_english_ui(qtbot, store, data_dir):
    from PySide6.QtWidgets import QApplication

    from views.i18n import install_translators
    from views.main_window import MainWindow
    from views.tasks import SyncRunner

    app = QApplication.instance()
    install_translators(app, "en")
    try:
        window = MainWindow(store, data_dir, runner=SyncRunner())
        qtbot.addWidget(window)
        assert window.nav.item(0).text() == "Cases"
        assert window.cases.case_list.new_button.text() == "New case"
        qtbot.waitUntil(lambda: window.cases.case_list.count_label.text() == "0 cases")
    finally:
        install_translators(app, "nl")
    dutch = MainWindow(store, data_dir, runner=SyncRunner())
    qtbot.addWidget(dutch)
    assert dutch.nav.item(0).text() == "Zaken"
