"""The figures as CSV, Excel (openpyxl) and a short PDF report for the
municipality (ReportLab: letterhead, key figures, tables and bar charts that
read well printed in black and white)."""

from __future__ import annotations

import io
from datetime import date
from typing import TYPE_CHECKING

from desktop.data.exports import append_row, csv_text
from desktop.documents.letters.context import OrganisationInfo, long_date
from desktop.figures.counting import Figures, shown
from models.roles import Permission

if TYPE_CHECKING:
    from desktop.data.store import Store

TABLE_TITLES = {
    "closed_by_result": "Afgesloten zaken naar resultaat",
    "not_taken_up_by_reason": "Niet in behandeling genomen, naar reden",
    "by_conflict_type": "Aanmeldingen naar soort conflict",
    "by_referrer_kind": "Aanmeldingen naar verwijzer",
    "by_neighbourhood": "Aanmeldingen naar wijk",
    "mediators_by_cases": "Actieve bemiddelaars naar aantal zaken in de periode",
    "incidents_by_kind": "Incidenten naar soort",
}


DEFINITIONS = [
    "Aanmeldingen: zaken die in de periode zijn aangemeld.",
    "Niet in behandeling genomen: aangemelde zaken die zijn afgesloten met een resultaat dat "
    "een reden vraagt (geen bemiddeling), geteld per reden. In behandeling genomen: er is een "
    "koppel bemiddelaars toegewezen, een gesprek gevoerd of de zaak is met een ander resultaat "
    "afgesloten. De rest is nog in afwachting.",
    "Afgesloten zaken: zaken die in de periode zijn afgesloten, naar resultaat.",
    "Soort conflict (het belangrijkste), verwijzer en wijk: van de aanmeldingen.",
    "Gesprekken: afspraken in de periode; zaken met een gespreksdatum zonder afspraak in "
    "Burenrust (bijvoorbeeld overgezet uit een oude lijst) tellen één keer mee.",
    "Mediaan dagen: van aanmelding tot het eerste gesprek (voor eerste gesprekken in de "
    "periode) en tot afsluiting (voor zaken afgesloten in de periode).",
    "Bemiddelaars: nu actief, en hoeveel zaken ieder in de periode had.",
    "Uren van vrijwilligers: de uren op hun declaraties in de periode; training: de uren van "
    "gevolgde trainingen; intervisie: de duur van de bijeenkomsten, per aanwezige.",
    "Incidenten: in de periode genoteerd, naar soort.",
    "Deze cijfers bevatten geen persoonsgegevens.",
]


def _days(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}"


def key_figures(figures: Figures) -> list[tuple[str, str]]:
    return [
        ("Aanmeldingen", str(figures.registrations)),
        ("In behandeling genomen", str(figures.taken_up)),
        ("Niet in behandeling genomen", str(figures.not_taken_up)),
        ("Nog in afwachting", str(figures.pending)),
        ("Afgesloten zaken", str(figures.closed)),
        ("Gesprekken met partijen", str(figures.talks)),
        ("Bemiddelingsgesprekken (gezamenlijk)", str(figures.joint_sessions)),
        ("Nazorggesprekken", str(figures.follow_ups)),
        ("Mediaan dagen van aanmelding tot eerste gesprek",
         _days(figures.median_days_to_first_talk)),
        ("Mediaan dagen van aanmelding tot afsluiting", _days(figures.median_days_to_closing)),
        ("Actieve bemiddelaars", str(figures.active_mediators)),
        ("Uren ingezet door vrijwilligers (gedeclareerd)", hours(figures.volunteer_minutes)),
        ("Uren training", hours(figures.training_minutes)),
        ("Uren intervisie (aanwezig)", hours(figures.intervisie_minutes)),
        ("Incidenten", str(figures.incidents)),
    ]


def hours(minutes: int) -> str:
    """Hours with one decimal, Dutch style, halves up: 435 minutes is "7,3"."""
    from decimal import ROUND_HALF_UP, Decimal

    value = (Decimal(minutes) / 60).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return str(value).replace(".", ",")


def period_text(figures: Figures) -> str:
    p = figures.period
    text = f"{long_date(p.start, 'nl')} t/m {long_date(p.end, 'nl')}"
    where = ", ".join(x for x in (p.municipality, p.neighbourhood) if x)
    return f"{text} ({where})" if where else text


def to_csv(figures: Figures, threshold: int = 0) -> str:
    rows = [["Onderdeel", "Categorie", "Aantal"], ["Periode", period_text(figures), ""]]
    rows += [["Kerngetallen", label, value] for label, value in key_figures(figures)]
    for code, table in figures.tables.items():
        rows += [[TABLE_TITLES[code], label, shown(count, threshold)]
                 for label, count in table.rows]
    return csv_text(rows)


def to_xlsx(figures: Figures, threshold: int = 0) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Kerngetallen"
    append_row(sheet, ["Cijfers buurtbemiddeling", period_text(figures)])
    sheet["A1"].font = Font(bold=True)
    for label, value in key_figures(figures):
        append_row(sheet, [label, int(value) if value.isdigit()
                           else float(value.replace(",", ".")) if _decimal(value) else value])
    sheet.column_dimensions["A"].width = 50
    for code, table in figures.tables.items():
        tab = book.create_sheet(_sheet_name(TABLE_TITLES[code]))
        append_row(tab, [TABLE_TITLES[code], "Aantal"])
        tab["A1"].font = tab["B1"].font = Font(bold=True)
        for label, count in table.rows:
            value = shown(count, threshold)
            append_row(tab, [label, count if value == str(count) else value])
        tab.column_dimensions["A"].width = 60
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _decimal(text: str) -> bool:
    whole, _comma, tenth = text.partition(",")
    return whole.isdigit() and tenth.isdigit()


