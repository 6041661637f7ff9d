"""Merging two records of one resident (or address, partner organisation, contact
person), and undoing it.

The coordinator picks, field by field, which value stays. Every link to the
removed record (for a person: case parties, incident persons, residents'
requests, letters' recipients) is moved to the kept one, and the case search
index follows. The merge keeps both rows as they were and every moved link, so
undo (also days later) brings back both records exactly and moves the links
back; links made after the merge stay with the kept record."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, Date, DateTime, and_, delete, insert, select, update

from desktop.data import search_index
from desktop.data.audit import record_event
from desktop.data.errors import NotFound, RuleViolation
from desktop.data.store import Store
from desktop.quality.merge_kinds import KINDS, MergeKind
from models import (
    Case,
    CaseParty,
    DistinctPair,
    Incident,
    PartnerContact,
    PartnerOrganisation,
    RecordMerge,
)

CHOOSABLE = KINDS["person"].choosable  # kept for the persons' callers


@dataclass(frozen=True)
class MergeView:
    id: int
    kind: str
    kept_id: int
    removed_id: int
    kept_name: str
    removed_name: str
    merged_at: datetime
    merged_by: str
    undone: bool


@dataclass(frozen=True)
class RecordValues:
    values: dict  # the choosable fields as stored
    shown: dict[str, str]  # words for fields that hold an id (an organisation's name)
    related: list[str]  # what hangs on the record: case numbers, contact names


def _row(conn: Connection, kind: MergeKind, record_id: int) -> dict:
    table = kind.model.__table__
    row = conn.execute(select(table).where(table.c.id == record_id)).mappings().first()
    if row is None:
        raise NotFound(str(record_id))
    return dict(row)


def _to_json(row: dict) -> dict:
    return {k: v.isoformat() if isinstance(v, date | datetime) else v for k, v in row.items()}


def _from_json(kind: MergeKind, values: dict) -> dict:
    result = {}
    for column in kind.model.__table__.columns:
        value = values.get(column.name)
        if value is not None and isinstance(column.type, DateTime):
            value = datetime.fromisoformat(value)
        elif value is not None and isinstance(column.type, Date):
            value = date.fromisoformat(value)
        result[column.name] = value
    return result


def _cases_of(conn: Connection, kind: MergeKind, ids: list[int]) -> set[int]:
    if kind.party_column is None:
        return set()
    return set(conn.scalars(select(CaseParty.case_id).where(
        getattr(CaseParty, kind.party_column).in_(ids))))


def _unique_taken(conn: Connection, kind: MergeKind, values: dict, besides: int) -> bool:
    if not kind.unique:
        return False
    table = kind.model.__table__
    return conn.scalar(select(table.c.id).where(
        and_(*(table.c[name] == values[name] for name in kind.unique)),
        table.c.id != besides).limit(1)) is not None


def merge_records(store: Store, kind_name: str, kept_id: int, removed_id: int,
                  take_from_removed: frozenset[str] = frozenset()) -> int:
    """Merge `removed_id` into `kept_id`; the fields named in `take_from_removed`
    take the removed record's value. Returns the merge's id (for undo)."""
    kind = KINDS[kind_name]
    if kept_id == removed_id:
        raise RuleViolation("merge_same_record")
    if set(take_from_removed) - set(kind.choosable):
        raise RuleViolation("merge_unknown_field")
    model = kind.model
    with store.unit() as session:
        conn = session.connection()
        kept, removed = _row(conn, kind, kept_id), _row(conn, kind, removed_id)
        if kept.get("anonymised_on") or removed.get("anonymised_on"):
            raise RuleViolation("merge_anonymised")
        moved: list[list] = []
        for table, column in kind.links:
            link = getattr(table, column)
            ids = list(conn.scalars(select(table.id).where(link == removed_id)))
            if ids:
                conn.execute(update(table).where(table.id.in_(ids)).values({column: kept_id}))
                moved += [[table.__tablename__, column, i] for i in ids]
        new_values = {name: removed[name] for name in take_from_removed}
        for field, follower in kind.derived:
            if field in new_values:
                new_values[follower] = removed[follower]
        # The removed row goes first: the kept one may take over its unique key.
        conn.execute(delete(model).where(model.id == removed_id))
        if new_values:
            if _unique_taken(conn, kind, {**kept, **new_values}, kept_id):
                raise RuleViolation("merge_address_taken")
            conn.execute(update(model).where(model.id == kept_id).values(new_values))
        snapshot = {"kept": _to_json(kept), "removed": _to_json(removed), "moved": moved}
        merge = RecordMerge(kind=kind.name, kept_id=kept_id, removed_id=removed_id,
                            merged_at=datetime.now().replace(microsecond=0),
                            merged_by=store.user, snapshot=json.dumps(snapshot))
        session.add(merge)
        session.flush()
        search_index.refresh(conn, _cases_of(conn, kind, [kept_id]))
        # The trail says that and how much, not who (the snapshot is the record).
        record_event(session, "merge", model.__tablename__,
                     {"merge": merge.id, "kept": kept_id, "removed": removed_id,
                      "links": len(moved)})
        return merge.id


def merge_persons(store: Store, kept_id: int, removed_id: int,
                  take_from_removed: frozenset[str] = frozenset()) -> int:
    return merge_records(store, "person", kept_id, removed_id, take_from_removed)


def undo_merge(store: Store, merge_id: int) -> None:
    with store.unit() as session:
        merge = session.get(RecordMerge, merge_id)
        if merge is None:
            raise NotFound(str(merge_id))
        if merge.undone_at is not None:
            raise RuleViolation("merge_already_undone")
        kind = KINDS[merge.kind]
        tables = {table.__tablename__: table for table, _column in kind.links}
        model = kind.model
        conn = session.connection()
        snapshot = json.loads(merge.snapshot)
        current = conn.execute(select(model.__table__).where(
            model.id == merge.kept_id)).mappings().first()
        if current is None or current.get("anonymised_on") is not None:
            raise RuleViolation("merge_cannot_undo")  # erased or anonymised since
        kept, removed = _from_json(kind, snapshot["kept"]), _from_json(kind, snapshot["removed"])
        # Meanwhile another record may hold the removed one's unique key (an address
        # typed again): then the two cannot both come back.
        if _unique_taken(conn, kind, removed, merge.kept_id) or (
                conn.scalar(select(model.id).where(model.id == merge.removed_id)) is not None):
            raise RuleViolation("merge_cannot_undo")
        conn.execute(update(model).where(model.id == merge.kept_id).values(
            {k: v for k, v in kept.items() if k != "id"}))
        conn.execute(insert(model).values(removed))
        for table_name, column, row_id in snapshot["moved"]:
            table = tables[table_name]
            conn.execute(update(table).where(table.id == row_id,
                                             getattr(table, column) == merge.kept_id)
                         .values({column: merge.removed_id}))
        merge.undone_at = datetime.now().replace(microsecond=0)
        session.flush()
        search_index.refresh(conn, _cases_of(conn, kind, [merge.kept_id, merge.removed_id]))
        record_event(session, "undo_merge", model.__tablename__, {"merge": merge.id})


def not_the_same(store: Store, first_id: int, second_id: int, kind: str = "person") -> None:
    low, high = sorted((first_id, second_id))
    with store.unit() as session:
        if session.scalar(select(DistinctPair.id).where(
                DistinctPair.kind == kind, DistinctPair.first_id == low,
                DistinctPair.second_id == high)) is None:
            session.add(DistinctPair(kind=kind, first_id=low, second_id=high,
                                     decided_at=datetime.now().replace(microsecond=0),
                                     decided_by=store.user))


def _case_numbers(session, column, record_id: int) -> list[str]:
    return list(session.scalars(
        select(Case.number).join(CaseParty, CaseParty.case_id == Case.id)
        .where(column == record_id).distinct().order_by(Case.number)))


def record_values(store: Store, kind_name: str, record_id: int) -> RecordValues | None:
    """The choosable fields of a record and what hangs on it, for the side by side
    view; None when the record is gone (merged or erased meanwhile)."""
    from models import ReferrerKind

    kind = KINDS[kind_name]
    with store.read() as session:
        record = session.get(kind.model, record_id)
        if record is None:
            return None
        values = {name: getattr(record, name) for name in kind.choosable}
        shown: dict[str, str] = {}
        if kind.name in ("person", "address"):
            related = _case_numbers(session, getattr(CaseParty, kind.party_column), record_id)
            if kind.name == "address":
                related += list(session.scalars(
                    select(Case.number).join(Incident, Incident.case_id == Case.id)
                    .where(Incident.address_id == record_id)))
        elif kind.name == "organisation":
            related = list(session.scalars(select(PartnerContact.name).where(
                PartnerContact.organisation_id == record_id).order_by(PartnerContact.name)))
            if record.referrer_kind_id:
                shown["referrer_kind_id"] = session.get(ReferrerKind,
                                                        record.referrer_kind_id).name
        else:
            related = list(session.scalars(select(Case.number).where(
                Case.referrer_contact_id == record_id).order_by(Case.number)))
            shown["organisation_id"] = session.get(PartnerOrganisation,
                                                   record.organisation_id).name
    return RecordValues(values, shown, sorted(set(related)))


def person_values(store: Store, person_id: int) -> tuple[dict, list[str]]:
    found = record_values(store, "person", person_id)
    return (found.values, found.related) if found else ({}, [])


def list_merges(store: Store, limit: int = 200, kind: str | None = None) -> list[MergeView]:
    with store.read() as session:
        query = select(RecordMerge).order_by(RecordMerge.id.desc()).limit(limit)
        if kind is not None:
            query = query.where(RecordMerge.kind == kind)
        rows = list(session.scalars(query))
    views = []
    for m in rows:
        snapshot = json.loads(m.snapshot)
        label = KINDS[m.kind].label
        views.append(MergeView(m.id, m.kind, m.kept_id, m.removed_id, label(snapshot["kept"]),
                               label(snapshot["removed"]), m.merged_at, m.merged_by,
                               m.undone_at is not None))
    return views
