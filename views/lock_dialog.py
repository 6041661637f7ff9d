"""The data folder is in use elsewhere: say by whom, and let the coordinator
choose to open read-only, break a lock left behind, or stop."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop.data.instance_lock import LockInfo

translate = QCoreApplication.translate
READ_ONLY, BREAK, QUIT = "read_only", "break", "quit"


def lock_text(holder: LockInfo) -> str:
    if holder.host == "?":
        return translate("LockDialog", "De gegevens lijken al geopend te zijn, maar het is "
                         "niet te lezen door wie.")
    return translate(
        "LockDialog",
        "De gegevens zijn al geopend op pc %1 door %2 (sinds %3). Als twee programma's "
        "tegelijk in dezelfde gegevens schrijven, kan er iets beschadigd raken.",
    ).replace("%1", holder.host).replace("%2", holder.user).replace(
        "%3", holder.since.replace("T", " ") or "?")


def ask_about_lock(holder: LockInfo) -> str:
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Burenrust")
    box.setText(lock_text(holder))
    box.setInformativeText(translate(
        "LockDialog", "Kies 'Alleen lezen' om de gegevens te bekijken zonder iets te "
        "veranderen. Is die pc vastgelopen of uit, dan kunt u het slot verbreken."))
    read_only = box.addButton(translate("LockDialog", "Alleen lezen"),
                              QMessageBox.ButtonRole.AcceptRole)
    breaking = box.addButton(translate("LockDialog", "Slot verbreken"),
                             QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(translate("LockDialog", "Stoppen"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(read_only)
    box.exec()
    clicked = box.clickedButton()
    if clicked is read_only:
        return READ_ONLY
    if clicked is breaking:
        sure = QMessageBox.question(
            None, "Burenrust",
            translate("LockDialog", "Weet u zeker dat %1 Burenrust niet meer open heeft?")
            .replace("%1", holder.host),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return BREAK if sure == QMessageBox.StandardButton.Yes else QUIT
    return QUIT
