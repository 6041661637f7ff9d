"""The dry run of an import: what every column becomes, what every distinct
category value becomes, which rows will be made, and every row that cannot be
made (with Excel's row number and the reason). Nothing is written; the plan is
cheap to make again after the coordinator corrects a column or a value.

Re-importing creates no duplicates: a case is recognised by its old case number,
or without one by its registration date, requester and address, with whitespace
and capitals not counting."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select

from desktop.admin import categories as lookups
from desktop.cases.registration import AddressInput, PartyInput
from desktop.cases.spreadsheet.matching import Category, Match, match, normal
from desktop.cases.spreadsheet.reading import Cell, Sheet, SheetRow, read_sheet
from desktop.cases.spreadsheet.values import read_address, read_date, split_categories
from desktop.data.exports import csv_text
from desktop.data.store import Store
from models import Address, Case, PartnerOrganisation, Person
from models.limits import max_chars, text_problem
from models.rules import check_email, check_house_number, check_phone, check_postcode, split_name

IMPORT_MARK = "import:"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a Dutch text for Qt's translation tools (the dialog shows it translated;
    the command line prints it as it is)."""
    return text


@dataclass(frozen=True)
class FieldSpec:
    label: str  # Dutch, as the dialog and the CLI show it
    synonyms: tuple[str, ...]  # normalised headers that mean this field


