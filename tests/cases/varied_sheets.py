"""Case sheets as other offices keep them, in layouts Burenrust did not choose.

Each seed gives another sheet: the headers spelled another way (and other
columns: "Aanmelder", "Tel. buren", "E-mail", "Bemiddelaars"), another column
order, one address column or four, a title merged over the top, two header rows
("Partij A" / "Partij B" over the same three headers), blank rows, a totals row
at the bottom, dates as real dates, as text in several notations and as Excel
serial numbers, phone numbers with spaces, dashes, +31 and 0031, postcodes with
and without a space and in lower case, additions as "bis", "-A", "hs" and
"3 hoog", the other party very often as "Lindelaan 38" only, and the gaps a
tired volunteer leaves. Every row says what it is meant to become, so a test can
hold the import to it."""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from openpyxl import Workbook

STREETS = ["Lindelaan", "Kerkstraat", "Laan van Nieuw Oost-Indië", "Brink", "2e Jan Steenstraat",
           "Van Heemstraat", "Dorpsstraat", "Graaf Adolfstraat", "Tessel", "Zuiderhavenweg"]
TOWNS = ["Zwolle", "Deventer", "Kampen", "'s-Hertogenbosch", "Den Haag"]
SURNAMES = ["de Vries", "Jansen", "van der Berg", "Bakker", "Yılmaz", "Nguyễn", "Çelik",
            "Kowalski", "de Boer", "El Amrani", "Visser", "van Dijk", "Smit", "Ødegaard"]
FIRST = ["Jan", "Anna", "Mehmet", "Fatma", "Piet", "Sanne", "Thi Lan", "Kees", "Aylin", "José"]
SUFFIXES = ["", "", "", "a", " bis", "-A", " hs", "-hs", " 3 hoog", "-2", "B"]
CONFLICTS = ["Geluidsoverlast", "geluid / parkeren", "Hond blaft", "rommel", "Pesten",
             "Stank (wiet)", "Tuin", "muziek", "overig", "schutting", ""]
REFERRERS = ["zelf", "Politie", "Woonstichting De Veste", "gemeente", "Wijkteam", "", "huisarts",
             "via buurvrouw"]
RESULTS = [("Opgelost", True), ("deels opgelost", True), ("Lopend", False), ("", False),
           ("geen bemiddeling, verhuisd", True), ("Niet opgelost", True)]
PLACEHOLDERS = ["?", "onbekend", "nvt", "-", "zie dossier"]
LETTERS = "ABCDEGHJKLMNPRTVWXZ"

# Field -> the ways offices write its header.
HEADERS = {
    "number": ["Dossiernr", "Zaaknummer", "Nr.", "Dossier", "Kenmerk", "zaak nr"],
    "registered_on": ["Datum", "Datum aanmelding", "Aanmelddatum", "datum melding", "Aangemeld op",
                      "Binnengekomen"],
    "a_name": ["Naam", "Naam aanvrager", "Aanvrager", "Bewoner", "Naam verzoeker", "Verzoeker",
               "Naam partij A", "Naam bewoner"],
    "a_address": ["Adres", "Adres aanvrager", "Woonadres", "Adres verzoeker", "Straat + huisnr"],
    "a_postcode": ["Postcode", "PC", "postcode aanvrager"],
    "a_town": ["Woonplaats", "Plaats", "Plaats aanvrager"],
    "a_phone": ["Telefoon", "Tel.", "Tel aanvrager", "Mobiel", "06-nummer", "Telefoonnummer",
                "Telefoon bewoner"],
    "a_email": ["E-mail", "Email", "Mail", "E-mailadres aanvrager"],
    "b_name": ["Naam buren", "Wederpartij", "Buur", "Andere partij", "Naam partij B", "Buren",
               "Naam wederpartij", "Naam buur"],
    "b_address": ["Adres buren", "Adres wederpartij", "Adres buur", "Adres andere partij",
                  "Adres partij B"],
    "b_phone": ["Tel. buren", "Telefoon wederpartij", "Mobiel buur", "Tel andere partij"],
    "conflict_type": ["Soort overlast", "Soort conflict", "Aard conflict", "Klacht", "Probleem",
                      "Onderwerp"],
    "referrer": ["Aanmelder", "Verwijzer", "Verwezen door", "Doorverwezen door", "Melder", "Bron",
                 "Via"],
    "result": ["Resultaat", "Uitkomst", "Afloop", "Status"],
    "closed_on": ["Afgesloten op", "Datum afsluiting", "Einddatum", "Afgerond"],
    "notes": ["Opmerkingen", "Notities", "Bijzonderheden", "Verloop"],
}
UNKNOWN = ["Bemiddelaars", "Kleur", "Aantal gesprekken", "Intake gedaan door", "Datum intake"]


