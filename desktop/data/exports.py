"""Text that leaves Burenrust as a spreadsheet (CSV or Excel), made safe to open.

A cell that begins with =, +, -, @, a tab or a carriage return is run as a formula
by Excel and LibreOffice: a name or a category typed as `=HYPERLINK(…)` or
`+cmd|…` would become one (CSV injection, OWASP). Every exporter writes through
these two helpers, so no export can forget it."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """A text that would start a formula gets a leading apostrophe (numbers stay)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_text(rows: Iterable[Sequence[Any]], delimiter: str = ";") -> str:
    """Rows as CSV (semicolons, as Dutch Excel expects), every cell made safe."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    for row in rows:
        writer.writerow([safe_cell(value) for value in row])
    return out.getvalue()


def append_row(sheet, values: Sequence[Any]) -> None:
    """openpyxl's append, but a text is always stored as text: openpyxl would store
    a string that starts with "=" as a live formula."""
    sheet.append(list(values))
    for cell in sheet[sheet.max_row]:
        if cell.data_type == "f":
            cell.data_type = "s"
