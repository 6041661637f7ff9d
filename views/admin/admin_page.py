"""Beheer: categories, language, and where the data and the log live."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.data.config import Settings
from desktop.data.store import Store
from views.admin.backup_box import BackupBox
from views.admin.categories_editor import CategoriesEditor
from views.admin.database_dialog import DatabaseDialog
from views.admin.import_dialog import ImportDialog
from views.admin.organisation_dialog import OrganisationDialog
from views.admin.rooms_editor import RoomsEditor
from views.admin.templates_dialog import TemplatesDialog
from views.i18n import LANGUAGES
from views.manual import set_topic
from views.tasks import Runner
from views.widgets import PathLabel, style_title


class AdminPage(QWidget):
    cases_imported = Signal(int)
    privacy_changed = Signal()  # retention applied or a request handled
    mail_changed = Signal()  # mail settings saved, or the outbox handled
    access_changed = Signal()  # sign-in switched, the idle time or a user changed
    open_case = Signal(int)  # from Gegevens aanvullen
    open_mediator = Signal(int)
    open_privacy = Signal()

    def __init__(self, store: Store, data_dir: Path, runner: Runner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_topic(self, "beheer")
        self.store = store
        self.data_dir = data_dir
        title = QLabel(self.tr("Beheer"))
        style_title(title)

        categories = QTabWidget()
        self.editors = {
            "conflict_types": CategoriesEditor(store, "conflict_types"),
            "referrer_kinds": CategoriesEditor(store, "referrer_kinds"),
            "case_results": CategoriesEditor(store, "case_results"),
            "closing_reasons": CategoriesEditor(store, "closing_reasons"),
            "incident_kinds": CategoriesEditor(store, "incident_kinds"),
        }
        categories.addTab(self.editors["conflict_types"], self.tr("Soorten conflict"))
        categories.addTab(self.editors["referrer_kinds"], self.tr("Soorten verwijzer"))
        categories.addTab(self.editors["case_results"], self.tr("Resultaten"))
        categories.addTab(self.editors["closing_reasons"], self.tr("Redenen geen bemiddeling"))
        categories.addTab(self.editors["incident_kinds"], self.tr("Soorten incident"))
        self.rooms = RoomsEditor(store)
        categories.addTab(self.rooms, self.tr("Ruimtes"))
        categories_box = QGroupBox(self.tr("Categorieën"))
        QVBoxLayout(categories_box).addWidget(categories)

        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        settings = Settings.load(data_dir)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        self.language.currentIndexChanged.connect(self._language_changed)
        folder = PathLabel(str(data_dir))
        open_folder = QPushButton(self.tr("Map openen"))
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir)))
        )
        folder_row = QHBoxLayout()
        folder_row.addWidget(folder, 1)
        folder_row.addWidget(open_folder)
        program_box = QGroupBox(self.tr("Programma"))
        form = QFormLayout(program_box)
        form.addRow(self.tr("Taal"), self.language)
        form.addRow(self.tr("Gegevensmap"), folder_row)
        self.user_label = QLabel()
        self.users_button = QPushButton(self.tr("Gebruikers en aanmelden…"))
        self.users_button.clicked.connect(lambda _c=False: self.users_dialog().open())
        user_row = QHBoxLayout()
        user_row.addWidget(self.user_label, 1)
        user_row.addWidget(self.users_button)
        form.addRow(self.tr("Gebruiker"), user_row)
        self._show_user()
        server = Settings.load(data_dir).database_url
        self.database_label = QLabel(
            self.tr("PostgreSQL-server: %1").replace("%1", server.split("@")[-1]) if server
            else self.tr("Het bestand in de gegevensmap (SQLite)"))
        self.database_button = QPushButton(self.tr("Databaseserver…"))
        self.database_button.clicked.connect(lambda _c=False: self.database_dialog().open())
        database_row = QHBoxLayout()
        database_row.addWidget(self.database_label, 1)
        database_row.addWidget(self.database_button)
        form.addRow(self.tr("Database"), database_row)
        self.import_button = QPushButton(self.tr("Zakenlijst importeren (Excel of CSV)…"))
        self.import_button.clicked.connect(lambda _c=False: self.import_cases())
        form.addRow(self.tr("Overzetten"), self.import_button)

        letters_box = QGroupBox(self.tr("Brieven"))
        self.organisation_button = QPushButton(self.tr("Organisatie en briefpapier…"))
        self.templates_button = QPushButton(self.tr("Briefteksten…"))
        self.organisation_button.clicked.connect(
            lambda _c=False: self.organisation_dialog().open())
        self.templates_button.clicked.connect(lambda _c=False: self.templates_dialog().open())
        letters_row = QHBoxLayout(letters_box)
        letters_row.addWidget(self.organisation_button)
        letters_row.addWidget(self.templates_button)
        letters_row.addStretch(1)
        privacy_box = QGroupBox(self.tr("Privacy"))
        self.privacy_button = QPushButton(self.tr("Bewaartermijn en verzoeken…"))
        self.privacy_button.clicked.connect(lambda _c=False: self.privacy_dialog().open())
        self.duplicates_button = QPushButton(self.tr("Dubbele personen…"))
        self.duplicates_button.clicked.connect(lambda _c=False: self.duplicates_dialog().open())
        self.gaps_button = QPushButton(self.tr("Gegevens aanvullen…"))
        self.gaps_button.setToolTip(self.tr(
            "Wat onvolledig is: adressen zonder postcode, zaken zonder resultaat, stille zaken, "
            "bemiddelaars zonder beschikbaarheid"))
        self.gaps_button.clicked.connect(lambda _c=False: self.data_quality_dialog().open())
        privacy_row = QHBoxLayout(privacy_box)
        privacy_row.addWidget(self.privacy_button)
        privacy_row.addWidget(self.duplicates_button)
        privacy_row.addWidget(self.gaps_button)
        privacy_row.addStretch(1)
        mail_box = QGroupBox(self.tr("E-mail"))
        self.mail_button = QPushButton(self.tr("E-mail instellen…"))
        self.outbox_button = QPushButton(self.tr("Postvak uit…"))
        self.mail_button.clicked.connect(lambda _c=False: self.mail_dialog().open())
        self.outbox_button.clicked.connect(lambda _c=False: self.outbox_dialog().open())
        mail_row = QHBoxLayout(mail_box)
        mail_row.addWidget(self.mail_button)
        mail_row.addWidget(self.outbox_button)
        mail_row.addStretch(1)
        care_box = QGroupBox(self.tr("Vrijwilligers"))
        self.care_button = QPushButton(self.tr("Vrijwilligerszorg…"))
        self.care_button.setToolTip(self.tr(
            "VOG-termijn, trainingen, intervisie, kilometervergoeding en belastingvrije grenzen"))
        self.care_button.clicked.connect(lambda _c=False: self.care_dialog().open())
        care_row = QHBoxLayout(care_box)
        care_row.addWidget(self.care_button)
        care_row.addStretch(1)
        # Two by two: four side by side do not fit a small screen at 125 %.
        boxes = QGridLayout()
        boxes.addWidget(letters_box, 0, 0)
        boxes.addWidget(mail_box, 0, 1)
        boxes.addWidget(privacy_box, 1, 0)
        boxes.addWidget(care_box, 1, 1)

        self.runner = runner or Runner(self)
        self.backups = BackupBox(store, data_dir, self.runner)
        if server:  # the file backups are about the SQLite file; a server has its own
            self.backups.setEnabled(False)
            self.backups.setToolTip(self.tr(
                "De gegevens staan op een PostgreSQL-server; back-ups daarvan maakt de "
                "beheerder van de server."))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(categories_box, 1)
        layout.addLayout(boxes)
        layout.addWidget(self.backups)
        layout.addWidget(program_box)

    def _show_user(self) -> None:
        from desktop.access.users import access_settings
        from views.admin.users_dialog import role_label

        state = (self.tr("aanmelden aan") if access_settings(self.store).sign_in_required
                 else self.tr("zonder aanmelden"))
        self.user_label.setText(f"{self.store.user} ({role_label(self.store.role)}) · {state}")

    def users_dialog(self):
        from views.admin.users_dialog import UsersDialog

        dialog = UsersDialog(self.store, self)
        dialog.changed.connect(self._show_user)
        dialog.changed.connect(self.access_changed)
        return dialog

    def duplicates_dialog(self):
        from views.admin.duplicates_dialog import DuplicatesDialog

        return DuplicatesDialog(self.store, self.runner, self)

    def data_quality_dialog(self):
        from views.admin.data_quality_dialog import DataQualityDialog

        dialog = DataQualityDialog(self.store, self.runner, self)
        dialog.open_case.connect(self.open_case)
        dialog.open_mediator.connect(self.open_mediator)
        dialog.open_privacy.connect(self.open_privacy)
        return dialog

    def care_dialog(self):
        from views.admin.care_settings_dialog import CareSettingsDialog

        return CareSettingsDialog(self.store, self)

    def organisation_dialog(self, first_run: bool = False) -> OrganisationDialog:
        return OrganisationDialog(self.store, first_run, self)

    def mail_dialog(self):
        from views.mail.mail_dialog import MailDialog

        dialog = MailDialog(self.data_dir, self.runner, self)
        dialog.accepted.connect(self.mail_changed)
        return dialog

    def outbox_dialog(self):
        from views.mail.outbox_dialog import OutboxDialog

        dialog = OutboxDialog(self.store, self.data_dir, self.runner, self)
        dialog.changed.connect(self.mail_changed)
        return dialog

    def database_dialog(self) -> DatabaseDialog:
        return DatabaseDialog(self.data_dir, self.runner, self)

    def privacy_dialog(self):
        from views.privacy.privacy_dialog import PrivacyDialog

        dialog = PrivacyDialog(self.store, self.runner, self)
        dialog.changed.connect(self.privacy_changed)
        return dialog

    def templates_dialog(self) -> TemplatesDialog:
        return TemplatesDialog(self.store, self.runner, self)

    def import_dialog(self, path: Path) -> ImportDialog:
        dialog = ImportDialog(self.store, path, self.runner, self)
        dialog.imported.connect(self.cases_imported)
        return dialog

    def import_cases(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Zakenlijst importeren"), "",
            self.tr("Excel of CSV (*.xlsx *.csv *.txt)"))
        if path:
            self.import_dialog(Path(path)).exec()

    def _language_changed(self) -> None:
        settings = Settings.load(self.data_dir)
        settings.language = self.language.currentData()
        settings.save(self.data_dir)
        QMessageBox.information(
            self,
            self.tr("Taal"),
            self.tr("De nieuwe taal wordt gebruikt zodra u Burenrust opnieuw start."),
        )