FIELDS: dict[str, FieldSpec] = {
    "number": FieldSpec(
        QT_TRANSLATE_NOOP("ImportDialog", "Oud zaaknummer"),
        ("zaaknummer", "dossiernummer", "dossiernr", "dossier", "nummer", "zaaknr", "nr zaak",
         "kenmerk", "registratienummer", "case number", "zaak"),
    ),
    "registered_on": FieldSpec(
        QT_TRANSLATE_NOOP("ImportDialog", "Datum aanmelding"),
        ("datum aanmelding", "aanmelddatum", "datum melding", "aangemeld", "aangemeld op",
         "datum binnenkomst", "binnengekomen", "datum", "registered", "date"),
    ),
    "a_name": FieldSpec(
        QT_TRANSLATE_NOOP("ImportDialog", "Naam aanvrager"),
        ("naam aanvrager", "aanvrager", "naam partij a", "partij a", "naam melder", "melder",
         "naam bewoner", "bewoner", "naam", "klant", "cliënt", "client", "requester"),
    ),
    "a_address": FieldSpec(
        QT_TRANSLATE_NOOP("ImportDialog", "Adres aanvrager (in één kolom)"),
        ("adres aanvrager", "adres partij a", "adres", "woonadres", "address"),
    ),
    "a_street": FieldSpec(
        QT_TRANSLATE_NOOP("ImportDialog", "Straat aanvrager"),
        ("straat aanvrager", "straat partij a", "straat", "straatnaam", "street"),
    ),
    "a_house_number": FieldSpec(
        QT_TRANSLATE_NOOP("ImportDialog", "Huisnummer aanvrager"),
        ("huisnummer aanvrager", "huisnummer partij a", "huisnummer", "huisnr", "nr", "number"),
    ),
    "a_postcode": FieldSpec(
        QT_TRANSLATE_NOOP("ImportDialog", "Postcode aanvrager"),
        ("postcode aanvrager", "postcode partij a", "postcode", "pc", "zip"),
    ),
    "a_town": FieldSpec(
        QT_TRANSLATE_NOOP("ImportDialog", "Plaats aanvrager"),
        ("plaats aanvrager", "woonplaats aanvrager", "woonplaats", "plaats", "town", "city"),
    ),
    "a_phone": FieldSpec(
        QT_TRANSLATE_NOOP("ImportDialog", "Telefoon aanvrager"),
        ("telefoon aanvrager", "telefoonnummer", "telefoon", "tel", "mobiel", "phone"),
    ),
    "a_email": FieldSpec(
        QT_TRANSLATE_NOOP("ImportDialog", "E-mail aanvrager"),
        ("e mail aanvrager", "e mailadres", "e mail", "email", "mail", "emailadres"),
    ),
    "b_name": FieldSpec(
        QT_TRANSLATE_NOOP("ImportDialog", "Naam andere partij"),
        ("naam partij b", "partij b", "naam andere partij", "andere partij", "wederpartij",
         "buren", "naam buren", "naam buur", "other party"),
    ),
    "b_address": FieldSpec(
        QT_TRANSLATE_NOOP("ImportDialog", "Adres andere partij (in één kolom)"),
        ("adres partij b", "adres andere partij", "adres wederpartij", "adres buren"),
    ),
    "b_street": FieldSpec(
        QT_TRANSLATE_NOOP("ImportDialog", "Straat andere partij"),
        ("straat partij b", "straat andere partij"),
    ),
    "b_house_number": FieldSpec(
        QT_TRANSLATE_NOOP("ImportDialog", "Huisnummer andere partij"),
        ("huisnummer partij b", "huisnummer andere partij"),
    ),
    "b_postcode": FieldSpec(
        QT_TRANSLATE_NOOP("ImportDialog", "Postcode andere partij"),
        ("postcode partij b", "postcode andere partij"),
    ),
    "b_phone": FieldSpec(
        QT_TRANSLATE_NOOP("ImportDialog", "Telefoon andere partij"),
        ("telefoon partij b", "telefoon andere partij"),
    ),
    "conflict_type": FieldSpec(
        QT_TRANSLATE_NOOP("ImportDialog", "Soort conflict"),
        ("soort conflict", "aard conflict", "soort overlast", "type conflict",
         "aard van de klacht", "conflicttype", "categorie", "conflict", "overlast", "klacht",
         "probleem"),
    ),
    "referrer": FieldSpec(
        QT_TRANSLATE_NOOP("ImportDialog", "Verwijzer"),
        ("verwijzer", "verwezen door", "verwijzing", "doorverwezen door", "aangemeld door",
         "bron", "referrer", "via"),
    ),
    "result": FieldSpec(
        QT_TRANSLATE_NOOP("ImportDialog", "Resultaat"),
        ("resultaat", "uitkomst", "afloop", "eindresultaat", "stand van zaken", "status",
         "result"),
    ),
    "reason": FieldSpec(
        QT_TRANSLATE_NOOP("ImportDialog", "Reden geen bemiddeling"),
        ("reden geen bemiddeling", "reden", "reden afsluiting", "waarom geen bemiddeling"),
    ),
    "closed_on": FieldSpec(
        QT_TRANSLATE_NOOP("ImportDialog", "Datum afsluiting"),
        ("datum afsluiting", "afgesloten op", "einddatum", "datum einde", "afgesloten",
         "afsluitdatum", "closed"),
    ),
    "municipality": FieldSpec(
        QT_TRANSLATE_NOOP("ImportDialog", "Gemeente"),
        ("gemeente", "municipality"),
    ),
    "neighbourhood": FieldSpec(
        QT_TRANSLATE_NOOP("ImportDialog", "Wijk"),
        ("wijk", "buurt", "wijk buurt", "neighbourhood"),
    ),
    "story": FieldSpec(
        QT_TRANSLATE_NOOP("ImportDialog", "Verhaal"),
        ("omschrijving", "verhaal", "toelichting", "beschrijving", "korte omschrijving",
         "situatie", "description"),
    ),
    "notes": FieldSpec(
        QT_TRANSLATE_NOOP("ImportDialog", "Opmerkingen (in het journaal)"),
        ("opmerkingen", "opmerking", "notities", "notitie", "aantekeningen", "verloop", "notes"),
    ),
}
REQUIRED = ("registered_on", "a_name")
# The categorical fields and the list each maps to.
CATEGORY_FIELDS = {
    "conflict_type": "conflict_types",
    "referrer": "referrer_kinds",
    "result": "case_results",
    "reason": "closing_reasons",
}

