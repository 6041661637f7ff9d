"""The sheet as it is: an Excel workbook's first sheet or a CSV file (; or , as
separator, UTF-8 or the Windows code page), read once. A title and blank rows
above the header are common ("Overzicht buurtbemiddeling 2019-2025"): the header
row is the one among the first rows that names the most known columns. Row
numbers are the ones Excel shows, so a message can be found in the sheet."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from desktop.data.errors import RuleViolation

Cell = str | date | float | int  # a date stays a date, a number a number
HEADER_SEARCH_ROWS = 30


@dataclass(frozen=True)
class SheetRow:
    line: int  # the row number as Excel (or a text editor) shows it
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class Sheet:
    file_name: str
    header_line: int
    headers: tuple[str, ...]
    rows: tuple[SheetRow, ...]  # below the header, blank rows left out

    def column(self, index: int) -> Iterable[Cell]:
        return (row.cells[index] for row in self.rows if index < len(row.cells))


def _clean(value) -> Cell:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date | int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    return " ".join(str(value).split())


def _xlsx_rows(path: Path) -> list[tuple[int, tuple[Cell, ...]]]:
    from zipfile import BadZipFile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, BadZipFile, OSError, KeyError, ValueError) as exc:
        raise RuleViolation("import_unreadable") from exc
    try:
        sheet = workbook.worksheets[0]
        first = sheet.min_row or 1
        return [(first + offset, tuple(_clean(v) for v in values))
                for offset, values in enumerate(sheet.iter_rows(values_only=True))]
    finally:
        workbook.close()


def _csv_rows(path: Path) -> list[tuple[int, tuple[Cell, ...]]]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")  # Excel on Windows saves CSV so
    sample = text[:8192]
    delimiter = max((";", ",", "\t"), key=sample.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = []
    for row in reader:
        rows.append((reader.line_num, tuple(_clean(cell) for cell in row)))
    return rows


def _grouped(headers: tuple[str, ...], above: tuple[Cell, ...]) -> tuple[str, ...]:
    """Two header rows: "Partij A" and "Partij B" merged over "Naam | Adres | Tel"
    twice. A header that stands more than once gets the group written above it
    (the nearest one to its left, where Excel keeps a merged cell's value)."""
    keys = [" ".join(h.lower().split()) for h in headers]
    repeated = {k for k in keys if k and keys.count(k) > 1}
    if not repeated or sum(1 for c in above if str(c).strip()) < 2:
        return headers  # no groups above (a title is one cell)
    result, group = [], ""
    for index, header in enumerate(headers):
        label = str(above[index]).strip() if index < len(above) else ""
        group = label or group
        result.append(f"{header} {group}" if keys[index] in repeated and group else header)
    return tuple(result)


def read_sheet(path: Path, header_score: Callable[[tuple[Cell, ...]], int]) -> Sheet:
    """The sheet with its header row found by `header_score` (known column names)."""
    if not path.is_file():
        raise RuleViolation("import_file_missing")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        numbered = _xlsx_rows(path)
    elif suffix in (".csv", ".txt"):
        numbered = _csv_rows(path)
    else:
        raise RuleViolation("import_unknown_format")
    filled = [(line, cells) for line, cells in numbered
              if any(c != "" for c in cells)]
    if not filled:
        raise RuleViolation("import_empty")
    candidates = filled[:HEADER_SEARCH_ROWS]
    best = max(range(len(candidates)), key=lambda i: (header_score(candidates[i][1]), -i))
    header_line, header_cells = candidates[best]
    if header_score(header_cells) < 2:  # no row names two known columns: take the first
        best, (header_line, header_cells) = 0, candidates[0]
    width = max(len(cells) for _line, cells in filled)
    headers = tuple(str(c) for c in header_cells) + ("",) * (width - len(header_cells))
    above = next((cells for line, cells in numbered if line == header_line - 1), ())
    headers = _grouped(headers, above)
    rows = tuple(SheetRow(line, cells + ("",) * (width - len(cells)))
                 for line, cells in filled[best + 1:])
    return Sheet(path.name, header_line, headers, rows)
