"""Closing a case asks for the result, and for a reason when there was no
mediation."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from desktop.admin.categories import LookupItem
from views.manual import set_topic
from views.messages import message_for
from views.widgets import FieldBox


class CloseCaseDialog(QDialog):
    def __init__(
        self,
        results: list[LookupItem],
        reasons: list[LookupItem],
        case_number: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        set_topic(self, "zaak#afsluiten")
        self.setWindowTitle(self.tr("Zaak %1 afsluiten").replace("%1", case_number))
        self._requires_reason = {r.id for r in results if r.requires_reason}
        self.result = QComboBox()
        self.result.addItem(self.tr("— kies het resultaat —"), None)
        for item in results:
            self.result.addItem(item.name, item.id)
        self.reason = QComboBox()
        self.reason.addItem(self.tr("— kies de reden —"), None)
        for item in reasons:
            self.reason.addItem(item.name, item.id)
        self.reason_box = FieldBox(self.reason)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Korte toelichting (optioneel)"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(100)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Afsluiten"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Resultaat"), self.result)
        form.addRow(self.tr("Reden geen bemiddeling"), self.reason_box)
        form.addRow(self.tr("Toelichting"), self.note)
        form.addRow(self.hint)
        form.addRow(self.buttons)
        self.result.currentIndexChanged.connect(self._update)
        self.reason.currentIndexChanged.connect(self._update)
        self._update()

    def needs_reason(self) -> bool:
        return self.result.currentData() in self._requires_reason

    def _update(self) -> None:
        needs_reason = self.needs_reason()
        self.reason.setEnabled(needs_reason)
        ok = self.result.currentData() is not None and (
            not needs_reason or self.reason.currentData() is not None
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        if self.result.currentData() is None:
            self.hint.setText(message_for("result_required"))
        elif needs_reason and self.reason.currentData() is None:
            self.hint.setText(message_for("closing_reason_required"))
        else:
            self.hint.setText("")
        self.reason_box.set_error(None)

    def values(self) -> tuple[int | None, int | None, str]:
        reason = self.reason.currentData() if self.needs_reason() else None
        return self.result.currentData(), reason, self.note.toPlainText()
