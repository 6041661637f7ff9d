"""Letters as PDF with ReportLab, laid out for a window envelope.

Envelope standard: DIN 5008 form B, the European layout for DL (110 × 220 mm)
and C5/6 envelopes with the window on the left (DIN 680), which is the common
Dutch "vensterenvelop". On the A4 sheet the address field lies 20 mm from the
left edge and 45 mm from the top, 85 mm wide and 45 mm high: the upper 17.7 mm
hold the sender's return line, the lower 27.3 mm up to six lines of address.
Folded in three (marks at 105 mm and 210 mm) the field shows in the window.

Fonts: DejaVu Sans, embedded (subset), so every name a Dutch town has prints.
A batch is one document; each letter gets its own first page with letterhead and
address, its own page numbers ("Pagina 1 van 2", only when it runs over a page),
and its page range is reported so the batch can be split into per-case copies."""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Iterable
from importlib import resources
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.documents.letters.content import (
    BuildCancelled,
    BuildResult,
    LetterContent,
)
from desktop.documents.letters.context import OrganisationInfo
from desktop.documents.letters.templates import MARKER_RE

PAGE_WIDTH, PAGE_HEIGHT = A4

# DIN 5008 form B, measured from the top-left corner of the sheet.
ADDRESS_LEFT = 20 * mm
ADDRESS_TOP = 45 * mm
ADDRESS_WIDTH = 85 * mm
ADDRESS_HEIGHT = 45 * mm
RETURN_ZONE = 17.7 * mm
FOLD_MARKS = (105 * mm, 210 * mm)
PUNCH_MARK = 148.5 * mm
INFO_LEFT = 125 * mm  # the information block beside the address field
INFO_TOP = 50 * mm
TEXT_LEFT = 25 * mm
TEXT_RIGHT = 20 * mm
BODY_TOP_FIRST = 98.46 * mm  # where DIN 5008 puts the subject line
BODY_TOP_FORM = 48 * mm  # a form (no address) starts higher
BODY_TOP_LATER = 30 * mm
BODY_BOTTOM = 28 * mm
LOGO_MAX = (60 * mm, 24 * mm)

FONT = "BurenrustSans"
FONT_BOLD = "BurenrustSans-Bold"
FONT_ITALIC = "BurenrustSans-Oblique"
GREY = Color(0.35, 0.35, 0.35)

_font_lock = threading.Lock()


def register_fonts() -> None:
    with _font_lock:
        if FONT in pdfmetrics.getRegisteredFontNames():
            return
        folder = resources.files("resources") / "fonts"
        for name, file in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf"),
                           (FONT_ITALIC, "DejaVuSans-Oblique.ttf")):
            with resources.as_file(folder / file) as path:
                pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC,
                                      boldItalic=FONT_BOLD)


_LABELS = {
    "nl": {"date": "Datum", "reference": "Ons kenmerk", "phone": "Telefoon",
           "page": "Pagina {} van {}", "signature": "Handtekening", "name": "Naam"},
    "en": {"date": "Date", "reference": "Our reference", "phone": "Telephone",
           "page": "Page {} of {}", "signature": "Signature", "name": "Name"},
}


class _Styles:
    """The letter's paragraph styles, and the parsed text of paragraphs already seen:
    a batch repeats most paragraphs hundreds of times, and parsing is a third of a
    Paragraph's cost."""

    def __init__(self) -> None:
        self._parsed: dict[tuple[str, str], list] = {}
        self.body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14,
                                   spaceAfter=10, textColor=black)
        self.subject = ParagraphStyle("subject", parent=self.body, fontName=FONT_BOLD,
                                      fontSize=11, spaceAfter=14)
        self.bullet = ParagraphStyle("bullet", parent=self.body, leftIndent=12,
                                     bulletIndent=2, spaceAfter=4)
        self.small = ParagraphStyle("small", fontName=FONT, fontSize=8, leading=10)

    def paragraph(self, markup: str, style: ParagraphStyle) -> Paragraph:
        key = (markup, style.name)
        frags = self._parsed.get(key)
        if frags is None:
            made = Paragraph(markup, style)
            self._parsed[key] = made.frags
            return made
        return Paragraph(markup, style, frags=frags)


