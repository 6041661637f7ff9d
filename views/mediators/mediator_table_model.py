"""The mediators as a table: a team is tens to a few hundred rows, read at once."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.mediators.register import MediatorRow
from views.care_texts import reminder_short, reminder_text
from views.labels import mediator_state_label

translate = QCoreApplication.translate
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
CARE_COLUMN = 2  # what volunteer care asks about them, beside the name


class MediatorTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[MediatorRow] = []
        self._titles = [
            translate("MediatorTable", "Naam"),
            translate("MediatorTable", "Status"),
            translate("MediatorTable", "Aandacht"),
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
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == int(Qt.ItemDataRole.ForegroundRole) and index.column() == CARE_COLUMN and any(
                r.kind == "vog" and r.detail == "expired" for r in row.care):
            return QColor("#a4000f")
        if role == int(Qt.ItemDataRole.ToolTipRole) and index.column() == CARE_COLUMN:
            return "\n".join(reminder_text(r) for r in row.care) or None
        if role != _DISPLAY:
            return None
        return (
            row.name,
            mediator_state_label(row.state),
            "; ".join(reminder_short(r) for r in row.care),
            row.postcode,
            row.neighbourhood,
            row.languages,
            f"{row.open_cases} / {row.max_open_cases}",
            str(row.cases_done),
        )[index.column()]

    def row(self, row: int) -> MediatorRow:
        return self._rows[row]

    def mediator_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, mediator_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == mediator_id), None)
