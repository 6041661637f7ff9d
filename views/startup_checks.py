"""Checks at start-up: a damaged database is explained and the latest backup
offered; once a week a full integrity check runs in the background."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from desktop.data.config import Settings

log = logging.getLogger(__name__)


def offer_restore_when_damaged(data_dir) -> bool:
    """A damaged database is never written over: explain, and offer the latest
    backup (the damaged file is kept aside first). True when restored."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.data.backup import key_for, list_backups, restore_backup
    from desktop.data.config import DATABASE_FILE
    from desktop.data.integrity import check_database, is_damaged
    from views.i18n import format_datetime

    if not is_damaged(check_database(data_dir / DATABASE_FILE, quick=True)):
        return False
    backups = list_backups(Settings.load(data_dir).backup_folder(data_dir))
    if not backups:
        QMessageBox.critical(None, "Burenrust", QCoreApplication.translate(
            "Startup", "Het databasebestand is beschadigd en er is geen back-up gevonden. Er "
            "is niets overschreven. Neem contact op met wie u helpt met de computer."))
        return False
    stamp, path = backups[0]
    answer = QMessageBox.question(None, "Burenrust", QCoreApplication.translate(
        "Startup", "Het databasebestand is beschadigd. Er is niets overschreven. De laatste "
        "back-up is van %1. Die terugzetten? Het beschadigde bestand wordt apart bewaard.")
        .replace("%1", format_datetime(stamp)))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        key = key_for(path, data_dir) or _key_from_typed_code()
        if key is None:
            return False
        restore_backup(path, data_dir, key)
    except Exception:
        log.exception("restoring the latest backup failed")
        return False
    log.info("latest backup restored after damage")
    return True


def explain_damage_found_at_start(window, data_dir) -> bool:
    """The start-up check found the file damaged (nothing has been written to it):
    say so, and offer the latest backup through Beheer's restore. True when restored."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.data.backup import list_backups
    from views.i18n import format_datetime

    log.warning("database damaged at start; writes refused")
    backups = list_backups(Settings.load(data_dir).backup_folder(data_dir))
    if not backups:
        QMessageBox.critical(window, "Burenrust", QCoreApplication.translate(
            "Startup", "Het databasebestand is beschadigd. Er wordt niets meer in opgeslagen, "
            "zodat het niet erger wordt, en er is geen back-up gevonden. Neem contact op met "
            "wie u helpt met de computer."))
        return False
    stamp, path = backups[0]
    answer = QMessageBox.question(window, "Burenrust", QCoreApplication.translate(
        "Startup", "Het databasebestand is beschadigd. Er wordt niets meer in opgeslagen, zodat "
        "het niet erger wordt. De laatste goede back-up is van %1. Die terugzetten? Het "
        "beschadigde bestand wordt apart bewaard.").replace("%1", format_datetime(stamp)))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    return window.admin.backups.ask_restore(str(path), confirmed=True)


def _key_from_typed_code() -> bytes | None:
    """The backup was made with a key this PC does not keep: the recovery code opens it."""
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from desktop.data.backup_key import key_from_recovery_code
    from desktop.data.errors import RuleViolation

    while True:
        code, accepted = QInputDialog.getText(None, "Burenrust", QCoreApplication.translate(
            "Startup", "Deze back-up is met een sleutel gemaakt die niet op deze pc staat. Typ "
            "de herstelcode (van het blad uit de kluis):"))
        if not accepted:
            return None
        try:
            return key_from_recovery_code(code)
        except RuleViolation:
            QMessageBox.warning(None, "Burenrust", QCoreApplication.translate(
                "Startup", "Deze herstelcode klopt niet. Controleer de letters en cijfers."))


def ask_recovery_code_for_file(data_dir, code: str | None = None) -> bool:
    """The file is encrypted and this PC does not keep its key (the data folder came
    from another PC, or the keyring was emptied): the recovery code opens it, and its
    key is kept from then on. True when a code that fits was typed."""
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from desktop.data.encryption.unlock import use_recovery_code
    from desktop.data.errors import RuleViolation

    while True:
        if code is None:
            code, accepted = QInputDialog.getText(None, "Burenrust", QCoreApplication.translate(
                "Startup", "De gegevens in deze map zijn versleuteld, en de sleutel staat niet "
                "op deze pc (de map komt van een andere pc). Typ de herstelcode van het blad "
                "uit de kluis:"))
            if not accepted:
                return False
        try:
            use_recovery_code(data_dir, code)
            return True
        except RuleViolation as exc:
            QMessageBox.warning(None, "Burenrust", QCoreApplication.translate(
                "Startup", "Deze herstelcode hoort niet bij deze gegevens. Misschien is het de "
                "code van een andere organisatie of van een oudere sleutel.")
                if exc.code == "recovery_code_not_this_file" else QCoreApplication.translate(
                "Startup", "Deze herstelcode klopt niet. Controleer de letters en cijfers."))
            code = None


def schedule_weekly_check(window, data_dir) -> None:
    """A full integrity check once a week, in the background."""
    from datetime import date, timedelta

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from desktop.data.config import DATABASE_FILE
    from desktop.data.integrity import check_database

    settings = Settings.load(data_dir)
    if settings.last_check and date.fromisoformat(settings.last_check) > (
            date.today() - timedelta(days=7)):
        return

    def done(findings) -> None:
        fresh = Settings.load(data_dir)
        fresh.last_check = date.today().isoformat()
        fresh.save(data_dir)
        if findings:
            log.warning("weekly check found: %s", ", ".join(f.code for f in findings))
            QMessageBox.warning(window, "Burenrust", QCoreApplication.translate(
                "Startup", "De wekelijkse controle vond iets wat niet klopt in de gegevens. "
                "Maak een back-up en vraag hulp; details staan in het logbestand."))

    QTimer.singleShot(10_000, lambda: window.runner.run(
        lambda: check_database(data_dir / DATABASE_FILE), done, lambda _exc: None))


def explain_server_unreachable(server) -> None:
    """The PostgreSQL server cannot be reached: say so plainly, with what to try."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(
        None, "Burenrust",
        QCoreApplication.translate("StartupChecks",
                  "Burenrust kan de databaseserver %1 niet bereiken. Controleer of de pc met "
                  "het netwerk verbonden is en of de server aan staat, en probeer het opnieuw. "
                  "Wie beheert de server, kan in het logbestand zien wat er misging.")
        .replace("%1", f"{server.host or 'localhost'}/{server.database or ''}"))
