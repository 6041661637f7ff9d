"""A case list as an office really keeps it, for the import tests and benchmark: a
title and blank rows above the header, addresses in one column, dates in every
notation, free-text categories, old case numbers, and a few broken rows."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

from openpyxl import Workbook

HEADERS = ["Dossiernr", "Datum aanmelding", "Naam aanvrager", "Adres", "Postcode",
           "Woonplaats", "Telefoon", "Naam buren", "Adres buren", "Soort overlast",
           "Verwijzer", "Resultaat", "Afgesloten op", "Opmerkingen", "Kleur in overzicht"]
STREETS = ["Tessel", "Laan van Nieuw Oost-Indië", "Brink", "Kerkstraat", "Dorpstraat",
           "Graaf Adolfstraat", "2e Jan Steenstraat", "Van Heemstraat"]
SUFFIXES = ["", "a", " bis", "-2", "B", "-hs"]
CONFLICTS = ["Geluidsoverlast", "geluid / parkeren", "Hond blaft", "Rommel en afval",
             "Tuin en buitenruimte (schutting, takken, barbecuerook)", "Pesten",
             "Stank (wiet)", "Kinderen op straat", "muziek", "overig"]
REFERRERS = ["zelf", "Politie", "Woonstichting De Veste", "gemeente", "Wijkteam",
             "maatschappelijk werk", "", "GGZ"]
RESULTS = [("Opgelost door bemiddeling", True), ("Deels opgelost", True),
           ("Geen bemiddeling: partij B wil niet", True), ("Niet opgelost", True),
           ("Lopend", False), ("", False), ("opgelost met adviezen", True)]
SURNAMES = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
            "Mulder", "de Groot", "Bos", "Yılmaz", "Nguyễn", "Çelik", "Kowalski", "Peters"]
FIRST = ["Jan", "Anna", "Mehmet", "Fatma", "Piet", "Sanne", "Thi Lan", "Kees", "Aylin"]


def _date_text(rng: random.Random, day: date):
    style = rng.randrange(7)
    if style == 0:
        return datetime(day.year, day.month, day.day)  # a real Excel date
    if style == 1:
        return day.strftime("%d-%m-%Y")
    if style == 2:
        return day.strftime("%d/%m/%y")
    if style == 3:
        return day.isoformat()
    months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
              "september", "oktober", "november", "december"]
    if style == 4:
        return f"{day.day} {months[day.month - 1]} {day.year}"
    if style == 5:
        return f"{day.day} {day.strftime('%B')} {day.year}"
    return f"{day.day} {months[day.month - 1][:3]}. {day.year}"


def messy_rows(count: int, seed: int = 7, broken_every: int = 0) -> list[list]:
    rng = random.Random(seed)
    rows = []
    for i in range(count):
        registered = date(2019, 1, 1) + timedelta(days=rng.randrange(6 * 365))
        result, closed = rng.choice(RESULTS)
        closed_on = registered + timedelta(days=rng.randrange(10, 120)) if closed else None
        number = rng.randrange(1, 900)
        address = f"{rng.choice(STREETS)} {number}{rng.choice(SUFFIXES)}"
        # Postcodes as PostNL issues them (never SA, SD or SS).
        postcode = f"{rng.randrange(1000, 9999)} {rng.choice('ABCDEGHJKLMNPRTVWXZ')}" \
                   f"{rng.choice('ABCDEGHJKLMNPRTVWXZ')}"
        name = f"{rng.choice(FIRST)} {rng.choice(SURNAMES)}"
        other = f"Fam. {rng.choice(SURNAMES)}" if rng.random() < 0.6 else ""
        other_address = f"{address.rsplit(' ', 1)[0]} {number + 2}, {postcode}" if other else ""
        row = [f"BB{registered.year}-{i + 1:04d}", _date_text(rng, registered), name, address,
               postcode, "Zwolle", f"06 {rng.randrange(10000000, 59999999)}", other,
               other_address, rng.choice(CONFLICTS), rng.choice(REFERRERS), result,
               _date_text(rng, closed_on) if closed_on and rng.random() < 0.9 else "",
               "Belde twee keer" if rng.random() < 0.2 else "", rng.choice(["rood", ""])]
        if broken_every and i % broken_every == broken_every - 1:
            row[1] = "31-02-2021"  # an impossible date: reported, never guessed
        rows.append(row)
    return rows


def write_messy_xlsx(path: Path, rows: list[list]) -> Path:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Zaken")
    sheet.append(["Overzicht buurtbemiddeling 2019-2025"])
    sheet.append([])
    sheet.append(HEADERS)  # the header on Excel's row 3
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path
