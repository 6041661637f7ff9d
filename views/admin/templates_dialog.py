"""Briefteksten: the coordinator edits the text of each letter, sees at once
whether it can make a letter (and where it goes wrong), previews it with
example values, and can always go back to the shipped text."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.data.store import Store
from desktop.documents.letters import templates
from desktop.documents.letters.content import LetterContent
from desktop.documents.letters.context import sample_context, sample_recipient
from desktop.documents.letters.service import LETTER_KINDS
from desktop.documents.letters.templates import PLACEHOLDERS, TemplateProblem, TemplateText
from desktop.documents.organisation import get_organisation
from models import LetterTemplate
from models.limits import max_chars
from models.roles import Permission
from views.documents.pdf_viewer import PdfViewerDialog
from views.errors import guarded
from views.labels import letter_kind_labels, letter_language_labels
from views.manual import set_topic
from views.messages import template_problem_text
from views.screen_fit import fit_to_screen
from views.tasks import Runner, log_failure
from views.widgets import save_shortcut


def placeholder_names() -> list[str]:
    names = []
    for name, fields in PLACEHOLDERS.items():
        if name == "schrijfregels":
            names.append("schrijfregels(8)")
        elif fields is None:
            names.append(name)
        else:
            names.extend(f"{name}.{field}" for field in fields)
    return names


class TemplatesDialog(QDialog):
    def __init__(self, store: Store, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_topic(self, "brieven#briefteksten")
        self.store = store
        self.setWindowTitle(self.tr("Briefteksten"))
        fit_to_screen(self, (1100, 760), "templates_dialog")
        self.current: TemplateText | None = None
        self.letters = QListWidget()
        self.letters.setAccessibleName(self.tr("Brieven"))
        kinds, languages = letter_kind_labels(), letter_language_labels()
        for code in LETTER_KINDS:
            for language in templates.LANGUAGES:
                item = QListWidgetItem(f"{kinds[code]} ({languages[language]})")
                item.setData(256, (code, language))
                self.letters.addItem(item)
        self.letters.setMaximumWidth(330)
        self.subject = QLineEdit()
        self.subject.setMaxLength(max_chars(LetterTemplate, "subject"))
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.fields = QListWidget()
        self.fields.setAccessibleName(self.tr("Velden"))
        self.fields.setMaximumWidth(230)
        for name in placeholder_names():
            self.fields.addItem("{{ " + name + " }}")
        self.fields.itemActivated.connect(
            lambda item: self.body.insertPlainText(item.text()))
        self.save_button = QPushButton(self.tr("Opslaan"))
        self.preview_button = QPushButton(self.tr("Voorbeeld…"))
        self.restore_button = QPushButton(self.tr("Standaardtekst terugzetten"))
        close = QPushButton(self.tr("Sluiten"))
        editor = QVBoxLayout()
        subject_label = QLabel(self.tr("&Onderwerp"))
        subject_label.setBuddy(self.subject)
        body_label = QLabel(self.tr("&Tekst (een lege regel begint een nieuwe alinea)"))
        body_label.setBuddy(self.body)
        self.body.setAccessibleName(self.tr("Tekst"))
        editor.addWidget(subject_label)
        editor.addWidget(self.subject)
        editor.addWidget(body_label)
        editor.addWidget(self.body, 1)
        editor.addWidget(self.state)
        fields_box = QVBoxLayout()
        fields_box.addWidget(QLabel(self.tr("Velden (dubbelklik om in te voegen)")))
        fields_box.addWidget(self.fields, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.letters)
        middle.addLayout(editor, 1)
        middle.addLayout(fields_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(middle, 1)
        layout.addLayout(buttons)
        self.runner = runner
        self._checking = 0  # the newest check whose answer still counts
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.validate_in_background)
        self.subject.textChanged.connect(lambda _t: self._edited())
        self.body.textChanged.connect(self._edited)
        self.letters.currentRowChanged.connect(self._switch)
        self.save_button.clicked.connect(lambda _c=False: self.save())
        save_shortcut(self, lambda: self.save_button.isEnabled() and self.save(),
                      self.save_button)
        self.preview_button.clicked.connect(lambda _c=False: self.preview())
        self.restore_button.clicked.connect(lambda _c=False: self.restore())
        close.clicked.connect(self.reject)
        self._row = -1
        self.letters.setCurrentRow(0)

    # -- loading and switching -----------------------------------------------------------
    def _load(self, code: str, language: str) -> None:
        ok, text = guarded(self, lambda: self._read(code, language))
        if not ok or text is None:
            return
        self.current = text
        self.subject.blockSignals(True)
        self.body.blockSignals(True)
        self.subject.setText(text.subject)
        self.body.setPlainText(text.body)
        self.subject.blockSignals(False)
        self.body.blockSignals(False)
        self.restore_button.setEnabled(text.is_custom)
        self.validate()

    def _read(self, code: str, language: str) -> TemplateText:
        with self.store.read() as session:
            return templates.load(session, code, language)

    def is_dirty(self) -> bool:
        return self.current is not None and (
            self.subject.text() != self.current.subject
            or self.body.toPlainText() != self.current.body)

    def _switch(self, row: int) -> None:
        if row == self._row:
            return
        if self.is_dirty() and not self._may_discard():
            self.letters.blockSignals(True)
            self.letters.setCurrentRow(self._row)
            self.letters.blockSignals(False)
            return
        self._row = row
        code, language = self.letters.item(row).data(256)
        self._load(code, language)

    def _may_discard(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Briefteksten"),
            self.tr("De gewijzigde tekst is nog niet opgeslagen. Wijzigingen weggooien?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        if self.is_dirty() and not self._may_discard():
            return
        super().reject()

    # -- checking, saving, previewing ----------------------------------------------------
    def _edited(self) -> None:
        self.save_button.setEnabled(False)
        self._timer.start()

    def problem(self) -> TemplateProblem | None:
        return _problem_in(self.subject.text(), self.body.toPlainText())

    def validate_in_background(self) -> None:
        """While typing: checked in a worker, so no template can hold up the screen;
        an answer about text that has changed since is dropped."""
        self._checking += 1
        ticket = self._checking
        subject, body = self.subject.text(), self.body.toPlainText()
        self.runner.run(lambda: _problem_in(subject, body),
                        lambda problem: ticket == self._checking and self._show(problem),
                        log_failure)

    def validate(self) -> bool:
        self._checking += 1  # an answer still on its way is about older text
        return self._show(self.problem())

    def _show(self, problem: TemplateProblem | None) -> bool:
        if problem is None:
            self.state.setStyleSheet("color: #1d6b3a;")
            self.state.setText(self.tr("De tekst is in orde."))
        else:
            self.state.setStyleSheet("color: #a4000f;")
            self.state.setText(template_problem_text(problem))
            self._mark_line(problem.line)
        self.save_button.setEnabled(problem is None and self.is_dirty())
        self.preview_button.setEnabled(problem is None)
        return problem is None

    def _mark_line(self, line: int | None) -> None:
        """Put the body's cursor at the start of the line the problem is on, so the
        coordinator sees where (without taking the focus away while typing)."""
        if not line or line < 3 or self.body.hasFocus():
            return
        block = self.body.document().findBlockByNumber(line - 3)
        if block.isValid():
            cursor = self.body.textCursor()
            cursor.setPosition(block.position())
            self.body.setTextCursor(cursor)
            self.body.ensureCursorVisible()

    def edited_text(self) -> TemplateText:
        assert self.current is not None
        return replace(self.current, subject=self.subject.text(), body=self.body.toPlainText())

    def save(self) -> bool:
        if self.current is None or not self.validate():
            return False
        text = self.edited_text()

        def write() -> None:
            with self.store.unit(needs=Permission.ADMIN) as session:
                templates.save(session, text)

        ok, _none = guarded(self, write)
        if ok:
            self._load(text.code, text.language)
        return bool(ok)

    def restore(self) -> bool:
        if self.current is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Standaardtekst terugzetten"),
            self.tr("De eigen tekst van deze brief vervangen door de standaardtekst?"))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        code, language = self.current.code, self.current.language

        def write() -> None:
            with self.store.unit(needs=Permission.ADMIN) as session:
                templates.restore(session, code, language)

        ok, _none = guarded(self, write)
        if ok:
            self._load(code, language)
        return bool(ok)

    def preview_pdf(self) -> bytes:
        text = self.edited_text()
        org = get_organisation(self.store)
        values = sample_context(text.language, org=org if org.name else None)
        rendered = templates.render(text.subject, text.body, values)
        recipient = sample_recipient(text.language)
        is_form = LETTER_KINDS[text.code].recipients == "none"
        content = LetterContent(
            rendered.subject, rendered.body, values["zaak"]["nummer"], values["vandaag"],
            () if is_form else recipient.address_lines(),
            ("Fatma Çelik", "Jan de Vries", "Anna Bakker", "Kees Nguyễn") if is_form else (),
            text.language)
        from desktop.documents.letters.pdf import build_pdf  # ReportLab: when made

        return build_pdf(org if org.name else _sample_org(), [content]).pdf

    def preview(self) -> PdfViewerDialog | None:
        ok, data = guarded(self, self.preview_pdf)
        if not ok or data is None:
            return None
        dialog = PdfViewerDialog(data, self.tr("Voorbeeld"), "voorbeeld.pdf", self)
        dialog.open()
        return dialog


def _problem_in(subject: str, body: str) -> TemplateProblem | None:
    try:
        templates.check(subject, body)
    except TemplateProblem as exc:
        return exc
    return None


def _sample_org():
    from desktop.documents.letters.context import SAMPLE_ORGANISATION

    return SAMPLE_ORGANISATION
