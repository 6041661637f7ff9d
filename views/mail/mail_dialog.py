"""Beheer → E-mail: the office's outgoing mail server (or the office's own mail
program), what is sent, and Verbinding testen with a Dutch explanation."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.mail import settings as mail_settings
from desktop.mail.settings import MailSettings
from desktop.mail.transport import MailError, check_connection
from views.errors import show_error
from views.manual import set_topic
from views.messages import field_message, mail_error_text
from views.screen_fit import fit_to_screen
from views.tasks import Runner
from views.widgets import FieldBox


class MailDialog(QDialog):
    def __init__(self, data_dir: Path, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_topic(self, "beheer#e-mail")
        self.data_dir, self.runner = data_dir, runner
        self.setWindowTitle(self.tr("E-mail"))
        fit_to_screen(self, (720, 600), "mail_dialog")
        current = mail_settings.load(data_dir)
        self._loaded = current

        self.by_server = QRadioButton(self.tr("Burenrust verstuurt zelf, via de mailserver "
                                              "van het bureau"))
        self.by_program = QRadioButton(self.tr(
            "Opstellen in mijn mailprogramma (Outlook, Thunderbird…): ik verstuur zelf"))
        group = QButtonGroup(self)
        group.addButton(self.by_server)
        group.addButton(self.by_program)
        (self.by_program if current.method == "mail_program" else self.by_server).setChecked(True)

        self.host = QLineEdit(current.host)
        self.host.setPlaceholderText("smtp.office365.com")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(current.port)
        self.security = QComboBox()
        for code, label in (("starttls", self.tr("STARTTLS (meestal poort 587)")),
                            ("ssl", self.tr("SSL/TLS (meestal poort 465)")),
                            ("none", self.tr("Geen (alleen binnen het eigen netwerk)"))):
            self.security.addItem(label, code)
        self.security.setCurrentIndex(max(self.security.findData(current.security), 0))
        self.user = QLineEdit(current.user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("wordt bewaard in de sleutelbos van het systeem"))
        if current.user:  # a locked keyring can take seconds to answer: not on this thread
            self.runner.run(lambda: bool(mail_settings.password(data_dir, current)),
                            self._show_kept, lambda _exc: None)
        self.sender_name = QLineEdit(current.sender_name)
        self.sender_name.setPlaceholderText(self.tr("Buurtbemiddeling Zwolle"))
        self.sender_address = QLineEdit(current.sender_address)
        self.sender_address.setPlaceholderText("bureau@buurtbemiddeling.nl")
        self.reply_to = QLineEdit(current.reply_to)
        self.reply_to.setPlaceholderText(self.tr("leeg: het afzenderadres"))
        for edit, limit in ((self.host, 253), (self.user, 254), (self.password, 500),
                            (self.sender_name, 120), (self.sender_address, 254),
                            (self.reply_to, 254)):
            edit.setMaxLength(limit)
        self.boxes = {name: FieldBox(edit) for name, edit in (
            ("host", self.host), ("sender_address", self.sender_address),
            ("reply_to", self.reply_to))}

        server_box = QGroupBox(self.tr("Uitgaande mailserver (SMTP)"))
        server_form = QFormLayout(server_box)
        server_form.addRow(self.tr("Server"), self.boxes["host"])
        port_row = QHBoxLayout()
        port_row.addWidget(self.port)
        port_row.addWidget(self.security, 1)
        server_form.addRow(self.tr("Poort en beveiliging"), port_row)
        server_form.addRow(self.tr("Gebruikersnaam"), self.user)
        server_form.addRow(self.tr("Wachtwoord"), self.password)
        self.server_box = server_box

        sender_box = QGroupBox(self.tr("Afzender"))
        sender_form = QFormLayout(sender_box)
        sender_form.addRow(self.tr("Naam"), self.sender_name)
        sender_form.addRow(self.tr("E-mailadres"), self.boxes["sender_address"])
        sender_form.addRow(self.tr("Antwoorden naar"), self.boxes["reply_to"])

        self.invitations = QCheckBox(self.tr(
            "Bemiddelaars krijgen een agenda-uitnodiging (en een wijziging of afzegging)"))
        self.invitations.setChecked(current.invitations)
        self.reminder_days = QSpinBox()
        self.reminder_days.setRange(0, 7)
        self.reminder_days.setValue(current.reminder_days)
        self.reminder_days.setSpecialValueText(self.tr("geen herinneringen"))
        self.reminder_days.setSuffix(self.tr(" dag(en) ervoor"))
        self.reminder_hour = QSpinBox()
        self.reminder_hour.setRange(0, 23)
        self.reminder_hour.setValue(current.reminder_hour)
        self.reminder_hour.setPrefix(self.tr("vanaf "))
        self.reminder_hour.setSuffix(self.tr(":00 uur"))
        self.remind_parties = QCheckBox(self.tr(
            "Ook partijen die e-mail kozen krijgen een herinnering"))
        self.remind_parties.setChecked(current.remind_parties)
        what_box = QGroupBox(self.tr("Wat wordt verstuurd"))
        what_form = QFormLayout(what_box)
        what_form.addRow(self.invitations)
        reminder_row = QHBoxLayout()
        reminder_row.addWidget(self.reminder_days)
        reminder_row.addWidget(self.reminder_hour)
        reminder_row.addStretch(1)
        what_form.addRow(self.tr("Herinnering"), reminder_row)
        what_form.addRow(self.remind_parties)

        self.state = QLabel()
        self.state.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Verbinding testen"))
        self.save_button = QPushButton(self.tr("Opslaan"))
        self.save_button.setDefault(True)
        close = QPushButton(self.tr("Sluiten"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.by_server)
        layout.addWidget(self.by_program)
        layout.addWidget(server_box)
        layout.addWidget(sender_box)
        layout.addWidget(what_box)
        layout.addWidget(self.state)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.security.currentIndexChanged.connect(lambda _i: self._security_changed())
        for edit in (self.host, self.sender_address, self.reply_to):
            edit.textChanged.connect(lambda _t: self.refresh())
        self.by_server.toggled.connect(lambda _c: self.refresh())
        self.test_button.clicked.connect(lambda _c=False: self.test())
        self.save_button.clicked.connect(lambda _c=False: self.save())
        close.clicked.connect(self.reject)
        self.refresh()
        self._original = self.value()
        self.skip_close_checks = False  # set when the program closes regardless

    def _show_kept(self, kept: bool) -> None:
        if kept:
            self.password.setPlaceholderText(self.tr("bewaard in de sleutelbos van het systeem"))

    def is_modified(self) -> bool:
        return self.value() != self._original or bool(self.password.text())

    def reject(self) -> None:
        """Sluiten, Esc or the window's cross: what was typed is not lost unasked."""
        if self.is_modified() and not self.skip_close_checks:
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.question(
                self, self.tr("E-mail"),
                self.tr("De instellingen zijn gewijzigd maar niet opgeslagen. Opslaan?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self.save():
                return
            if self.result() == QDialog.DialogCode.Accepted:
                return  # saved and closed
        super().reject()

    # -- values --------------------------------------------------------------------------
    def value(self) -> MailSettings:
        return replace(
            self._loaded, host=self.host.text().strip(), port=self.port.value(),
            security=self.security.currentData(), user=self.user.text().strip(),
            sender_name=self.sender_name.text(), sender_address=self.sender_address.text(),
            reply_to=self.reply_to.text(),
            method="server" if self.by_server.isChecked() else "mail_program",
            invitations=self.invitations.isChecked(),
            reminder_days=self.reminder_days.value(), reminder_hour=self.reminder_hour.value(),
            remind_parties=self.remind_parties.isChecked())

    def _security_changed(self) -> None:
        """The usual port goes with the choice, unless another was typed on purpose."""
        if self.port.value() in mail_settings.DEFAULT_PORTS.values():
            self.port.setValue(mail_settings.DEFAULT_PORTS[self.security.currentData()])

    def refresh(self) -> list:
        """Checked as typed: each field says what is wrong with it."""
        errors = mail_settings.validate(self.value())
        by_field = {}
        for error in errors:
            by_field.setdefault(error.field, field_message(error))
        for name, box in self.boxes.items():
            typed = bool(box.editor.text().strip())
            box.set_error(by_field.get(name) if typed or self._tried_save else None)
        self.server_box.setEnabled(self.by_server.isChecked())
        self.test_button.setEnabled(self.by_server.isChecked())
        return errors

    _tried_save = False

    # -- actions ------------------------------------------------------------------------
    def test(self) -> None:
        settings = self.value()
        if any(e.field in ("host", "port") for e in mail_settings.validate(settings)):
            self.refresh()
            return
        typed = self.password.text()
        self.state.setText(self.tr("Bezig met verbinden…"))
        self.test_button.setEnabled(False)

        def done(_none) -> None:
            self.test_button.setEnabled(True)
            self.state.setText(self.tr("Verbonden: de mailserver neemt berichten aan."))

        def failed(exc: BaseException) -> None:
            self.test_button.setEnabled(True)
            if isinstance(exc, MailError):
                self.state.setText(self.tr("Geen verbinding: %1").replace(
                    "%1", mail_error_text(exc.code)))
            else:
                self.state.setText("")
                show_error(self, exc)

        # The keyring is read in the worker too (a locked one can take seconds).
        self.runner.run(lambda: check_connection(
            settings, typed or mail_settings.password(self.data_dir, settings)), done, failed)

    def save(self) -> bool:
        self._tried_save = True
        if self.refresh():
            self.state.setText(self.tr("Niet opgeslagen: verbeter wat hierboven rood staat."))
            return False
        try:
            saved = mail_settings.save(self.data_dir, self.value())
            kept = True
            if self.password.text():
                kept = mail_settings.store_password(self.data_dir, saved, self.password.text())
        except Exception as exc:
            show_error(self, exc)
            return False
        self._loaded = saved
        self._original = self.value()
        self.password.clear()
        if not kept:
            self.state.setText(self.tr(
                "Opgeslagen. De sleutelbos van het systeem is niet bereikbaar: het wachtwoord "
                "wordt alleen onthouden tot u Burenrust sluit."))
            return True
        self.accept()
        return True