# Problems: the row is left out; warnings: the row comes in, one value does not.
PROBLEMS = {
    "column_missing": QT_TRANSLATE_NOOP("ImportDialog", "kolom niet gevonden"),
    "date_unreadable": QT_TRANSLATE_NOOP("ImportDialog", "datum onleesbaar"),
    "date_impossible": QT_TRANSLATE_NOOP("ImportDialog", "datum bestaat niet"),
    "date_out_of_range": QT_TRANSLATE_NOOP("ImportDialog", "datum buiten 1980–2099"),
    "closed_before_registered": QT_TRANSLATE_NOOP("ImportDialog", "afgesloten vóór de aanmelding"),
    "name_missing": QT_TRANSLATE_NOOP("ImportDialog", "naam aanvrager leeg"),
    "address_unreadable": QT_TRANSLATE_NOOP("ImportDialog", "adres onleesbaar (geen huisnummer)"),
    "postcode": QT_TRANSLATE_NOOP("ImportDialog", "postcode onleesbaar"),
    "house_number": QT_TRANSLATE_NOOP("ImportDialog", "huisnummer onleesbaar"),
    "too_long": QT_TRANSLATE_NOOP("ImportDialog", "tekst te lang"),
    "invalid_characters": QT_TRANSLATE_NOOP("ImportDialog", "onbruikbaar teken in de tekst"),
    "closed_without_result": QT_TRANSLATE_NOOP("ImportDialog", "afsluitdatum zonder resultaat"),
    "duplicate_in_file": QT_TRANSLATE_NOOP(
        "ImportDialog", "dezelfde zaak staat hoger in het bestand"
    ),
}
WARNINGS = {
    "phone": QT_TRANSLATE_NOOP("ImportDialog", "telefoonnummer onleesbaar (niet overgenomen)"),
    "email": QT_TRANSLATE_NOOP("ImportDialog", "e-mailadres onleesbaar (niet overgenomen)"),
    "closed_date_unknown": QT_TRANSLATE_NOOP(
        "ImportDialog", "resultaat zonder afsluitdatum (afgesloten, datum onbekend)"
    ),
}


@dataclass(frozen=True)
class Problem:
    line: int  # as Excel shows it
    code: str
    column: str = ""  # the header of the column it is about
    value: str = ""

    @property
    def is_warning(self) -> bool:
        return self.code in WARNINGS

    @property
    def text(self) -> str:
        return PROBLEMS.get(self.code) or WARNINGS.get(self.code, self.code)


@dataclass(frozen=True)
class ColumnUse:
    index: int
    header: str
    field: str | None  # None: not imported
    why_not: str = ""  # "unknown", "empty", "twice"


@dataclass(frozen=True)
class ValueChoice:
    field: str
    key: str  # the normalised value
    text: str  # as it stands in the sheet (first occurrence)
    count: int
    match: Match


@dataclass
class ParsedRow:
    line: int
    identity: str  # what makes it the same case at a second import
    legacy_fingerprint: str  # the identity used by imports before 0.2
    registered_on: date
    closed_on: date | None
    parties: list[PartyInput]
    legacy_number: str
    # Each categorical value as (normalised key, as typed); a cell may name several types.
    conflicts: list[tuple[str, str]]
    referrer: tuple[str, str]
    result: tuple[str, str]
    reason: tuple[str, str]
    municipality: str
    neighbourhood: str
    story: str
    notes: str


@dataclass
class ImportPlan:
    sheet: Sheet
    mapping: dict[str, int]
    columns: list[ColumnUse]
    values: dict[str, list[ValueChoice]]
    rows: list[ParsedRow] = field(default_factory=list)  # to be made
    duplicates: int = 0  # imported before
    problems: list[Problem] = field(default_factory=list)
    categories: dict[str, list[Category]] = field(default_factory=dict)

    @property
    def ready(self) -> int:
        return len(self.rows)

    @property
    def skipped_lines(self) -> int:
        return len({p.line for p in self.problems if not p.is_warning and p.line})

    def counts(self) -> Counter:
        return Counter(p.code for p in self.problems)

    def by_year(self) -> dict[int, int]:
        return dict(sorted(Counter(r.registered_on.year for r in self.rows).items()))

    def choice(self, field_name: str, key: str) -> Match:
        for value in self.values.get(field_name, []):
            if value.key == key:
                return value.match
        return Match(None, "none")

    def closed_without_date(self) -> int:
        return sum(
            1
            for r in self.rows
            if r.closed_on is None and self.choice("result", r.result[0]).category_id is not None
        )

    def reason_for(self, row: ParsedRow) -> int | None:
        """Why there was no mediation: the reason column, else the result's own words."""
        if row.reason[0]:
            return self.choice("reason", row.reason[0]).category_id
        return self.choice("result", row.result[0]).reason_id

    def problems_csv(self) -> str:
        """Every problem row, for the coordinator to fix in Excel and import again."""
        header = ["Regel", "Soort", "Kolom", "Waarde", "Wat er mis is"]
        return csv_text(
            [header]
            + [
                [
                    p.line,
                    "waarschuwing" if p.is_warning else "niet geïmporteerd",
                    p.column,
                    p.value,
                    p.text,
                ]
                for p in sorted(self.problems, key=lambda p: (p.line, p.code))
            ]
        )


