"""A likely duplicate pair as every finder gives it (persons, addresses,
organisations, contacts), the line it must reach, and pairs scored within small
blocks."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

MIN_SCORE = 72
# Points: the name says "maybe", something they share says "likely". The same name
# alone (70) stays below the list: in a town there are several Jan de Vries.
FIRST_NAME_POINTS = {"same_first_name": 25, "initial_fits": 15, "first_name_typo": 18,
                     "first_name_missing": 5}


@dataclass(frozen=True)
class Candidate:
    first: int
    second: int
    first_name: str
    second_name: str
    score: int
    reasons: tuple[str, ...]  # codes; views/quality_texts words them


def scored_within(groups: Iterable[list], known_distinct: set[tuple[int, int]],
                  score: Callable[[object, object], Candidate | None]) -> list[Candidate]:
    """Every pair within small blocks (records with an `id`), each scored once,
    best first; for blocks too small to need a bulk comparison."""
    seen: set[tuple[int, int]] = set()
    found = []
    for members in groups:
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                pair = (min(a.id, b.id), max(a.id, b.id))
                if pair in seen or pair in known_distinct:
                    continue
                seen.add(pair)
                if (candidate := score(a, b)) is not None:
                    found.append(candidate)
    found.sort(key=lambda c: (-c.score, c.first, c.second))
    return found
