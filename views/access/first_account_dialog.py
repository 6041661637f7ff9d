"""The first start of a data folder (a new one, or one from before sign-in
existed): the coordinator makes an account, or chooses to work without signing
in, with its consequence said first."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.access.users import create_first_coordinator, work_without_sign_in
from desktop.data.errors import RuleViolation, ValidationFailed
from desktop.data.store import Store
from views.access.sign_in_dialog import (
    PasswordPair,
    explain_without_sign_in,
)
from views.manual import set_topic
from views.messages import field_message, message_for
from views.widgets import error_label


class FirstAccountDialog(QDialog):
    """Accepted: an account was made and signed in to, or sign-in switched off
    (`without` says which); rejected: the program stops."""

    def __init__(self, store: Store, os_user: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Burenrust beveiligen"))
        set_topic(self, "aanmelden#eerste-start")
        self.store = store
        self.without = False
        intro = QLabel(self.tr(
            "Burenrust bewaart gegevens van bewoners. Maak het account van de coördinator: "
            "met die naam en dat wachtwoord meldt u zich voortaan aan. In Beheer maakt u "
            "daarna accounts voor medewerkers (zaken en afspraken) en voor wie alleen leest."))
        intro.setWordWrap(True)
        self.name = QLineEdit(os_user)
        self.pair = PasswordPair()
        self.message = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Uw naam"), self.name)
        buttons = QDialogButtonBox()
        self.make_button = buttons.addButton(self.tr("Account maken"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.without_button = buttons.addButton(self.tr("Zonder aanmelden werken…"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.tr("Stoppen"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.make_account)
        buttons.rejected.connect(self.reject)
        self.without_button.clicked.connect(lambda _c=False: self.choose_without())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.pair)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        for field in (self.name, self.pair.first, self.pair.second):
            field.textChanged.connect(self._update)
        self._update()
        self.pair.first.setFocus()

    def _update(self) -> None:
        ok = self.pair.check(name=self.name.text())
        self.make_button.setEnabled(ok and bool(self.name.text().strip()))

    def make_account(self) -> None:
        if not self.make_button.isEnabled():
            return
        try:
            made = create_first_coordinator(self.store, self.name.text(), self.pair.password())
        except ValidationFailed as exc:
            self.message.setText(" ".join(field_message(e) for e in exc.errors))
            return
        except RuleViolation as exc:
            self.message.setText(message_for(exc.code))
            return
        self.store.user, self.store.role = made.name, made.role
        self.accept()

    def choose_without(self, confirmed: bool = False) -> None:
        if not (confirmed or explain_without_sign_in(self)):
            return
        work_without_sign_in(self.store)
        self.without = True
        self.accept()
