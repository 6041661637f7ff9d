"""Render the screenshots of every page from a fresh demo database, in a window on a
1366×768 screen (offscreen): full size into docs/ (for the README), and scaled to the
width of the help window into resources/manual/img/ (the manual's pictures).

    .venv/bin/python docs/make_screenshots.py      # needs pdftoppm for docs/letter.png

Run it after changing a screen, and look at the results before committing them."""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
MANUAL_IMAGES = ROOT / "resources" / "manual" / "img"
SCREEN = (1366, 768)
MANUAL_WIDTH = 620  # the width the manual's <img> tags use


def use_screen() -> Path:
    """Qt's offscreen platform with one 1366×768 screen. The configuration is named
    relative to the working folder: a Windows path's drive colon would end the
    platform's argument list."""
    folder = Path(tempfile.mkdtemp(prefix="burenrust-shots-"))
    (folder / "screen.json").write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": SCREEN[0], "height": SCREEN[1],
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    os.chdir(folder)
    os.environ["QT_QPA_PLATFORM"] = "offscreen:configfile=screen.json"
    return folder


def main() -> None:
    folder = use_screen()
    sys.path.insert(0, str(ROOT))
    import keyring
    from keyring.backends import fail
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    keyring.set_keyring(fail.Keyring())  # the backup key goes into a file: no OS keyring
    for kind in ("information", "warning", "critical"):  # a modal box would wait forever
        setattr(QMessageBox, kind, staticmethod(lambda *a, **k: None))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))

    from desktop.data.store import Store
    from desktop.demo import generator
    from views.i18n import install_translators
    from views.main_window import MainWindow
    from views.tasks import SyncRunner

    app = QApplication([])
    install_translators(app, "nl")
    data_dir = folder / "data"
    store = Store.open(data_dir, user="coordinator")
    generator.generate(store, cases=600, seed=11)
    window = MainWindow(store, data_dir, runner=SyncRunner())
    window.showMaximized()
    MANUAL_IMAGES.mkdir(parents=True, exist_ok=True)

    def settle(seconds: float = 0.3) -> None:
        end = time.time() + seconds
        while time.time() < end:  # Qt PDF renders pages in a thread
            app.processEvents()
            time.sleep(0.02)

    def shot(manual: str | None, docs: str | None, widget=None) -> None:
        settle()
        image = (widget or window).grab().toImage()
        if docs:
            image.save(str(DOCS / f"{docs}.png"))
            print("wrote", DOCS / f"{docs}.png")
        if manual:
            from PySide6.QtCore import Qt

            small = image.scaledToWidth(MANUAL_WIDTH, Qt.TransformationMode.SmoothTransformation)
            small.save(str(MANUAL_IMAGES / f"{manual}.png"))
            print("wrote", MANUAL_IMAGES / f"{manual}.png")

    steps: list[tuple[str, Callable[[], None]]] = [
        ("zakenlijst", lambda: case_list(window, shot)),
        ("nieuwe zaak", lambda: new_case(window, shot)),
        ("zaak", lambda: a_case(window, store, shot)),
        ("pagina's", lambda: pages(window, shot)),
        ("brieven", lambda: letters(window, store, shot, settle)),
        ("privacy", lambda: privacy(window, shot)),
        ("e-mail", lambda: mail(window, store, data_dir, shot)),
        ("vrijwilligerszorg", lambda: volunteer_care(window, store, shot)),
        ("dubbele personen", lambda: duplicates(window, shot)),
        ("gegevens aanvullen", lambda: data_quality(window, shot)),
    ]
    for _name, step in steps:
        step()
    store.close()


def case_list(window, shot) -> None:
    shot("zaken", "case-list")
    window.cases.case_list.search.setText("assendorper")
    shot(None, "search")
    window.cases.case_list.search.clear()


def new_case(window, shot) -> None:
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
    shot("nieuwe-zaak", "new-case")
    window.cases.tabs.removeTab(window.cases.tabs.indexOf(form))


def a_case(window, store, shot) -> None:
    from datetime import datetime, timedelta

    from desktop.agenda.appointments import week_appointments, week_of

    now = datetime.now()
    week = week_appointments(store, week_of(date.today()), with_conflicts=False) + (
        week_appointments(store, week_of(date.today() + timedelta(days=7)),
                          with_conflicts=False))
    upcoming = [a for a in week if a.starts_at > now]
    upcoming.sort(key=lambda a: (a.kind != "talk_b", a.starts_at))
    view = window.cases.open_case(upcoming[0].case_id)
    view.appointments_tab.select(upcoming[0].id)
    shot("zaak", "case")
    view.show_tab(view.appointments_tab)
    view.appointments_tab.select(upcoming[0].id)
    shot("afspraken", "appointments")


def pages(window, shot) -> None:
    window.nav.setCurrentRow(1)
    window.mediators.table.selectRow(2)
    shot("bemiddelaars", "mediators")
    window.nav.setCurrentRow(2)
    shot("agenda", "agenda")
    window.nav.setCurrentRow(3)
    window.partners.list.selectRow(0)
    shot("partners", "partners")
    window.nav.setCurrentRow(4)
    window.signals.level.setCurrentIndex(window.signals.level.findData("address"))
    window.signals.table.selectRow(0)
    shot("signalen", "signals")
    window.nav.setCurrentRow(6)
    window.figures.year.setValue(date.today().year - 1)
    shot("cijfers", "figures")
    window.nav.setCurrentRow(7)
    shot("beheer", "admin")