def _sheet_name(title: str) -> str:
    return title.replace("/", "-")[:31]


def to_pdf(figures: Figures, org: OrganisationInfo, threshold: int = 0,
           today: date | None = None) -> bytes:
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    from desktop.documents.letters.pdf import FONT, FONT_BOLD, _Letterhead, register_fonts

    register_fonts()
    today = today or date.today()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13)
    small = ParagraphStyle("small", parent=body, fontSize=7.5, leading=10,
                           textColor=colors.Color(0.3, 0.3, 0.3))
    heading = ParagraphStyle("heading", parent=body, fontName=FONT_BOLD, fontSize=11,
                             spaceBefore=8, spaceAfter=4)
    title = ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=16, leading=20)
    grid = TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 9), ("FONT", (0, 0), (-1, 0), FONT_BOLD, 9),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.Color(0.7, 0.7, 0.7)),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ])
    width = A4[0] - 50 * mm
    head = _Letterhead(org)

    def decorate(canvas, doc) -> None:
        canvas.saveState()
        if head.logo_size:
            head.prepare_logo(canvas)
            head.draw_logo(canvas, A4[0] - 20 * mm - head.logo_size[0], 12 * mm)
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(colors.Color(0.35, 0.35, 0.35))
        canvas.drawString(25 * mm, 12 * mm, f"{org.name} · cijfers {period_text(figures)}")
        canvas.drawRightString(A4[0] - 20 * mm, 12 * mm, f"pagina {doc.page}")
        canvas.restoreState()

    story = [
        Spacer(1, 18 * mm),
        Paragraph(f"Jaarcijfers buurtbemiddeling — {org.name or 'Burenrust'}", title),
        Paragraph(f"Periode: {period_text(figures)}. Gemaakt op {long_date(today, 'nl')}.",
                  body),
        Spacer(1, 5 * mm),
        Paragraph("Kerngetallen", heading),
        Table([["", "Aantal"], *key_figures(figures)], colWidths=[width * 0.8, width * 0.2],
              style=grid),
    ]
    for code, table in figures.tables.items():
        rows = [(label, shown(count, threshold)) for label, count in table.rows]
        part = [Paragraph(TABLE_TITLES[code], heading)]
        if not rows:
            part.append(Paragraph("Geen in deze periode.", body))
            story.append(KeepTogether(part))
            continue
        part.append(Table([["", "Aantal"], *rows], colWidths=[width * 0.8, width * 0.2],
                          style=grid))
        visible = [(label, count) for label, count in table.rows
                   if not (threshold and 0 < count < threshold)][:12]
        if visible:
            height = 10 + 14 * len(visible)
            drawing = Drawing(width, height + 10)
            chart = HorizontalBarChart()
            chart.x, chart.y = width * 0.42, 5
            chart.width, chart.height = width * 0.5, height
            chart.data = [[count for _label, count in reversed(visible)]]
            chart.categoryAxis.categoryNames = [_short(label) for label, _n in reversed(visible)]
            chart.categoryAxis.labels.fontName = FONT
            chart.categoryAxis.labels.fontSize = 7
            chart.categoryAxis.labels.boxAnchor = "e"
            chart.valueAxis.valueMin = 0
            chart.valueAxis.labels.fontName = FONT
            chart.valueAxis.labels.fontSize = 7
            chart.bars[0].fillColor = colors.Color(0.25, 0.25, 0.25)  # prints as dark grey
            chart.bars[0].strokeColor = colors.black
            chart.barLabelFormat = "%d"
            chart.barLabels.fontName = FONT
            chart.barLabels.fontSize = 7
            chart.barLabels.boxAnchor = "w"
            chart.barLabels.dx = 3
            drawing.add(chart)
            part.append(Spacer(1, 3 * mm))
            part.append(drawing)
        story.append(KeepTogether(part))
    story += [Spacer(1, 6 * mm), Paragraph("Hoe er geteld is", heading)]
    for line in DEFINITIONS:
        story.append(Paragraph("• " + line, small))
    if threshold:
        story.append(Paragraph(f"Groepen kleiner dan {threshold} zijn niet getoond "
                               f"(„< {threshold}”).", small))
    target = io.BytesIO()
    SimpleDocTemplate(target, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                      topMargin=20 * mm, bottomMargin=22 * mm, title="Jaarcijfers",
                      author=org.name, creator="Burenrust",
                      initialFontName=FONT).build(story, onFirstPage=decorate,
                                                  onLaterPages=decorate)
    return target.getvalue()


def _short(label: str, limit: int = 42) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def export_figures(store: Store, figures: Figures, kind: str, threshold: int = 0) -> bytes:
    """The figures as a file (csv, xlsx or pdf): an export, so the role must allow it."""
    from desktop.documents.organisation import get_organisation

    store.require(Permission.EXPORT)
    if kind == "csv":
        return to_csv(figures, threshold).encode("utf-8-sig")  # Excel reads the BOM
    if kind == "xlsx":
        return to_xlsx(figures, threshold)
    return to_pdf(figures, get_organisation(store), threshold)
