"""One sheet row read into a case, keeping everything.

A value goes into its field as it was meant (a date as a date, "0031 6-1234 5678"
as 06 12345678). What cannot go into a field — a phone number no one can dial,
a date that does not exist, a surname longer than the column, a column Burenrust
has no field for — is kept as typed in the case's notes under its column's
header, and the row gets a flag saying so. An address without a postcode is kept
as typed on the party ("Lindelaan 38"), or completed from the applicant's address
on the same street, and the case goes on the list "Nog aan te vullen".

A row is only refused when there is nothing to make a case of: no party's name
and no date at all (a totals row, a repeated header, a line of dashes)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache

from desktop.cases.registration import AddressInput, PartyInput
from desktop.cases.spreadsheet.columns import QT_TRANSLATE_NOOP, ColumnUse
from desktop.cases.spreadsheet.matching import normal
from desktop.cases.spreadsheet.reading import Cell, Sheet, SheetRow
from desktop.cases.spreadsheet.values import (
    find_postcode,
    read_address,
    read_date,
    split_categories,
    split_list,
)
from models import Address, Case, CaseParty, PartnerOrganisation, Person
from models.limits import max_chars as _max_chars
from models.limits import text_problem
from models.rules import check_email, check_house_number, check_phone, fold, split_name

IMPORT_MARK = "import:"
ADDRESS_FROM_A = "from_a"

# Refusals: the row is not imported (it goes in the sheet of refused rows).
PROBLEMS = {
    "column_missing": QT_TRANSLATE_NOOP(
        "ImportDialog", "geen kolom met een naam of een datum gevonden"),
    "nothing_usable": QT_TRANSLATE_NOOP("ImportDialog", "geen naam en geen datum"),
    "total_row": QT_TRANSLATE_NOOP("ImportDialog", "een regel met totalen, geen zaak"),
    "header_repeated": QT_TRANSLATE_NOOP("ImportDialog", "de kopregel nog eens"),
    "duplicate_in_file": QT_TRANSLATE_NOOP(
        "ImportDialog", "precies dezelfde regel staat hoger in het bestand"),
}
# Flags: the row comes in, and this was done with one of its values.
WARNINGS = {
    "date_unreadable": QT_TRANSLATE_NOOP(
        "ImportDialog", "datum onleesbaar (zoals getypt in de notities)"),
    "date_impossible": QT_TRANSLATE_NOOP(
        "ImportDialog", "datum bestaat niet (zoals getypt in de notities)"),
    "date_out_of_range": QT_TRANSLATE_NOOP(
        "ImportDialog", "datum buiten 1980–2099 (zoals getypt in de notities)"),
    "date_assumed": QT_TRANSLATE_NOOP(
        "ImportDialog", "geen bruikbare datum van aanmelding: voorlopig een datum uit het "
        "bestand genomen (nog aan te vullen)"),
    "closed_before_registered": QT_TRANSLATE_NOOP(
        "ImportDialog", "afgesloten vóór de aanmelding (afsluitdatum in de notities)"),
    "closed_without_result": QT_TRANSLATE_NOOP(
        "ImportDialog", "afsluitdatum zonder resultaat (zaak blijft open, datum in de notities)"),
    "closed_date_unknown": QT_TRANSLATE_NOOP(
        "ImportDialog", "resultaat zonder afsluitdatum (afgesloten, datum onbekend)"),
    "name_missing": QT_TRANSLATE_NOOP(
        "ImportDialog", "naam aanvrager leeg (als „Onbekend” opgenomen)"),
    "address_from_a": QT_TRANSLATE_NOOP(
        "ImportDialog", "adres zonder postcode: plaats en postcodegebied uit het adres van "
        "partij A (nog aan te vullen)"),
    "postcode_missing": QT_TRANSLATE_NOOP(
        "ImportDialog", "adres zonder postcode (zoals getypt bewaard, nog aan te vullen)"),
    "postcode": QT_TRANSLATE_NOOP(
        "ImportDialog", "postcode onleesbaar (adres zoals getypt bewaard, nog aan te vullen)"),
    "house_number": QT_TRANSLATE_NOOP(
        "ImportDialog", "huisnummer onleesbaar (adres zoals getypt bewaard, nog aan te vullen)"),
    "address_unreadable": QT_TRANSLATE_NOOP(
        "ImportDialog", "adres zonder huisnummer (zoals getypt bewaard, nog aan te vullen)"),
    "phone": QT_TRANSLATE_NOOP(
        "ImportDialog", "telefoonnummer onleesbaar (zoals getypt in de notities)"),
    "phone_more": QT_TRANSLATE_NOOP(
        "ImportDialog", "meer dan één telefoonnummer (het eerste in het veld, alles in de "
        "notities)"),
    "email": QT_TRANSLATE_NOOP(
        "ImportDialog", "e-mailadres onleesbaar (zoals getypt in de notities)"),
    "email_more": QT_TRANSLATE_NOOP(
        "ImportDialog", "meer dan één e-mailadres (het eerste in het veld, alles in de "
        "notities)"),
    "too_long": QT_TRANSLATE_NOOP(
        "ImportDialog", "tekst te lang voor het veld (ingekort; volledig in de notities)"),
    "invalid_characters": QT_TRANSLATE_NOOP(
        "ImportDialog", "onbruikbaar teken weggelaten"),
    "same_number_in_file": QT_TRANSLATE_NOOP(
        "ImportDialog", "hetzelfde dossiernummer staat hoger in het bestand (toch "
        "overgenomen)"),
}
# What a case on the list "Nog aan te vullen" still needs, as the case shows it.
TO_COMPLETE = {
    "date_assumed": "Datum van aanmelding stond niet (leesbaar) in het bestand; voorlopig "
                    "{value} genomen.",
    "closed_without_result": "Afsluitdatum zonder resultaat: kies het resultaat en sluit af.",
    "name_missing": "Naam van de aanvrager stond niet in het bestand.",
    "phone": "Telefoonnummer ({column}) onleesbaar: zie de notities.",
    "email": "E-mailadres ({column}) onleesbaar: zie de notities.",
}


@cache
def max_chars(model: type, attr: str) -> int:
    """The column's limit, looked up once (a row asks for a dozen)."""
    return _max_chars(model, attr)


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_TOTAL = re.compile(r"^(totaal|totalen|total|subtotaal|som|aantal|gemiddeld|eindtotaal)\b")


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


