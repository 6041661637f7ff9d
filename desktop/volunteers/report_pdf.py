"""The page every volunteer-care PDF shares: the office's letterhead (logo and
name), a footer with the page number, and the few paragraph styles they use."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.documents.letters.context import OrganisationInfo, long_date


@dataclass(frozen=True)
class Styles:
    body: Any
    small: Any
    heading: Any
    title: Any
    grid: Any


def styles() -> Styles:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import TableStyle

    from desktop.documents.letters.pdf import FONT, FONT_BOLD, register_fonts

    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13)
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=7.5, leading=10,
                             textColor=colors.Color(0.3, 0.3, 0.3)),
        heading=ParagraphStyle("heading", parent=body, fontName=FONT_BOLD, fontSize=11,
                               spaceBefore=8, spaceAfter=4),
        title=ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=15, leading=19),
        grid=TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT, 8.5), ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8.5),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.Color(0.7, 0.7, 0.7)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]),
    )


def footer(org: OrganisationInfo, what: str, today: date) -> str:
    return " · ".join(p for p in (org.name, what, f"gemaakt op {long_date(today, 'nl')}") if p)


def text_width() -> float:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    return A4[0] - 45 * mm


def build(org: OrganisationInfo, story: list, title: str, footer: str) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    from desktop.documents.letters.pdf import FONT, FONT_BOLD, _Letterhead

    head = _Letterhead(org)

    def decorate(canvas, doc) -> None:
        canvas.saveState()
        if head.logo_size:
            head.prepare_logo(canvas)
            head.draw_logo(canvas, A4[0] - 20 * mm - head.logo_size[0], 10 * mm)
        canvas.setFont(FONT_BOLD, 9)
        canvas.drawString(25 * mm, A4[1] - 16 * mm, org.name or "Buurtbemiddeling")
        if head.return_line:
            canvas.setFont(FONT, 7.5)
            canvas.setFillColor(colors.Color(0.35, 0.35, 0.35))
            canvas.drawString(25 * mm, A4[1] - 20 * mm, head.return_line)
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(colors.Color(0.35, 0.35, 0.35))
        canvas.drawString(25 * mm, 12 * mm, footer)
        canvas.drawRightString(A4[0] - 20 * mm, 12 * mm, f"pagina {doc.page}")
        canvas.restoreState()

    target = io.BytesIO()
    SimpleDocTemplate(target, pagesize=A4, leftMargin=25 * mm, rightMargin=20 * mm,
                      topMargin=38 * mm, bottomMargin=22 * mm, title=title, author=org.name,
                      creator="Burenrust", initialFontName=FONT).build(
        story, onFirstPage=decorate, onLaterPages=decorate)
    return target.getvalue()
