"""How a name is compared: folded (no capitals or diacritics), without the
prefixes (de, van der), a double surname as its parts in any order, initials
recognised. "M. de Vries", "Marieke de  Vries-Jansen" and "Vries, Marieke de"
all come to surname parts {vries(, jansen)} and first name "m…"/"marieke"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from models.rules import NAME_PREFIXES, fold, split_name

_PREFIX_WORDS = {word for prefix in NAME_PREFIXES for word in prefix.split()}
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")  # letters of any script: "yıldız", "nguyễn"


@dataclass(frozen=True)
class NameKey:
    first: str  # folded first name(s), "" when unknown
    initials: str  # first letters of the first names: "mj" for "Marieke J."
    surname_parts: tuple[str, ...]  # sorted, without prefixes: ("jansen", "vries")

    @property
    def surname(self) -> str:
        return " ".join(self.surname_parts)

    @property
    def only_initials(self) -> bool:
        return bool(self.initials) and all(len(w) == 1 for w in _WORD.findall(self.first))


def name_key(first_name: str, name_prefix: str, last_name: str) -> NameKey:
    # The prefix is not compared ("de Vries" is "Vries, de"): only first and last name.
    first, last = first_name, last_name or name_prefix
    if "," in last and not first:  # "Vries, Marieke de" kept whole in the surname field
        first, _prefix, last = split_name(last)
    words = _WORD.findall(fold(last))
    parts = tuple(sorted(w for w in words if w not in _PREFIX_WORDS)) or tuple(sorted(words))
    first_words = _WORD.findall(fold(first.replace(".", " ")))
    return NameKey(" ".join(first_words), "".join(w[0] for w in first_words), parts)


def first_names_agree(a: NameKey, b: NameKey) -> str | None:
    """How the first names fit, as a reason code, or None when they do not."""
    if not a.first or not b.first:
        return "first_name_missing"
    if a.first == b.first:
        return "same_first_name"
    if a.only_initials or b.only_initials:
        short, other = (a, b) if a.only_initials else (b, a)
        if other.initials.startswith(short.initials) or (short.initials.startswith(
                other.initials[:1]) and len(short.initials) == 1):
            return "initial_fits"
        return None
    from rapidfuzz import fuzz

    return "first_name_typo" if fuzz.ratio(a.first, b.first) >= 80 else None


SURNAME_CUTOFF = 88  # similarity of the surname parts (0-100) for "nearly the same"


def surname_score(a: NameKey, b: NameKey) -> tuple[float, str | None]:
    from rapidfuzz import fuzz
    from rapidfuzz.distance import JaroWinkler

    if not a.surname_parts or not b.surname_parts:
        return 0.0, None
    if a.surname_parts == b.surname_parts:
        return 100.0, "same_surname"
    if set(a.surname_parts) & set(b.surname_parts):  # "de Vries" / "de Vries-Jansen"
        return 90.0, "double_surname"
    # Jaro-Winkler forgives a swapped pair of letters ("Vires") as names need, but only
    # for names of about the same length: it rates "Dijk" and "Dijkstra" alike.
    score = fuzz.ratio(a.surname, b.surname)
    if abs(len(a.surname) - len(b.surname)) <= 2:
        score = max(score, JaroWinkler.normalized_similarity(a.surname, b.surname) * 100)
    return score, "surname_typo" if score >= SURNAME_CUTOFF else None


def names_agree(a: NameKey, b: NameKey) -> bool:
    """The same person's name, written differently: "M. de Vries", "Marieke de
    Vries-Jansen", "Vries, Marieke de", "Marieke de Vires"."""
    return surname_score(a, b)[1] is not None and first_names_agree(a, b) is not None
