"""The rooms the coordinator books for joint sessions (community centre, office)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.agenda.appointments import list_rooms, save_room
from desktop.data.store import Store
from views.errors import guarded


class RoomsEditor(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Ruimtes"))
        self.add_button = QPushButton(self.tr("Ruimte toevoegen…"))
        self.edit_button = QPushButton(self.tr("Wijzigen…"))
        self.toggle_button = QPushButton(self.tr("Niet meer gebruiken"))
        buttons = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.toggle_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda _c=False: self.ask(None))
        self.edit_button.clicked.connect(lambda _c=False: self.ask(self._current()))
        self.toggle_button.clicked.connect(lambda _c=False: self.toggle())
        self.list.currentItemChanged.connect(lambda *_a: self._update())
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        _ok, rooms = guarded(self, lambda: list_rooms(self.store, include_inactive=True))
        self.list.clear()
        for room in rooms or []:
            text = f"{room.name} — {room.address}" if room.address else room.name
            if not room.active:
                text += " " + self.tr("(niet in gebruik)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, room)
            self.list.addItem(item)
            if room.id == select_id:
                self.list.setCurrentItem(item)
        self._update()

    def _current(self):
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _update(self) -> None:
        room = self._current()
        self.edit_button.setEnabled(room is not None)
        self.toggle_button.setEnabled(room is not None)
        self.toggle_button.setText(self.tr("Weer gebruiken") if room and not room.active
                                   else self.tr("Niet meer gebruiken"))

    def ask(self, room) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Ruimte"), self.tr("Naam:"),
                                        text=room.name if room else "")
        if not ok:
            return
        address, ok = QInputDialog.getText(self, self.tr("Ruimte"), self.tr("Adres:"),
                                           text=room.address if room else "")
        if ok:
            self.save(room.id if room else None, name, address, room.active if room else True)

    def save(self, room_id, name: str, address: str, active: bool = True) -> bool:
        done, saved_id = guarded(self, lambda: save_room(self.store, room_id, name, address,
                                                          active))
        if done:
            self.reload(saved_id)
        return done

    def toggle(self) -> None:
        room = self._current()
        if room is not None:
            self.save(room.id, room.name, room.address, not room.active)
