"""Inzage maken: find the resident, read everything recorded about them with every
other person's name highlighted, choose which names are blacked out (all, to
begin with), and save the PDF and the JSON; the register notes what was sent."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.data.store import Store
from desktop.privacy import access
from desktop.privacy.requests import PersonMatch, find_persons, note_answer
from views.errors import guarded
from views.manual import set_topic
from views.screen_fit import fit_to_screen


class PersonFinder(QWidget):
    """A search field and the residents it finds, with their addresses and cases:
    namesakes are told apart by where they lived."""

    chosen = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("naam of postcode van de bewoner"))
        self.search.setAccessibleName(self.tr("Bewoner zoeken"))
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Gevonden bewoners"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        self.search.textChanged.connect(lambda _t: self.find())
        self.results.currentItemChanged.connect(self._chosen)

    def find(self) -> list[PersonMatch]:
        text = self.search.text()
        _ok, found = guarded(self, lambda: find_persons(self.store, text))
        self.results.clear()
        for person in found or []:
            item = QListWidgetItem(
                f"{person.name} — {'; '.join(person.addresses) or self.tr('geen adres')} — "
                + self.tr("zaken %1").replace("%1", ", ".join(person.cases)))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.results.addItem(item)
        return found or []

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))


def choose_person(store: Store, parent: QWidget) -> int | None:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    dialog = QDialog(parent)
    dialog.setWindowTitle(translate("PersonFinder", "Bewoner kiezen"))
    finder = PersonFinder(store, dialog)
    picked: list[int] = []
    finder.chosen.connect(picked.append)
    ok = QPushButton(translate("PersonFinder", "Kiezen"))
    ok.clicked.connect(lambda _c=False: dialog.accept())
    layout = QVBoxLayout(dialog)
    layout.addWidget(finder)
    layout.addWidget(ok)
    fit_to_screen(dialog, (640, 420))
    return picked[-1] if dialog.exec() == QDialog.DialogCode.Accepted and picked else None


class AccessDialog(QDialog):
    sent = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_topic(self, "privacy#inzage")
        self.store = store
        self.report: access.AccessReport | None = None
        self.setWindowTitle(self.tr("Inzage maken"))
        fit_to_screen(self, (980, 640), "access_dialog")
        self.finder = PersonFinder(store)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Voorbeeld van de inzage"))
        self.names = QListWidget()
        self.names.setAccessibleName(self.tr("Namen van anderen"))
        self.save_button = QPushButton(self.tr("Opslaan als PDF en JSON…"))
        self.save_button.setEnabled(False)
        names_box = QWidget()
        names_layout = QVBoxLayout(names_box)
        names_layout.setContentsMargins(0, 0, 0, 0)
        names_layout.addWidget(QLabel(self.tr(
            "Namen van anderen (aangevinkt: zwart gemaakt)")))
        names_layout.addWidget(self.names, 1)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.finder)
        left.addWidget(names_box)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.preview)
        split.setStretchFactor(1, 2)
        close = QPushButton(self.tr("Sluiten"))
        close.clicked.connect(lambda _c=False: self.accept())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.finder.chosen.connect(self.show_person)
        self.names.itemChanged.connect(lambda _i: self.render())
        self.save_button.clicked.connect(lambda _c=False: self.save())

    def show_person(self, person_id: int) -> None:
        ok, report = guarded(self, lambda: access.collect(self.store, person_id))
        if not ok or report is None:
            return
        self.report = report
        self.names.blockSignals(True)
        self.names.clear()
        for name in report.other_names:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)  # blacked out unless the coordinator says
            self.names.addItem(item)
        self.names.blockSignals(False)
        self.save_button.setEnabled(True)
        self.render()

    def blacked(self) -> list[str]:
        return [self.names.item(i).text() for i in range(self.names.count())
                if self.names.item(i).checkState() == Qt.CheckState.Checked]

    def _marked(self, text: str) -> str:
        """Other people's names highlighted: yellow while shown, black when blacked out."""
        assert self.report is not None
        blacked = set(n.lower() for n in self.blacked())
        out = []
        for piece, other in access.segments(text, self.report.other_names):
            if not other:
                out.append(html.escape(piece))
            elif piece.lower() in blacked:
                out.append(f"<span style='background:#222;color:#222'>{html.escape(piece)}"
                           "</span>")
            else:
                out.append(f"<span style='background:#ffe066'>{html.escape(piece)}</span>")
        return "".join(out).replace("\n", "<br/>")

    def render(self) -> None:
        if self.report is None:
            return
        r = self.report
        parts = [f"<h3>{html.escape(r.name)}</h3>",
                 html.escape(self.tr("Telefoon: %1 · E-mail: %2").replace(
                     "%1", r.phone or "–").replace("%2", r.email or "–"))]
        for case in r.cases:
            title = self.tr("Zaak %1 (partij %2)").replace("%1", case.number).replace(
                "%2", case.role)
            parts.append(f"<h4>{html.escape(title)}</h4>")
            status = access.STATUS.get(case.status, case.status)
            parts.append(html.escape(f"{case.registered_on} · {status} · {case.result}"))
            if case.story:
                parts.append(f"<p>{self._marked(case.story)}</p>")
            for entry in case.journal:
                parts.append(f"<p><i>{html.escape(entry['datum'])}</i> "
                             f"{self._marked(entry['tekst'])}</p>")
        if r.letters:
            parts.append(f"<h4>{html.escape(self.tr('Brieven aan deze bewoner'))}</h4>")
            parts += [html.escape(f"{letter['datum']} — {letter['titel']}") + "<br/>"
                      for letter in r.letters]
        self.preview.setHtml("".join(parts))

    def save(self, target: str | None = None) -> Path | None:
        if self.report is None:
            return None
        if target is None:
            safe = "".join(c if c.isalnum() else "-" for c in self.report.name).strip("-")
            target, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Inzage opslaan"), f"inzage-{safe}.pdf",
                self.tr("PDF-bestand (*.pdf)"))
            if not target:
                return None
        report, blacked, pdf_path = self.report, self.blacked(), Path(target)

        def write() -> None:
            pdf_path.write_bytes(access.to_pdf(self.store, report, blacked))
            pdf_path.with_suffix(".json").write_text(access.to_json(report, blacked),
                                                     encoding="utf-8")
            note_answer(self.store, report.person_id,
                        f"Inzage gemaakt op {report.made_on} (PDF en JSON, "
                        f"{len(blacked)} namen van anderen zwart gemaakt)")
            self.store.record_event("export", "access_request", cases=len(report.cases),
                                    blacked_out=len(blacked))

        ok, _none = guarded(self, write)
        if ok:
            self.sent.emit()
        return pdf_path if ok else None