# -- the columns ---------------------------------------------------------------------------
def header_score(cells: tuple[Cell, ...]) -> int:
    known = {s for spec in FIELDS.values() for s in spec.synonyms}
    return sum(1 for c in cells if isinstance(c, str) and normal(c) in known)


def guess_mapping(headers: tuple[str, ...] | list[str]) -> dict[str, int]:
    """Exact header names first (in the order of each field's synonyms), then
    headers that contain a known name as whole words."""
    normalised = [normal(h) for h in headers]
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for exact in (True, False):
        for name, spec in FIELDS.items():
            if name in mapping:
                continue
            for synonym in spec.synonyms:
                hit = next(
                    (
                        i
                        for i, h in enumerate(normalised)
                        if i not in used
                        and h
                        and (h == synonym if exact else f" {synonym} " in f" {h} ")
                    ),
                    None,
                )
                if hit is not None:
                    mapping[name] = hit
                    used.add(hit)
                    break
    # One address column and separate street columns: the separate ones win.
    for role in ("a", "b"):
        if (
            f"{role}_street" in mapping
            and f"{role}_address" in mapping
            and (normal(headers[mapping[f"{role}_address"]]) in ("adres", "address"))
        ):
            del mapping[f"{role}_address"]
    return mapping


def account_columns(sheet: Sheet, mapping: dict[str, int]) -> list[ColumnUse]:
    by_index: dict[int, list[str]] = {}
    for name, index in mapping.items():
        by_index.setdefault(index, []).append(name)
    uses = []
    for index, header in enumerate(sheet.headers):
        fields = by_index.get(index, [])
        empty = all(c == "" for c in sheet.column(index))
        if fields:
            uses.append(ColumnUse(index, header, fields[0]))
        elif empty:
            uses.append(ColumnUse(index, header, None, "empty"))
        else:
            uses.append(ColumnUse(index, header, None, "unknown"))
    return uses


# -- reading one row -----------------------------------------------------------------------
def _text(cell: Cell) -> str:
    if isinstance(cell, date):
        return cell.strftime("%d-%m-%Y")
    return str(cell).strip()


def _identity(legacy_number: str, registered: date, party: PartyInput | None) -> str:
    if legacy_number:
        key = "nr:" + normal(legacy_number)
    else:
        name = (
            normal(" ".join((party.first_name, party.name_prefix, party.last_name)))
            if (party)
            else ""
        )
        where = normal(f"{party.address.postcode}{party.address.house_number}") if party else ""
        key = f"{registered.isoformat()}|{name}|{where}"
    return IMPORT_MARK + hashlib.sha256(key.encode()).hexdigest()[:40]


def _legacy_fingerprint(cells: tuple[Cell, ...]) -> str:
    # How imports before 0.2 recognised a row (the whole row as text).
    return IMPORT_MARK + hashlib.sha1("\x1f".join(_text(c) for c in cells).encode()).hexdigest()