class _Marker(Flowable):
    """Zero-size flowable marking where a letter starts or ends."""

    def __init__(self, action: Callable[[], None]) -> None:
        super().__init__()
        self.action = action

    def wrap(self, *_args: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.action()


class _WritingLines(Flowable):
    def __init__(self, count: int, width: float) -> None:
        super().__init__()
        self.count, self.width = count, width

    def wrap(self, *_args: float) -> tuple[float, float]:
        return self.width, self.count * 9 * mm

    def draw(self) -> None:
        self.canv.setStrokeColor(GREY)
        self.canv.setLineWidth(0.4)
        for i in range(self.count):
            y = (self.count - i - 1) * 9 * mm + 1 * mm
            self.canv.line(0, y, self.width, y)


class _Letterhead:
    """Draws the parts every letter shares: logo, sender, footer. The logo is
    drawn once into a form XObject and reused on every page."""

    def __init__(self, org: OrganisationInfo) -> None:
        self.org = org
        self.logo_size: tuple[float, float] | None = None
        self._logo_image: ImageReader | None = None
        self._logo_drawing = None
        if org.logo:
            self._load_logo(org.logo, org.logo_type)
        self._form_ready = False
        parts = [org.name, org.street, f"{org.postcode} {org.town}".strip()]
        self.return_line = " · ".join(p for p in parts if p)
        contact = [org.phone, org.email, org.website]
        self.footer_lines = [line for line in (
            " · ".join(p for p in parts + contact if p), org.footer.strip()) if line]

    def _load_logo(self, data: bytes, kind: str) -> None:
        max_w, max_h = LOGO_MAX
        if kind == "svg":
            from svglib.svglib import svg2rlg

            drawing = svg2rlg(io.BytesIO(data))
            if drawing is None or not drawing.width or not drawing.height:
                return
            scale = min(max_w / drawing.width, max_h / drawing.height)
            drawing.scale(scale, scale)
            self.logo_size = (drawing.width * scale, drawing.height * scale)
            self._logo_drawing = drawing
        else:
            image = ImageReader(io.BytesIO(data))
            w, h = image.getSize()
            scale = min(max_w / w, max_h / h)
            self.logo_size = (w * scale, h * scale)
            self._logo_image = image

    def prepare_logo(self, canvas: Canvas) -> None:
        if self.logo_size is None or self._form_ready:
            return
        w, h = self.logo_size
        canvas.beginForm("logo")
        if self._logo_image is not None:
            canvas.drawImage(self._logo_image, 0, 0, w, h, mask="auto")
        else:
            from reportlab.graphics import renderPDF

            renderPDF.draw(self._logo_drawing, canvas, 0, 0)
        canvas.endForm()
        self._form_ready = True

    def draw_logo(self, canvas: Canvas, x: float, top: float) -> None:
        if self.logo_size is None:
            return
        _w, h = self.logo_size
        canvas.saveState()
        canvas.translate(x, PAGE_HEIGHT - top - h)
        canvas.doForm("logo")
        canvas.restoreState()


class _LetterDocument(BaseDocTemplate):
    def __init__(self, target: io.BytesIO, head: _Letterhead, styles: _Styles) -> None:
        super().__init__(target, pagesize=A4, leftMargin=TEXT_LEFT, rightMargin=TEXT_RIGHT,
                         topMargin=BODY_TOP_LATER, bottomMargin=BODY_BOTTOM,
                         title=head.org.name, author=head.org.name, creator="Burenrust",
                         pageCompression=1, initialFontName=FONT, initialFontSize=10)
        self.head = head
        self.styles = styles
        width = PAGE_WIDTH - TEXT_LEFT - TEXT_RIGHT

        def frame(top: float, name: str) -> Frame:
            return Frame(TEXT_LEFT, BODY_BOTTOM, width, PAGE_HEIGHT - top - BODY_BOTTOM,
                         leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=name)

        self.addPageTemplates([
            PageTemplate("first", [frame(BODY_TOP_FIRST, "first")], onPageEnd=self._decorate),
            PageTemplate("form", [frame(BODY_TOP_FORM, "form")], onPageEnd=self._decorate),
            PageTemplate("later", [frame(BODY_TOP_LATER, "later")], onPageEnd=self._decorate),
        ])
        self.letter: LetterContent | None = None
        self._static_forms: set[str] = set()
        self.letter_index = -1
        self.letter_first_page = 1
        self.page_ranges: list[tuple[int, int]] = []
        self.cancelled: Callable[[], bool] = lambda: False
        self.progress: Callable[[int], None] = lambda _n: None

    # -- story -------------------------------------------------------------------------
    def start_letter(self, index: int, letter: LetterContent) -> None:
        if self.cancelled():
            raise _Cancelled
        self.letter, self.letter_index, self.letter_first_page = letter, index, self.page

    def end_letter(self) -> None:
        """The last page of the letter is known now: write its page numbers."""
        assert self.letter is not None
        first, last = self.letter_first_page, self.page
        labels = _LABELS[self.letter.language]
        total = last - first + 1
        for number in range(1, total + 1):
            self.canv.beginForm(self._page_form(self.letter_index, number))
            if total > 1:
                self.canv.setFont(FONT, 8)
                self.canv.setFillColor(GREY)
                self.canv.drawRightString(PAGE_WIDTH - TEXT_RIGHT, BODY_BOTTOM - 8 * mm,
                                          labels["page"].format(number, total))
            self.canv.endForm()
        self.page_ranges.append((first, last))
        self.progress(len(self.page_ranges))

    @staticmethod
    def _page_form(index: int, number: int) -> str:
        return f"pn{index}x{number}"

    # -- page decoration ---------------------------------------------------------------
    def _decorate(self, canvas: Canvas, _doc: object) -> None:
        letter = self.letter
        if letter is None:
            return
        number = self.page - self.letter_first_page + 1
        if number == 1:
            kind = "address" if letter.address_lines else "form"
            canvas.doForm(self._static_form(canvas, f"{kind}-{letter.language}"))
            if letter.address_lines:
                self._address(canvas, letter)
                self._info(canvas, letter)
        else:
            canvas.doForm(self._static_form(canvas, "later"))
            canvas.saveState()
            canvas.setFont(FONT, 8)
            canvas.setFillColor(GREY)
            canvas.drawString(TEXT_LEFT, PAGE_HEIGHT - 18 * mm,
                              f"{self.head.org.name} · "
                              f"{_LABELS[letter.language]['reference']} {letter.reference}")
            canvas.restoreState()
        canvas.doForm(self._page_form(self.letter_index, number))

    def _static_form(self, canvas: Canvas, key: str) -> str:
        """What every letter's page has in common, drawn once as a form XObject:
        a thousand letters then cost one logo and one footer in the file."""
        name = f"static-{key}"
        if name in self._static_forms:
            return name
        self._static_forms.add(name)
        if key != "later":  # prepare the logo's own form outside this one
            self.head.prepare_logo(canvas)
        canvas.beginForm(name)
        canvas.saveState()
        if key != "later":
            head = self.head
            head.draw_logo(canvas, PAGE_WIDTH - TEXT_RIGHT - (head.logo_size or (0, 0))[0],
                           12 * mm)
            canvas.setFont(FONT_BOLD, 12)
            canvas.drawString(TEXT_LEFT, PAGE_HEIGHT - 20 * mm, head.org.name)
        if key.startswith("address"):
            self._return_line(canvas)
            labels = _LABELS[key.split("-")[1]]
            canvas.setFont(FONT, 7)
            canvas.setFillColor(GREY)
            rows = ["date", "reference"] + (["phone"] if self.head.org.phone else [])
            for i, label in enumerate(rows):
                canvas.drawString(INFO_LEFT, PAGE_HEIGHT - INFO_TOP - i * 10 * mm, labels[label])
        self._marks(canvas)
        self._footer(canvas)
        canvas.restoreState()
        canvas.endForm()
        return name

    def _return_line(self, canvas: Canvas) -> None:
        canvas.setFillColor(GREY)
        size, line = _fit(self.head.return_line, ADDRESS_WIDTH - 5 * mm, 7, 5.5)
        canvas.setFont(FONT, size)
        canvas.drawString(ADDRESS_LEFT + 5 * mm, PAGE_HEIGHT - ADDRESS_TOP - RETURN_ZONE + 2.5 * mm,
                          line)

    def _address(self, canvas: Canvas, letter: LetterContent) -> None:
        y = PAGE_HEIGHT - ADDRESS_TOP - RETURN_ZONE - 4.5 * mm
        for text in letter.address_lines[:6]:
            size, text = _fit(text, ADDRESS_WIDTH - 5 * mm, 10, 8)
            canvas.setFont(FONT, size)
            canvas.drawString(ADDRESS_LEFT + 5 * mm, y, text)
            y -= 4.23 * mm

    def _info(self, canvas: Canvas, letter: LetterContent) -> None:
        canvas.setFont(FONT, 9)
        y = PAGE_HEIGHT - INFO_TOP - 4 * mm
        for value in (letter.date_text, letter.reference, self.head.org.phone):
            if value:
                canvas.drawString(INFO_LEFT, y, value)
            y -= 10 * mm

    def _marks(self, canvas: Canvas) -> None:
        canvas.setStrokeColor(GREY)
        canvas.setLineWidth(0.3)
        for top in FOLD_MARKS:
            canvas.line(4 * mm, PAGE_HEIGHT - top, 8 * mm, PAGE_HEIGHT - top)
        canvas.line(4 * mm, PAGE_HEIGHT - PUNCH_MARK, 10 * mm, PAGE_HEIGHT - PUNCH_MARK)

    def _footer(self, canvas: Canvas) -> None:
        canvas.setFont(FONT, 7)
        canvas.setFillColor(GREY)
        y = 14 * mm
        for line in self.head.footer_lines:
            size, line = _fit(line, PAGE_WIDTH - 2 * TEXT_RIGHT, 7, 5.5)
            canvas.setFont(FONT, size)
            canvas.drawCentredString(PAGE_WIDTH / 2, y, line)
            y -= 3.5 * mm


def _fit(text: str, width: float, size: float, smallest: float) -> tuple[float, str]:
    """Shrink the font down to `smallest`, then shorten with an ellipsis."""
    while size > smallest and pdfmetrics.stringWidth(text, FONT, size) > width:
        size -= 0.5
    if pdfmetrics.stringWidth(text, FONT, size) <= width:
        return size, text
    while text and pdfmetrics.stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return size, text.rstrip() + "…"


class _Cancelled(Exception):
    pass


def _paragraph_markup(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def _body_flowables(letter: LetterContent, styles: _Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [styles.paragraph(_paragraph_markup(letter.subject), styles.subject)]
    for block in letter.body.replace("\r\n", "\n").split("\n\n"):
        block = block.strip("\n")
        if not block.strip():
            continue
        marker = MARKER_RE.fullmatch(block.strip())
        if marker and marker.group(2):
            story.append(_WritingLines(int(marker.group(2)), width))
            story.append(Spacer(1, 6 * mm))
        elif marker:
            story.append(_signatures(letter, styles, width))
        elif all(line.startswith("- ") for line in block.split("\n")):
            story.extend(Paragraph(escape(line[2:]), styles.bullet, bulletText="•")
                         for line in block.split("\n"))
        else:
            story.append(styles.paragraph(_paragraph_markup(block), styles.body))
    return story


def _signatures(letter: LetterContent, styles: _Styles, width: float) -> Flowable:
    labels = _LABELS[letter.language]
    signers = list(letter.signers) or ["", ""]
    cells = [
        Paragraph(f"{labels['name']}: {escape(name)}<br/><br/><br/><br/>"
                  f"{labels['signature']}: ____________________", styles.small)
        for name in signers
    ]
    if len(cells) % 2:
        cells.append(Paragraph("", styles.small))
    rows = [cells[i:i + 2] for i in range(0, len(cells), 2)]
    table = Table(rows, colWidths=[width / 2] * 2)
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.4, GREY), ("INNERGRID", (0, 0), (-1, -1), 0.4, GREY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
    ]))
    return KeepTogether([table])


