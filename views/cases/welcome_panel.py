"""The first start: no cases yet, so instead of an empty list the coordinator is
told where to begin: a new case, the old spreadsheet, the mediators, or a practice
window with made-up cases."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from views.manual import set_topic
from views.widgets import style_title


class WelcomePanel(QFrame):
    new_case = Signal()
    import_sheet = Signal()
    add_mediators = Signal()
    practice = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_topic(self, "index")
        self.setObjectName("welcome")
        title = QLabel(self.tr("Welkom bij Burenrust"))
        style_title(title)
        intro = QLabel(self.tr(
            "Er staan nog geen zaken in. Waar wilt u beginnen? Alles kan later ook: via het "
            "menu en de knoppen links. Met F1 opent de handleiding bij elk scherm."))
        intro.setWordWrap(True)
        steps = [
            (self.tr("Nieuwe zaak…"), self.tr(
                "Een aanmelding registreren, bijvoorbeeld terwijl u aan de telefoon bent "
                "(Ctrl+N)."), self.new_case),
            (self.tr("Spreadsheet importeren…"), self.tr(
                "De zaken uit uw oude Excel-bestand overnemen. U ziet eerst wat er gebeurt; "
                "er wordt pas iets opgeslagen als u dat kiest."), self.import_sheet),
            (self.tr("Bemiddelaars toevoegen"), self.tr(
                "De vrijwilligers, met wanneer ze kunnen: dan stelt Burenrust koppels voor."),
             self.add_mediators),
            (self.tr("Oefenen met demogegevens…"), self.tr(
                "Een tweede venster met verzonnen zaken, in een aparte map. Uw eigen gegevens "
                "blijven daarbuiten."), self.practice),
        ]
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(12)
        self.buttons: list[QPushButton] = []
        for row, (label, explanation, signal) in enumerate(steps):
            button = QPushButton(label)
            button.clicked.connect(lambda _c=False, s=signal: s.emit())
            text = QLabel(explanation)
            text.setWordWrap(True)
            text.setBuddy(button)
            grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text, row, 1)
            self.buttons.append(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(12)
        layout.addLayout(grid)
        layout.addStretch(1)
