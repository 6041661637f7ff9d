import itertools
import random
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from desktop.cases.detail import get_case
from desktop.cases.registration import AddressInput, PartyInput, register_case
from desktop.data.errors import NotFound
from desktop.mediators.pairing import (
    individual_score,
    load_case_needs,
    load_matching_data,
    load_together,
    mediator_case_map,
    pair_score,
    suggest_pairs,
)
from desktop.mediators.planning import (
    COVERAGE_WEIGHT,
    apply_plan,
    assign_pair,
    plan_all,
    suggest_for_case,
    waiting_case_ids,
)
from desktop.mediators.register import (
    MediatorInput,
    add_absence,
    get_mediator,
    save_mediator,
)
from models import CaseMediator
from tests.conftest import sample_case
from tests.mediator_helpers import mediator, waiting_case

# Run on SQLite and, when a server is given, on PostgreSQL (tests/conftest.py).
BOTH_DATABASES = True


def ids_in(suggestions):
    return {m for s in suggestions for m in s.pair}


def test_hard_rules_exclude_who_may_not_mediate(store):
    case_id = waiting_case(store, "8011 AB", "Dorpstraat")
    ok1 = mediator(store, "Goed", "7411 AA", 1)
    ok2 = mediator(store, "Prima", "7412 BB", 2, street="Singel")
    same_street = mediator(store, "Straatgenoot", "8011 CD", 40, street="Dorpstraat",
                           town="Zwolle")
    same_area = mediator(store, "Buurman", "8011 ZZ", 3, street="Anderweg")
    paused = mediator(store, "Pauze", "7413 AA", 4, state="paused")
    absent = mediator(store, "Vakantie", "7414 AA", 5)
    add_absence(store, absent, date.today() + timedelta(days=10),
                date.today() + timedelta(days=20), "vakantie")
    full = mediator(store, "Vol", "7415 AA", 6, max_open_cases=0)
    no_time = mediator(store, "Nooit", "7416 AA", 7, slots=set())
    other_time = mediator(store, "Ochtend", "7417 AA", 8, slots={(5, "morning")})
    suggestions = suggest_for_case(store, case_id, limit=50)
    everyone = ids_in(suggestions)
    assert {ok1, ok2} <= everyone
    assert not everyone & {same_street, same_area, paused, absent, full, no_time}
    # "Ochtend" is eligible alone but shares no free part of the week with anyone.
    assert other_time not in everyone
    assert (min(ok1, ok2), max(ok1, ok2)) in {tuple(sorted(s.pair)) for s in suggestions}


def test_a_mediator_who_was_a_party_with_these_parties_is_excluded(store):
    case_id = waiting_case(store)
    neighbour = mediator(store, "Kramer", "7411 AA", 9, first_name="Els", phone="0611111111")
    mediator(store, "Ander", "7412 AA", 1)
    mediator(store, "Derde", "7413 AA", 1)
    # Years ago Els Kramer (same phone) had a case with Jan from this case.
    earlier = sample_case(store, registered_on=date(2023, 1, 5))
    earlier.parties = [
        PartyInput("A", "Jan", "", "Vries8011", phone="06 12345678",
                   address=AddressInput("8011 AB", "12", "Dorpstraat", "Zwolle")),
        PartyInput("B", "Els", "", "Kramer", phone="0611111111",
                   address=AddressInput("8011 AB", "20", "Dorpstraat", "Zwolle")),
    ]
    register_case(store, earlier)
    assert neighbour not in ids_in(suggest_for_case(store, case_id, limit=50))