def letters(window, store, shot, settle) -> None:
    """The letter dialog on a case with an appointment, and the letter itself as a page."""
    import subprocess

    from desktop.documents.letters import service

    window.nav.setCurrentRow(0)
    view = window.cases.tabs.currentWidget()
    while not hasattr(view, "appointments_tab"):
        window.cases.tabs.setCurrentIndex(window.cases.tabs.count() - 1)
        view = window.cases.tabs.currentWidget()
    dialog = view.appointments_tab.invite_dialog_for_selected(show=False)
    dialog.show()
    dialog.refresh_preview()
    settle(3)
    shot("brief-maken", "letter-dialog", dialog)
    pdf = DOCS / "letter.pdf"
    pdf.write_bytes(service.preview(store, dialog.request()))
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", str(pdf),
                    str(DOCS / "letter")], check=True)
    pdf.unlink()
    print("wrote", DOCS / "letter.png")
    dialog.close()


def privacy(window, shot) -> None:
    window.nav.setCurrentRow(7)
    dialog = window.admin.privacy_dialog()
    dialog.show()
    shot("privacy", "privacy", dialog)
    dialog.close()


def mail(window, store, data_dir, shot) -> None:
    """Beheer → E-mail filled in, and an outbox with what a server that was away left."""
    import socket
    from dataclasses import replace
    from datetime import datetime, timedelta

    from sqlalchemy import update

    from desktop.mail import settings as mail_settings
    from desktop.mail.due import plan
    from desktop.mail.outbox import send_queued
    from models import OutboxMessage

    settings = mail_settings.save(data_dir, mail_settings.MailSettings(
        host="smtp.buurtbemiddeling-voorbeeldstad.nl", port=587, security="starttls",
        user="bureau@buurtbemiddeling-voorbeeldstad.nl", sender_name="Buurtbemiddeling "
        "Voorbeeldstad", sender_address="bureau@buurtbemiddeling-voorbeeldstad.nl",
        reply_to="coordinator@buurtbemiddeling-voorbeeldstad.nl"))
    now = datetime.now().replace(microsecond=0)
    plan(store, replace(settings, reminder_days=0), now)
    with socket.socket() as probe:  # a port nobody listens on: the server is "away"
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    send_queued(store, replace(settings, host="127.0.0.1", port=port), "", now)
    with store.unit() as session:  # one address refused for good, one uncertain
        ids = list(session.scalars(OutboxMessage.__table__.select().with_only_columns(
            OutboxMessage.id).limit(2)))
        if len(ids) == 2:
            session.execute(update(OutboxMessage).where(OutboxMessage.id == ids[0]).values(
                state="failed", last_error="recipient_refused", next_attempt_at=None))
            session.execute(update(OutboxMessage).where(OutboxMessage.id == ids[1]).values(
                state="uncertain", last_error="no_answer", next_attempt_at=None))
        session.execute(update(OutboxMessage).where(OutboxMessage.state == "queued").values(
            next_attempt_at=now + timedelta(minutes=5)))
    window.nav.setCurrentRow(7)
    dialog = window.admin.mail_dialog()
    dialog.show()
    shot("e-mail", "mail", dialog)
    dialog.close()
    outbox = window.admin.outbox_dialog()
    outbox.show()
    shot("postvak-uit", "outbox", outbox)
    outbox.close()


def volunteer_care(window, store, shot) -> None:
    """Te doen with the demo's spread, a week with intervisie, a mediator whose VOG
    expired, an expense line being typed, and the month's claims."""
    from datetime import timedelta

    from desktop.volunteers.claims import claims_for
    from desktop.volunteers.due import mediators_due
    from desktop.volunteers.meetings import meetings_between
    from views.mediators.claims_dialog import ClaimsDialog
    from views.mediators.expenses_dialog import ExpenseLineDialog
    from views.tasks import SyncRunner

    today = date.today()
    with store.read() as session:
        coming = meetings_between(session, today, today + timedelta(days=42))
    window.nav.setCurrentRow(2)
    if coming:
        window.agenda.go_to(coming[0].starts_at.date())
    shot("vrijwilligerszorg", "volunteer-care")
    window.agenda.go_to(today)
    expired = [r for r in mediators_due(store) if r.kind == "vog" and r.detail == "expired"]
    if expired:
        window.open_mediator(expired[0].mediator_id)
        shot(None, "mediators-care")
    claims = claims_for(store, today.year, today.month)
    if claims:
        line = ExpenseLineDialog(store, claims[0].mediator_id)
        line.edits["minutes"].setText("2:30")
        line.edits["km"].setText("12,5")
        line.edits["allowance"].setText("15")
        line.edits["other"].setText("4,5x")
        line.show()
        shot("uren-en-kosten", None, line)
        line.close()
    dialog = ClaimsDialog(store, SyncRunner())
    dialog.show()
    shot(None, "claims", dialog)
    dialog.close()


def duplicates(window, shot) -> None:
    window.nav.setCurrentRow(7)
    dialog = window.admin.duplicates_dialog()
    dialog.show()
    dialog.list.selectRow(min(1, dialog.list.rowCount() - 1))
    shot("dubbele-personen", "duplicates", dialog)
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("address"))
    dialog.list.selectRow(0)
    shot(None, "duplicate-addresses", dialog)
    dialog.close()


def data_quality(window, shot) -> None:
    window.nav.setCurrentRow(7)
    dialog = window.admin.data_quality_dialog()
    dialog.show()
    shot("gegevens-aanvullen", "data-quality", dialog)
    dialog.close()


if __name__ == "__main__":
    main()
