"""Domain rules that need neither a database nor a screen: normalising and
validating what a coordinator types. Validators return an error code (the
views turn it into a Dutch sentence) or None when the value is fine."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_POSTCODE = re.compile(r"^\s*([1-9][0-9]{3})\s*([A-Za-z]{2})\s*$")
# Letter pairs PostNL never issues.
_FORBIDDEN_POSTCODE_LETTERS = {"SA", "SD", "SS"}
_HOUSE_NUMBER = re.compile(r"^\s*([0-9]{1,5})\s*[-/ ]?\s*([A-Za-z0-9]{0,6})\s*$")


@dataclass(frozen=True)
class Checked:
    """A normalised value, or the code of what is wrong with it."""

    value: str
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def check_postcode(text: str) -> Checked:
    if not text.strip():
        return Checked("", None)
    match = _POSTCODE.match(text)
    if not match:
        return Checked(text, "postcode_format")
    digits, letters = match.group(1), match.group(2).upper()
    if letters in _FORBIDDEN_POSTCODE_LETTERS:
        return Checked(text, "postcode_letters")
    return Checked(f"{digits} {letters}")


def postcode_area(postcode: str) -> str:
    """The 4-digit area of a normalised postcode ("1234 AB" -> "1234")."""
    return postcode[:4]


def check_house_number(text: str) -> tuple[int | None, str, str | None]:
    """Split "12a", "12-2" or "12 bis" into (12, "A"/"-2"/"BIS"), or give an error code."""
    if not text.strip():
        return None, "", None
    match = _HOUSE_NUMBER.match(text)
    if not match or int(match.group(1)) == 0:
        return None, "", "house_number_format"
    return int(match.group(1)), match.group(2).upper(), None


def check_phone(text: str) -> Checked:
    if not text.strip():
        return Checked("", None)
    if re.search(r"[A-Za-z]", text):
        return Checked(text, "phone_format")
    import phonenumbers  # imported on first use: it weighs on start-up

    try:
        number = phonenumbers.parse(text, "NL")
    except phonenumbers.NumberParseException:
        return Checked(text, "phone_format")
    if not phonenumbers.is_valid_number(number):
        return Checked(text, "phone_invalid")
    fmt = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if number.country_code == 31
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return Checked(phonenumbers.format_number(number, fmt))


def check_email(text: str) -> Checked:
    if not text.strip():
        return Checked("", None)
    from email_validator import EmailNotValidError, validate_email  # first use only

    try:
        # No DNS look-up: the office PC may be offline, and it would leak the address.
        result = validate_email(text.strip(), check_deliverability=False)
    except EmailNotValidError:
        return Checked(text, "email_invalid")
    return Checked(result.normalized)


@lru_cache(maxsize=65_536)  # names and streets repeat: an import folds each once
def fold(text: str) -> str:
    """Lower-case without diacritics, so "Çelik" is found by typing "celik"."""
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("ø", "o").replace("Ø", "o").replace("ß", "ss").casefold()


def format_house_number(number: int, suffix: str) -> str:
    if not suffix:
        return str(number)
    return f"{number}-{suffix}" if suffix.isdigit() else f"{number}{suffix}"


NAME_PREFIXES = ("van der", "van den", "van de", "van 't", "in 't", "van", "de", "den", "der",
                 "ter", "ten", "te", "het", "'t")


def split_name(full: str) -> tuple[str, str, str]:
    """"Jan de Vries" or "Vries, Jan de" -> ("Jan", "de", "Vries"); one word is a surname."""
    text = " ".join(full.split())
    if "," in text:
        last, _sep, rest = text.partition(",")
        words = rest.split()
        for prefix in NAME_PREFIXES:
            n = len(prefix.split())
            if len(words) > n and " ".join(words[-n:]).lower() == prefix:
                return " ".join(words[:-n]), " ".join(words[-n:]), last.strip()
        return rest.strip(), "", last.strip()
    words = text.split()
    if len(words) <= 1:
        return "", "", text
    for start in range(1, len(words) - 1):
        for prefix in NAME_PREFIXES:
            n = len(prefix.split())
            if " ".join(words[start:start + n]).lower() == prefix and start + n < len(words):
                return (" ".join(words[:start]), " ".join(words[start:start + n]),
                        " ".join(words[start + n:]))
    return " ".join(words[:-1]), "", words[-1]


def format_name(first_name: str, name_prefix: str, last_name: str) -> str:
    return " ".join(part for part in (first_name, name_prefix, last_name) if part)
