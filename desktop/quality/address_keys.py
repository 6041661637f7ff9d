"""How an address is compared: the street without capitals, diacritics, dots or
abbreviations ("Kerkstr." is "kerkstraat", "Burg. de Withstr." is "burgemeester
de withstraat"), and the house-number addition without its writing ("-2", " 2",
"II", "2hg" are all "2")."""

from __future__ import annotations

import re
from functools import lru_cache

from models.rules import fold

_WORD = re.compile(r"[^\W_]+")
# Whole words written short in street names.
_WORDS = {"st": "sint", "burg": "burgemeester", "pr": "prins", "kon": "koning",
          "v": "van", "mr": "meester", "dr": "dokter", "ds": "dominee", "jhr": "jonkheer",
          "1e": "eerste", "2e": "tweede", "3e": "derde", "str": "straat", "ln": "laan",
          "wg": "weg", "pln": "plein", "pl": "plein", "sngl": "singel", "gr": "gracht",
          "kd": "kade", "dk": "dijk", "hf": "hof", "prk": "park", "pd": "pad"}
# The end of a word written short ("Kerkstr", "Molenln").
_ENDINGS = (("str", "straat"), ("ln", "laan"), ("wg", "weg"), ("pln", "plein"),
            ("sngl", "singel"), ("gr", "gracht"), ("kd", "kade"), ("dk", "dijk"))
_ROMAN = {"I": "1", "II": "2", "III": "3", "IV": "4", "V": "5"}
_FLOOR = re.compile(r"^(\d+)(?:E|HG|HOOG|ETG|ETAGE)$")


@lru_cache(maxsize=65536)  # a town has a few thousand streets, written a few ways
def street_key(street: str) -> str:
    words = []
    for word in _WORD.findall(fold(street)):
        if word in _WORDS:
            word = _WORDS[word]
        else:
            for short, whole in _ENDINGS:
                if word.endswith(short) and len(word) > len(short) + 2:
                    word = word[: -len(short)] + whole
                    break
        words.append(word)
    return "".join(words)  # "Burg. de Withstraat" and "Burgemeester de With straat" alike


@lru_cache(maxsize=4096)
def suffix_key(suffix: str) -> str:
    text = re.sub(r"[^0-9A-Z]", "", fold(suffix).upper())
    text = _ROMAN.get(text, text)
    if match := _FLOOR.match(text):
        return match.group(1)
    return text