@dataclass
class VariedRow:
    cells: list[object]  # as written, one per column ([] for a blank row)
    kind: str  # "case" (has a name or a date), "refused" (has neither), "blank"


@dataclass
class VariedSheet:
    headers: list[str]
    rows: list[VariedRow]
    title_rows: int
    grouped: bool  # two header rows
    total_row: bool
    fields: list[str | None] = field(default_factory=list)  # per column; None: unknown


def _date_cell(rng: random.Random, day: date):
    style = rng.randrange(9)
    if style == 0:
        return datetime(day.year, day.month, day.day)
    if style == 1:
        return (day - date(1899, 12, 30)).days  # an Excel serial number
    months = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
    return [day.strftime("%d-%m-%Y"), day.strftime("%d/%m/%y"), day.strftime("%-d-%-m-%Y"),
            day.isoformat(), f"{day.day} {months[day.month - 1]} {day.year}",
            day.strftime("%d.%m.%Y"), str((day - date(1899, 12, 30)).days)][style - 2]


def _phone(rng: random.Random) -> str:
    number = f"{rng.randrange(10000000, 99999999)}"
    style = rng.randrange(9)
    return [f"06 {number}", f"06-{number}", f"+31 6 {number[:4]} {number[4:]}",
            f"0031{6}{number}", f"06{number}", f"038-{number[:7]}",
            f"06 {number} / 038-{number[1:8]}", "zie mail", f"06 {number[:6]}"][style]


def _postcode(rng: random.Random) -> str:
    digits, letters = rng.randrange(1000, 9999), rng.choice(LETTERS) + rng.choice(LETTERS)
    return rng.choice([f"{digits} {letters}", f"{digits}{letters}", f"{digits}{letters.lower()}",
                       f"{digits} {letters.lower()}"])


def _name(rng: random.Random) -> str:
    first, last = rng.choice(FIRST), rng.choice(SURNAMES)
    return rng.choice([f"{first} {last}", f"{first} {last}", f"Fam. {last}", f"{first[0]}. {last}",
                       f"{last.split()[-1]}, {first} {' '.join(last.split()[:-1])}".strip()])


