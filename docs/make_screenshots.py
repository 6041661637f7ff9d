"""Render the README screenshots from a fresh demo database (offscreen).

    python docs/make_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop.cases.queries import CaseFilter, fetch_rows
    from desktop.data.store import Store
    from desktop.demo import generator
    from views.i18n import install_translators
    from views.main_window import MainWindow
    from views.tasks import SyncRunner

    app = QApplication([])
    install_translators(app, "nl")
    data_dir = Path(tempfile.mkdtemp(prefix="burenrust-shots-"))
    store = Store.open(data_dir, user="coordinator")
    generator.generate(store, cases=600, seed=11)
    window = MainWindow(store, data_dir, runner=SyncRunner())
    window.resize(1400, 860)
    window.show()
    out = ROOT / "docs"

    def shot(name: str) -> None:
        for _ in range(3):
            app.processEvents()
        window.grab().save(str(out / name))
        print("wrote", out / name)

    QTest.qWait(200)
    shot("case-list.png")
    window.cases.case_list.search.setText("assendorper")
    QTest.qWait(200)
    shot("search.png")
    form = window.cases.new_case()
    form.party_a.edits["first_name"].setText("Fatma")
    form.party_a.edits["last_name"].setText("Yıldız")
    form.party_a.edits["postcode"].setText("8011ab")
    form.party_a.edits["postcode"].editingFinished.emit()
    form.party_a.edits["house_number"].setText("12")
    form.party_a.edits["phone"].setText("06 1234")
    form.party_a.edits["phone"].editingFinished.emit()
    form.party_b.edits["last_name"].setText("Bovenburen")
    form.story.setPlainText("Sinds de zomer 's nachts harde muziek en stampen.")
    shot("new-case.png")
    busy = max(
        fetch_rows(store, CaseFilter(status="talks"), limit=50),
        key=lambda row: len(row.requester),
    )
    window.cases.open_case(busy.id)
    shot("case.png")
    window.nav.setCurrentRow(1)
    window.mediators.table.selectRow(2)
    shot("mediators.png")
    window.nav.setCurrentRow(2)
    shot("agenda.png")
    window.nav.setCurrentRow(4)
    window.signals.level.setCurrentIndex(window.signals.level.findData("address"))
    window.signals.table.selectRow(0)
    shot("signals.png")
    window.nav.setCurrentRow(6)
    window.figures.year.setValue(date.today().year - 1)
    window.figures.tabs.setCurrentIndex(2)
    shot("figures.png")
    letters(app, store, window, out)
    for index in range(window.cases.tabs.count() - 1, 0, -1):
        window.cases.tabs.removeTab(index)
    store.close()


def letters(app, store, window, out: Path) -> None:
    """The letter dialog on a case with an appointment, and the letter itself as a page."""
    import subprocess
    import time
    from dataclasses import replace

    from desktop.agenda.appointments import week_appointments, week_of
    from desktop.documents.letters.context import SAMPLE_ORGANISATION
    from desktop.documents.organisation import save_organisation

    save_organisation(store, replace(SAMPLE_ORGANISATION, name="Buurtbemiddeling Apeldoorn",
                                     town="Apeldoorn", postcode="7311 AB",
                                     street="Marktplein 3", footer="Wij zijn er voor alle buren."))
    upcoming = [a for a in week_appointments(store, week_of(date.today()), with_conflicts=False)
                if a.kind == "talk_b"] or week_appointments(store, week_of(date.today()),
                                                            with_conflicts=False)
    view = window.cases.open_case(upcoming[0].case_id)
    view.side_tabs.setCurrentWidget(view.appointments.parentWidget())
    for row in range(view.appointments.count()):
        item = view.appointments.item(row)
        if item.data(256).id == upcoming[0].id:
            view.appointments.setCurrentRow(row)
    dialog = view.invite_dialog_for_selected(show=False)
    dialog.resize(1300, 860)
    dialog.show()
    dialog.refresh_preview()
    end = time.time() + 3
    while time.time() < end:  # Qt PDF renders pages in a thread
        app.processEvents()
        time.sleep(0.05)
    dialog.grab().save(str(out / "letter-dialog.png"))
    print("wrote", out / "letter-dialog.png")
    pdf = out / "letter.pdf"
    from desktop.documents.letters import service

    pdf.write_bytes(service.preview(store, dialog.request()))
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", str(pdf),
                    str(out / "letter")], check=True)
    pdf.unlink()
    print("wrote", out / "letter.png")
    dialog.close()


if __name__ == "__main__":
    main()
