"""Free-text categories to Burenrust's categories: each distinct value of a column
gets its best match, which the coordinator can correct in the dialog.

Matching is by meaning, not by substring: the rules are tried in order, the most
specific first, so "Deels opgelost" is partly resolved (not resolved), "Niet
opgelost" is not resolved, and "Geen bemiddeling: partij B wil niet" is no
mediation with the reason "the other party refuses". "Lopend" and an empty
result mean the case is still open. Categories the office added itself are found
by their name."""

from __future__ import annotations

import re
from dataclasses import dataclass

from models.rules import fold

OPEN = "open"  # a result that means: not closed yet


_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def normal(text: str) -> str:
    """Lower case, no accents, only letters and digits: how values are compared."""
    return " ".join(_NOT_ALNUM.sub(" ", fold(str(text))).split())


# (category code, patterns on the normalised text), most specific first.
RESULT_RULES: list[tuple[str, tuple[str, ...]]] = [
    (OPEN, (r"^$", r"\blopend", r"\bloopt\b", r"\bin behandeling\b", r"\bnog bezig\b",
            r"\bopen\b", r"\bongoing\b", r"\bin progress\b", r"\bwacht", r"\bon hold\b",
            r"\bgeparkeerd\b", r"^nvt$", r"^n v t$", r"^-+$", r"^\?+$")),
    ("no_mediation", (r"\bgeen bemiddeling\b", r"\bniet bemiddeld\b", r"\bno mediation\b",
                      r"\bniet gestart\b", r"\bniet in behandeling\b", r"\bafgewezen\b",
                      r"\bgeen start\b", r"\bniet geschikt\b", r"\bgeen intake\b",
                      r"\bdoorverwezen\b", r"\bverwezen naar\b", r"\bafgehaakt\b")),
    ("partly_resolved", (r"\bdeels\b", r"\bgedeeltelijk\b", r"\bpartly\b", r"\bpartially\b",
                         r"\bhalf\b", r"\bten dele\b", r"\bbeetje\b")),
    ("not_resolved", (r"\bniet opgelost\b", r"\bnot resolved\b", r"\bonopgelost\b",
                      r"\bmislukt\b", r"\bgeen resultaat\b", r"\bgeen oplossing\b",
                      r"\bniet gelukt\b", r"\bunresolved\b", r"\bgeen akkoord\b")),
    ("resolved_advice", (r"\badvies\b", r"\bcoaching\b", r"\bgecoacht\b", r"\btips\b",
                         r"\badvice\b", r"\bcoach")),
    ("resolved_mediation", (r"\bopgelost\b", r"\bresolved\b", r"\bafspraken gemaakt\b",
                            r"\bgeslaagd\b", r"\bbemiddeld\b", r"\bovereenstemming\b",
                            r"\bakkoord\b", r"\bsuccesvol\b")),
]
REASON_RULES: list[tuple[str, tuple[str, ...]]] = [
    ("moved", (r"\bverhuisd", r"\bmoved\b", r"\bvertrokken\b")),
    ("problem_gone", (r"\bvanzelf\b", r"\bprobleem (is )?weg\b", r"\bniet meer nodig\b",
                      r"\bzelf opgelost\b", r"\bwent away\b")),
    ("too_late", (r"\bte laat\b", r"\bgeescaleerd\b", r"\bte ver\b", r"\btoo late\b")),
    ("fear_escalation", (r"\bangst\b", r"\bbang\b", r"\bfear\b")),
    ("not_able", (r"\bniet in staat\b", r"\bpsych", r"\bverslav", r"\bdementie\b",
                  r"\bggz\b")),
    ("not_suitable", (r"\bniet geschikt\b", r"\bgeweld\b", r"\bfamilie\b", r"\brechtszaak\b",
                      r"\bprocedure\b", r"\bbedrijf\b", r"\binstantie\b", r"\bpolitiezaak\b",
                      r"\bstrafbaar\b")),
    ("no_motivation", (r"\bmotivatie\b", r"\bgestuurd\b", r"\bsanctie\b", r"\bgeen zin\b")),
    ("no_response", (r"\bwil niet\b", r"\bwilde niet\b", r"\bweiger", r"\breageert niet\b",
                     r"\bgeen reactie\b", r"\bniet bereikbaar\b", r"\bonbereikbaar\b",
                     r"\bpartij b\b", r"\bandere partij\b", r"\bwederpartij\b",
                     r"\brefuse", r"\bniet thuis\b")),
]
CONFLICT_RULES: list[tuple[str, tuple[str, ...]]] = [
    ("noise_equipment", (r"\bmuziek", r"\bapparat", r"\btv\b", r"\bradio\b", r"\bwasmachine\b",
                         r"\bboxen\b", r"\bbas\b", r"\bgeluidsinstallatie\b", r"\bmusic\b")),
    ("noise_people", (r"\bgeluid", r"\blawaai", r"\bherrie\b", r"\bgeschreeuw\b", r"\bnoise\b",
                      r"\bgestamp", r"\bhakken\b", r"\bfeest")),
    ("threats", (r"\bbedreig", r"\bagress", r"\bscheld", r"\bgescheld\b", r"\bgeweld\b",
                 r"\bthreat")),
    ("harassment", (r"\bintimid", r"\blastig", r"\bharass", r"\bstalk")),
    ("bullying", (r"\bpest", r"\bverstoorde\b", r"\bruzie\b", r"\bburenruzie\b", r"\bconflict\b",
                  r"\brelatie\b", r"\bbully")),
    ("boundary", (r"\berfafscheiding\b", r"\berfgrens", r"\bgrens", r"\bboundary\b")),
    ("garden", (r"\btuin", r"\bschutting\b", r"\bheg\b", r"\bhaag\b", r"\btakken\b", r"\bboom",
                r"\bbbq\b", r"\bbarbecue", r"\bbuitenruimte\b", r"\bgarden\b", r"\bblad\b")),
    ("pets", (r"\bhond", r"\bkat\b", r"\bkatten\b", r"\bhuisdier", r"\bdieren\b", r"\bduiven\b",
              r"\bpets?\b", r"\bdog\b")),
    ("children", (r"\bkinder", r"\bkind\b", r"\bjongeren\b", r"\bjeugd\b", r"\bhangjongeren\b",
                  r"\bchildren\b", r"\byouth\b")),
    ("parking", (r"\bparkeer", r"\bparkeren\b", r"\bauto", r"\bparking\b", r"\bbusje\b")),
    ("rubbish", (r"\brommel\b", r"\bafval\b", r"\bvuil", r"\bzwerfafval\b", r"\bmess\b",
                 r"\brubbish\b", r"\bgrofvuil\b")),
    ("smells", (r"\bstank\b", r"\bgeur", r"\brook\b", r"\bsigaret", r"\bwiet\b", r"\bhennep\b",
                r"\bsmell", r"\bsmoke\b")),
    ("vandalism", (r"\bvandalisme\b", r"\bvernieling", r"\bvernield\b", r"\bvandalism\b")),
    ("gossip", (r"\broddel", r"\bbeschuldig", r"\bgossip\b", r"\bachterklap\b")),
    ("shared_spaces", (r"\btrappenhuis\b", r"\bgalerij\b", r"\bportiek\b", r"\bgemeenschappelijk",
                       r"\bberging\b", r"\blift\b", r"\bshared\b")),
]
REFERRER_RULES: list[tuple[str, tuple[str, ...]]] = [
    ("resident", (r"^zelf", r"\bzelfmelder\b", r"\beigen initiatief\b", r"\bbewoner\b",
                  r"\baanvrager\b", r"\bself\b", r"\bresident\b", r"\bburen\b")),
    ("enforcement", (r"\bhandhaving\b", r"\bboa\b", r"\benforcement\b")),
    ("police", (r"\bpolitie\b", r"\bwijkagent\b", r"\bagent\b", r"\bpolice\b")),
    ("housing", (r"\bwoningcorporatie\b", r"\bcorporatie\b", r"\bwoonstichting\b",
                 r"\bverhuurder\b", r"\bwoningbouw", r"\bhuisbaas\b", r"\bwonen\b",
                 r"\bhousing\b", r"\blandlord\b", r"\bwoningstichting\b")),
    ("neighbourhood_team", (r"\bwijkteam\b", r"\bbuurtteam\b", r"\bsociaal team\b")),
    ("mental_health", (r"\bggz\b", r"\bmental\b")),
    ("youth_work", (r"\bjongerenwerk", r"\bjeugdwerk")),
    ("municipality", (r"\bgemeente\b", r"\bmunicipality\b", r"\bwijkbeheer\b")),
    ("welfare", (r"\bmaatschappelijk", r"\bwelzijn\b", r"\bsociaal werk\b", r"\bwelfare\b",
                 r"\bthuiszorg\b")),
]
RULES = {"conflict_types": CONFLICT_RULES, "referrer_kinds": REFERRER_RULES,
         "case_results": RESULT_RULES, "closing_reasons": REASON_RULES}


