"""Merging two records of one resident, and undoing it.

The coordinator picks, field by field, which value stays. Every link to the
removed record (case parties, incident persons, residents' requests, letters'
recipients) is moved to the kept one, and the case search index follows. The
merge keeps both rows as they were and every moved link, so undo (also days
later) brings back both records exactly and moves the links back; links made
after the merge stay with the kept record."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, Date, DateTime, delete, insert, select, update

from desktop.data import search_index
from desktop.data.audit import record_event
from desktop.data.errors import NotFound, RuleViolation
from desktop.data.store import Store
from models import (
    CaseDocument,
    CaseParty,
    DistinctPair,
    IncidentPerson,
    Person,
    RecordMerge,
    ResidentRequest,
)

# The fields a coordinator chooses between (the rest follows the kept record).
CHOOSABLE = ("first_name", "name_prefix", "last_name", "gender", "age_band", "phone", "email",
             "preferred_language", "needs_interpreter", "notes")
# Every column that points at a person: (table, its key column, the link column).
LINKS = ((CaseParty, "person_id"), (IncidentPerson, "person_id"),
         (ResidentRequest, "person_id"), (CaseDocument, "recipient_person_id"))


@dataclass(frozen=True)
class MergeView:
    id: int
    kept_id: int
    removed_id: int
    kept_name: str
    removed_name: str
    merged_at: datetime
    merged_by: str
    undone: bool


def _row(conn: Connection, person_id: int) -> dict:
    row = conn.execute(select(Person.__table__).where(Person.id == person_id)).mappings().first()
    if row is None:
        raise NotFound(str(person_id))
    return dict(row)


def _to_json(row: dict) -> dict:
    return {k: v.isoformat() if isinstance(v, date | datetime) else v for k, v in row.items()}


def _from_json(values: dict) -> dict:
    result = {}
    for column in Person.__table__.columns:
        value = values.get(column.name)
        if value is not None and isinstance(column.type, DateTime):
            value = datetime.fromisoformat(value)
        elif value is not None and isinstance(column.type, Date):
            value = date.fromisoformat(value)
        result[column.name] = value
    return result


def _cases_of(conn: Connection, person_ids: list[int]) -> set[int]:
    return set(conn.scalars(select(CaseParty.case_id).where(CaseParty.person_id.in_(person_ids))))


def merge_persons(store: Store, kept_id: int, removed_id: int,
                  take_from_removed: frozenset[str] = frozenset()) -> int:
    """Merge `removed_id` into `kept_id`; the fields named in `take_from_removed`
    take the removed record's value. Returns the merge's id (for undo)."""
    if kept_id == removed_id:
        raise RuleViolation("merge_same_record")
    unknown = set(take_from_removed) - set(CHOOSABLE)
    if unknown:
        raise RuleViolation("merge_unknown_field")
    with store.unit() as session:
        conn = session.connection()
        kept, removed = _row(conn, kept_id), _row(conn, removed_id)
        if kept["anonymised_on"] or removed["anonymised_on"]:
            raise RuleViolation("merge_anonymised")
        moved: list[list] = []
        for table, column in LINKS:
            link = getattr(table, column)
            ids = list(conn.scalars(select(table.id).where(link == removed_id)))
            if ids:
                conn.execute(update(table).where(table.id.in_(ids)).values({column: kept_id}))
                moved += [[table.__tablename__, column, i] for i in ids]
        new_values = {name: removed[name] for name in take_from_removed}
        if "last_name" in new_values:
            new_values["name_key"] = removed["name_key"]
        if "email" in new_values:
            new_values["email_key"] = removed["email_key"]
        if new_values:
            conn.execute(update(Person).where(Person.id == kept_id).values(new_values))
        conn.execute(delete(Person).where(Person.id == removed_id))
        snapshot = {"kept": _to_json(kept), "removed": _to_json(removed), "moved": moved}
        merge = RecordMerge(kind="person", kept_id=kept_id, removed_id=removed_id,
                            merged_at=datetime.now().replace(microsecond=0),
                            merged_by=store.user, snapshot=json.dumps(snapshot))
        session.add(merge)
        session.flush()
        search_index.refresh(conn, _cases_of(conn, [kept_id]))
        # The trail says that and how much, not who (the snapshot is the record).
        record_event(session, "merge", "persons", {"merge": merge.id, "kept": kept_id,
                                                   "removed": removed_id, "links": len(moved)})
        return merge.id


def undo_merge(store: Store, merge_id: int) -> None:
    tables = {table.__tablename__: table for table, _column in LINKS}
    with store.unit() as session:
        merge = session.get(RecordMerge, merge_id)
        if merge is None:
            raise NotFound(str(merge_id))
        if merge.undone_at is not None:
            raise RuleViolation("merge_already_undone")
        conn = session.connection()
        snapshot = json.loads(merge.snapshot)
        current = conn.execute(select(Person.anonymised_on).where(
            Person.id == merge.kept_id)).first()
        if current is None or current.anonymised_on is not None:
            raise RuleViolation("merge_cannot_undo")  # erased or anonymised since
        kept = _from_json(snapshot["kept"])
        conn.execute(update(Person).where(Person.id == merge.kept_id).values(
            {k: v for k, v in kept.items() if k != "id"}))
        conn.execute(insert(Person).values(_from_json(snapshot["removed"])))
        for table_name, column, row_id in snapshot["moved"]:
            table = tables[table_name]
            conn.execute(update(table).where(table.id == row_id,
                                             getattr(table, column) == merge.kept_id)
                         .values({column: merge.removed_id}))
        merge.undone_at = datetime.now().replace(microsecond=0)
        session.flush()
        search_index.refresh(conn, _cases_of(conn, [merge.kept_id, merge.removed_id]))
        record_event(session, "undo_merge", "persons", {"merge": merge.id})


def not_the_same(store: Store, first_id: int, second_id: int, kind: str = "person") -> None:
    low, high = sorted((first_id, second_id))
    with store.unit() as session:
        if session.scalar(select(DistinctPair.id).where(
                DistinctPair.kind == kind, DistinctPair.first_id == low,
                DistinctPair.second_id == high)) is None:
            session.add(DistinctPair(kind=kind, first_id=low, second_id=high,
                                     decided_at=datetime.now().replace(microsecond=0),
                                     decided_by=store.user))


def person_values(store: Store, person_id: int) -> tuple[dict, list[str]]:
    """The choosable fields of a person and the numbers of their cases, for the side
    by side view; empty when the person is gone (merged or erased meanwhile)."""
    from models import Case

    with store.read() as session:
        person = session.get(Person, person_id)
        if person is None:
            return {}, []
        values = {name: getattr(person, name) for name in CHOOSABLE}
        cases = list(session.scalars(
            select(Case.number).join(CaseParty, CaseParty.case_id == Case.id)
            .where(CaseParty.person_id == person_id).order_by(Case.number)))
    return values, cases


def list_merges(store: Store, limit: int = 200) -> list[MergeView]:
    from models import format_name

    with store.read() as session:
        rows = list(session.scalars(select(RecordMerge).order_by(RecordMerge.id.desc())
                                    .limit(limit)))
    views = []
    for m in rows:
        snapshot = json.loads(m.snapshot)
        names = [format_name(s["first_name"], s["name_prefix"], s["last_name"])
                 for s in (snapshot["kept"], snapshot["removed"])]
        views.append(MergeView(m.id, m.kept_id, m.removed_id, names[0], names[1], m.merged_at,
                               m.merged_by, m.undone_at is not None))
    return views
