"""The month's expense claims as one PDF: a page per mediator on the letterhead,
every line with date, activity, hours, km and amounts, the totals, the tax-free
limit check, and a place to sign for the mediator and the coordinator."""

from __future__ import annotations

from datetime import date
from html import escape

from desktop.documents.letters.context import OrganisationInfo
from desktop.volunteers import report_pdf
from desktop.volunteers.amounts import format_duration, format_km, format_money
from desktop.volunteers.claims import Claim

ACTIVITY_NL = {"case": "zaak", "intervisie": "intervisie", "training": "training",
               "office": "kantoor", "other": "overig"}
MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december"]


def month_text(year: int, month: int) -> str:
    return f"{MONTHS_NL[month - 1]} {year}"


def _what(line) -> str:
    what = ACTIVITY_NL.get(line.activity, line.activity)
    if line.case_number:
        what += f" {line.case_number}"
    extra = "; ".join(p for p in (line.other_text, line.note) if p)
    return what + (f" ({extra})" if extra else "")


def claims_pdf(org: OrganisationInfo, claims: list[Claim], year: int, month: int,
               today: date | None = None) -> bytes:
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table

    today = today or date.today()
    s = report_pdf.styles()
    width = report_pdf.text_width()
    story: list = []
    period = month_text(year, month)
    if not claims:
        story.append(Paragraph(f"Declaraties {escape(period)}", s.title))
        story.append(Paragraph("Geen uren of kosten in deze maand.", s.body))
    for index, claim in enumerate(claims):
        if index:
            story.append(PageBreak())
        story.append(Paragraph(f"Declaratie vrijwilligerskosten — {escape(period)}", s.title))
        story.append(Spacer(1, 3 * mm))
        who = [f"<b>{escape(claim.name)}</b>"] + [escape(x) for x in claim.address_lines]
        story.append(Paragraph("<br/>".join(who), s.body))
        story.append(Spacer(1, 4 * mm))
        rows = [["Datum", "Waarvoor", "Uren", "Km", "Reiskosten", "Overig", "Vergoeding"]]
        for line in claim.lines:
            rows.append([
                line.spent_on.strftime("%d-%m-%Y"), Paragraph(escape(_what(line)), s.small),
                format_duration(line.minutes) if line.minutes else "",
                format_km(line.km_tenths) if line.km_tenths else "",
                format_money(line.km_cents + line.transit_cents)
                if line.km_cents or line.transit_cents else "",
                format_money(line.other_cents) if line.other_cents else "",
                format_money(line.allowance_cents) if line.allowance_cents else ""])
        rows.append(["Totaal", "", format_duration(claim.minutes), format_km(claim.km_tenths),
                     format_money(sum(x.km_cents + x.transit_cents for x in claim.lines)),
                     format_money(sum(x.other_cents for x in claim.lines)),
                     format_money(claim.allowance_cents)])
        table = Table(rows, colWidths=[w * width for w in
                                       (0.13, 0.32, 0.08, 0.08, 0.13, 0.12, 0.14)],
                      style=s.grid, repeatRows=1)
        table.setStyle([("ALIGN", (2, 0), (-1, -1), "RIGHT"),
                        ("FONT", (0, -1), (-1, -1), "BurenrustSans-Bold", 8.5)])
        story.append(table)
        story.append(Spacer(1, 4 * mm))
        story.append(Paragraph(f"<b>Uit te betalen: {format_money(claim.total_cents)}</b> "
                               f"(kosten {format_money(claim.costs_cents)}, vrijwilligers"
                               f"vergoeding {format_money(claim.allowance_cents)})", s.body))
        if claim.allowance_cents:
            limit = claim.limit
            check = (f"Vrijwilligersvergoeding deze maand {format_money(claim.allowance_cents)} "
                     f"(grens {format_money(limit.month_cents)}); dit jaar tot en met deze "
                     f"maand {format_money(claim.year_allowance_cents)} (grens "
                     f"{format_money(limit.year_cents)}).")
            if claim.over_month_limit or claim.over_year_limit:
                check += (" <b>Let op: boven de belastingvrije grens.</b> Over het hele "
                          "bedrag is dan belasting verschuldigd.")
            story.append(Paragraph(check, s.small))
        story.append(Spacer(1, 12 * mm))
        signatures = Table(
            [["Handtekening vrijwilliger", "Akkoord coördinator"],
             ["\n\n\n", "\n\n\n"],
             [f"Naam: {claim.name}", f"Naam: {org.signatory_name}".rstrip(": ")],
             ["Datum:", "Datum:"]],
            colWidths=[width / 2, width / 2],
            style=[("FONT", (0, 0), (-1, -1), "BurenrustSans", 8.5),
                   ("LINEABOVE", (0, 2), (-1, 2), 0.4, (0, 0, 0))])
        story.append(KeepTogether([signatures]))
    return report_pdf.build(org, story, f"Declaraties {period}",
                            report_pdf.footer(org, f"declaraties {period}", today))
