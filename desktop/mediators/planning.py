"""Assigning pairs: suggestions for one case, one optimal proposal for every
case waiting for mediators (a MILP solved by HiGHS), and recording the choice."""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.cases.detail import check_version, load_case
from desktop.data.errors import NotFound, RuleViolation
from desktop.data.store import ANY_TABLE, Store
from desktop.mediators.pairing import (
    PROFILE_TABLES,
    CaseNeeds,
    MatchingData,
    PairSuggestion,
    Reason,
    combine,
    load_case_needs,
    load_matching_data,
    load_together,
    load_workload,
    mediator_case_map,
    suggest_pairs,
)
from desktop.mediators.unplanned import area_reasons, why_unplanned
from models import AuditEntry, Case, CaseMediator, JournalEntry, Mediator, format_name
from models.enums import CaseStatus, JournalKind

CANDIDATES_PER_CASE = 40
# Assigning a case outweighs any difference in fit: first as many cases as possible.
COVERAGE_WEIGHT = 100.0
SOLVER_TIME_LIMIT_S = 30.0  # then the best plan found so far is offered, marked as such


@dataclass(frozen=True)
class PlanItem:
    case_id: int
    number: str
    choice: PairSuggestion | None  # None: no pair in this plan (reasons say why)
    alternatives: tuple[PairSuggestion, ...]
    # Without a pair: why (the rules, or capacity, and what would help). With one: what
    # the rules could not check (a party's postcode area unknown).
    reasons: tuple[Reason, ...] = ()


@dataclass(frozen=True)
class Plan:
    items: tuple[PlanItem, ...]
    objective: float
    optimal: bool = True  # False when the solver stopped at its time limit
    # Then at most this fraction better is possible (HiGHS's relative MIP gap).
    gap: float = 0.0
    capacity: dict[int, int] = field(default_factory=dict)  # free places per mediator

    @property
    def assigned(self) -> int:
        return sum(1 for item in self.items if item.choice is not None)


def matching_data(store: Store, session: Session, today: date | None = None) -> MatchingData:
    """The mediators' facts for matching, kept between suggestions. After a change
    (a commit through this store, or the audit trail grew by a change on another
    PC) only the workload is read again, unless a table the profiles come from
    was written: then everything is."""
    today = today or date.today()
    key = (today, store.generation, session.scalar(select(func.max(AuditEntry.id))) or 0)
    cached = store.caches.get("matching_data")
    if cached is not None:
        (day, generation, audit_top), data = cached  # type: ignore[misc]
        if (day, generation, audit_top) == key:
            return data  # type: ignore[return-value]
        if day == today and data.profiles is not None and not _profiles_changed(
                store, session, generation, audit_top):
            data = combine(data.profiles, load_workload(session), data)
            store.caches["matching_data"] = (key, data)
            return data
    data = load_matching_data(session, today)
    store.caches["matching_data"] = (key, data)
    return data


def _profiles_changed(store: Store, session: Session, generation: int, audit_top: int) -> bool:
    changed = store.changed_since(generation)
    # Changes made elsewhere show in the audit trail, one entry per row, by table.
    changed.update(session.scalars(
        select(AuditEntry.entity).where(AuditEntry.id > audit_top).distinct()))
    return ANY_TABLE in changed or not changed.isdisjoint(PROFILE_TABLES)


def suggest_for_case(store: Store, case_id: int, limit: int = 20,
                     today: date | None = None) -> list[PairSuggestion]:
    with store.read() as session:
        if session.get(Case, case_id) is None:
            raise NotFound(str(case_id))
        data = matching_data(store, session, today)
        needs = load_case_needs(session, [case_id])[case_id]
        return suggest_pairs(data, needs, mediator_case_map(session, data), limit,
                             fetch_together=lambda ids: load_together(session, ids))


def expired_vog_names(store: Store, today: date | None = None) -> list[str]:
    """Active mediators kept out of every pair because their VOG expired: the pair
    dialog names them with that reason, so nobody wonders where they went."""
    with store.read() as session:
        data = matching_data(store, session, today)
    return sorted(m.name for m in data.mediators.values() if m.active and m.vog == "expired")


def waiting_case_ids(store: Store) -> list[int]:
    """Cases waiting for mediators: in that status, and no pair assigned yet."""
    with store.read() as session:
        with_pair = select(CaseMediator.case_id).where(CaseMediator.released_on.is_(None))
        return list(session.scalars(
            select(Case.id)
            .where(Case.status == CaseStatus.WAITING_FOR_PAIR, Case.id.not_in(with_pair))
            .order_by(Case.registered_on, Case.id)
        ))


@contextmanager
def _quiet_stdout() -> Iterator[None]:
    sys.stdout.flush()
    try:
        saved = os.dup(1)
    except OSError:  # no real stdout (a windowed program on Windows)
        yield
        return
    try:
        with open(os.devnull, "wb") as devnull:
            os.dup2(devnull.fileno(), 1)
            yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)


