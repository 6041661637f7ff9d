"""Edit one list of categories: add, rename, switch on or off. Categories are
never deleted, because closed cases keep pointing at them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.admin import categories
from desktop.data.store import Store
from views.errors import guarded


class CategoriesEditor(QWidget):
    def __init__(self, store: Store, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.kind = kind
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Categorieën"))
        self.add_button = QPushButton(self.tr("Toevoegen…"))
        self.rename_button = QPushButton(self.tr("Naam wijzigen…"))
        self.toggle_button = QPushButton(self.tr("Niet meer gebruiken"))
        hint = QLabel(
            self.tr("Categorieën die niet meer gebruikt worden blijven bij oude zaken staan.")
        )
        hint.setWordWrap(True)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.rename_button, self.toggle_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(hint)
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.toggle_button.clicked.connect(self.toggle)
        self.list.currentItemChanged.connect(self._update_buttons)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        _ok, items = guarded(self, lambda: categories.list_items(self.store, self.kind, True))
        self.list.clear()
        for item in items or []:
            text = item.name if item.active else item.name + " " + self.tr("(niet in gebruik)")
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, item)
            if not item.active:
                entry.setForeground(QBrush(QColor("#777777")))
            self.list.addItem(entry)
            if item.id == select_id:
                self.list.setCurrentItem(entry)
        self._update_buttons()

    def _current(self):
        entry = self.list.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry else None

    def _update_buttons(self) -> None:
        item = self._current()
        self.rename_button.setEnabled(item is not None)
        self.toggle_button.setEnabled(item is not None)
        self.toggle_button.setText(
            self.tr("Weer gebruiken") if item and not item.active else self.tr(
                "Niet meer gebruiken")
        )

    def add(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Toevoegen"), self.tr("Naam:"))
        if ok and name.strip():
            done, item = guarded(self, lambda: categories.add_item(self.store, self.kind, name))
            if done and item:
                self.reload(item.id)

    def rename(self) -> None:
        item = self._current()
        if item is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Naam wijzigen"), self.tr("Nieuwe naam:"), text=item.name
        )
        if ok:
            done, _ = guarded(
                self, lambda: categories.rename_item(self.store, self.kind, item.id, name)
            )
            if done:
                self.reload(item.id)

    def toggle(self) -> None:
        item = self._current()
        if item is None:
            return
        done, _ = guarded(
            self, lambda: categories.set_active(self.store, self.kind, item.id, not item.active)
        )
        if done:
            self.reload(item.id)