@dataclass
class ParsedRow:
    line: int
    identity: str  # what makes it the same case at a second import
    legacy_fingerprint: str  # the identity used by imports before 0.2
    registered_on: date | None  # None: filled in from a row above (date_assumed)
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
    kept: list[tuple[str, str]] = field(default_factory=list)  # (header, as typed): notes
    to_complete: list[str] = field(default_factory=list)
    closed_text: str = ""  # the closing date as typed
    conflict_text: str = ""  # the conflict type(s) as typed, in one cell


def cell_text(cell: Cell) -> str:
    if isinstance(cell, date):
        return cell.strftime("%d-%m-%Y")
    return str(cell).strip()


def _identity(legacy_number: str, registered: str, party: PartyInput | None) -> str:
    if legacy_number:
        key = "nr:" + normal(legacy_number)
    else:
        name = (normal(" ".join((party.first_name, party.name_prefix, party.last_name)))
                if party else "")
        where = normal(f"{party.address.postcode}{party.address.house_number}"
                       f"{party.address_as_typed}") if party else ""
        key = f"{registered}|{name}|{where}"
    return IMPORT_MARK + hashlib.sha256(key.encode()).hexdigest()[:40]


def identity_of_repeat(identity: str, fingerprint: str) -> str:
    """A second row with the same old number but other contents is its own case."""
    return IMPORT_MARK + hashlib.sha256(f"{identity}|{fingerprint}".encode()).hexdigest()[:40]


def legacy_fingerprint(cells: tuple[Cell, ...]) -> str:
    # How imports before 0.2 recognised a row (the whole row as text).
    return IMPORT_MARK + hashlib.sha1("\x1f".join(cell_text(c) for c in cells).encode()
                                      ).hexdigest()


