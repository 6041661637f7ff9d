"""What people type in a case list, read the way they meant it.

Dates in every notation (13-06-2023, 13/06/23, 2023-06-13, a real Excel date,
"13 juni 2023", "13 June 2023", "13 jun. 2023"); an impossible date (31-02-2021)
is a problem, never a guess. An address in one cell ("Laan van Nieuw Oost-Indië
12 bis", "Kerkstraat 4-2", "Dorpstraat 12a, 8011 AB Zwolle"). Several conflict
types in one cell ("Geluid / parkeren")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from models.limits import date_problem

MONTHS = {
    "januari": 1, "january": 1, "jan": 1, "februari": 2, "february": 2, "feb": 2,
    "maart": 3, "march": 3, "mrt": 3, "mar": 3, "maa": 3, "april": 4, "apr": 4,
    "mei": 5, "may": 5, "juni": 6, "june": 6, "jun": 6, "juli": 7, "july": 7, "jul": 7,
    "augustus": 8, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
_WEEKDAYS = re.compile(r"^(ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|"
                       r"zaterdag|zondag|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|"
                       r"thursday|friday|saturday|sunday)\.?,?\s+")
_DAY_FIRST = re.compile(r"^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4}|\d{2})$")
_YEAR_FIRST = re.compile(r"^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$")
_WRITTEN = re.compile(r"^(\d{1,2})(?:e|ste|de)?\s+([a-z]+)\.?,?\s+(\d{4}|\d{2})$")
_WRITTEN_US = re.compile(r"^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
_TIME = re.compile(r"[ t]\d{1,2}:\d{2}(:\d{2})?(\.\d+)?$")
EXCEL_EPOCH = date(1899, 12, 30)


@dataclass(frozen=True)
class ReadDate:
    value: date | None
    problem: str | None = None  # date_unreadable, date_impossible, date_out_of_range


def _year(text: str, today: date) -> int:
    year = int(text)
    if len(text) == 2:  # "23": this century unless that lies in the future
        year += 2000 if 2000 + year <= today.year + 1 else 1900
    return year


def _made(year: int, month: int, day: int) -> ReadDate:
    try:
        value = date(year, month, day)
    except ValueError:
        return ReadDate(None, "date_impossible")
    problem = date_problem(value)
    return ReadDate(None, problem) if problem else ReadDate(value)


def read_date(cell, today: date | None = None) -> ReadDate:
    """A cell as a date; an empty cell is ReadDate(None) without a problem."""
    today = today or date.today()
    if isinstance(cell, date):
        problem = date_problem(cell)
        return ReadDate(None, problem) if problem else ReadDate(cell)
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        if 20_000 <= cell <= 80_000:  # an Excel serial number saved into a CSV
            return _made(*(EXCEL_EPOCH + timedelta(days=int(cell))).timetuple()[:3])
        return ReadDate(None, "date_unreadable")
    text = _TIME.sub("", str(cell).strip().lower())
    text = _WEEKDAYS.sub("", text).strip()
    if not text:
        return ReadDate(None)
    if text.isdigit() and len(text) == 5:  # an Excel serial number that became text
        return read_date(int(text), today)
    if match := _DAY_FIRST.match(text):
        return _made(_year(match[3], today), int(match[2]), int(match[1]))
    if match := _YEAR_FIRST.match(text):
        return _made(int(match[1]), int(match[2]), int(match[3]))
    if (match := _WRITTEN.match(text)) and match[2] in MONTHS:
        return _made(_year(match[3], today), MONTHS[match[2]], int(match[1]))
    if (match := _WRITTEN_US.match(text)) and match[1] in MONTHS:
        return _made(int(match[3]), MONTHS[match[1]], int(match[2]))
    return ReadDate(None, "date_unreadable")


@dataclass(frozen=True)
class ReadAddress:
    street: str
    house_number: str  # number and addition as typed: "12 bis", "4-2", "1a"
    postcode: str = ""
    town: str = ""


_ADDRESS = re.compile(
    r"^(?P<street>.*?\D)\s*,?\s+(?P<number>\d{1,5}(?:\s*[-/ ]?\s*(?:[a-z]{1,4}|\d{1,4}"
    r"(?:hoog)?)(?![a-z]))?)"
    r"(?:\s*,?\s*(?P<postcode>\d{4}\s*[-.]?\s*[a-z]{2})(?![a-z]))?"
    r"(?:\s*,?\s*(?P<town>['’]?[^\W\d_][^\d,]*))?$",
    re.IGNORECASE)


# A floor after the number: "12 3 hoog", "12-3hg", "12, 2e etage", "12 III".
_FLOOR = re.compile(
    r"(?P<number>\d{1,5}[a-z]?)\s*[-,/]?\s*(?P<floor>\d{1,2})\s*(?:e|ste|de)?\s*"
    r"(?:hoog|hg|etage|et|verdieping|verd)\b\.?", re.IGNORECASE)
_POSTCODE_TEXT = re.compile(r"(?<!\d)(\d{4})\s*[-.]?\s*([a-z]{2})(?![a-z])", re.IGNORECASE)


def floor_as_suffix(text: str) -> str:
    """"Lindelaan 7 3 hoog" -> "Lindelaan 7-3HOOG": the floor kept as the addition,
    so it stays with the number instead of being read as a town."""
    return _FLOOR.sub(lambda m: f"{m['number']}-{m['floor']}HOOG", text)


def find_postcode(text: str) -> tuple[str, str]:
    """A postcode however typed ("1234ab", "1234-AB", "1234 ab Zwolle") as
    ("1234 AB", what else the cell held), or ("", the text) if there is none."""
    match = _POSTCODE_TEXT.search(str(text))
    if not match:
        return "", str(text).strip()
    rest = (text[:match.start()] + " " + text[match.end():]).strip(" ,")
    return f"{match[1]} {match[2].upper()}", " ".join(rest.split())


_LIST = re.compile(r"\s*(?:[/;,|]|\s(?:of|en|or)\s|\n)\s*", re.IGNORECASE)


def split_list(text: str) -> list[str]:
    """Several phone numbers or e-mail addresses in one cell, as typed:
    "06 12345678 / 038-4221234 (werk)" -> ["06 12345678", "038-4221234 (werk)"]."""
    return [part.strip() for part in _LIST.split(str(text)) if part.strip()]


def read_address(text: str) -> ReadAddress | None:
    """"Laan van Nieuw Oost-Indië 12 bis" -> street and number; None if it is not
    one (no house number in it)."""
    text = floor_as_suffix(" ".join(str(text).split()))
    match = _ADDRESS.match(text)
    if not match:
        return None
    postcode = find_postcode(match["postcode"])[0] if match["postcode"] else ""
    return ReadAddress(match["street"].strip(" ,"), match["number"].strip(), postcode,
                       (match["town"] or "").strip(" ,"))


_SEPARATORS = re.compile(r"\s*(?:[,;/+&]|\ben\b|\band\b)\s*", re.IGNORECASE)


def split_categories(text: str) -> list[str]:
    """"Geluid / parkeren" -> ["Geluid", "parkeren"] (the first is the main one)."""
    parts = [p.strip() for p in _SEPARATORS.split(str(text)) if p and p.strip()]
    return list(dict.fromkeys(parts))