def test_language_and_experience_are_weighed_and_explained(store):
    case_id = waiting_case(store, language="Turks")
    speaker = mediator(store, "Yilmaz", "7411 AA", 1, languages="Turks, Engels",
                       started_on=date(2015, 1, 1))
    newer = mediator(store, "Nieuw", "7412 AA", 2, started_on=date.today() - timedelta(30))
    mediator(store, "Ook", "7413 AA", 3, started_on=date.today() - timedelta(30))
    best = suggest_for_case(store, case_id)[0]
    assert set(best.pair) == {speaker, newer} or speaker in best.pair
    codes = {r.code for r in best.reasons}
    assert {"speaks_language", "experience_mix"} <= codes
    worst = suggest_for_case(store, case_id)[-1]
    assert any(r.code == "language_missing" and not r.positive for r in worst.reasons)


def random_world(store, rng, mediators=7, cases=3):
    postcodes = ["7411", "7412", "7421", "8021", "8025", "8043", "8264", "7322", "7329"]
    case_ids = [waiting_case(store, f"{rng.choice(postcodes[3:])} AB", f"Straat{i}",
                             language=rng.choice(["", "", "Pools"]))
                for i in range(cases)]
    parts = [(d, p) for d in range(5) for p in ("afternoon", "evening")]
    for i in range(mediators):
        mediator(store, f"M{i}", f"{rng.choice(postcodes)} CC", i + 1,
                 street=f"Laan{i}", town="Elders",
                 slots=set(rng.sample(parts, rng.randint(1, 4))),
                 max_open_cases=rng.randint(1, 2),
                 languages=rng.choice(["", "Pools"]),
                 started_on=date(2026, 1, 1) if i % 2 else date(2019, 1, 1))
    return case_ids


@pytest.mark.parametrize("seed", range(4))
def test_suggestions_are_exactly_the_best_pairs(store, seed):
    rng = random.Random(seed)
    [case_id] = random_world(store, rng, mediators=9, cases=1)
    with store.read() as session:
        data = load_matching_data(session)
        needs = load_case_needs(session, [case_id])[case_id]
        cases_map = mediator_case_map(session, data)
        together = load_together(session)
    fast = suggest_pairs(data, needs, cases_map, limit=5,
                         fetch_together=lambda ids: {k: v for k, v in together.items()
                                                     if set(k) <= ids})
    from desktop.mediators.pairing import eligible
    people = [m for m in data.mediators.values() if eligible(m, needs, cases_map)]
    brute = []
    for a, b in itertools.combinations(people, 2):
        if not a.slots & b.slots:
            continue
        total = round(individual_score(a, needs)[0] + individual_score(b, needs)[0]
                      + pair_score(a, b, needs, together)[0], 3)
        brute.append(total)
    assert [s.score for s in fast] == sorted(brute, reverse=True)[:5]


def brute_force_best(plan_candidates, capacities):
    """Try every way of giving each case one of its pairs, or none."""
    cases = list(plan_candidates)
    best = 0.0
    for combo in itertools.product(*[[None, *plan_candidates[c]] for c in cases]):
        load = {}
        for option in combo:
            if option is not None:
                for m in option.pair:
                    load[m] = load.get(m, 0) + 1
        if any(load[m] > capacities[m] for m in load):
            continue
        value = sum(COVERAGE_WEIGHT + o.score for o in combo if o is not None)
        best = max(best, value)
    return round(best, 3)


@pytest.mark.parametrize("seed", range(5))
def test_plan_is_optimal_and_keeps_the_hard_rules(store, seed):
    rng = random.Random(100 + seed)
    case_ids = random_world(store, rng, mediators=6, cases=3)
    plan = plan_all(store, candidates_per_case=100)  # every possible pair is a candidate
    with store.read() as session:
        data = load_matching_data(session)
        needs = load_case_needs(session, case_ids)
        cases_map = mediator_case_map(session, data)
    candidates = {item.case_id: list(item.alternatives) for item in plan.items}
    capacities = {m.id: m.free_capacity for m in data.mediators.values()}
    assert plan.optimal
    assert plan.objective == brute_force_best(candidates, capacities)
    load = {}
    from desktop.mediators.pairing import eligible
    for item in plan.items:
        if item.choice is None:
            continue
        a, b = (data.mediators[m] for m in item.choice.pair)
        assert eligible(a, needs[item.case_id], cases_map)
        assert eligible(b, needs[item.case_id], cases_map)
        assert a.slots & b.slots
        for m in item.choice.pair:
            load[m] = load.get(m, 0) + 1
    assert all(load[m] <= capacities[m] for m in load)


