"""Likely duplicate addresses: one home written twice ("Kerkstraat 4-2" and
"Kerkstr. 4 II", a postcode with or without its letters, a typo in the street).
Blocks: the 4-digit postcode area with the house number, and the street key with
the house number (a typo in the postcode). A different addition is a different
home, never a duplicate."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.quality.address_keys import street_key, suffix_key
from desktop.quality.candidates import MIN_SCORE, Candidate, scored_within
from models import Address
from models.rules import fold, format_house_number

STREET_POINTS = {"same_street": 45, "street_abbreviated": 42, "street_typo": 35}
POSTCODE_POINTS = {"same_postcode": 35, "postcode_incomplete": 25, "postcode_differs": 10}


@dataclass(frozen=True)
class AddressFacts:
    id: int
    postcode: str  # as stored ("1234 AB", or "1234" from an import)
    number: int
    suffix: str
    street_as_written: str
    town_as_written: str

    @property
    def label(self) -> str:
        number = format_house_number(self.number, self.suffix)
        return f"{self.street_as_written} {number}, {self.postcode} " \
               f"{self.town_as_written}".strip(" ,")

    @property
    def compact_postcode(self) -> str:
        return self.postcode.replace(" ", "").upper()

    @property
    def street(self) -> str:
        return _folded(self.street_as_written)

    @property
    def town(self) -> str:
        return _folded(self.town_as_written)

    @property
    def street_key(self) -> str:
        return street_key(self.street_as_written)

    @property
    def suffix_key(self) -> str:
        return suffix_key(self.suffix)


@lru_cache(maxsize=65536)
def _folded(text: str) -> str:
    return fold(text or "").strip()


def load_addresses(session: Session) -> list[AddressFacts]:
    """The addresses that share a block with another (the rest cannot pair)."""
    rows = session.execute(select(Address.id, Address.postcode, Address.house_number,
                                  Address.house_number_suffix, Address.street,
                                  Address.town)).all()
    keys = [_block_keys(r.postcode, r.house_number, r.house_number_suffix, r.street, r.town)
            for r in rows]
    counts = Counter(key for row_keys in keys for key in row_keys)
    return [AddressFacts(r.id, r.postcode or "", r.house_number, r.house_number_suffix or "",
                         r.street or "", r.town or "")
            for r, row_keys in zip(rows, keys, strict=True)
            if any(counts[key] > 1 for key in row_keys)]


def _block_keys(postcode: str, number: int, suffix: str, street: str,
                town: str) -> list[tuple]:
    """One home has one number and addition; then the same area (a typo in the
    street) or the same street in the same town (a typo in the postcode: every
    town has a Kerkstraat)."""
    addition = suffix_key(suffix or "")
    keys = [("area", postcode[:4], number, addition)] if postcode[:4] else []
    if street:
        keys.append(("street", street_key(street), number, addition, _folded(town)))
    return keys


def _postcode_reason(a: AddressFacts, b: AddressFacts) -> str | None:
    first, second = a.compact_postcode, b.compact_postcode
    if first == second:
        return "same_postcode" if first else None
    if not first or not second or first[:4] != second[:4]:
        return None
    if len(first) == 4 or len(second) == 4:  # "1234" from an import
        return "postcode_incomplete"
    return "postcode_differs"


def score_addresses(a: AddressFacts, b: AddressFacts) -> Candidate | None:
    if a.number != b.number or a.suffix_key != b.suffix_key:
        return None
    reasons = []
    if a.street_key and a.street_key == b.street_key:
        reasons.append("same_street" if a.street == b.street else "street_abbreviated")
    elif a.street_key and b.street_key and fuzz.ratio(a.street_key, b.street_key) >= 85:
        reasons.append("street_typo")
    postcode = _postcode_reason(a, b)
    if postcode:
        reasons.append(postcode)
    if not reasons:
        return None
    score = 20 + sum(STREET_POINTS.get(r, 0) + POSTCODE_POINTS.get(r, 0) for r in reasons)
    if a.suffix != b.suffix:
        reasons.append("suffix_written_differently")
    if postcode != "same_postcode" and a.town and b.town:
        if a.town == b.town:
            reasons.append("same_town")
            score += 10
        else:
            score -= 20
    if score < MIN_SCORE:
        return None
    x, y = (a, b) if a.id < b.id else (b, a)
    return Candidate(x.id, y.id, x.label, y.label, min(100, score), tuple(reasons))


def address_candidates(addresses: list[AddressFacts],
                       known_distinct: set[tuple[int, int]]) -> list[Candidate]:
    import numpy as np
    from rapidfuzz import fuzz, process

    found_blocks: dict[tuple, list[AddressFacts]] = defaultdict(list)
    for a in addresses:
        for key in _block_keys(a.postcode, a.number, a.suffix, a.street_as_written,
                               a.town_as_written):
            found_blocks[key].append(a)
    small, found = [], []
    for key, members in found_blocks.items():
        if key[0] == "street" or len(members) < 12:
            small.append(members)
            continue
        # One number in one area on many streets: only streets nearly alike can pair.
        streets = [m.street_key for m in members]
        matrix = process.cdist(streets, streets, scorer=fuzz.ratio, score_cutoff=85,
                               dtype="uint8", workers=1)
        rows, columns = np.nonzero(np.triu(matrix, k=1))
        small += [[members[i], members[j]] for i, j in zip(rows.tolist(), columns.tolist(),
                                                            strict=True)]
    found = scored_within(small, known_distinct, score_addresses)
    return found
