"""Correct a party of a case, or add another household."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from desktop.cases.registration import PartyInput
from desktop.data.errors import ValidationFailed
from views.cases.party_editor import PartyEditor
from views.errors import show_error
from views.manual import set_topic
from views.widgets import save_shortcut


class PartyDialog(QDialog):
    def __init__(
        self,
        title: str,
        role: str,
        save: Callable[[PartyInput], object],
        party: PartyInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        set_topic(self, "nieuwe-zaak#partijen")
        self.setWindowTitle(title)
        self._save = save
        self.editor = PartyEditor(role, title)
        if party is not None:
            self.editor.set_value(party)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_save)
        save_shortcut(self, self.try_save,
                      self.buttons.button(QDialogButtonBox.StandardButton.Save))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(self.buttons)
        self.editor.changed.connect(self._update)
        self._update()
        self.editor.edits["first_name"].setFocus()

    def _update(self) -> None:
        ok = not self.editor.errors()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)

    def try_save(self) -> bool:
        if self.editor.errors():
            self.editor.show_all_errors()
            return False
        try:
            self._save(self.editor.value())
        except ValidationFailed:
            self.editor.show_all_errors()
            return False
        except Exception as exc:  # the dialog stays open: nothing typed is lost
            show_error(self, exc)
            return False
        self.accept()
        return True

    def reject(self) -> None:
        # Closing a changed form asks first (Escape, Cancel or the window's cross).
        from PySide6.QtWidgets import QMessageBox

        if self.editor.is_modified() and QMessageBox.question(
            self,
            self.tr("Niet opgeslagen"),
            self.tr("Wat u in dit formulier veranderde, is nog niet opgeslagen. Weggooien?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        ) != QMessageBox.StandardButton.Discard:
            return
        super().reject()