def test_assigning_a_pair_records_it_and_moves_the_case_on(store):
    case_id = waiting_case(store)
    a, b = mediator(store, "Een", "7411 AA"), mediator(store, "Twee", "7412 AA")
    assert waiting_case_ids(store) == [case_id]
    assign_pair(store, case_id, get_case(store, case_id).version, (a, b))
    detail = get_case(store, case_id)
    assert detail.status == "talks"
    assert [e.kind for e in detail.journal][-2:] == ["pair", "status_change"]
    assert "Sam Een" in detail.journal[-2].text
    assert waiting_case_ids(store) == []
    assert [c.number for c in get_mediator(store, a).open_cases] == [detail.number]


def test_apply_plan_is_all_or_nothing(store):
    first, second = waiting_case(store, "8011 AB"), waiting_case(store, "8021 AB", "Kerkweg")
    a, b = mediator(store, "Een", "7411 AA"), mediator(store, "Twee", "7412 AA")
    with pytest.raises(NotFound):
        apply_plan(store, {first: (a, b), second: (a, 999_999)})
    with store.read() as session:
        assert session.scalars(select(CaseMediator)).all() == []
    assert apply_plan(store, {first: (a, b)}) == 1


def test_mediator_validation(store):
    from desktop.data.errors import ValidationFailed
    with pytest.raises(ValidationFailed) as raised:
        save_mediator(store, None, MediatorInput(last_name="", phone="12",
                                                 address=AddressInput("99", "1", "", "")))
    codes = {e.code for e in raised.value.errors}
    assert {"last_name_required", "phone_invalid", "postcode_format"} <= codes


