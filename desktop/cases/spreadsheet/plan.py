"""Importing an existing case list from Excel (.xlsx) or CSV (; or ,, UTF-8 or
Windows-1252): guess the columns from Dutch headers, let the coordinator
correct them, show a dry run (what will be made, which rows have problems and
why), and import in one transaction. Every imported case remembers a
fingerprint of its row, so importing the same file again adds nothing."""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from desktop.cases.registration import (
    AddressInput,
    PartyInput,
    find_or_create_address,
    next_sequence,
    person_for,
)
from desktop.data.store import Store
from models import (
    Case,
    CaseConflictType,
    CaseParty,
    CaseResult,
    ConflictType,
    JournalEntry,
    format_case_number,
)
from models.enums import CaseStatus, JournalKind
from models.rules import check_house_number, check_postcode, fold, split_name

IMPORT_MARK = "import:"

# Target fields and the Dutch (and some English) headers that mean them.
FIELDS: dict[str, tuple[str, ...]] = {
    "registered_on": ("datum aanmelding", "aanmelddatum", "datum melding", "aangemeld",
                      "datum", "registered"),
    "number": ("zaaknummer", "dossiernummer", "dossier", "nummer", "zaak"),
    "a_name": ("naam aanvrager", "aanvrager", "naam partij a", "partij a", "naam melder",
               "melder", "naam"),
    "a_street": ("straat aanvrager", "straat", "adres"),
    "a_house_number": ("huisnummer aanvrager", "huisnummer", "huisnr", "nr"),
    "a_postcode": ("postcode aanvrager", "postcode"),
    "a_town": ("plaats aanvrager", "woonplaats", "plaats"),
    "a_phone": ("telefoon aanvrager", "telefoonnummer", "telefoon", "tel"),
    "a_email": ("e-mail aanvrager", "e-mailadres", "e-mail", "email", "mail"),
    "b_name": ("naam partij b", "partij b", "andere partij", "wederpartij", "buren"),
    "b_street": ("straat partij b",),
    "b_house_number": ("huisnummer partij b",),
    "b_postcode": ("postcode partij b",),
    "conflict_type": ("soort conflict", "aard conflict", "soort overlast", "type conflict",
                      "conflict", "overlast", "klacht"),
    "neighbourhood": ("wijk", "buurt"),
    "result": ("resultaat", "uitkomst", "afloop"),
    "closed_on": ("datum afsluiting", "afgesloten op", "einddatum", "afgesloten"),
    "story": ("omschrijving", "verhaal", "toelichting", "opmerkingen", "notities"),
}
REQUIRED = ("registered_on", "a_name")


@dataclass(frozen=True)
class Problem:
    line: int  # the row number as the spreadsheet shows it
    code: str  # date, postcode, house_number, name, duplicate
    value: str


@dataclass
class ImportPreview:
    headers: list[str]
    mapping: dict[str, int]
    ready: int = 0
    duplicates: int = 0
    problems: list[Problem] = field(default_factory=list)
    by_year: dict[int, int] = field(default_factory=dict)


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9 ]+", " ", fold(str(text))).strip()


