"""Back-ups under Beheer: where they go, when the last one was made, make one
now, show the recovery code, and restore a backup."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from desktop.data.backup import (
    backup_manifest,
    create_backup,
    key_for,
    list_backups,
    restore_backup,
)
from desktop.data.backup_key import (
    backup_key,
    key_file,
    key_from_recovery_code,
    key_place,
    recovery_code,
)
from desktop.data.config import Settings
from desktop.data.errors import RuleViolation
from desktop.data.store import Store
from views.errors import show_error
from views.i18n import format_datetime
from views.manual import set_topic
from views.tasks import Runner
from views.widgets import PathLabel

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
STALE_AFTER = timedelta(days=7)


def backup_message(code: str) -> str:
    return {
        "recovery_code_invalid": translate("Backups", "Deze herstelcode klopt niet."),
        "backup_key_wrong": translate(
            "Backups", "Deze back-up past niet bij de sleutel van deze pc (of het bestand is "
            "beschadigd)."),
        "backup_not_recognised": translate("Backups", "Dit is geen back-up van Burenrust."),
        "backup_damaged": translate(
            "Backups", "Deze back-up is beschadigd of onvolledig; er is niets veranderd."),
        "backup_unreadable": translate("Backups", "Het back-upbestand kan niet worden gelezen."),
        "backup_disk_full": translate(
            "Backups", "De schijf is vol; er is geen back-up gemaakt. Maak ruimte of kies een "
            "andere back-upmap."),
        "backup_folder_unwritable": translate(
            "Backups", "In de back-upmap kan niet worden geschreven (is de USB-stick "
            "aangesloten?); er is geen back-up gemaakt."),
        "backup_source_damaged": translate(
            "Backups", "De database is beschadigd. Daarvan wordt geen back-up gemaakt, zodat de "
            "goede back-ups blijven. Zet de laatste goede back-up terug."),
        "backup_no_database": translate("Backups", "Er is nog geen database om te bewaren."),
        "backup_key_not_kept": translate(
            "Backups", "De back-upsleutel kon nergens worden bewaard (niet in de sleutelbos en "
            "niet in de gegevensmap)."),
    }.get(code, code)


def key_place_text(data_dir: Path) -> str:
    """Where the backup key is kept, in a coordinator's words."""
    place = key_place(data_dir)
    if place == "file":
        return translate(
            "Backups", "in het bestand %1 in de gegevensmap, omdat de sleutelbos van het "
            "systeem op deze pc niet bereikbaar is").replace("%1", key_file(data_dir).name)
    if place == "keyring":
        return translate("Backups", "in de sleutelbos van het systeem")
    return translate("Backups", "nog niet gemaakt (dat gebeurt bij de eerste back-up)")


def key_file_explanation(data_dir: Path) -> str:
    return translate(
        "Backups", "De gegevens en de back-ups worden versleuteld. De sleutel daarvan hoort in "
        "de sleutelbos van het systeem, maar die is op deze pc niet bereikbaar. Daarom staat de "
        "sleutel nu in het bestand %1 in de gegevensmap van Burenrust, op deze pc en nooit bij "
        "de back-ups: wie een USB-stick met back-ups vindt, kan ze dus niet lezen. Wie de hele "
        "gegevensmap kopieert, neemt de sleutel wel mee: geef de pc een eigen wachtwoord en "
        "versleutel de schijf (BitLocker).\n\nDe herstelcode blijft dezelfde. Druk hem af "
        "(Beheer → Back-ups → Herstelcode afdrukken) en bewaar hem in de kluis."
    ).replace("%1", str(key_file(data_dir)))


def _moment(iso: str) -> str:
    """"2026-11-24T16:05:00" as "24-11-2026 16:05"; empty stays empty."""
    try:
        return format_datetime(datetime.fromisoformat(iso.replace(" ", "T")))
    except ValueError:
        return iso


def backup_warning(folder: Path, now: datetime | None = None) -> str | None:
    """What the main window should warn about, or None when backups are fine."""
    now = now or datetime.now()
    if not folder.is_dir():
        return translate("Backups", "De back-upmap %1 is niet bereikbaar.").replace(
            "%1", str(folder))
    backups = list_backups(folder)
    if not backups:
        return translate("Backups", "Er is nog geen back-up gemaakt.")
    if now - backups[0][0] > STALE_AFTER:
        return translate("Backups", "De laatste back-up is van %1.").replace(
            "%1", format_datetime(backups[0][0]))
    return None


