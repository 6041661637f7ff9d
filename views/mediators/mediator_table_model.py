"""The mediators as a table: a team is tens to a few hundred rows, read at once."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from desktop.mediators.register import MediatorRow
from views.labels import mediator_state_label

translate = QCoreApplication.translate
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)


class MediatorTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[MediatorRow] = []
        self._titles = [
            translate("MediatorTable", "Naam"),
            translate("MediatorTable", "Status"),
            translate("MediatorTable", "Postcode"),
            translate("MediatorTable", "Wijk"),
            translate("MediatorTable", "Talen"),
            translate("MediatorTable", "Open zaken"),
            translate("MediatorTable", "Zaken gedaan"),
        ]

    def set_rows(self, rows: list[MediatorRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY):
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == _DISPLAY and horizontal and 0 <= section < len(self._titles):
            return self._titles[section]
        return None

    def data(self, index: QModelIndex, role: int = _DISPLAY):
        if role != _DISPLAY or not index.isValid():
            return None
        row = self._rows[index.row()]
        return (
            row.name,
            mediator_state_label(row.state),
            row.postcode,
            row.neighbourhood,
            row.languages,
            f"{row.open_cases} / {row.max_open_cases}",
            str(row.cases_done),
        )[index.column()]

    def mediator_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, mediator_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == mediator_id), None)