class _Row:
    """Reads one sheet row into values and problems."""

    def __init__(self, sheet: Sheet, mapping: dict[str, int], row: SheetRow) -> None:
        self.sheet, self.mapping, self.row = sheet, mapping, row
        self.problems: list[Problem] = []
        self._texts: dict[str, str] = {}

    def cell(self, name: str) -> Cell:
        index = self.mapping.get(name)
        return self.row.cells[index] if index is not None and index < len(self.row.cells) else ""

    def text(self, name: str) -> str:
        if name not in self._texts:
            self._texts[name] = _text(self.cell(name))
        return self._texts[name]

    def problem(self, code: str, name: str, value: str = "") -> None:
        index = self.mapping.get(name)
        header = self.sheet.headers[index] if index is not None else ""
        self.problems.append(Problem(self.row.line, code, header, value))

    def date(self, name: str) -> date | None:
        read = read_date(self.cell(name))
        if read.problem:
            self.problem(read.problem, name, self.text(name))
        return read.value

    def limited(self, name: str, model: type, attr: str, value: str | None = None) -> str:
        value = self.text(name) if value is None else value
        problem = text_problem(value, max_chars(model, attr))
        if problem:
            self.problem(problem, name, value[:60])
        return value

    def address(self, role: str) -> AddressInput:
        town = self.text(f"{role}_town") or self.text("a_town")
        if self.text(f"{role}_address"):
            read = read_address(self.text(f"{role}_address"))
            if read is None:
                self.problem("address_unreadable", f"{role}_address", self.text(f"{role}_address"))
                return AddressInput()
            street, number, postcode = (
                read.street,
                read.house_number,
                read.postcode or (self.text(f"{role}_postcode")),
            )
            town = read.town or town
            source = f"{role}_address"
        else:
            street, number = self.text(f"{role}_street"), self.text(f"{role}_house_number")
            postcode, source = self.text(f"{role}_postcode"), f"{role}_street"
        if not (street or postcode or number):
            return AddressInput()
        checked = check_postcode(postcode)
        if not checked.ok or not checked.value:
            self.problem(
                "postcode",
                f"{role}_postcode" if f"{role}_postcode" in self.mapping else source,
                postcode,
            )
            return AddressInput()
        house, _suffix, error = check_house_number(number)
        if error or house is None:
            self.problem(
                "house_number",
                f"{role}_house_number" if (f"{role}_house_number" in self.mapping) else source,
                number,
            )
            return AddressInput()
        for attr, value in (("street", street), ("town", town)):
            self.limited(source, Address, attr, value)
        return AddressInput(
            checked.value,
            number,
            street or "?",
            town or "?",
            self.text("municipality"),
            self.text("neighbourhood"),
        )

    def party(self, role: str) -> PartyInput | None:
        name = self.text(f"{role}_name")
        address = self.address(role)
        if role == "b" and not name and address.is_empty():
            return None
        first, prefix, last = split_name(name)
        for attr, value in (("first_name", first), ("name_prefix", prefix), ("last_name", last)):
            self.limited(f"{role}_name", Person, attr, value)
        phone = self.text(f"{role}_phone")
        if phone:  # normalised here, once ("06 12345678")
            checked = check_phone(phone)
            if not checked.ok:
                self.problem("phone", f"{role}_phone", phone)
            phone = checked.value if checked.ok else ""
        email = self.text("a_email") if role == "a" else ""
        if email:
            checked = check_email(email)
            if not checked.ok:
                self.problem("email", "a_email", email)
            email = checked.value if checked.ok else ""
        return PartyInput(
            role.upper(),
            first,
            prefix,
            last or "Onbekend",
            phone=phone,
            email=email,
            address=address,
        )


def _parse(
    sheet: Sheet, mapping: dict[str, int], row: SheetRow, conflict_names: set[str]
) -> tuple[ParsedRow | None, list[Problem]]:
    reading = _Row(sheet, mapping, row)
    registered = reading.date("registered_on")
    if registered is None and not reading.problems:
        reading.problem("date_unreadable", "registered_on", "")
    closed = reading.date("closed_on") if reading.text("closed_on") else None
    if registered and closed and closed < registered:
        reading.problem("closed_before_registered", "closed_on", reading.text("closed_on"))
    if not reading.text("a_name"):
        reading.problem("name_missing", "a_name")
    parties = [p for p in (reading.party("a"), reading.party("b")) if p is not None]
    story = reading.limited("story", Case, "story")
    notes = reading.text("notes")
    for attr in ("municipality", "neighbourhood"):
        reading.limited(attr, Case, attr)
    legacy = reading.limited("number", Case, "legacy_number")
    reading.limited("referrer", PartnerOrganisation, "name")  # may become a partner
    errors = [p for p in reading.problems if not p.is_warning]
    if errors or registered is None:
        return None, reading.problems

    def keyed(name: str) -> tuple[str, str]:
        return normal(reading.text(name)), reading.text(name)

    return ParsedRow(
        line=row.line,
        identity=_identity(legacy, registered, parties[0] if parties else None),
        legacy_fingerprint=_legacy_fingerprint(row.cells),
        registered_on=registered,
        closed_on=closed,
        parties=parties,
        legacy_number=legacy,
        conflicts=_conflicts(reading.text("conflict_type"), conflict_names),
        referrer=keyed("referrer"),
        result=keyed("result"),
        reason=keyed("reason"),
        municipality=reading.text("municipality"),
        neighbourhood=reading.text("neighbourhood"),
        story=story,
        notes=notes,
    ), reading.problems


