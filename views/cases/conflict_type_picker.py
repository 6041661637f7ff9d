"""Choose the main conflict type and any others that also apply."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.admin.categories import LookupItem
from views.widgets import FieldBox, compact_combo


class ConflictTypePicker(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main = compact_combo(QComboBox(), 20)
        self.main.setObjectName("main_type")
        self.main.setAccessibleName(self.tr("Belangrijkste soort conflict"))
        self.main_box = FieldBox(self.main)
        self.others = QListWidget()
        self.others.setAccessibleName(self.tr("Ook van toepassing"))
        self.others.setMaximumHeight(110)
        self.others.setToolTip(self.tr("Ook van toepassing: vink aan met de spatiebalk"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.main_box)
        layout.addWidget(self.others)
        self.main.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.others.itemChanged.connect(lambda _item: self.changed.emit())

    def set_items(self, items: list[LookupItem]) -> None:
        self.main.blockSignals(True)
        self.others.blockSignals(True)
        self.main.clear()
        self.others.clear()
        self.main.addItem(self.tr("— kies de belangrijkste soort —"), None)
        for item in items:
            self.main.addItem(item.name, item.id)
            entry = QListWidgetItem(item.name)
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.others.addItem(entry)
        self.main.blockSignals(False)
        self.others.blockSignals(False)

    def selected_ids(self) -> list[int]:
        ids = []
        if self.main.currentData() is not None:
            ids.append(self.main.currentData())
        for row in range(self.others.count()):
            item = self.others.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                type_id = item.data(Qt.ItemDataRole.UserRole)
                if type_id not in ids:
                    ids.append(type_id)
        return ids

    def set_selected(self, ids: list[int], names: dict[int, str] | None = None) -> None:
        """The first id is the main type. Inactive types still shown for old cases."""
        self.main.blockSignals(True)
        self.others.blockSignals(True)
        for type_id in ids:
            if self.main.findData(type_id) < 0 and names and type_id in names:
                self.main.addItem(names[type_id], type_id)
        self.main.setCurrentIndex(max(self.main.findData(ids[0]) if ids else 0, 0))
        for row in range(self.others.count()):
            item = self.others.item(row)
            type_id = item.data(Qt.ItemDataRole.UserRole)
            checked = type_id in ids[1:]
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.main.blockSignals(False)
        self.others.blockSignals(False)

    def set_error(self, message: str | None) -> None:
        self.main_box.set_error(message)
