"""Bestand → Mijn wachtwoord wijzigen…: any signed-in user, with the old password."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.access.users import change_own_password
from desktop.data.errors import ValidationFailed
from desktop.data.store import Store
from views.access.sign_in_dialog import PasswordPair
from views.manual import set_topic
from views.messages import field_message
from views.widgets import error_label, save_cancel


class OwnPasswordDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mijn wachtwoord wijzigen"))
        set_topic(self, "aanmelden#wachtwoord-vergeten")
        self.store = store
        self.old = QLineEdit()
        self.old.setEchoMode(QLineEdit.EchoMode.Password)
        self.pair = PasswordPair()
        self.message = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Huidig wachtwoord"), self.old)
        buttons, self.save_button = save_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.pair)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        for field in (self.old, self.pair.first, self.pair.second):
            field.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.save_button.setEnabled(self.pair.check(name=self.store.user)
                                    and bool(self.old.text()))

    def save(self) -> None:
        try:
            change_own_password(self.store, self.old.text(), self.pair.password())
        except ValidationFailed as exc:
            self.message.setText(" ".join(field_message(e) for e in exc.errors))
            return
        self.accept()
