"""Organisatie en briefpapier: the details every letter carries. Also the
first-run screen, with a word of welcome."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.data.errors import ValidationFailed
from desktop.data.store import Store
from desktop.documents.letters.context import OrganisationInfo
from desktop.documents.organisation import (
    get_organisation,
    read_logo,
    save_organisation,
    validate_organisation,
)
from models import Organisation
from models.limits import max_chars
from views.errors import guarded, show_error
from views.manual import set_topic
from views.messages import message_for
from views.widgets import FieldBox, save_shortcut


class OrganisationDialog(QDialog):
    saved = Signal()

    def __init__(self, store: Store, first_run: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_topic(self, "beheer#organisatie")
        self.store = store
        self.setWindowTitle(self.tr("Organisatie en briefpapier"))
        _ok, info = guarded(self, lambda: get_organisation(store))
        self.info: OrganisationInfo = info or OrganisationInfo()
        self.logo, self.logo_type = self.info.logo, self.info.logo_type
        self.fields: dict[str, FieldBox] = {}

        def line(name: str, value: str, hint: str = "") -> FieldBox:
            edit = QLineEdit(value)
            edit.setMaxLength(max_chars(Organisation, name))
            edit.setPlaceholderText(hint)
            box = FieldBox(edit)
            edit.textChanged.connect(lambda _t: self._check(quiet=True))
            edit.editingFinished.connect(lambda: self._check())
            self.fields[name] = box
            return box

        i = self.info
        form = QFormLayout()
        form.addRow(self.tr("Naam"), line("name", i.name,
                                          self.tr("bijvoorbeeld Buurtbemiddeling Zwolle")))
        form.addRow(self.tr("Straat en huisnummer"), line("street", i.street))
        form.addRow(self.tr("Postcode"), line("postcode", i.postcode, "1234 AB"))
        form.addRow(self.tr("Plaats"), line("town", i.town))
        form.addRow(self.tr("Telefoon"), line("phone", i.phone))
        form.addRow(self.tr("E-mail"), line("email", i.email))
        form.addRow(self.tr("Website"), line("website", i.website))
        form.addRow(self.tr("Ondertekenaar"), line("signatory_name", i.signatory_name))
        form.addRow(self.tr("Functie ondertekenaar"),
                    line("signatory_role", i.signatory_role, self.tr("coördinator")))
        self.footer = QPlainTextEdit(i.footer)
        self.footer.setMaximumHeight(60)
        self.footer.setTabChangesFocus(True)
        self.footer_box = FieldBox(self.footer)
        self.footer.textChanged.connect(lambda: self._check(quiet=True))
        form.addRow(self.tr("Voettekst"), self.footer_box)
        self.logo_preview = QLabel()
        self.logo_preview.setMinimumSize(180, 60)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        choose = QPushButton(self.tr("Logo kiezen…"))
        self.remove_logo = QPushButton(self.tr("Geen logo"))
        choose.clicked.connect(lambda _c=False: self.choose_logo())
        self.remove_logo.clicked.connect(lambda _c=False: self.set_logo(None, ""))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview, 1)
        logo_row.addWidget(choose)
        logo_row.addWidget(self.remove_logo)
        form.addRow(self.tr("Logo"), logo_row)
        self.save_button = QPushButton(self.tr("Opslaan"))
        self.save_button.setDefault(True)
        later = QPushButton(self.tr("Later") if first_run else self.tr("Annuleren"))
        self.save_button.clicked.connect(lambda _c=False: self.save())
        save_shortcut(self, self.save, self.save_button)
        later.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(later)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        if first_run:
            welcome = QLabel(self.tr(
                "<b>Welkom bij Burenrust.</b> Vul eerst de gegevens van uw organisatie in. "
                "Ze komen op elke brief: in het briefhoofd, bij de ondertekening en in de "
                "voettekst. U kunt ze later wijzigen onder Beheer."))
            welcome.setWordWrap(True)
            layout.addWidget(welcome)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.set_logo(self.logo, self.logo_type)
        self._check(quiet=True)

    def values(self) -> OrganisationInfo:
        return replace(
            self.info, **{name: box.editor.text() for name, box in self.fields.items()},
            footer=self.footer.toPlainText(), logo=self.logo, logo_type=self.logo_type)

    def _check(self, quiet: bool = False) -> bool:
        """Errors show once a field is left (quiet while typing), save waits for a name."""
        cleaned, errors = validate_organisation(self.values())
        wrong = {e.field: e.code for e in errors}
        for name, box in self.fields.items():
            if name in wrong and (not quiet or box.error.isVisible()):
                box.set_error(message_for(wrong[name]))
            elif name not in wrong:
                box.set_error(None)
        # The footer is the one long text: say at once when it is too long.
        self.footer_box.set_error(message_for(wrong["footer"]) if "footer" in wrong else None)
        self.save_button.setEnabled(not errors)
        if not quiet:
            for name in ("postcode", "phone", "email"):
                editor = self.fields[name].editor
                value = getattr(cleaned, name)
                if name not in wrong and editor.text() != value:
                    editor.setText(value)
        return not errors

    def set_logo(self, data: bytes | None, kind: str) -> None:
        self.logo, self.logo_type = data, kind
        pixmap = QPixmap()
        if data and kind in ("png", "jpeg"):
            pixmap.loadFromData(data)
        elif data and kind == "svg":
            pixmap.loadFromData(data, "SVG")
        if not pixmap.isNull():
            self.logo_preview.setPixmap(pixmap.scaled(
                180, 60, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("(logo gekozen)") if data else self.tr("Geen"))
        self.remove_logo.setEnabled(bool(data))

    def choose_logo(self, path: Path | None = None) -> bool:
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Logo kiezen"), "",
                self.tr("Afbeeldingen (*.png *.jpg *.jpeg *.svg)"))
            if not chosen:
                return False
            path = Path(chosen)
        try:
            data, kind = read_logo(path)
        except (ValidationFailed, OSError) as exc:
            show_error(self, exc)
            return False
        self.set_logo(data, kind)
        return True

    def save(self) -> bool:
        if not self._check():
            return False
        ok, _saved = guarded(self, lambda: save_organisation(self.store, self.values()))
        if ok:
            self.saved.emit()
            self.accept()
        return bool(ok)