def read_table(path: Path) -> tuple[list[str], list[list[str]]]:
    """Headers and rows as text (dates from Excel as dd-mm-yyyy)."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        workbook = load_workbook(path, read_only=True, data_only=True)
        try:
            rows = []
            for row in workbook.active.iter_rows(values_only=True):
                cells = []
                for value in row:
                    if isinstance(value, datetime | date):
                        value = value.strftime("%d-%m-%Y")
                    elif isinstance(value, float) and value.is_integer():
                        value = int(value)
                    cells.append("" if value is None else str(value).strip())
                rows.append(cells)
        finally:
            workbook.close()
    else:
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1252")  # Excel on Windows saves CSV like this
        sample = text[:4096]
        delimiter = ";" if sample.count(";") >= sample.count(",") else ","
        rows = [[cell.strip() for cell in row]
                for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    rows = [row for row in rows if any(cell for cell in row)]
    if not rows:
        return [], []
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) for row in rows]
    return rows[0], rows[1:]


def guess_mapping(headers: list[str]) -> dict[str, int]:
    """Exact header names first, then headers that contain a known name."""
    normalised = [_norm(h) for h in headers]
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for exact in (True, False):
        for name, synonyms in FIELDS.items():
            if name in mapping:
                continue
            for synonym in synonyms:
                hit = next((i for i, h in enumerate(normalised) if i not in used and (
                    h == synonym if exact else (synonym in h.split() or
                                                (" " in synonym and synonym in h)))), None)
                if hit is not None:
                    mapping[name] = hit
                    used.add(hit)
                    break
    return mapping


def parse_date(text: str) -> date | None:
    text = text.strip()
    for pattern in ("%d-%m-%Y", "%d-%m-%y", "%d/%m/%Y", "%d/%m/%y", "%Y-%m-%d", "%d.%m.%Y",
                    "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def fingerprint(row: list[str]) -> str:
    return IMPORT_MARK + hashlib.sha1("\x1f".join(row).encode()).hexdigest()


@dataclass
class ParsedRow:
    line: int
    registered_on: date
    closed_on: date | None
    parties: list[PartyInput]
    number: str
    conflict: str
    result: str
    neighbourhood: str
    story: str
    fingerprint: str


def _value(row: list[str], mapping: dict[str, int], name: str) -> str:
    index = mapping.get(name)
    return row[index].strip() if index is not None and index < len(row) else ""


def parse_rows(rows: list[list[str]], mapping: dict[str, int]
               ) -> tuple[list[ParsedRow], list[Problem]]:
    parsed, problems = [], []
    for offset, row in enumerate(rows):
        line = offset + 2  # header is line 1
        get = lambda name, row=row: _value(row, mapping, name)  # noqa: E731
        row_problems = []
        registered = parse_date(get("registered_on"))
        if registered is None:
            row_problems.append(Problem(line, "date", get("registered_on")))
        closed = None
        if get("closed_on"):
            closed = parse_date(get("closed_on"))
            if closed is None:
                row_problems.append(Problem(line, "date", get("closed_on")))
        if not get("a_name"):
            row_problems.append(Problem(line, "name", ""))
        parties = []
        for role in ("a", "b"):
            name = get(f"{role}_name")
            postcode = get(f"{role}_postcode")
            address = AddressInput()
            if postcode or get(f"{role}_street"):
                checked = check_postcode(postcode)
                number, _suffix, number_error = check_house_number(get(f"{role}_house_number"))
                if not checked.ok or not checked.value:
                    row_problems.append(Problem(line, "postcode", postcode))
                elif number_error or number is None:
                    row_problems.append(Problem(line, "house_number",
                                                get(f"{role}_house_number")))
                else:
                    address = AddressInput(checked.value, get(f"{role}_house_number"),
                                           get(f"{role}_street") or "?",
                                           get(f"{role}_town") or get("a_town") or "?",
                                           "", get("neighbourhood"))
            if role == "b" and not name and address.is_empty():
                continue
            first, prefix, last = split_name(name)
            parties.append(PartyInput(
                role.upper(), first, prefix, last or "Onbekend",
                phone=get("a_phone") if role == "a" else "",
                email=get("a_email") if role == "a" else "", address=address))
        if row_problems:
            problems.extend(row_problems)
            continue
        parsed.append(ParsedRow(
            line, registered, closed, parties, get("number"), get("conflict_type"),
            get("result"), get("neighbourhood"), get("story")[:20000], fingerprint(row)))
    return parsed, problems


def _known(store: Store) -> set[str]:
    with store.read() as session:
        return set(session.scalars(select(Case.imported_from).where(
            Case.imported_from.like(f"{IMPORT_MARK}%"))))


def preview(store: Store, path: Path, mapping: dict[str, int] | None = None) -> ImportPreview:
    headers, rows = read_table(path)
    mapping = guess_mapping(headers) if mapping is None else mapping
    result = ImportPreview(headers, mapping)
    missing = [name for name in REQUIRED if name not in mapping]
    if missing:
        result.problems = [Problem(1, "column_missing", name) for name in missing]
        return result
    parsed, problems = parse_rows(rows, mapping)
    known = _known(store)
    result.problems = problems
    for row in parsed:
        if row.fingerprint in known:
            result.duplicates += 1
        else:
            result.ready += 1
            result.by_year[row.registered_on.year] = result.by_year.get(
                row.registered_on.year, 0) + 1
    return result


def _match(options: dict[str, int], text: str) -> int | None:
    key = _norm(text)
    if not key:
        return None
    for name, item_id in options.items():
        if _norm(name) == key:
            return item_id
    for name, item_id in options.items():
        if key in _norm(name) or _norm(name).split()[0] in key:
            return item_id
    return None


def run_import(store: Store, path: Path, mapping: dict[str, int] | None = None,
               progress: Callable[[int, int], None] | None = None) -> int:
    """Import every row without problems in one transaction; returns how many."""
    headers, rows = read_table(path)
    mapping = guess_mapping(headers) if mapping is None else mapping
    if any(name not in mapping for name in REQUIRED):
        return 0
    parsed, _problems = parse_rows(rows, mapping)
    known = _known(store)
    todo = [row for row in parsed if row.fingerprint not in known]
    with store.unit() as session:
        types = {t.name: t.id for t in session.scalars(select(ConflictType))}
        other_type = session.scalar(select(ConflictType.id).where(ConflictType.code == "other"))
        results = {r.name: r.id for r in session.scalars(select(CaseResult))}
        taken = {(y, s) for y, s in session.execute(select(Case.year, Case.seq))}
        for count, row in enumerate(todo, start=1):
            year, seq = row.registered_on.year, None
            wanted = re.fullmatch(r"(\d{4})\D+(\d{1,5})", row.number)
            if wanted and (int(wanted[1]), int(wanted[2])) not in taken:
                year, seq = int(wanted[1]), int(wanted[2])
            if seq is None:
                seq = next_sequence(session, year)
                while (year, seq) in taken:
                    seq += 1
            taken.add((year, seq))
            result_id = _match(results, row.result)
            closed = row.closed_on is not None or result_id is not None
            case = Case(
                year=year, seq=seq, number=format_case_number(year, seq),
                status=CaseStatus.CLOSED if closed else CaseStatus.REGISTERED,
                story=row.story, registered_on=row.registered_on,
                closed_on=(row.closed_on or row.registered_on) if closed else None,
                result_id=result_id, neighbourhood=row.neighbourhood,
                imported_from=row.fingerprint,
            )
            # One flush per row, not one per query: the audit and search-index hooks
            # then run once per case.
            with session.no_autoflush:
                session.add(case)
                addresses = {}
                for party in row.parties:
                    key = (party.address.postcode, party.address.house_number)
                    if key not in addresses:
                        addresses[key] = find_or_create_address(session, party.address)
                    person = person_for(session, party, addresses[key])
                    case.parties.append(CaseParty(role=party.role, person=person,
                                                  address=addresses[key]))
                type_id = _match(types, row.conflict) or other_type
                case.conflict_types.append(CaseConflictType(conflict_type_id=type_id,
                                                            is_main=True))
            session.flush()
            session.add(JournalEntry(
                case_id=case.id, kind=JournalKind.NOTE,
                occurred_at=datetime.combine(row.registered_on, datetime.min.time()),
                text=f"Geïmporteerd uit {path.name}, regel {row.line}.", author=store.user))
            if progress and count % 50 == 0:
                progress(count, len(todo))
    return len(todo)