class BackupBox(QGroupBox):
    made = Signal()  # a backup was made: the main window's warning can go

    def __init__(self, store: Store, data_dir: Path, runner: Runner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_topic(self, "backups")
        self.setTitle(self.tr("Back-ups"))
        self.store = store
        self.data_dir = data_dir
        self.runner = runner
        self.folder_label = PathLabel()
        self.last_label = QLabel()
        self.key_label = QLabel()
        self.key_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Map kiezen…"))
        self.backup_button = QPushButton(self.tr("Nu een back-up maken"))
        self.code_button = QPushButton(self.tr("Herstelcode tonen…"))
        self.print_code_button = QPushButton(self.tr("Herstelcode afdrukken…"))
        self.restore_button = QPushButton(self.tr("Back-up terugzetten…"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.choose_button)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.code_button, self.print_code_button,
                       self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("Map"), folder_row)
        form.addRow(self.tr("Laatste"), self.last_label)
        form.addRow(self.tr("Sleutel"), self.key_label)
        form.addRow(buttons)
        self.choose_button.clicked.connect(lambda _c=False: self.choose_folder())
        self.backup_button.clicked.connect(lambda _c=False: self.backup_now())
        self.code_button.clicked.connect(lambda _c=False: self.show_code())
        self.print_code_button.clicked.connect(lambda _c=False: self.print_code())
        self.restore_button.clicked.connect(lambda _c=False: self.ask_restore())
        self.refresh()

    def folder(self) -> Path:
        return Settings.load(self.data_dir).backup_folder(self.data_dir)

    def refresh(self) -> None:
        folder = self.folder()
        self.folder_label.set_path(str(folder))
        backups = list_backups(folder)
        self.last_label.setText(format_datetime(backups[0][0]) if backups
                                else self.tr("nog geen back-up"))
        self.key_label.setText(key_place_text(self.data_dir))

    def choose_folder(self, path: str | None = None) -> None:
        if path is None:
            path = QFileDialog.getExistingDirectory(
                self, self.tr("Map voor back-ups (bijvoorbeeld een USB-stick)"),
                str(self.folder()))
            if not path:
                return
        settings = Settings.load(self.data_dir)
        settings.backup_dir = path
        settings.save(self.data_dir)
        self.refresh()

    def backup_now(self) -> None:
        self.backup_button.setEnabled(False)
        folder = self.folder()

        def done(_path) -> None:
            self.backup_button.setEnabled(True)
            self.refresh()
            self.made.emit()

        def failed(exc: BaseException) -> None:
            self.backup_button.setEnabled(True)
            self._show_failure(exc)

        self.runner.run(lambda: create_backup(self.data_dir, folder), done, failed)

    def _show_failure(self, exc: BaseException) -> None:
        if isinstance(exc, RuleViolation):
            QMessageBox.warning(self, self.tr("Back-ups"), backup_message(exc.code))
        else:
            show_error(self, exc)

    def show_code(self) -> str | None:
        try:
            code = recovery_code(backup_key(self.data_dir))
        except RuleViolation as exc:
            self._show_failure(exc)
            return None
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Herstelcode"))
        box.setText(self.tr(
            "Schrijf deze code op of druk hem af en bewaar hem in de kluis. Met deze code "
            "zet u een back-up terug op een nieuwe pc. Wie de code heeft, kan de back-ups "
            "lezen."))
        box.setInformativeText(code)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        copy = box.addButton(self.tr("Kopiëren"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is copy:
            QGuiApplication.clipboard().setText(code)
        return code

    def print_code(self):
        """The recovery code on one page, shown to print (or save) for the safe."""
        from desktop.documents.organisation import get_organisation
        from desktop.documents.recovery_sheet import recovery_sheet_pdf
        from views.documents.pdf_viewer import PdfViewerDialog

        try:
            code = recovery_code(backup_key(self.data_dir))
            pdf = recovery_sheet_pdf(code, get_organisation(self.store).name)
        except RuleViolation as exc:
            self._show_failure(exc)
            return None
        dialog = PdfViewerDialog(pdf, self.tr("Herstelcode"), "herstelcode-burenrust.pdf", self)
        dialog.open()
        return dialog

    def ask_restore(self, path: str | None = None, code: str | None = None,
                    confirmed: bool = False) -> bool:
        """Restore a backup. On a new PC the key is not in the keyring yet: then the
        recovery code from the safe is asked for (and kept for later backups).
        confirmed: the coordinator already said yes to this backup."""
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Back-up terugzetten"), str(self.folder()),
                self.tr("Back-up van Burenrust (*.burenrust-backup)"))
            if not path:
                return False
        try:
            key = key_for(Path(path), self.data_dir)
            manifest = backup_manifest(Path(path), key) if key is not None else None
        except RuleViolation as exc:
            if exc.code != "backup_key_wrong":
                self._show_failure(exc)
                return False
            manifest = None
        if manifest is None:  # another PC's backup: its recovery code opens it
            if code is None:
                code, accepted = QInputDialog.getText(
                    self, self.tr("Back-up terugzetten"),
                    self.tr("Deze back-up is op een andere pc gemaakt. Typ de herstelcode "
                            "(van het blad uit de kluis):"))
                if not accepted:
                    return False
            try:
                key = key_from_recovery_code(code)
                manifest = backup_manifest(Path(path), key)
            except RuleViolation as exc:
                self._show_failure(exc)
                return False
        answer = QMessageBox.StandardButton.Yes if confirmed else QMessageBox.question(
            self, self.tr("Back-up terugzetten"),
            self.tr("Back-up van %1 terugzetten?\n\nZaken: %2 · documenten: %3 · laatste "
                    "wijziging: %4\n\nWat er nu staat, wordt eerst apart bewaard. Daarna sluit "
                    "Burenrust; start het programma opnieuw.")
            .replace("%1", _moment(manifest.created_at)).replace("%2", str(manifest.cases))
            .replace("%3", str(manifest.documents))
            .replace("%4", _moment(manifest.last_change) or "–"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.runner.wait()
        self.store.engine.dispose()  # no connection may hold the file while it is replaced
        try:
            restore_backup(Path(path), self.data_dir, key)  # keeps the key for later backups
            self.store.file_replaced()
            self.store.checked(True)  # a damaged file has been replaced by a sound one
            self.store.record_event("restore", "backup", made_at=manifest.created_at,
                                    cases=manifest.cases)
        except Exception as exc:
            self._show_failure(exc)
            return False
        log.info("backup restored; closing for a fresh start")
        QMessageBox.information(self, self.tr("Back-up terugzetten"), self.tr(
            "De back-up is teruggezet. Burenrust sluit nu; start het opnieuw."))
        app = QApplication.instance()
        if app is not None:
            app.setProperty("burenrust_restored", True)
            for window in app.topLevelWidgets():
                if hasattr(window, "skip_close_checks"):
                    window.skip_close_checks = True
            app.quit()
        return True
