"""A plain horizontal bar chart for the figures: every label whole (wrapped onto a
second line rather than cut off), the count printed at the end of its bar, no axis
to misread, and dark grey bars that print the same in black and white."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_COLOUR = QColor(60, 60, 60)
GAP = 8
MIN_ROW = 26
LABEL_SHARE = 0.42  # of the width, for the labels
LABEL_FLAGS = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignVCenter | (
    Qt.AlignmentFlag.AlignRight)


@dataclass(frozen=True)
class BarRow:
    label: str
    count_text: str  # as shown: "12", or "< 5" when small groups are hidden
    label_rect: QRect
    bar_rect: QRect
    count_rect: QRect


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.rows: list[tuple[str, int, str]] = []  # label, count, shown text
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_rows(self, title: str, rows: list[tuple[str, int, str]]) -> None:
        self.title = title
        self.rows = rows
        self.setAccessibleName(title)
        self.setAccessibleDescription("; ".join(f"{label}: {text}" for label, _n, text in rows))
        self.updateGeometry()
        self.update()

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _title_height(self) -> int:
        return QFontMetrics(self._title_font()).height() + GAP

    def layout_rows(self, width: int) -> list[BarRow]:
        """Where each label, bar and count goes at this width (also what is painted)."""
        metrics = QFontMetrics(self.font())
        label_width = max(110, int(width * LABEL_SHARE))
        count_width = metrics.horizontalAdvance("< 9999") + GAP
        bar_space = max(20, width - label_width - GAP - count_width)
        largest = max((n for _label, n, _text in self.rows), default=0) or 1
        y = self._title_height()
        laid_out = []
        for label, count, text in self.rows:
            needed = metrics.boundingRect(QRect(0, 0, label_width, 10_000), LABEL_FLAGS,
                                          label).height()
            height = max(MIN_ROW, needed + 6)
            bar_width = round(bar_space * count / largest)
            bar_x = label_width + GAP
            laid_out.append(BarRow(
                label, text, QRect(0, y, label_width, height),
                QRect(bar_x, y + 4, bar_width, height - 8),
                QRect(bar_x + bar_width + 4, y, count_width, height)))
            y += height
        return laid_out

    def sizeHint(self) -> QSize:
        rows = self.layout_rows(420)
        height = (rows[-1].label_rect.bottom() if rows else self._title_height() + 40) + GAP
        return QSize(420, height)

    def minimumSizeHint(self) -> QSize:
        return QSize(260, self.sizeHint().height())

    def heightForWidth(self, width: int) -> int:
        rows = self.layout_rows(width)
        return (rows[-1].label_rect.bottom() if rows else self._title_height() + 40) + GAP

    def hasHeightForWidth(self) -> bool:
        return True

    def empty_message(self) -> str | None:
        """Shown instead of bars when there is nothing to count."""
        if any(n for _label, n, _text in self.rows):
            return None
        return self.tr("Niets te tellen in deze periode.")

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self._title_font())
        painter.drawText(QRect(0, 0, self.width(), self._title_height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, self.title)
        painter.setFont(self.font())
        if (empty := self.empty_message()) is not None:
            painter.setPen(QColor(90, 90, 90))
            painter.drawText(QRect(0, self._title_height(), self.width(), 40),
                             Qt.AlignmentFlag.AlignCenter, empty)
            return
        for row in self.layout_rows(self.width()):
            painter.setPen(self.palette().text().color())
            painter.drawText(row.label_rect, LABEL_FLAGS, row.label)
            painter.setPen(QColor(0, 0, 0))
            painter.setBrush(BAR_COLOUR)
            if row.bar_rect.width() > 0:
                painter.drawRect(row.bar_rect)
            painter.setPen(self.palette().text().color())
            painter.drawText(row.count_rect, Qt.AlignmentFlag.AlignLeft |
                             Qt.AlignmentFlag.AlignVCenter, row.count_text)