@dataclass(frozen=True)
class Category:
    id: int
    code: str
    name: str


@dataclass(frozen=True)
class Match:
    category_id: int | None  # None: no category (for results: the case stays open)
    how: str  # "name" (the category's own name), "rule", "none" (nothing fits: the default)
    reason_id: int | None = None  # results only: why there was no mediation


def _by_rules(kind: str, key: str) -> str | None:
    for code, patterns in RULES[kind]:
        if any(re.search(pattern, key) for pattern in patterns):
            return code
    return None


def match(kind: str, text: str, categories: list[Category],
          reasons: list[Category] | None = None) -> Match:
    """The best category for one distinct value of a column."""
    key = normal(text)
    by_name = {normal(c.name): c for c in categories} | {normal(c.code): c for c in categories}
    if key and key in by_name:
        found = by_name[key]
        return Match(found.id, "name", _reason(found.code, key, reasons))
    code = _by_rules(kind, key)
    if code == OPEN:
        return Match(None, "rule")
    by_code = {c.code: c for c in categories}
    if code in by_code:
        return Match(by_code[code].id, "rule", _reason(code, key, reasons))
    words = set(key.split())
    for category in categories:  # a category the office added: its name in the value
        name_words = set(normal(category.name).split())
        if name_words and name_words <= words:
            return Match(category.id, "name", _reason(category.code, key, reasons))
    if kind == "case_results":  # an unknown result is not invented: the case stays open
        return Match(None, "none")
    fallback = by_code.get("other")
    return Match(fallback.id if fallback else None, "none")


def _reason(result_code: str, key: str, reasons: list[Category] | None) -> int | None:
    if result_code != "no_mediation" or not reasons:
        return None
    by_code = {c.code: c for c in reasons}
    code = _by_rules("closing_reasons", key) or "other"
    found = by_code.get(code) or by_code.get("other")
    return found.id if found else None