@lru_cache(maxsize=8)
def _header_keys(headers: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(normal(h) for h in headers)


def refusal(sheet: Sheet, row: SheetRow, mapping: dict[str, int]) -> str | None:
    """Why this row is no case at all, before it is read: a totals row or the header
    once more."""
    texts = [cell_text(c) for c in row.cells]
    filled = [t for t in texts if t]
    keys = _header_keys(sheet.headers)
    if normal(filled[0] if filled else "") in keys and tuple(
            normal(t) for t in texts) == keys:
        return "header_repeated"
    if filled and _TOTAL.match(normal(filled[0])) and all(
            re.fullmatch(r"[\d.,\s%€-]*", t) for t in filled[1:]):
        return "total_row"
    return None


class RowReader:
    """Reads one sheet row into values, flags and what is kept for the notes."""

    def __init__(self, sheet: Sheet, mapping: dict[str, int], kept_columns: list[ColumnUse],
                 row: SheetRow) -> None:
        self.sheet, self.mapping, self.row = sheet, mapping, row
        self.kept_columns = kept_columns
        self.problems: list[Problem] = []
        self.kept: list[tuple[str, str]] = []
        self.to_complete: list[str] = []
        self._texts: dict[str, str] = {}

    # -- cells ------------------------------------------------------------------------------
    def cell(self, name: str) -> Cell:
        index = self.mapping.get(name)
        return self.row.cells[index] if index is not None and index < len(self.row.cells) else ""

    def text(self, name: str) -> str:
        if name not in self._texts:
            self._texts[name] = cell_text(self.cell(name))
        return self._texts[name]

    def header(self, name: str) -> str:
        index = self.mapping.get(name)
        return self.sheet.headers[index] if index is not None else ""

    def flag(self, code: str, name: str, value: str = "") -> None:
        self.problems.append(Problem(self.row.line, code, self.header(name), value[:200]))
        template = TO_COMPLETE.get(code)
        if template:
            self.to_complete.append(template.format(value=value, column=self.header(name)))

    def keep(self, name: str, value: str | None = None) -> None:
        """The value as typed into the notes, under its column's header."""
        value = self.text(name) if value is None else value
        entry = (self.header(name) or name, value)
        if value and entry not in self.kept:
            self.kept.append(entry)

    def limited(self, name: str, model: type, attr: str, value: str | None = None) -> str:
        """The value as the field can hold it; the whole of it kept when it cannot."""
        value = self.text(name) if value is None else value
        problem = text_problem(value, max_chars(model, attr))
        if problem == "invalid_characters":
            self.flag(problem, name, _CONTROL.sub("?", value)[:60])
            value = _CONTROL.sub("", value)
            problem = text_problem(value, max_chars(model, attr))
        if problem == "too_long":
            self.flag(problem, name, value[:60])
            typed = self.text(name)
            self.keep(name, typed if value in typed else value)  # the whole cell, as typed
            value = value[:max_chars(model, attr)].rstrip()
        return value

    # -- dates --------------------------------------------------------------------------------
    def date(self, name: str) -> date | None:
        if not self.text(name):
            return None
        read = read_date(self.cell(name))
        if read.problem:
            self.flag(read.problem, name, self.text(name))
            self.keep(name)
        return read.value

    # -- addresses ------------------------------------------------------------------------
    def _typed_address(self, role: str) -> tuple[str, str, str, str, str, str]:
        """(street, number, postcode, town, as typed, source column) of a party."""
        town = self.text(f"{role}_town")
        addition = self.text(f"{role}_house_addition")
        if self.text(f"{role}_address"):
            typed = self.text(f"{role}_address")
            read = read_address(typed)
            postcode_text = self.text(f"{role}_postcode")
            if read is None:
                whole = ", ".join(t for t in (typed, postcode_text, town) if t)
                return "", "", postcode_text, town, whole, f"{role}_address"
            number = f"{read.house_number}{'-' + addition if addition else ''}"
            return (read.street, number, read.postcode or postcode_text, read.town or town,
                    ", ".join(t for t in (typed, postcode_text, addition, town) if t),
                    f"{role}_address")
        street, number = self.text(f"{role}_street"), self.text(f"{role}_house_number")
        if addition:
            number = f"{number}-{addition}" if number else addition
        postcode = self.text(f"{role}_postcode")
        typed = " ".join(t for t in (street, number) if t)
        typed = ", ".join(t for t in (typed, postcode, town) if t)
        return street, number, postcode, town, typed, f"{role}_street"

    def address(self, role: str, applicant: AddressInput | None) -> tuple[AddressInput, str, str]:
        """(address, as typed, source): a full address, or an empty one with the text
        as typed kept for the coordinator to complete."""
        street, number, postcode_text, town, typed, source = self._typed_address(role)
        if not (street or number or postcode_text or typed):
            return AddressInput(), "", ""
        postcode_column = f"{role}_postcode" if self.text(f"{role}_postcode") else source
        postcode, rest = find_postcode(postcode_text) if postcode_text else ("", "")
        if postcode and rest and not town and normal(rest) != normal(postcode_text):
            town = rest  # "8011 AB Zwolle" in the postcode column
        house, _suffix, error = check_house_number(number)
        as_typed = typed[:max_chars(CaseParty, "address_as_typed")]
        if len(typed) > len(as_typed):
            self.keep(source, typed)
        if not street or house is None or error:
            code = "address_unreadable" if not number else "house_number"
            self.flag(code, source if not number else (
                f"{role}_house_number" if self.text(f"{role}_house_number") else source), typed)
            return AddressInput(), as_typed, ""
        municipality, neighbourhood = self.text("municipality"), self.text("neighbourhood")
        street = self.limited(source, Address, "street", street)
        if not postcode:
            same_street = (applicant is not None and role != "a"
                           and fold(street) == fold(applicant.street)
                           and (not town or fold(town) == fold(applicant.town)))
            if same_street:
                self.flag("address_from_a", source, typed)
                return AddressInput(applicant.postcode[:4], number, street, applicant.town,
                                    applicant.municipality, applicant.neighbourhood
                                    ), as_typed, ADDRESS_FROM_A
            if postcode_text:
                self.flag("postcode", postcode_column, postcode_text)
            else:
                self.flag("postcode_missing", source, typed)
            return AddressInput(), as_typed, ""
        town = self.limited(f"{role}_town" if self.text(f"{role}_town") else source,
                            Address, "town", town or self.text("a_town"))
        return AddressInput(postcode, number, street, town or "?", municipality,
                            neighbourhood), "", ""

    # -- contact details --------------------------------------------------------------------
    def _contact(self, name: str, check, code: str) -> str:
        """The first readable phone number or e-mail address of a cell; the cell as typed
        kept when it held more, or nothing readable."""
        typed = self.text(name)
        if not typed:
            return ""
        checked = check(typed)
        if checked.ok:
            return checked.value
        parts = split_list(typed)
        readable = [c.value for c in (check(_bare(part)) for part in parts) if c.ok]
        self.keep(name, typed)
        if not readable:
            self.flag(code, name, typed)
            return ""
        self.flag(f"{code}_more", name, typed)
        return readable[0]

    def name(self, role: str) -> str:
        whole = self.text(f"{role}_name")
        parts = [self.text(f"{role}_{p}") for p in ("first_name", "name_prefix", "last_name")]
        if any(parts):
            joined = " ".join(p for p in parts if p)
            if whole and normal(whole) != normal(joined):
                self.keep(f"{role}_name", whole)  # both given and they differ: keep both
            whole = joined if not whole or len(joined) >= len(whole) else whole
        return whole

    def party(self, role: str, applicant: AddressInput | None) -> PartyInput | None:
        name = self.name(role)
        address, as_typed, source = self.address(role, applicant)
        phone = self._contact(f"{role}_phone", check_phone, "phone")
        email = self._contact(f"{role}_email", check_email, "email")
        if role == "b" and not name and address.is_empty() and not (as_typed or phone or email):
            return None
        first, prefix, last = split_name(name)
        column = f"{role}_name" if self.text(f"{role}_name") else f"{role}_last_name"
        first = self.limited(column, Person, "first_name", first)
        prefix = self.limited(column, Person, "name_prefix", prefix)
        last = self.limited(column, Person, "last_name", last)
        if len(phone) > max_chars(Person, "phone"):
            phone = ""
        if len(email) > max_chars(Person, "email"):
            self.keep(f"{role}_email")
            email = ""
        return PartyInput(role.upper(), first, prefix, last or "Onbekend", phone=phone,
                          email=email, address=address, address_as_typed=as_typed,
                          address_source=source)


def _bare(text: str) -> str:
    """"038-4221234 (werk)" -> "038-4221234"; "mailto:jan@x.nl" -> "jan@x.nl"."""
    text = re.sub(r"\(.*?\)|\b(werk|thuis|prive|privé|mobiel|tel|mail)\b[:.]?", " ", text,
                  flags=re.IGNORECASE)
    return text.replace("mailto:", "").strip(" :.-")


def has_name(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def conflicts_of(cell: str, names: set[str]) -> list[tuple[str, str]]:
    """One cell may name several types; the whole cell first (a type's own name can
    hold a comma: "Pesten, verstoorde verhouding")."""
    if not cell.strip() or normal(cell) in names:
        return [(normal(cell), cell)]
    return [(normal(part), part) for part in split_categories(cell)] or [("", "")]


def parse_row(sheet: Sheet, mapping: dict[str, int], kept_columns: list[ColumnUse],
              row: SheetRow, conflict_names: set[str]) -> tuple[ParsedRow | None, list[Problem]]:
    refused = refusal(sheet, row, mapping)
    if refused:
        return None, [Problem(row.line, refused, "", cell_text(next(
            (c for c in row.cells if cell_text(c)), "")))]
    reading = RowReader(sheet, mapping, kept_columns, row)
    names = [reading.name("a"), reading.name("b")]
    registered = reading.date("registered_on")
    if not any(has_name(n) for n in names) and registered is None:
        first = next((cell_text(c) for c in row.cells if cell_text(c)), "")
        return None, [Problem(row.line, "nothing_usable", "", first[:60])]
    if not has_name(names[0]):
        reading.flag("name_missing", "a_name" if "a_name" in mapping else "a_last_name")
    closed = reading.date("closed_on")
    closed_text = reading.text("closed_on")
    if registered and closed and closed < registered:
        reading.flag("closed_before_registered", "closed_on", closed_text)
        reading.keep("closed_on")
        closed = None
    applicant = reading.party("a", None)
    a_address = applicant.address if applicant and not applicant.address.is_empty() else None
    other = reading.party("b", a_address)
    parties = [p for p in (applicant, other) if p is not None]
    story = reading.limited("story", Case, "story")
    notes = reading.text("notes")
    municipality = reading.limited("municipality", Case, "municipality")
    neighbourhood = reading.limited("neighbourhood", Case, "neighbourhood")
    legacy = reading.limited("number", Case, "legacy_number")
    referrer = reading.limited("referrer", PartnerOrganisation, "name")
    for column in kept_columns:
        value = cell_text(row.cells[column.index]) if column.index < len(row.cells) else ""
        if value:
            reading.kept.append((column.header or f"kolom {column.index + 1}", value))
    def keyed(name: str, value: str | None = None) -> tuple[str, str]:
        value = reading.text(name) if value is None else value
        return normal(value), value

    date_key = registered.isoformat() if registered else "?" + reading.text("registered_on")
    return ParsedRow(
        line=row.line,
        identity=_identity(legacy, date_key, parties[0] if parties else None),
        legacy_fingerprint=legacy_fingerprint(row.cells),
        registered_on=registered,
        closed_on=closed,
        parties=parties,
        legacy_number=legacy,
        conflicts=conflicts_of(reading.text("conflict_type"), conflict_names),
        referrer=keyed("referrer", referrer),
        result=keyed("result"),
        reason=keyed("reason"),
        municipality=municipality,
        neighbourhood=neighbourhood,
        story=story,
        notes=notes,
        kept=reading.kept,
        to_complete=reading.to_complete,
        closed_text=closed_text,
        conflict_text=reading.text("conflict_type"),
    ), reading.problems
