"""Why a case in a plan got no pair, in words the coordinator can act on.

Three different things look alike as "no pair": no two mediators meet the hard
rules for this case (then: which rule kept most of them out); pairs were possible
but their mediators are needed for other cases in this same plan (then: the best
such pair, and what would free it — a higher maximum, a mediator back from a
pause); or a party's postcode area is unknown, so the rule "no mediator from the
party's own area" could not be checked (said for planned cases too)."""

from __future__ import annotations

from collections import Counter

from desktop.mediators.pairing import CaseNeeds, MatchingData, MediatorFacts, Reason


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


# Dutch, with %1 for the detail; views/reasons.py shows them translated.
TEXTS = {
    "no_pair_rules": QT_TRANSLATE_NOOP(
        "Reasons", "geen twee bemiddelaars voldoen aan de regels voor deze zaak"),
    "only_one_allowed": QT_TRANSLATE_NOOP(
        "Reasons", "maar één bemiddelaar voldoet aan de regels: %1"),
    "most_excluded_full": QT_TRANSLATE_NOOP(
        "Reasons", "de meesten vallen af omdat ze hun maximum aantal zaken hebben (%1)"),
    "most_excluded_paused": QT_TRANSLATE_NOOP(
        "Reasons", "de meesten vallen af omdat ze met pauze of afwezig zijn (%1)"),
    "most_excluded_inactive": QT_TRANSLATE_NOOP(
        "Reasons", "de meesten vallen af omdat ze niet (meer) actief zijn (%1)"),
    "most_excluded_no_time": QT_TRANSLATE_NOOP(
        "Reasons", "de meesten vallen af omdat ze geen vrije dagdelen hebben (%1)"),
    "most_excluded_same_area": QT_TRANSLATE_NOOP(
        "Reasons", "de meesten vallen af omdat ze in het postcodegebied van een partij "
        "wonen (%1)"),
    "most_excluded_same_street": QT_TRANSLATE_NOOP(
        "Reasons", "de meesten vallen af omdat ze in de straat van een partij wonen (%1)"),
    "most_excluded_knows_party": QT_TRANSLATE_NOOP(
        "Reasons", "de meesten vallen af omdat ze een partij kennen uit een eerdere zaak (%1)"),
    "most_excluded_no_vog": QT_TRANSLATE_NOOP(
        "Reasons", "de meesten vallen af omdat hun VOG verlopen is (%1)"),
    "vog_unknown": QT_TRANSLATE_NOOP(
        "Reasons", "van %1 is geen VOG-datum bekend"),
    "vog_expired": QT_TRANSLATE_NOOP(
        "Reasons", "VOG verlopen: niet voorgesteld"),
    "most_excluded_current_pair": QT_TRANSLATE_NOOP(
        "Reasons", "de meesten vallen af omdat ze al aan deze zaak werken (%1)"),
    "capacity": QT_TRANSLATE_NOOP(
        "Reasons", "er waren koppels mogelijk, maar hun bemiddelaars zijn in dit voorstel "
        "nodig voor andere zaken; het beste koppel was %1"),
    "free_by_higher_maximum": QT_TRANSLATE_NOOP(
        "Reasons", "een hoger maximum aantal zaken voor %1 maakt het mogelijk"),
    "free_by_return": QT_TRANSLATE_NOOP(
        "Reasons", "zodra %1 terug is van de pauze, kan die deze zaak doen"),
    "area_unknown": QT_TRANSLATE_NOOP(
        "Reasons", "postcode van partij %1 onbekend: kijk zelf of de bemiddelaars niet in de "
        "buurt wonen"),
}
RULE_ORDER = ("full", "paused", "inactive", "no_vog", "no_time", "same_area", "same_street",
              "knows_party", "current_pair")


def text(reason: Reason) -> str:
    return TEXTS.get(reason.code, reason.code).replace("%1", reason.detail)


def excluded_by(m: MediatorFacts, needs: CaseNeeds,
                mediator_cases: dict[int, set[int]]) -> list[str]:
    """Every hard rule that keeps this mediator off this case (see pairing.eligible)."""
    rules = []
    if not m.active:
        rules.append("inactive")
    if m.vog == "expired":
        rules.append("no_vog")
    if m.absent:
        rules.append("paused")
    if m.open_cases >= m.max_open_cases:
        rules.append("full")
    if not m.slots:
        rules.append("no_time")
    if m.id in needs.current_pair:
        rules.append("current_pair")
    if m.street_key and m.street_key in needs.street_keys:
        rules.append("same_street")
    if m.area is not None and m.area in needs.areas:
        rules.append("same_area")
    if mediator_cases.get(m.id, set()) & needs.related_case_ids:
        rules.append("knows_party")
    return rules


def area_reasons(needs: CaseNeeds) -> list[Reason]:
    if not needs.unknown_area_roles:
        return []
    return [Reason("area_unknown", False, ", ".join(sorted(needs.unknown_area_roles)))]


def why_unplanned(data: MatchingData, needs: CaseNeeds, mediator_cases: dict[int, set[int]],
                  alternatives, used: Counter, capacity: dict[int, int]) -> list[Reason]:
    """The reasons for one case left without a pair. `used` counts, per mediator, the
    cases the plan gives them; `capacity` is what they could take."""
    reasons: list[Reason] = []
    if alternatives:
        best = alternatives[0]
        reasons.append(Reason("capacity", False, f"{best.first_name} & {best.second_name}"))
        for mediator_id, name in ((best.first, best.first_name),
                                  (best.second, best.second_name)):
            if used[mediator_id] >= capacity.get(mediator_id, 0):
                reasons.append(Reason("free_by_higher_maximum", False, name))
    else:
        reasons.append(Reason("no_pair_rules", False))
        allowed = [m for m in data.mediators.values()
                   if not excluded_by(m, needs, mediator_cases)]
        if len(allowed) == 1:
            reasons.append(Reason("only_one_allowed", False, allowed[0].name))
        counts = Counter(rule for m in data.mediators.values()
                         for rule in excluded_by(m, needs, mediator_cases))
        if counts:
            rule = max(RULE_ORDER, key=lambda r: (counts[r], -RULE_ORDER.index(r)))
            reasons.append(Reason(f"most_excluded_{rule}", False, str(counts[rule])))
    back = [m.name for m in data.mediators.values()
            if excluded_by(m, needs, mediator_cases) == ["paused"]]
    if back:
        reasons.append(Reason("free_by_return", False, ", ".join(sorted(back)[:3])))
    return reasons + area_reasons(needs)