def solve(
    data: MatchingData,
    needs: dict[int, CaseNeeds],
    candidates: dict[int, list[PairSuggestion]],
) -> Plan:
    """Choose at most one candidate pair per case, no mediator beyond their free
    capacity, maximising first the number of cases served, then the total fit."""
    import highspy  # only needed here; keeps start-up light

    with _quiet_stdout():  # HiGHS prints a banner on construction, before any option
        highs = highspy.Highs()
    highs.setOptionValue("output_flag", False)
    highs.setOptionValue("time_limit", SOLVER_TIME_LIMIT_S)
    # Optimal means optimal, not within HiGHS's default 0.01%. Its presolve spends more
    # than it saves on this model (measured: 1,000 mediators and 519 cases solve in
    # 4.6 s without it, 13.5 s with it, and to a better plan).
    highs.setOptionValue("mip_rel_gap", 0.0)
    highs.setOptionValue("presolve", "off")
    variables: list[tuple[int, PairSuggestion]] = []
    for case_id, options in candidates.items():
        for option in options:
            variables.append((case_id, option))
    capacity = {m.id: m.free_capacity for m in data.mediators.values()}
    if not variables:
        return Plan(tuple(PlanItem(c, needs[c].number, None, ()) for c in candidates), 0.0,
                    True, capacity=capacity)
    x = [highs.addBinary(obj=COVERAGE_WEIGHT + option.score) for _case, option in variables]
    by_case: dict[int, list[int]] = {}
    by_mediator: dict[int, list[int]] = {}
    for index, (case_id, option) in enumerate(variables):
        by_case.setdefault(case_id, []).append(index)
        for mediator_id in option.pair:
            by_mediator.setdefault(mediator_id, []).append(index)
    for indices in by_case.values():
        highs.addConstr(sum(x[i] for i in indices) <= 1)
    for mediator_id, indices in by_mediator.items():
        limit = capacity[mediator_id]
        highs.addConstr(sum(x[i] for i in indices) <= limit)
    highs.changeObjectiveSense(highspy.ObjSense.kMaximize)
    highs.run()
    optimal = highs.getModelStatus() == highspy.HighsModelStatus.kOptimal
    gap = 0.0 if optimal else max(0.0, float(highs.getInfo().mip_gap))
    values = highs.getSolution().col_value
    chosen = {variables[i][0]: variables[i][1] for i, v in enumerate(values) if v > 0.5}
    objective = sum(COVERAGE_WEIGHT + option.score for option in chosen.values())
    items = tuple(
        PlanItem(case_id, needs[case_id].number, chosen.get(case_id),
                 tuple(candidates.get(case_id, ())))
        for case_id in candidates
    )
    return Plan(items, round(objective, 3), optimal, gap, capacity)


def plan_all(store: Store, case_ids: list[int] | None = None, today: date | None = None,
             candidates_per_case: int = CANDIDATES_PER_CASE) -> Plan:
    """One proposal for every waiting case; nothing is changed."""
    ids = waiting_case_ids(store) if case_ids is None else case_ids
    with store.read() as session:
        data = load_matching_data(session, today)
        data.together = load_together(session)  # every case needs it: read it once
        needs = load_case_needs(session, ids)
        mediator_cases = mediator_case_map(session, data)
    candidates = {
        case_id: suggest_pairs(data, needs[case_id], mediator_cases, candidates_per_case)
        for case_id in ids
    }
    plan = solve(data, needs, candidates)
    used = Counter(m for item in plan.items if item.choice for m in item.choice.pair)
    return replace(plan, items=tuple(
        replace(item, reasons=tuple(
            area_reasons(needs[item.case_id]) if item.choice is not None else why_unplanned(
                data, needs[item.case_id], mediator_cases, item.alternatives, used,
                plan.capacity)))
        for item in plan.items))


def _assign(session, store: Store, case: Case, pair: tuple[int, int], today: date) -> None:
    if pair[0] == pair[1]:
        raise RuleViolation("pair_needs_two")
    mediators = [session.get(Mediator, mediator_id) for mediator_id in pair]
    if any(m is None for m in mediators):
        raise NotFound("mediator")
    for link in session.scalars(
        select(CaseMediator).where(CaseMediator.case_id == case.id,
                                   CaseMediator.released_on.is_(None))
    ):
        if link.mediator_id not in pair:
            link.released_on = today
    current = set(session.scalars(
        select(CaseMediator.mediator_id).where(CaseMediator.case_id == case.id,
                                               CaseMediator.released_on.is_(None))
    ))
    for mediator_id in pair:
        if mediator_id not in current:
            session.add(CaseMediator(case_id=case.id, mediator_id=mediator_id,
                                     assigned_on=today))
    now = datetime.now().replace(microsecond=0)
    names = " & ".join(format_name(m.first_name, m.name_prefix, m.last_name) for m in mediators)
    session.add(JournalEntry(case_id=case.id, kind=JournalKind.PAIR, occurred_at=now,
                             text=names, author=store.user))
    if case.pair_assigned_on is None:
        case.pair_assigned_on = today
    if case.status == CaseStatus.WAITING_FOR_PAIR:
        # The pair is there: next come the talks with the parties.
        session.add(JournalEntry(case_id=case.id, kind=JournalKind.STATUS_CHANGE,
                                 occurred_at=now, author=store.user,
                                 from_status=case.status, to_status=CaseStatus.TALKS))
        case.status = CaseStatus.TALKS
    case.updated_at = now


def assign_pair(store: Store, case_id: int, expected_version: int | None,
                pair: tuple[int, int], today: date | None = None) -> None:
    with store.unit() as session:
        case = load_case(session, case_id)
        if expected_version is not None:
            check_version(case, expected_version)
        _assign(session, store, case, pair, today or date.today())


def apply_plan(store: Store, choices: dict[int, tuple[int, int]],
               today: date | None = None) -> int:
    """Record the accepted proposal in one transaction: all of it, or nothing."""
    with store.unit() as session:
        for case_id, pair in choices.items():
            _assign(session, store, load_case(session, case_id), pair, today or date.today())
    return len(choices)