def varied_sheet(seed: int, count: int = 40) -> VariedSheet:
    rng = random.Random(seed)
    wanted = ["registered_on", "a_name", "b_name", "b_address"]
    wanted += [f for f in ("number", "a_address", "a_postcode", "a_town", "a_phone", "a_email",
                           "b_phone", "conflict_type", "referrer", "result", "closed_on",
                           "notes") if rng.random() < 0.8]
    grouped = rng.random() < 0.25
    headers: dict[str, str] = {}
    for name in wanted:
        headers[name] = rng.choice(HEADERS[name])
    extra = rng.sample(UNKNOWN, rng.randrange(0, 3))
    if grouped:  # the same three headers under "Partij A" and "Partij B"
        for role in ("a", "b"):
            headers[f"{role}_name"], headers[f"{role}_address"] = "Naam", "Adres"
            if f"{role}_phone" in headers:
                headers[f"{role}_phone"] = "Telefoon"
    order = list(headers)
    rng.shuffle(order)
    if grouped:  # a party's columns side by side, A before B
        order = [f for f in order if f[:2] not in ("a_", "b_")] + [
            f for f in ("a_name", "a_address", "a_postcode", "a_town", "a_phone", "a_email",
                        "b_name", "b_address", "b_phone") if f in headers]
    sheet = VariedSheet([headers[f] for f in order] + extra, [], rng.randrange(0, 3), grouped,
                        rng.random() < 0.5, [*order, *([None] * len(extra))])
    day = date(2019, 1, 2)
    for _ in range(count):
        day += timedelta(days=rng.randrange(0, 4))
        street, town = rng.choice(STREETS), rng.choice(TOWNS)
        number = rng.randrange(1, 300)
        row: dict[str, object] = {}
        has_name = rng.random() > 0.05
        has_date = rng.random() > 0.06
        if not has_name and not has_date and rng.random() < 0.5:
            has_date = True
        row["registered_on"] = _date_cell(rng, day) if has_date else rng.choice(
            ["", "", rng.choice(PLACEHOLDERS)])
        row["a_name"] = _name(rng) if has_name else ""
        row["number"] = f"BB{day.year}-{rng.randrange(1, 999):03d}" if rng.random() < 0.9 else ""
        if "a_postcode" in headers:
            row["a_address"] = f"{street} {number}{rng.choice(SUFFIXES)}"
            row["a_postcode"] = _postcode(rng) if rng.random() < 0.9 else ""
        else:
            row["a_address"] = f"{street} {number}{rng.choice(SUFFIXES)}, {_postcode(rng)} {town}"
        row["a_town"] = town if rng.random() < 0.9 else ""
        row["a_phone"] = _phone(rng) if rng.random() < 0.85 else ""
        row["a_email"] = rng.choice(["", "", f"{rng.choice(FIRST).lower()}@example.nl",
                                     "geen", "jan@@example"])
        if rng.random() < 0.85:
            row["b_name"] = rng.choice(["Fam. ", "", "buurman "]) + rng.choice(SURNAMES)
            neighbour = number + rng.choice([-2, -1, 1, 2])
            row["b_address"] = rng.choice([
                f"{street} {max(neighbour, 1)}{rng.choice(SUFFIXES)}",  # next door, no postcode
                f"{street} {max(neighbour, 1)}",
                f"{rng.choice(STREETS)} {rng.randrange(1, 300)}",  # around the corner
                f"{street} {max(neighbour, 1)}, {_postcode(rng)}",
                f"boven {rng.choice(['hen', 'de aanvrager'])}", ""])
            row["b_phone"] = _phone(rng) if rng.random() < 0.4 else ""
        result, closed = rng.choice(RESULTS)
        row["conflict_type"] = rng.choice(CONFLICTS)
        row["referrer"] = rng.choice(REFERRERS)
        row["result"] = result
        row["closed_on"] = _date_cell(rng, day + timedelta(days=rng.randrange(5, 90))) if (
            closed and rng.random() < 0.85) else rng.choice(["", "", "?"])
        row["notes"] = rng.choice(["", "", "Belde drie keer", "Wil niet dat buren weten wie belde"])
        cells = [row.get(f, "") for f in order]
        cells += [rng.choice(["", "3", "Ans & Piet", "ja", "12-03-2021"]) for _ in extra]
        named = has_name or bool(row.get("b_name"))  # either party's name will do
        sheet.rows.append(VariedRow(cells, "case" if (named or has_date) else "refused"))
        if rng.random() < 0.05:
            sheet.rows.append(VariedRow([], "blank"))
        if rng.random() < 0.04:  # a remark on a line of its own: no name, no date
            cells = ["" for _ in sheet.headers]
            cells[sheet.fields.index("b_address")] = rng.choice(["zie boven", "idem", "—"])
            sheet.rows.append(VariedRow(cells, "refused"))
    return sheet


def write_varied(sheet: VariedSheet, path: Path) -> Path:
    """As .xlsx (titles merged, groups merged over their columns) or as .csv."""
    if path.suffix == ".csv":
        with open(path, "w", newline="", encoding="cp1252", errors="replace") as handle:
            writer = csv.writer(handle, delimiter=";")
            for _ in range(sheet.title_rows):
                writer.writerow(["Overzicht buurtbemiddeling 2019-2025"])
            if sheet.grouped:
                groups = [""] * len(sheet.headers)
                for role, label in (("a_", "Partij A"), ("b_", "Partij B")):
                    groups[next(i for i, f in enumerate(sheet.fields)
                                if f and f.startswith(role))] = label
                writer.writerow(groups)
            writer.writerow(sheet.headers)
            for row in sheet.rows:
                writer.writerow([_csv(c) for c in row.cells])
            if sheet.total_row:
                writer.writerow(["Totaal", len(sheet.rows)])
        return path
    workbook = Workbook()
    ws = workbook.active
    line = 1
    for _ in range(sheet.title_rows):
        ws.cell(line, 1, "Overzicht buurtbemiddeling 2019-2025")
        ws.merge_cells(start_row=line, start_column=1, end_row=line, end_column=5)
        line += 1
    if sheet.grouped:
        for role, label in (("a_", "Partij A"), ("b_", "Partij B")):
            columns = [i + 1 for i, f in enumerate(sheet.fields) if f and f.startswith(role)]
            ws.cell(line, columns[0], label)
            ws.merge_cells(start_row=line, start_column=columns[0], end_row=line,
                           end_column=columns[-1])
        line += 1
    for column, header in enumerate(sheet.headers, 1):
        ws.cell(line, column, header)
    for row in sheet.rows:
        line += 1
        for column, value in enumerate(row.cells, 1):
            if value != "":
                ws.cell(line, column, value)
    if sheet.total_row:
        ws.cell(line + 2, 1, "Totaal")
        ws.cell(line + 2, 2, len(sheet.rows))
    workbook.save(path)
    return path


def _csv(value) -> str:
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y")
    return str(value)
