"""The case list as a paged table model: rows come from the service a page at
a time (canFetchMore / fetchMore), so 100,000 cases cost no more than 200."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from desktop.cases.case_rows import CaseFilter, CaseRow, first_page
from desktop.data.store import Store
from views.i18n import format_date
from views.labels import status_label, urgency_label

translate = QCoreApplication.translate
PAGE_SIZE = 100  # a screenful or three; more arrive as the user scrolls

# (attribute, sort key for the service or None when not sortable)
COLUMNS: list[tuple[str, str | None]] = [
    ("number", "number"),
    ("registered_on", "registered_on"),
    ("status", "status"),
    ("requester", None),
    ("address", None),
    ("other_party", None),
    ("neighbourhood", "neighbourhood"),
    ("conflict_type", None),
    ("urgency", "urgency"),
]


def column_titles() -> list[str]:
    return [
        translate("CaseTable", "Zaaknummer"),
        translate("CaseTable", "Aangemeld op"),
        translate("CaseTable", "Status"),
        translate("CaseTable", "Aanvrager (A)"),
        translate("CaseTable", "Adres A"),
        translate("CaseTable", "Andere partij (B)"),
        translate("CaseTable", "Wijk"),
        translate("CaseTable", "Soort conflict"),
        translate("CaseTable", "Urgentie"),
    ]


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_CASE_ID = int(Qt.ItemDataRole.UserRole) + 1
_NAME_COLUMNS = (3, 5)


def display_values(row: CaseRow) -> tuple[str, ...]:
    """The texts of one row, made once when the page arrives rather than per paint."""
    values = []
    for attribute, _key in COLUMNS:
        value = getattr(row, attribute)
        if attribute == "registered_on":
            value = format_date(value)
        elif attribute == "status":
            value = status_label(value)
        elif attribute == "urgency":
            value = urgency_label(value)
        values.append(value or "")
    return tuple(values)


class CaseTableModel(QAbstractTableModel):
    CaseIdRole = _CASE_ID

    def __init__(self, store: Store, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self._rows: list[CaseRow] = []
        self._display: list[tuple[str, ...]] = []
        self._filter = CaseFilter()
        self._sort_key = "number"
        self._descending = True
        self._exhausted = True
        self._titles = column_titles()

    # -- loading -------------------------------------------------------------------
    def set_filter(self, case_filter: CaseFilter) -> None:
        self._filter = case_filter
        self.reload()

    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    def reload(self) -> None:
        # Fetch before the reset starts: if the query fails, the model stays as it was.
        # The list as it opens needs no SQLAlchemy (at start-up it has not loaded yet).
        rows = first_page(self.store, self._filter, self._sort_key, self._descending, PAGE_SIZE)
        if rows is None:
            from desktop.cases.queries import fetch_rows

            rows = fetch_rows(
                self.store, self._filter, self._sort_key, self._descending, limit=PAGE_SIZE
            )
        self.beginResetModel()
        self._rows = rows
        self._display = [display_values(row) for row in rows]
        self._exhausted = len(rows) < PAGE_SIZE
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        from desktop.cases.queries import fetch_rows

        more = fetch_rows(
            self.store,
            self._filter,
            self._sort_key,
            self._descending,
            limit=PAGE_SIZE,
            after=self._rows[-1] if self._rows else None,
        )
        self._exhausted = len(more) < PAGE_SIZE
        if more:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._rows.extend(more)
            self._display.extend(display_values(row) for row in more)
            self.endInsertRows()

    # -- Qt model interface ------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == _DISPLAY and horizontal and 0 <= section < len(self._titles):
            return self._titles[section]
        return None

    def data(self, index: QModelIndex, role: int = _DISPLAY):
        # Called for every role of every visible cell on each paint: keep it cheap.
        if role == _DISPLAY:
            return self._display[index.row()][index.column()]
        if role == _CASE_ID:
            return self._rows[index.row()].id
        if role == _TOOLTIP and index.column() in _NAME_COLUMNS:
            return self._display[index.row()][index.column()] or None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(COLUMNS)):
            return
        key = COLUMNS[column][1]
        descending = order == Qt.SortOrder.DescendingOrder
        if key is None or (key, descending) == (self._sort_key, self._descending):
            return  # not sortable, or already so (the view asks again when it starts)
        self._sort_key = key
        self._descending = descending
        self.reload()

    def case_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, case_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == case_id:
                return number
        return None