def test_plan_command_prints_json_and_changes_nothing(store, data_dir, capsys):
    import json

    from desktop.cli import main

    case_id = waiting_case(store)
    mediator(store, "Een", "7411 AA")
    mediator(store, "Twee", "7412 AA")
    assert main(["plan", "--json", "--data-dir", str(data_dir)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["assigned"] == 1
    assert out["cases"][0]["names"] == ["Sam Een", "Sam Twee"] or sorted(
        out["cases"][0]["names"]) == ["Sam Een", "Sam Twee"]
    assert waiting_case_ids(store) == [case_id]
    assert main(["plan", "--data-dir", str(data_dir)]) == 0
    assert "1 van 1 zaken" in capsys.readouterr().out


def test_suggestions_read_again_after_a_change_here_or_on_another_pc(store):
    """The matching data is kept between suggestions, but never past a change: a pair
    assigned here, or a mediator changed on a second PC (its own engine)."""
    from desktop.data.engine import make_engine
    from desktop.data.store import Store
    from desktop.mediators.planning import matching_data

    first, second = waiting_case(store, "8011 AB"), waiting_case(store, "8021 AB", "Kerkweg")
    busy = mediator(store, "Een", "7411 AA", max_open_cases=1)
    others = [mediator(store, name, f"74{12 + i} AA") for i, name in
              enumerate(["Twee", "Drie", "Vier", "Vijf"])]
    assert busy in ids_in(suggest_for_case(store, second))
    with store.read() as session:  # nothing changed: the same data, not read again
        assert matching_data(store, session) is matching_data(store, session)

    assign_pair(store, first, get_case(store, first).version, (busy, others[0]))
    assert busy not in ids_in(suggest_for_case(store, second))  # at its one open case

    assert others[1] in ids_in(suggest_for_case(store, second))
    other_pc = Store.for_engine(make_engine(store.engine.url), "tweede-pc")
    try:
        save_mediator(other_pc, others[1], MediatorInput(
            last_name="Drie", first_name="Sam",
            address=AddressInput("7413 AA", "1", "Brink", "Deventer"), state="paused"))
    finally:
        other_pc.engine.dispose()
    assert others[1] not in ids_in(suggest_for_case(store, second))

    from sqlalchemy import update

    from models import Mediator

    with store.unit() as session:  # a bulk write here leaves no audit line, still counts
        session.execute(update(Mediator).where(Mediator.id == others[0]).values(
            state="paused"))
    assert others[0] not in ids_in(suggest_for_case(store, second))


def test_after_an_assignment_only_the_workload_is_read_again(store):
    """Assigning a pair changes two mediators' open cases: their profiles (names,
    addresses, the residents they might be) are kept, and the result is the same as
    reading everything again."""
    import numpy as np

    from desktop.mediators.pairing import pair_base
    from desktop.mediators.planning import matching_data

    first = waiting_case(store, "8011 AB")
    ids = [mediator(store, name, f"74{11 + i} AA") for i, name in
           enumerate(["Een", "Twee", "Drie", "Vier"])]
    with store.read() as session:
        before = matching_data(store, session)
        pair_base(before)  # as the first suggestion builds it
    assign_pair(store, first, get_case(store, first).version, (ids[0], ids[1]))
    with store.read() as session:
        after = matching_data(store, session)
        fresh = load_matching_data(session)
    assert after is not before and after.profiles is before.profiles
    assert after.mediators == fresh.mediators
    assert after.mediators[ids[0]].open_cases == 1
    assert after.mediators[ids[2]] is before.mediators[ids[2]]
    assert after.base is not None and after.base.bonus is before.base.bonus
    rebuilt = pair_base(fresh)
    assert np.array_equal(after.base.load, rebuilt.load)
    assert np.array_equal(after.base.available, rebuilt.available)

    save_mediator(store, ids[2], MediatorInput(  # the mediator's own record: all again
        last_name="Drie", first_name="Sam", languages="Pools",
        address=AddressInput("7413 AA", "3", "Brink", "Deventer")))
    with store.read() as session:
        again = matching_data(store, session)
    assert again.profiles is not after.profiles
    assert again.mediators[ids[2]].languages == frozenset({"pools"})


def test_the_pair_matrix_is_kept_only_while_nobodys_experience_changes(store):
    from desktop.mediators.pairing import (
        EXPERIENCED_CASES,
        Workload,
        combine,
        load_profiles,
        pair_base,
    )

    ids = [mediator(store, name, f"74{11 + i} AA") for i, name in
           enumerate(["Een", "Twee", "Drie"])]
    with store.read() as session:
        profiles = load_profiles(session)
    first = combine(profiles, Workload({}, {}))
    base = pair_base(first)
    busier = combine(profiles, Workload({ids[0]: 2}, {}), first)
    assert busier.base is not None and busier.base.bonus is base.bonus
    assert busier.mediators[ids[0]].open_cases == 2
    seasoned = combine(profiles, Workload({}, {ids[1]: EXPERIENCED_CASES}), first)
    assert seasoned.mediators[ids[1]].experienced
    assert seasoned.base is None  # built again on first use: the experience mix moved
    assert pair_base(seasoned).bonus is not base.bonus
    with store.read() as session:  # profiles read at another time are not mixed in
        assert combine(load_profiles(session), Workload({}, {}), first).base is None


def test_worked_together_among_some_mediators_is_the_whole_count_cut_to_them(store):
    from desktop.demo import generator

    generator.generate(store, cases=300, seed=5, mediators=16)
    with store.read() as session:
        everyone = load_together(session)
        ids = set(sorted({m for pair in everyone for m in pair})[::2])
        some = load_together(session, ids)
    assert len(everyone) > len(some) > 5
    assert some == {pair: n for pair, n in everyone.items() if set(pair) <= ids}
