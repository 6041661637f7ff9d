"""Which column holds what: the headers people really write.

A header is read in three steps. Its exact name first ("Dossiernr", "Aanmelder").
Then, for a party's details, by its words: what it is ("tel", "mobiel", "06",
"e-mail", "adres", "postcode", "naam") and whose it is ("aanvrager", "verzoeker",
"bewoner", "partij A" for the applicant; "wederpartij", "buur", "buren", "andere
partij", "partij B" for the other party; no such word means the applicant). Last,
a header that holds a known name among other words ("Soort overlast 2021").
A column that none of this explains is not dropped: its values go into the
case's notes under its header, and the dry run lists it."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.cases.spreadsheet.matching import normal
from desktop.cases.spreadsheet.reading import Cell, Sheet
from desktop.data.translation_mark import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class FieldSpec:
    label: str  # Dutch, as the dialog and the CLI show it
    synonyms: tuple[str, ...]  # normalised headers that mean exactly this field


def _spec(label: str, *synonyms: str) -> FieldSpec:
    return FieldSpec(label, synonyms)


FIELDS: dict[str, FieldSpec] = {
    "number": _spec(
        QT_TRANSLATE_NOOP("ImportDialog", "Oud zaaknummer"),
        "zaaknummer", "dossiernummer", "dossiernr", "dossier", "zaaknr", "nr zaak",
        "kenmerk", "registratienummer", "case number", "zaak", "dossier nr", "zaak nr",
        "volgnummer", "volgnr", "registratienr", "nummer"),
    "registered_on": _spec(
        QT_TRANSLATE_NOOP("ImportDialog", "Datum aanmelding"),
        "datum aanmelding", "aanmelddatum", "datum melding", "aangemeld", "aangemeld op",
        "datum binnenkomst", "binnengekomen", "datum", "registered", "date", "meldingsdatum",
        "datum van aanmelding", "aanmeldingsdatum", "datum aanvraag", "ontvangen",
        "datum ontvangst"),
    "a_name": _spec(
        QT_TRANSLATE_NOOP("ImportDialog", "Naam aanvrager"),
        "naam aanvrager", "aanvrager", "naam partij a", "partij a", "naam melder",
        "naam bewoner", "bewoner", "naam", "klant", "cliënt", "client", "requester",
        "verzoeker", "naam verzoeker", "naam aanmelder"),
    "a_first_name": _spec(QT_TRANSLATE_NOOP("ImportDialog", "Voornaam aanvrager"), "voornaam"),
    "a_name_prefix": _spec(QT_TRANSLATE_NOOP("ImportDialog", "Tussenvoegsel aanvrager"),
                           "tussenvoegsel"),
    "a_last_name": _spec(QT_TRANSLATE_NOOP("ImportDialog", "Achternaam aanvrager"),
                         "achternaam"),
    "a_address": _spec(
        QT_TRANSLATE_NOOP("ImportDialog", "Adres aanvrager (in één kolom)"),
        "adres aanvrager", "adres partij a", "adres", "woonadres", "address"),
    "a_street": _spec(
        QT_TRANSLATE_NOOP("ImportDialog", "Straat aanvrager"),
        "straat aanvrager", "straat partij a", "straat", "straatnaam", "street"),
    "a_house_number": _spec(
        QT_TRANSLATE_NOOP("ImportDialog", "Huisnummer aanvrager"),
        "huisnummer aanvrager", "huisnummer partij a", "huisnummer", "huisnr", "nr", "number"),
    "a_house_addition": _spec(QT_TRANSLATE_NOOP("ImportDialog", "Toevoeging aanvrager"),
                              "toevoeging", "huisnummertoevoeging"),
    "a_postcode": _spec(
        QT_TRANSLATE_NOOP("ImportDialog", "Postcode aanvrager"),
        "postcode aanvrager", "postcode partij a", "postcode", "pc", "zip"),
    "a_town": _spec(
        QT_TRANSLATE_NOOP("ImportDialog", "Plaats aanvrager"),
        "plaats aanvrager", "woonplaats aanvrager", "woonplaats", "plaats", "town", "city"),
    "a_phone": _spec(
        QT_TRANSLATE_NOOP("ImportDialog", "Telefoon aanvrager"),
        "telefoon aanvrager", "telefoonnummer", "telefoon", "tel", "mobiel", "phone"),
    "a_email": _spec(
        QT_TRANSLATE_NOOP("ImportDialog", "E-mail aanvrager"),
        "e mail aanvrager", "e mailadres", "e mail", "email", "mail", "emailadres"),
    "b_name": _spec(
        QT_TRANSLATE_NOOP("ImportDialog", "Naam andere partij"),
        "naam partij b", "partij b", "naam andere partij", "andere partij", "wederpartij",
        "buren", "naam buren", "naam buur", "other party", "buur", "tegenpartij",
        "naam wederpartij", "buurman", "buurvrouw"),
    "b_first_name": _spec(QT_TRANSLATE_NOOP("ImportDialog", "Voornaam andere partij")),
    "b_name_prefix": _spec(QT_TRANSLATE_NOOP("ImportDialog", "Tussenvoegsel andere partij")),
    "b_last_name": _spec(QT_TRANSLATE_NOOP("ImportDialog", "Achternaam andere partij")),
    "b_address": _spec(
        QT_TRANSLATE_NOOP("ImportDialog", "Adres andere partij (in één kolom)"),
        "adres partij b", "adres andere partij", "adres wederpartij", "adres buren"),
    "b_street": _spec(
        QT_TRANSLATE_NOOP("ImportDialog", "Straat andere partij"),
        "straat partij b", "straat andere partij"),
    "b_house_number": _spec(
        QT_TRANSLATE_NOOP("ImportDialog", "Huisnummer andere partij"),
        "huisnummer partij b", "huisnummer andere partij"),
    "b_house_addition": _spec(QT_TRANSLATE_NOOP("ImportDialog", "Toevoeging andere partij")),
    "b_postcode": _spec(
        QT_TRANSLATE_NOOP("ImportDialog", "Postcode andere partij"),
        "postcode partij b", "postcode andere partij"),
    "b_town": _spec(QT_TRANSLATE_NOOP("ImportDialog", "Plaats andere partij"),
                    "plaats partij b", "woonplaats partij b"),
    "b_phone": _spec(
        QT_TRANSLATE_NOOP("ImportDialog", "Telefoon andere partij"),
        "telefoon partij b", "telefoon andere partij"),
    "b_email": _spec(QT_TRANSLATE_NOOP("ImportDialog", "E-mail andere partij"),
                     "e mail partij b", "e mail andere partij"),
    "conflict_type": _spec(
        QT_TRANSLATE_NOOP("ImportDialog", "Soort conflict"),
        "soort conflict", "aard conflict", "soort overlast", "type conflict",
        "aard van de klacht", "conflicttype", "categorie", "conflict", "overlast", "klacht",
        "probleem", "aard overlast", "soort klacht", "onderwerp", "aard", "type overlast"),
    "referrer": _spec(
        QT_TRANSLATE_NOOP("ImportDialog", "Verwijzer"),
        "verwijzer", "verwezen door", "verwijzing", "doorverwezen door", "aangemeld door",
        "bron", "referrer", "via", "aanmelder", "melder", "aangemeld via", "doorverwijzer",
        "verwijzende instantie", "verwijzende organisatie", "instantie", "herkomst",
        "binnengekomen via", "aanmelding via", "verwezen via"),
    "result": _spec(
        QT_TRANSLATE_NOOP("ImportDialog", "Resultaat"),
        "resultaat", "uitkomst", "afloop", "eindresultaat", "stand van zaken", "status",
        "result", "afsluiting", "resultaat bemiddeling"),
    "reason": _spec(
        QT_TRANSLATE_NOOP("ImportDialog", "Reden geen bemiddeling"),
        "reden geen bemiddeling", "reden", "reden afsluiting", "waarom geen bemiddeling"),
    "closed_on": _spec(
        QT_TRANSLATE_NOOP("ImportDialog", "Datum afsluiting"),
        "datum afsluiting", "afgesloten op", "einddatum", "datum einde", "afgesloten",
        "afsluitdatum", "closed", "datum afgesloten", "datum afgerond", "afgerond op",
        "afgerond"),
    "municipality": _spec(QT_TRANSLATE_NOOP("ImportDialog", "Gemeente"),
                          "gemeente", "municipality"),
    "neighbourhood": _spec(QT_TRANSLATE_NOOP("ImportDialog", "Wijk"),
                           "wijk", "buurt", "wijk buurt", "neighbourhood", "stadsdeel"),
    "story": _spec(
        QT_TRANSLATE_NOOP("ImportDialog", "Verhaal"),
        "omschrijving", "verhaal", "toelichting", "beschrijving", "korte omschrijving",
        "situatie", "description", "omschrijving probleem", "omschrijving conflict"),
    "notes": _spec(
        QT_TRANSLATE_NOOP("ImportDialog", "Opmerkingen (in het journaal)"),
        "opmerkingen", "opmerking", "notities", "notitie", "aantekeningen", "verloop",
        "notes", "bijzonderheden", "memo"),
}
# A row needs a party's name or a date; a sheet needs a column for at least one of them.
ESSENTIAL = ("registered_on", "a_name", "a_last_name", "b_name", "b_last_name")
# The column Burenrust adds to the sheet of refused rows: ignored when it comes back.
REFUSED_REASON_HEADER = "Waarom niet geïmporteerd"

# Whose detail a header is about: the other party's words are looked for first
# ("bewoner partij b" is B).
_ROLE_B = ("partij b", "wederpartij", "tegenpartij", "andere partij", "buur", "buren",
           "buurman", "buurvrouw", "overlastgever", "veroorzaker", "b", "partij 2",
           "other party", "bewoner b")
_ROLE_A = ("partij a", "aanvrager", "verzoeker", "bewoner", "klant", "client", "melder",
           "aanmelder", "klager", "a", "partij 1", "requester")
# What a header is about, most specific first; an address is told apart below.
_PARTY_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("email", ("e mailadres", "emailadres", "mailadres", "e mail", "email", "mail")),
    ("phone", ("telefoonnummer", "telefoonnr", "telefoon", "telnr", "tel", "mobiel",
               "mobiele nummer", "06", "gsm", "phone", "telefonisch bereikbaar")),
    ("postcode", ("postcode", "pc", "zip")),
    ("town", ("woonplaats", "plaats", "stad", "town", "city")),
    ("house_addition", ("huisnummertoevoeging", "toevoeging", "toev", "huisletter")),
    ("house_number", ("huisnummer", "huisnr", "hnr", "nr", "nummer", "number")),
    ("street", ("straatnaam", "straat", "street")),
    ("first_name", ("voornaam", "roepnaam", "voorletters", "voorletter")),
    ("name_prefix", ("tussenvoegsels", "tussenvoegsel", "tussenv")),
    ("last_name", ("achternaam", "familienaam", "geslachtsnaam")),
    ("name", ("naam", "name")),
)
_ADDRESS_WORDS = ("woonadres", "adres", "address", "adresgegevens")


def _has(header: str, words: tuple[str, ...]) -> bool:
    padded = f" {header} "
    return any(f" {word} " in padded for word in words)


def _party_field(header: str) -> str | None:
    """"tel buren" -> "b_phone", "06 nummer aanvrager" -> "a_phone", "buren" -> "b_name"."""
    role = "b" if _has(header, _ROLE_B) else "a"
    if _has(header, ("email", "e mail", "mail", "e mailadres", "emailadres", "mailadres")):
        return f"{role}_email"
    if _has(header, _PARTY_WORDS[1][1]):
        return f"{role}_phone"
    if _has(header, _ADDRESS_WORDS) or (
            _has(header, ("straat", "straatnaam")) and _has(header, ("huisnummer", "huisnr",
                                                                     "nr", "nummer"))):
        return f"{role}_address"
    for kind, words in _PARTY_WORDS[2:]:
        if _has(header, words):
            return f"{role}_{kind}"
    words = header.split()
    role_words = _ROLE_A + _ROLE_B + ("naam", "van", "de", "het", "fam", "familie")
    if words and all(word in " ".join(role_words).split() for word in words):
        return f"{role}_name"  # "Aanvrager", "Buren", "Partij B", "Naam van de buren"
    return None


def _exact(header: str) -> str | None:
    if not header:
        return None
    for name, spec in FIELDS.items():
        if header in spec.synonyms:
            return name
    return None


def _contains(header: str) -> str | None:
    for name, spec in FIELDS.items():
        if name[:2] in ("a_", "b_"):
            continue
        if _has(header, spec.synonyms):
            return name
    return None


def classify(header: str) -> str | None:
    """The field a header means, or None."""
    text = normal(header)
    if not text:
        return None
    return _exact(text) or _party_field(text) or _contains(text)


def header_score(cells: tuple[Cell, ...]) -> int:
    """How many cells of a row read as known headers (the header row names most)."""
    return sum(1 for c in cells if isinstance(c, str) and len(c) < 60 and classify(c))


def guess_mapping(headers: tuple[str, ...] | list[str]) -> dict[str, int]:
    """Field -> column index. Exact header names claim their field first; then each
    header by its words, left to right; a field named twice keeps its first column
    (the other's values go into the notes)."""
    normalised = [normal(h) for h in headers]
    mapping: dict[str, int] = {}
    for index, header in enumerate(normalised):
        name = _exact(header)
        if name and name not in mapping:
            mapping[name] = index
    used = set(mapping.values())
    for index, header in enumerate(normalised):
        if index in used or not header or header == normal(REFUSED_REASON_HEADER):
            continue
        name = _party_field(header) or _contains(header)
        if name and name not in mapping:
            mapping[name] = index
            used.add(index)
    for role in ("a", "b"):
        # One address column and separate street columns: the separate ones win.
        if (f"{role}_street" in mapping and f"{role}_address" in mapping
                and normalised[mapping[f"{role}_address"]] in ("adres", "address")):
            del mapping[f"{role}_address"]
    # "Nr" beside an address in one column is the case's number, not a house number.
    if ("a_house_number" in mapping and "a_street" not in mapping and "a_address" in mapping
            and "number" not in mapping and normalised[mapping["a_house_number"]] in (
                "nr", "number", "nummer")):
        mapping["number"] = mapping.pop("a_house_number")
    return mapping


@dataclass(frozen=True)
class ColumnUse:
    index: int
    header: str
    field: str | None  # None: kept in the notes, or empty
    why_not: str = ""  # "unknown", "empty", "twice", "ours" (the refused rows' reason)


def account_columns(sheet: Sheet, mapping: dict[str, int]) -> list[ColumnUse]:
    by_index: dict[int, str] = {}
    for name, index in mapping.items():
        by_index.setdefault(index, name)
    uses = []
    for index, header in enumerate(sheet.headers):
        if index in by_index:
            uses.append(ColumnUse(index, header, by_index[index]))
        elif normal(header) == normal(REFUSED_REASON_HEADER):
            uses.append(ColumnUse(index, header, None, "ours"))
        elif all(c == "" for c in sheet.column(index)):
            uses.append(ColumnUse(index, header, None, "empty"))
        elif classify(header) in mapping:
            uses.append(ColumnUse(index, header, None, "twice"))
        else:
            uses.append(ColumnUse(index, header, None, "unknown"))
    return uses


def kept_columns(columns: list[ColumnUse]) -> list[ColumnUse]:
    """The columns whose values go into the case's notes, under their header."""
    return [c for c in columns if c.field is None and c.why_not in ("unknown", "twice")]
