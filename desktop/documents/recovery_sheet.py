"""The recovery code on paper, to keep in the safe: one A4 page saying what it
is, how to use it, and the code in large type."""

from __future__ import annotations

import io
from datetime import date

from desktop.documents.letters.context import long_date


def recovery_sheet_pdf(code: str, organisation: str, today: date | None = None) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    from desktop.documents.letters.pdf import FONT, FONT_BOLD, register_fonts

    register_fonts()
    today = today or date.today()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=15, spaceAfter=8)
    title = ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=16, leading=21)
    big = ParagraphStyle("code", parent=body, fontName=FONT_BOLD, fontSize=17, leading=28,
                         spaceBefore=10, spaceAfter=14)
    groups = code.split("-")
    lines = [" - ".join(groups[i:i + 5]) for i in range(0, len(groups), 5)]
    story = [
        Paragraph("Herstelcode voor de back-ups van Burenrust", title),
        Paragraph(f"{organisation or 'Burenrust'} · gemaakt op {long_date(today, 'nl')}", body),
        Spacer(1, 6 * mm),
        Paragraph("Bewaar dit blad in de kluis. Met deze code zet u een back-up terug op een "
                  "nieuwe pc, bijvoorbeeld als de oude kapot of gestolen is. Wie de code heeft, "
                  "kan de back-ups lezen: geef hem aan niemand anders.", body),
        Paragraph("<br/>".join(lines), big),
        Paragraph("Zo gebruikt u de code: installeer Burenrust op de nieuwe pc, kies onder "
                  "Beheer → Back-ups <i>Back-up terugzetten…</i> en typ de code als erom "
                  "gevraagd wordt. Of met de opdrachtregel:", body),
        Paragraph("burenrust restore BACK-UPBESTAND --recovery-code CODE", body),
        Paragraph("Hoofdletters en kleine letters maken niet uit; de streepjes mag u weglaten.",
                  body),
    ]
    target = io.BytesIO()
    SimpleDocTemplate(target, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                      topMargin=25 * mm, bottomMargin=25 * mm, title="Herstelcode",
                      creator="Burenrust", initialFontName=FONT).build(story)
    return target.getvalue()
