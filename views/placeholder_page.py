"""A part of the program that is not built yet says so plainly."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        heading.setObjectName("sectionTitle")
        body = QLabel(
            description
            + "\n\n"
            + self.tr(
                "Dit onderdeel komt in een volgende versie van Burenrust. "
                "Tot die tijd kunt u het hier nog niet gebruiken."
            )
        )
        body.setWordWrap(True)
        body.setMaximumWidth(640)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addWidget(heading)
        layout.addWidget(body)
