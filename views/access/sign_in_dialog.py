"""Signing in at the start: a name and a password, a wait after wrong ones, and
the coordinator's way back with the recovery code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.access.users import (
    SignInWait,
    check_password,
    reset_with_recovery_code,
)
from desktop.data.errors import RuleViolation, ValidationFailed
from desktop.data.store import Store
from views.manual import set_topic
from views.messages import field_message, message_for
from views.widgets import error_label, save_cancel

ERROR_STYLE = "color: #a4000f;"
translate = QCoreApplication.translate


class PasswordPair(QWidget):
    """A new password typed twice, checked as it is typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = error_label()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Wachtwoord"), self.first)
        form.addRow(self.tr("Nog een keer"), self.second)
        form.addRow("", self.problem)
        self.first.textChanged.connect(self.check)
        self.second.textChanged.connect(self.check)

    def password(self) -> str:
        return self.first.text()

    def check(self, *_args, name: str = "") -> bool:
        from desktop.access.passwords import weakness

        code = weakness(self.first.text(), name) if self.first.text() else None
        if code is None and self.second.text() and self.second.text() != self.first.text():
            code = "passwords_differ"
        self.problem.setText(message_for(code) if code else "")
        return bool(self.first.text()) and code is None and (
            self.second.text() == self.first.text())


class SignInDialog(QDialog):
    """Returns accepted with `signed` set; rejected: the program stops."""

    def __init__(self, store: Store, data_dir: Path, name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Aanmelden bij Burenrust"))
        set_topic(self, "aanmelden#wachtwoord-vergeten")
        self.store = store
        self.data_dir = data_dir
        self.signed = None
        self.name = QLineEdit(name)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Naam"), self.name)
        form.addRow(self.tr("Wachtwoord"), self.password)
        self.buttons = QDialogButtonBox()
        self.sign_in_button = self.buttons.addButton(
            self.tr("Aanmelden"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Stoppen"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        self.forgot = QPushButton(self.tr("Wachtwoord vergeten?"))
        self.forgot.setFlat(True)
        self.forgot.clicked.connect(lambda _c=False: self.reset_dialog().open())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Deze gegevens zijn beveiligd. Meld u aan met uw naam "
                                        "en wachtwoord.")))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.forgot, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.buttons)
        self.wait_timer = QTimer(self)
        self.wait_timer.setInterval(1000)
        # A coarse timer may tick up to 5 % early: after five ticks the button came back
        # before the wait was over, and signing in was refused once more.
        self.wait_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.wait_timer.timeout.connect(self._count_down)
        self._wait = 0
        for field in (self.name, self.password):
            field.textChanged.connect(self._update)
        self._update()
        (self.password if name else self.name).setFocus()

    def _update(self) -> None:
        self.sign_in_button.setEnabled(
            bool(self.name.text().strip() and self.password.text()) and self._wait == 0)

    def try_sign_in(self) -> None:
        if not self.sign_in_button.isEnabled():
            return
        try:
            self.signed = check_password(self.store, self.name.text(), self.password.text())
        except SignInWait as exc:
            self._start_wait(exc.seconds)
            return
        except RuleViolation as exc:
            self.message.setText(message_for(exc.code))
            self.password.selectAll()
            self.password.setFocus()
            return
        self.store.user, self.store.role = self.signed.name, self.signed.role
        self.accept()

    def _start_wait(self, seconds: int) -> None:
        self._wait = seconds
        self._count_down(first=True)
        self.wait_timer.start()

    def _count_down(self, first: bool = False) -> None:
        if not first:
            self._wait = max(0, self._wait - 1)
        if self._wait:
            self.message.setText(self.tr(
                "Te vaak een verkeerd wachtwoord. Probeer het over %1 seconden opnieuw.")
                .replace("%1", str(self._wait)))
        else:
            self.wait_timer.stop()
            self.message.setText("")
        self._update()

    def reset_dialog(self) -> ResetWithCodeDialog:
        dialog = ResetWithCodeDialog(self.store, self.data_dir, self.name.text(), self)
        dialog.accepted.connect(lambda: (self.password.clear(), self.message.setText(
            self.tr("Het nieuwe wachtwoord is bewaard. Meld u daarmee aan.")),
            self.name.setText(dialog.name.text()), self.password.setFocus()))
        return dialog


class ResetWithCodeDialog(QDialog):
    """A coordinator who forgot the password types the recovery code from the safe."""

    def __init__(self, store: Store, data_dir: Path, name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nieuw wachtwoord met de herstelcode"))
        self.store = store
        self.data_dir = data_dir
        self.name = QLineEdit(name)
        self.code = QLineEdit()
        self.code.setPlaceholderText("ABCD-EFGH-…")
        self.pair = PasswordPair()
        self.message = error_label()
        explain = QLabel(self.tr(
            "Alleen voor een coördinator. De herstelcode staat op het blad dat bij het "
            "instellen van de back-ups is afgedrukt en in de kluis ligt."))
        explain.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Naam van de coördinator"), self.name)
        form.addRow(self.tr("Herstelcode"), self.code)
        buttons, self.save_button = save_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.pair)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        for field in (self.name, self.code, self.pair.first, self.pair.second):
            field.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        ok = self.pair.check(name=self.name.text())
        self.save_button.setEnabled(ok and bool(self.name.text().strip() and self.code.text()))

    def save(self) -> None:
        try:
            reset_with_recovery_code(self.store, self.data_dir, self.code.text(),
                                     self.name.text(), self.pair.password())
        except ValidationFailed as exc:
            self.message.setText(" ".join(field_message(e) for e in exc.errors))
            return
        except RuleViolation as exc:
            self.message.setText(message_for(exc.code))
            return
        self.accept()


def ask_sign_in(store: Store, data_dir: Path) -> bool:
    """At the start; True once signed in (the store works as that user)."""
    dialog = SignInDialog(store, data_dir)
    return dialog.exec() == QDialog.DialogCode.Accepted


def explain_without_sign_in(parent: QWidget | None) -> bool:
    """The consequence of working without signing in, said before it is chosen."""
    answer = QMessageBox.question(parent, translate("SignIn", "Zonder aanmelden"), translate(
        "SignIn",
        "Zonder aanmelden is iedereen die deze pc gebruikt met het Windows-account de "
        "coördinator: alles is te zien en te wijzigen, en in de geschiedenis staat de naam "
        "van het Windows-account. Het venster wordt dan ook niet vergrendeld. Kies dit alleen "
        "als u de enige bent die met Burenrust werkt en de pc zelf een wachtwoord heeft.\n\n"
        "Zonder aanmelden werken?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
