"""The case list as a paged table model: rows come from the service a page at
a time (canFetchMore / fetchMore), so 100,000 cases cost no more than 200."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from desktop.cases.case_rows import CaseFilter, CaseRow, first_page
from desktop.data.store import Store
from views.i18n import format_date
from views.labels import status_labels, urgency_labels

translate = QCoreApplication.translate
PAGE_SIZE = 50  # a screenful and a half; more arrive as the user scrolls (each search
# keystroke reads and formats one page: 100 rows cost some 2 ms more per key)
# The most rows the list holds. Nobody scrolls past thousands of cases to find one (the
# list says to search or filter then), and the whole of 300,000 would hold some 200 MB.
MAX_ROWS = 10_000

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


# Between a row's texts: a character no name or street holds (Unicode's unit separator;
# control characters are refused on input, models.limits).
_SEPARATOR = "\x1f"


def display_values(rows: list[CaseRow]) -> list[str]:
    """The texts of a page of rows, made once when the page arrives rather than per
    paint, each row's joined into one string; the translated labels once per page
    (not per row: a page is read for every search keystroke)."""
    statuses, urgencies = status_labels(), urgency_labels()
    values = []
    for row in rows:
        texts = []
        for attribute, _key in COLUMNS:
            value = getattr(row, attribute)
            if attribute == "registered_on":
                value = format_date(value)
            elif attribute == "status":
                value = statuses.get(value or "", value or "")
            elif attribute == "urgency":
                value = urgencies.get(value, value)
            texts.append((value or "").replace(_SEPARATOR, " "))
        values.append(_SEPARATOR.join(texts))
    return values


class CaseTableModel(QAbstractTableModel):
    CaseIdRole = _CASE_ID

    def __init__(self, store: Store, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        # Per row only its case id and its texts, joined into one string: no object the
        # garbage collector walks (100,000 rows scrolled into view would otherwise be
        # some 300,000 objects each full collection walks, a pause of 150 ms or more),
        # and a quarter of the memory of a tuple of nine strings (the whole list of
        # 300,000 cases scrolled through: some 50 MB rather than 200).
        # The two lists are filled in place, never replaced: made at start-up, they are
        # frozen with it (desktop.app's warm-up) and no collection walks their items.
        self._ids: list[int] = []
        self._display: list[str] = []
        self._split_row = -1  # the row whose texts _split holds: a paint asks per cell
        self._split: list[str] = []
        self._last: CaseRow | None = None  # where the next page starts
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
        self._ids[:] = [row.id for row in rows]
        self._display[:] = display_values(rows)
        self._split_row = -1
        self._last = rows[-1] if rows else None
        self._exhausted = len(rows) < PAGE_SIZE
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and len(self._ids) < MAX_ROWS

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        from desktop.cases.queries import fetch_rows

        more = fetch_rows(
            self.store,
            self._filter,
            self._sort_key,
            self._descending,
            limit=PAGE_SIZE,
            after=self._last,
        )
        self._exhausted = len(more) < PAGE_SIZE
        if more:
            start = len(self._ids)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._ids.extend(row.id for row in more)
            self._display.extend(display_values(more))
            self._last = more[-1]
            self.endInsertRows()

    # -- Qt model interface ------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

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
            return self._texts(index.row())[index.column()]
        if role == _CASE_ID:
            return self._ids[index.row()]
        if role == _TOOLTIP and index.column() in _NAME_COLUMNS:
            return self._texts(index.row())[index.column()] or None
        return None

    def _texts(self, row: int) -> list[str]:
        if row != self._split_row:
            self._split = self._display[row].split(_SEPARATOR)
            self._split_row = row
        return self._split

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
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, case_id: int) -> int | None:
        try:
            return self._ids.index(case_id)
        except ValueError:
            return None
