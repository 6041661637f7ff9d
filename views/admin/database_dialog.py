"""Databaseserver instellen: for offices that outgrow one PC, Burenrust can use
a PostgreSQL server instead of the file in the data folder. The password goes to
the operating system's keyring; the rest to the settings file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.data import connection
from desktop.data.config import DATABASE_FILE
from desktop.data.errors import RuleViolation
from desktop.data.transfer import transfer_to_server
from views.errors import guarded
from views.manual import set_topic
from views.tasks import Runner


class DatabaseDialog(QDialog):
    def __init__(self, data_dir: Path, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_topic(self, "beheer#database")
        self.data_dir, self.runner = data_dir, runner
        self.setWindowTitle(self.tr("Databaseserver"))
        current = connection.configured_url(data_dir)
        self.host = QLineEdit(current.host if current and current.host else "localhost")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(current.port if current and current.port else 5432)
        self.database = QLineEdit(current.database if current and current.database
                                  else "burenrust")
        self.user = QLineEdit(current.username if current and current.username else "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("wordt bewaard in de sleutelbos van het "
                                                  "systeem"))
        self.move_data = QCheckBox(self.tr(
            "De gegevens van deze pc meenemen naar de server (die nog geen zaken mag hebben)"))
        self.move_data.setChecked((data_dir / DATABASE_FILE).is_file() and current is None)
        self.move_data.setEnabled((data_dir / DATABASE_FILE).is_file())
        self.state = QLabel()
        self.state.setWordWrap(True)
        intro = QLabel(self.tr(
            "Gebruikt u Burenrust op meer pc's tegelijk, dan kunnen de gegevens op een "
            "PostgreSQL-server staan. Een lege database wordt ingericht; de gegevens van deze pc "
            "kunnen mee. Het bestand op deze pc blijft zoals het is."))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Poort"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("Gebruiker"), self.user)
        form.addRow(self.tr("Wachtwoord"), self.password)
        self.test_button = QPushButton(self.tr("Verbinding testen"))
        self.save_button = QPushButton(self.tr("Deze server gebruiken"))
        self.local_button = QPushButton(self.tr("Het bestand op deze pc gebruiken"))
        self.local_button.setEnabled(current is not None)
        close = QPushButton(self.tr("Sluiten"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.local_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.move_data)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        self.test_button.clicked.connect(lambda _c=False: self.test())
        self.save_button.clicked.connect(lambda _c=False: self.save())
        self.local_button.clicked.connect(lambda _c=False: self.use_local())
        close.clicked.connect(self.reject)

    def url(self):
        return connection.server_url(self.host.text().strip(), self.port.value(),
                                     self.database.text().strip(), self.user.text().strip(),
                                     self.password.text())

    def test(self) -> None:
        url = self.url()
        self.state.setText(self.tr("Bezig met verbinden…"))
        self.test_button.setEnabled(False)

        def done(version: str) -> None:
            self.test_button.setEnabled(True)
            self.state.setText(self.tr("Verbonden met PostgreSQL %1.").replace("%1", version))

        def failed(exc: BaseException) -> None:
            self.test_button.setEnabled(True)
            self.state.setText(self.tr(
                "Geen verbinding. Controleer de server, de poort, de naam van de database, "
                "de gebruiker en het wachtwoord. (%1)").replace("%1", type(exc).__name__))

        self.runner.run(lambda: connection.check_connection(url), done, failed)

    def _restart_note(self) -> None:
        QMessageBox.information(self, self.tr("Databaseserver"), self.tr(
            "De instelling is bewaard. Start Burenrust opnieuw om hem te gebruiken."))

    def save(self) -> bool:
        if not self.host.text().strip() or not self.database.text().strip():
            self.state.setText(self.tr("Vul de server en de naam van de database in."))
            return False
        url = self.url()
        if not self.move_data.isChecked():
            return self._remember(url)
        self.state.setText(self.tr("Bezig met overzetten van de gegevens…"))
        self.save_button.setEnabled(False)

        def done(result) -> None:
            self.save_button.setEnabled(True)
            self.state.setText(self.tr("1 zaak overgezet.") if result.cases == 1 else
                               self.tr("%1 zaken overgezet.").replace("%1", str(result.cases)))
            self._remember(url)

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            if isinstance(exc, RuleViolation):
                self.state.setText(self.tr("Niets overgezet: de database op de server bevat al "
                                           "zaken.") if exc.code == "server_not_empty"
                                   else self.tr("Er is geen bestand om over te zetten."))
            else:
                self.state.setText(self.tr(
                    "Het overzetten lukte niet; er is niets veranderd. (%1)")
                    .replace("%1", type(exc).__name__))

        self.runner.run(lambda: transfer_to_server(
            self.data_dir, url), done, failed)
        return True

    def _remember(self, url) -> bool:
        ok, _none = guarded(self, lambda: connection.save_connection(self.data_dir, url))
        if ok:
            self._restart_note()
            self.accept()
        return bool(ok)

    def use_local(self) -> bool:
        ok, _none = guarded(self, lambda: connection.use_local_file(self.data_dir))
        if ok:
            self._restart_note()
            self.accept()
        return bool(ok)
