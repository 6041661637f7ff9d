"""Beheer → Gebruikers en aanmelden: who may use the program with which role,
their passwords, whether signing in is asked, and the idle time before the lock."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.access import users
from desktop.data.errors import RuleViolation, ValidationFailed
from desktop.data.store import Store
from models.enums import Role
from views.access.sign_in_dialog import (
    PasswordPair,
    explain_without_sign_in,
)
from views.errors import guarded
from views.i18n import format_datetime
from views.manual import set_topic
from views.messages import field_message, message_for
from views.widgets import error_label, save_cancel

translate = QCoreApplication.translate


def role_label(role: str) -> str:
    return {Role.COORDINATOR: translate("Users", "coördinator"),
            Role.STAFF: translate("Users", "medewerker"),
            Role.READER: translate("Users", "alleen lezen")}.get(role, role)


class RoleBox(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(self.tr("Medewerker: zaken, afspraken en brieven"), Role.STAFF)
        self.addItem(self.tr("Alleen lezen: zaken opzoeken en lezen"), Role.READER)
        self.addItem(self.tr("Coördinator: alles, ook Beheer en privacy"), Role.COORDINATOR)

    def choose(self, role: str) -> None:
        self.setCurrentIndex(max(0, self.findData(role)))


class UserDialog(QDialog):
    """A new user (name, role, first password), or a new password for one."""

    def __init__(self, store: Store, user: users.UserView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.user = user
        self.setWindowTitle(self.tr("Nieuw wachtwoord") if user else self.tr("Gebruiker toevoegen"))
        self.name = QLineEdit(user.name if user else "")
        self.name.setReadOnly(user is not None)
        self.role = RoleBox()
        self.pair = PasswordPair()
        self.message = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Naam"), self.name)
        if user is None:
            form.addRow(self.tr("Rol"), self.role)
        buttons, self.save_button = save_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.pair)
        hint = QLabel(self.tr("Geef het wachtwoord persoonlijk door, niet per e-mail."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        for field in (self.name, self.pair.first, self.pair.second):
            field.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        ok = self.pair.check(name=self.name.text())
        self.save_button.setEnabled(ok and bool(self.name.text().strip()))

    def save(self) -> None:
        try:
            if self.user is None:
                users.add_user(self.store, self.name.text(), self.role.currentData(),
                               self.pair.password())
            else:
                users.reset_password(self.store, self.user.id, self.pair.password())
        except ValidationFailed as exc:
            self.message.setText(" ".join(field_message(e) for e in exc.errors))
            return
        except RuleViolation as exc:  # a rule (the role may not), said in Dutch
            self.message.setText(message_for(exc.code))
            return
        self.accept()


class UsersDialog(QDialog):
    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gebruikers en aanmelden"))
        set_topic(self, "aanmelden#rollen")
        self.store = store
        settings = users.access_settings(store)
        self.required = QCheckBox(self.tr("Aanmelden met naam en wachtwoord"))
        self.required.setChecked(settings.sign_in_required)
        self.required.toggled.connect(self._required_toggled)
        self.consequence = QLabel()
        self.consequence.setWordWrap(True)
        self.idle = QSpinBox()
        self.idle.setRange(users.MIN_IDLE_MINUTES, users.MAX_IDLE_MINUTES)
        self.idle.setSuffix(self.tr(" minuten"))
        self.idle.setValue(settings.idle_minutes)
        self.idle.setMaximumWidth(160)
        self.idle.editingFinished.connect(self._idle_changed)
        form = QFormLayout()
        form.addRow(self.tr("Aanmelden"), self.required)
        form.addRow("", self.consequence)
        form.addRow(self.tr("Vergrendelen na"), self.idle)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Naam"), self.tr("Rol"), self.tr("Actief"),
                                              self.tr("Laatst aangemeld")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.add_button = QPushButton(self.tr("Gebruiker toevoegen…"))
        self.role_box = RoleBox()
        self.role_button = QPushButton(self.tr("Rol geven"))
        self.password_button = QPushButton(self.tr("Nieuw wachtwoord…"))
        self.active_button = QPushButton(self.tr("Uitschakelen"))
        self.add_button.clicked.connect(lambda _c=False: self.user_dialog().open())
        self.role_button.clicked.connect(lambda _c=False: self.give_role())
        self.password_button.clicked.connect(lambda _c=False: self.password_dialog().open())
        self.active_button.clicked.connect(lambda _c=False: self.toggle_active())
        row = QHBoxLayout()
        for widget in (self.add_button, self.role_box, self.role_button, self.password_button,
                       self.active_button):
            row.addWidget(widget)
        row.addStretch(1)
        self.message = error_label()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(720, 440)
        self.refresh()

    # -- reading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        self.users = users.list_users(self.store)
        self.table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            values = [user.name, role_label(user.role),
                      self.tr("ja") if user.active else self.tr("nee"),
                      format_datetime(user.last_sign_in_at) if user.last_sign_in_at else "–"]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self._explain()
        self._selection_changed()

    def _explain(self) -> None:
        self.consequence.setText(self.tr(
            "Aan: iedereen meldt zich aan en ziet alleen wat bij de rol past; het venster "
            "vergrendelt als het een tijd niet gebruikt wordt.") if self.required.isChecked()
            else self.tr("Uit: wie deze pc gebruikt, is de coördinator en mag alles. Alleen "
                         "voor een organisatie met één persoon."))
        self.idle.setEnabled(self.required.isChecked())

    def selected(self) -> users.UserView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected()
        for button in (self.role_button, self.password_button, self.active_button):
            button.setEnabled(chosen is not None)
        self.role_box.setEnabled(chosen is not None)
        if chosen is not None:
            self.role_box.choose(chosen.role)
            self.active_button.setText(self.tr("Uitschakelen") if chosen.active
                                       else self.tr("Inschakelen"))

    # -- changing --------------------------------------------------------------------------
    def _done(self, ok: bool) -> None:
        if ok:
            self.message.setText("")
            self.refresh()
            self.changed.emit()

    def _required_toggled(self, on: bool) -> None:
        if not on and not explain_without_sign_in(self):
            self.required.blockSignals(True)
            self.required.setChecked(True)
            self.required.blockSignals(False)
            return
        ok, _none = guarded(self, lambda: users.set_sign_in_required(self.store, on))
        if not ok:
            self.required.blockSignals(True)
            self.required.setChecked(not on)
            self.required.blockSignals(False)
        self._done(ok)

    def _idle_changed(self) -> None:
        ok, _none = guarded(self, lambda: users.set_idle_minutes(self.store, self.idle.value()))
        self._done(ok)

    def user_dialog(self) -> UserDialog:
        dialog = UserDialog(self.store, None, self)
        dialog.accepted.connect(lambda: self._done(True))
        return dialog

    def password_dialog(self) -> UserDialog:
        dialog = UserDialog(self.store, self.selected(), self)
        dialog.accepted.connect(lambda: self._done(True))
        return dialog

    def give_role(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            ok, _none = guarded(self, lambda: users.change_role(
                self.store, chosen.id, self.role_box.currentData()))
            self._done(ok)

    def toggle_active(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            ok, _none = guarded(self, lambda: users.set_active(self.store, chosen.id,
                                                               not chosen.active))
            self._done(ok)
