"""Show a PDF inside the program (Qt PDF), print it through the system's
printer dialog, or save it elsewhere."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from views.errors import show_error
from views.manual import set_topic
from views.screen_fit import fit_to_screen
from views.widgets import style_banner


class PdfPane(QPdfView):
    """A PDF from bytes, all pages scrolling, fitted to the width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Not children of the view: a child document is destroyed while the view is half
        # gone and signals it (a crash). Python keeps them; the view goes first.
        self.document = QPdfDocument()
        self._buffer: QBuffer | None = None
        self.setDocument(self.document)
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def show_pdf(self, data: bytes) -> None:
        self.document.close()
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        self._buffer = buffer  # the document reads from it while shown

    def clear(self) -> None:
        self.document.close()


def print_document(document: QPdfDocument, printer: QPrinter) -> None:
    """Each page rendered at the printer's resolution and drawn to fit the paper."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("printer refused")
    try:
        dpi = printer.resolution()
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            size = QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi))
            image = document.render(index, size)
            target = painter.viewport()
            fitted = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), fitted), image)
    finally:
        painter.end()


def ask_and_print(parent: QWidget, document: QPdfDocument) -> bool:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        print_document(document, printer)
    except Exception as exc:
        show_error(parent, exc)
        return False
    return True


def save_pdf_as(parent: QWidget, data: bytes, suggested: str) -> Path | None:
    translate = QCoreApplication.translate
    path, _filter = QFileDialog.getSaveFileName(
        parent, translate("PdfViewerDialog", "Opslaan als"), suggested,
        translate("PdfViewerDialog", "PDF-bestanden (*.pdf)"))
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        target = target.with_suffix(".pdf")
    try:
        target.write_bytes(data)
    except OSError as exc:
        show_error(parent, exc)
        return None
    return target


class PdfViewerDialog(QDialog):
    def __init__(self, data: bytes, title: str, suggested_name: str,
                 parent: QWidget | None = None, note: str = "") -> None:
        super().__init__(parent)
        set_topic(self, "brieven#afdrukken")
        self.setWindowTitle(title)
        fit_to_screen(self, (760, 900), "pdf_viewer")
        self.data = data
        self.suggested_name = suggested_name
        self.view = PdfPane()
        self.view.show_pdf(data)
        self.print_button = QPushButton(self.tr("Afdrukken…"))
        self.save_button = QPushButton(self.tr("Opslaan als…"))
        close = QPushButton(self.tr("Sluiten"))
        self.print_button.clicked.connect(lambda _c=False: ask_and_print(self, self.view.document))
        self.save_button.clicked.connect(
            lambda _c=False: save_pdf_as(self, self.data, self.suggested_name))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        self.note = QLabel(note)
        style_banner(self.note)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
