"""A period's hours and expenses for the bookkeeper: every line as CSV or Excel
(one row per line, amounts as numbers in euros, texts made safe from formulas),
or the month's claims as the PDF to sign."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from desktop.data.errors import FieldError, ValidationFailed
from desktop.data.exports import append_row, csv_text
from desktop.data.store import Store
from desktop.volunteers.claim_pdf import ACTIVITY_NL, claims_pdf
from desktop.volunteers.claims import Claim, claims_for
from models.roles import Permission

HEADER = ["Bemiddelaar", "Datum", "Activiteit", "Zaak", "Minuten", "Km", "Kilometertarief",
          "Kilometervergoeding", "Openbaar vervoer", "Overige kosten", "Omschrijving overig",
          "Vrijwilligersvergoeding", "Totaal", "Opmerking"]
KINDS = ("csv", "xlsx", "pdf")


def _euros(cents: int) -> float:
    return round(cents / 100, 2)


def rows(claims: list[Claim]) -> list[list]:
    found = []
    for claim in claims:
        for line in claim.lines:
            found.append([claim.name, line.spent_on, ACTIVITY_NL.get(line.activity,
                                                                     line.activity),
                          line.case_number, line.minutes, line.km_tenths / 10,
                          _euros(round(line.km_cents * 10 / line.km_tenths))
                          if line.km_tenths else 0.0,
                          _euros(line.km_cents), _euros(line.transit_cents),
                          _euros(line.other_cents), line.other_text,
                          _euros(line.allowance_cents), _euros(line.total_cents), line.note])
    return found


def to_csv(claims: list[Claim]) -> str:
    def cell(value):
        if isinstance(value, date):
            return value.strftime("%d-%m-%Y")
        if isinstance(value, float):
            return f"{value:.2f}".replace(".", ",")  # Dutch Excel reads a comma
        return value

    return csv_text([HEADER] + [[cell(v) for v in row] for row in rows(claims)])


def to_xlsx(claims: list[Claim]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Onkosten"
    append_row(sheet, HEADER)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows(claims):
        append_row(sheet, row)
        sheet.cell(sheet.max_row, 2).number_format = "DD-MM-YYYY"
        for column in (7, 8, 9, 10, 12, 13):
            sheet.cell(sheet.max_row, column).number_format = '"€" #,##0.00'
    for column, width in zip("ABCDEFGHIJKLMN", (26, 12, 12, 12, 9, 8, 10, 12, 12, 12, 24, 14,
                                                 12, 30), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def kind_of(path: Path) -> str:
    kind = path.suffix.lower().lstrip(".")
    if kind not in KINDS:
        raise ValidationFailed([FieldError("out", "export_kind")])
    return kind


def export_month(store: Store, year: int, month: int, kind: str) -> bytes:
    """The month's claims as a file; an export of personal data, so the role must allow it."""
    from desktop.documents.organisation import get_organisation

    store.require(Permission.EXPORT)
    claims = claims_for(store, year, month)
    if kind == "csv":
        return to_csv(claims).encode("utf-8-sig")  # the BOM makes Excel read UTF-8
    if kind == "xlsx":
        return to_xlsx(claims)
    return claims_pdf(get_organisation(store), claims, year, month)