def _conflicts(cell: str, names: set[str]) -> list[tuple[str, str]]:
    """One cell may name several types; the whole cell first (a type's own name can
    hold a comma: "Pesten, verstoorde verhouding")."""
    if not cell.strip() or normal(cell) in names:
        return [(normal(cell), cell)]
    return [(normal(part), part) for part in split_categories(cell)] or [("", "")]


# -- the plan --------------------------------------------------------------------------------
def _categories(store: Store, kind: str) -> list[Category]:
    return [Category(i.id, i.code, i.name) for i in lookups.list_items(store, kind, True)]


def _known_identities(store: Store) -> set[str]:
    with store.read() as session:
        return set(
            session.scalars(
                select(Case.imported_from).where(Case.imported_from.startswith(IMPORT_MARK))
            )
        )


def make_plan(
    store: Store,
    sheet: Sheet,
    mapping: dict[str, int] | None = None,
    corrections: dict[tuple[str, str], Match] | None = None,
) -> ImportPlan:
    """The dry run. `corrections` are the coordinator's choices for category values
    ((field, normalised value) -> Match), kept when the plan is made again."""
    mapping = guess_mapping(sheet.headers) if mapping is None else dict(mapping)
    cats = {
        kind: _categories(store, kind)
        for kind in ("conflict_types", "referrer_kinds", "case_results", "closing_reasons")
    }
    conflict_names = {normal(c.name) for c in cats["conflict_types"]}
    plan = ImportPlan(sheet, mapping, account_columns(sheet, mapping), {}, categories=cats)
    missing = [name for name in REQUIRED if name not in mapping]
    if missing:
        plan.problems = [
            Problem(sheet.header_line, "column_missing", FIELDS[n].label) for n in missing
        ]
        return plan
    known = _known_identities(store)
    seen: dict[str, int] = {}
    for row in sheet.rows:
        parsed, problems = _parse(sheet, mapping, row, conflict_names)
        plan.problems.extend(problems)
        if parsed is None:
            continue
        if parsed.identity in known or parsed.legacy_fingerprint in known:
            plan.duplicates += 1
            continue
        if parsed.identity in seen:
            plan.problems.append(
                Problem(row.line, "duplicate_in_file", "", f"regel {seen[parsed.identity]}")
            )
            continue
        seen[parsed.identity] = row.line
        plan.rows.append(parsed)
    plan.values = _value_tables(plan, corrections or {})
    for row in plan.rows[:]:  # a closing date needs a result, or the check fails
        result = plan.choice("result", row.result[0])
        if row.closed_on is not None and result.category_id is None:
            plan.rows.remove(row)
            plan.problems.append(
                Problem(row.line, "closed_without_result", _header(plan, "result"), row.result[1])
            )
        elif result.category_id is not None and row.closed_on is None:
            plan.problems.append(
                Problem(row.line, "closed_date_unknown", _header(plan, "closed_on"))
            )
    plan.problems.sort(key=lambda p: (p.line, p.code))
    return plan


def _header(plan: ImportPlan, name: str) -> str:
    index = plan.mapping.get(name)
    return plan.sheet.headers[index] if index is not None else ""


def _value_tables(
    plan: ImportPlan, corrections: dict[tuple[str, str], Match]
) -> dict[str, list[ValueChoice]]:
    tables: dict[str, list[ValueChoice]] = {}
    for name, kind in CATEGORY_FIELDS.items():
        if name not in plan.mapping:
            continue
        counts: Counter = Counter()
        texts: dict[str, str] = {}
        for row in plan.rows:
            values = row.conflicts if name == "conflict_type" else [getattr(row, name)]
            for key, text in values:
                if name == "reason" and not key:
                    continue  # no reason given: the result's own words say it
                counts[key] += 1
                texts.setdefault(key, text)
        reasons = plan.categories["closing_reasons"] if name == "result" else None
        tables[name] = [
            ValueChoice(
                name,
                key,
                texts[key],
                count,
                corrections.get((name, key))
                or match(kind, texts[key], plan.categories[kind], reasons),
            )
            for key, count in counts.most_common()
        ]
    return tables


def read_and_plan(store: Store, path: Path) -> ImportPlan:
    return make_plan(store, read_sheet(path, header_score))