def build_pdf(org: OrganisationInfo, letters: Iterable[LetterContent],
              progress: Callable[[int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> BuildResult:
    """All letters in one PDF, each from a fresh first page."""
    items = list(letters)
    if not items:
        raise ValueError("no letters")
    register_fonts()
    target = io.BytesIO()
    styles = _Styles()
    doc = _LetterDocument(target, _Letterhead(org), styles)
    if not items[0].address_lines:  # the document's first page is that of a form
        doc.pageTemplates.insert(0, doc.pageTemplates.pop(1))
    if cancelled is not None:
        doc.cancelled = cancelled
    if progress is not None:
        doc.progress = progress
    width = PAGE_WIDTH - TEXT_LEFT - TEXT_RIGHT
    story: list[Flowable] = []
    for index, letter in enumerate(items):
        if index:
            story += [NextPageTemplate("first" if letter.address_lines else "form"), PageBreak()]
        story.append(_Marker(lambda i=index, item=letter: doc.start_letter(i, item)))
        story.append(NextPageTemplate("later"))
        story.extend(_body_flowables(letter, styles, width))
        story.append(_Marker(doc.end_letter))
    try:
        doc.build(story)
    except _Cancelled:
        raise BuildCancelled from None
    return BuildResult(target.getvalue(), doc.page_ranges)
