"""The import itself: every planned row, in one transaction, written in bulk.

Persons and addresses are matched against what the database holds in a handful
of queries (never one per row, never every namesake one by one), then cases,
parties, conflict types, journal entries and their audit rows go in as batches,
and the search index is refreshed once. Stopping (or any failure) rolls the whole
transaction back: nothing is half imported."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desktop.cases.registration import PartyInput
from desktop.cases.spreadsheet.bulk_insert import bulk_insert
from desktop.cases.spreadsheet.matching import Match, normal
from desktop.cases.spreadsheet.plan import CATEGORY_FIELDS, ImportPlan, ParsedRow
from desktop.data import search_index
from desktop.data.errors import RuleViolation
from desktop.data.store import Store
from models import (
    Address,
    AuditEntry,
    Case,
    CaseConflictType,
    CaseParty,
    JournalEntry,
    PartnerContact,
    PartnerOrganisation,
    Person,
    format_case_number,
    format_name,
)
from models.enums import CaseStatus, JournalKind
from models.roles import Permission
from models.rules import check_house_number, fold

CHUNK = 500
_AUDIT_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True)  # one, not one per row
_OLD_NUMBER = re.compile(r"(\d{4})\D+(\d{1,5})$")


class ImportStopped(RuleViolation):
    """The coordinator pressed Stoppen: the transaction is rolled back."""

    def __init__(self) -> None:
        super().__init__("import_stopped")


def _chunks(items: list, size: int = CHUNK) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _reserve_ids(session: Session, model: type, count: int) -> list[int]:
    """Ids for rows about to be inserted. PostgreSQL hands them out from the table's
    own sequence (safe beside other writers); on SQLite this program holds the data
    folder's lock, so the next free ones are ours."""
    table = model.__tablename__
    if session.bind.dialect.name == "postgresql":
        return list(session.scalars(text(
            f"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) "
            "FROM generate_series(1, :n)"), {"n": count}))
    start = (session.scalar(select(func.max(model.id))) or 0) + 1
    return list(range(start, start + count))


def _insert(session: Session, model: type, rows: list[dict[str, Any]]) -> list[int]:
    """Bulk insert (one executemany per thousand rows, no row-by-row RETURNING);
    returns the new ids in the order of the rows."""
    if not rows:
        return []
    ids = _reserve_ids(session, model, len(rows))
    for row, row_id in zip(rows, ids, strict=True):
        row["id"] = row_id
    keys = sorted(set().union(*rows))
    # On the session's connection, same transaction: the ORM's bulk path would
    # inspect every row again (a second per 10,000 rows) for nothing it adds here.
    connection = session.connection()
    for chunk in _chunks(rows, 1000):
        bulk_insert(connection, model.__table__, chunk, keys)
    return ids


class _Writer:
    def __init__(self, store: Store, session: Session, plan: ImportPlan,
                 progress: Callable[[int, int], None] | None,
                 stop: Callable[[], bool] | None) -> None:
        self.store, self.session, self.plan = store, session, plan
        self.progress, self.stop = progress, stop
        self.now = datetime.now().replace(microsecond=0)
        self.total = len(plan.rows) * 4  # four passes over the rows
        self.done = 0
        self.audit: list[dict[str, Any]] = []
        # The categories' names normalised once, not per row.
        self.category_names = {kind: {c.id: normal(c.name) for c in cats}
                               for kind, cats in plan.categories.items()}

    def choice(self, field_name: str, key: str) -> Match:
        return self.plan.choice(field_name, key)

    def step(self, count: int = 1) -> None:
        self.done += count
        if self.stop is not None and self.stop():
            raise ImportStopped()
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)

    def audit_row(self, entity: str, entity_id: int, case_id: int | None,
                  values: dict[str, Any]) -> None:
        changes = {k: (v.isoformat() if hasattr(v, "isoformat") else v)
                   for k, v in values.items() if v not in (None, "", False) and k != "id"}
        self.audit.append({"at": self.now, "user": self.store.user, "entity": entity,
                           "entity_id": entity_id, "case_id": case_id, "action": "insert",
                           "changes": _AUDIT_JSON.encode(changes)})

    # -- addresses ------------------------------------------------------------------------
    def addresses(self) -> dict[tuple[str, int, str], int]:
        wanted: dict[tuple[str, int, str], PartyInput] = {}
        for row in self.plan.rows:
            for party in row.parties:
                key = _address_key(party)
                if key is not None:
                    wanted.setdefault(key, party)
        found: dict[tuple[str, int, str], int] = {}
        postcodes = sorted({key[0] for key in wanted})
        for chunk in _chunks(postcodes):
            for address_id, postcode, number, suffix in self.session.execute(
                    select(Address.id, Address.postcode, Address.house_number,
                           Address.house_number_suffix).where(Address.postcode.in_(chunk))):
                found[(postcode, number, suffix)] = address_id
        new = [(key, party) for key, party in wanted.items() if key not in found]
        rows = [{"postcode": key[0], "house_number": key[1], "house_number_suffix": key[2],
                 "street": party.address.street.strip(), "town": party.address.town.strip(),
                 "municipality": party.address.municipality.strip(),
                 "neighbourhood": party.address.neighbourhood.strip()} for key, party in new]
        for (key, _party), address_id, values in zip(new, _insert(self.session, Address, rows),
                                                     rows, strict=True):
            found[key] = address_id
            self.audit_row("addresses", address_id, None, values)
        self.step(len(self.plan.rows))
        return found

    # -- persons ------------------------------------------------------------------------
    def persons(self, addresses: dict[tuple[str, int, str], int]) -> dict[tuple[int, str], int]:
        """(row line, role) -> person id: a known person when name and a contact detail
        or the address agree (as when registering by hand), else a new one."""
        parties = [(row, party) for row in self.plan.rows for party in row.parties]
        keys = sorted({fold(p.last_name.strip()) for _row, p in parties if p.last_name.strip()})
        known: dict[int, tuple[str, str, str]] = {}
        by_name: dict[str, list[int]] = {}
        for chunk in _chunks(keys):
            for person_id, first, prefix, last, phone, email in self.session.execute(
                    select(Person.id, Person.first_name, Person.name_prefix, Person.last_name,
                           Person.phone, Person.email).where(Person.name_key.in_(chunk))):
                full = fold(format_name(first, prefix, last))
                known[person_id] = (full, phone, email.lower())
                by_name.setdefault(full, []).append(person_id)
        lived: set[tuple[int, int]] = set()
        candidate_ids = sorted(known)
        for chunk in _chunks(candidate_ids):
            lived.update(self.session.execute(
                select(CaseParty.person_id, CaseParty.address_id).where(
                    CaseParty.person_id.in_(chunk), CaseParty.address_id.is_not(None))).all())
        chosen: dict[tuple[int, str], int] = {}
        new_rows: list[dict[str, Any]] = []
        new_keys: list[list[tuple[int, str]]] = []
        made: dict[tuple[str, str], int] = {}  # (name, contact) -> index in new_rows
        for row, party in parties:
            full = fold(format_name(party.first_name, party.name_prefix, party.last_name).strip())
            phone, email = party.phone, party.email.lower()  # normalised by the plan
            key = _address_key(party)
            address_id = addresses.get(key) if key else None
            match = next((pid for pid in by_name.get(full, []) if (
                (phone and known[pid][1] == phone) or (email and known[pid][2] == email)
                or (address_id is not None and (pid, address_id) in lived))), None)
            if match is not None:
                chosen[(row.line, party.role)] = match
                self._keep_other_contacts(row, party, known[match][1], known[match][2])
                continue
            contacts = [c for c in (f"t:{phone}" if phone else "", f"e:{email}" if email else "",
                                    f"a:{address_id}" if address_id else "") if c]
            index = next((made[(full, c)] for c in contacts if (full, c) in made), None)
            if index is None:
                index = len(new_rows)
                new_rows.append({
                    "first_name": party.first_name.strip(),
                    "name_prefix": party.name_prefix.strip(),
                    "last_name": party.last_name.strip(),
                    "name_key": fold(party.last_name.strip()), "phone": phone,
                    "email": party.email, "email_key": party.email.lower()})
                new_keys.append([])
            else:  # the same person once more in this file
                self._keep_other_contacts(row, party, new_rows[index]["phone"],
                                          new_rows[index]["email_key"])
            for contact in contacts:
                made[(full, contact)] = index
            new_keys[index].append((row.line, party.role))
        ids = _insert(self.session, Person, new_rows)
        for person_id, values, users in zip(ids, new_rows, new_keys, strict=True):
            for user in users:
                chosen[user] = person_id
            self.audit_row("persons", person_id, None, {k: v for k, v in values.items()
                                                        if k not in ("name_key", "email_key")})
        self.step(len(self.plan.rows))
        return chosen

    def _keep_other_contacts(self, row: ParsedRow, party: PartyInput, phone: str,
                             email: str) -> None:
        """A person found again may come with another phone number or e-mail address
        than the one kept: the row's own goes into the case's notes, not lost."""
        for name, typed, kept in (("phone", party.phone, phone),
                                  ("email", party.email, email)):
            if typed and typed.lower() != (kept or "").lower():
                field_name = f"{party.role.lower()}_{name}"
                index = self.plan.mapping.get(field_name)
                header = self.plan.sheet.headers[index] if index is not None else name
                if (header, typed) not in row.kept:
                    row.kept.append((header, typed))

    # -- referrers -------------------------------------------------------------------------
    def referrers(self) -> dict[str, int]:
        """A referrer named in more words than its kind ("Woonstichting De Veste", not
        just "woningcorporatie") becomes a partner organisation with a contact."""
        kinds = {c.id: c for c in self.plan.categories["referrer_kinds"]}
        names: dict[str, tuple[str, int | None]] = {}
        for row in self.plan.rows:
            key, text = row.referrer
            choice = self.choice("referrer", key)
            kind = kinds.get(choice.category_id) if choice.category_id else None
            if not text or (kind is not None and (kind.code == "resident" or choice.how == "name"
                                                  or len(key.split()) < 2)):
                continue
            names.setdefault(key, (text, choice.category_id))
        contacts: dict[str, int] = {}
        for key, (text, kind_id) in names.items():
            organisation = self.session.scalar(select(PartnerOrganisation).where(
                func.lower(PartnerOrganisation.name) == text.lower()))
            if organisation is None:
                organisation = PartnerOrganisation(name=text, referrer_kind_id=kind_id)
                self.session.add(organisation)
                self.session.flush()
            contact = self.session.scalar(select(PartnerContact).where(
                PartnerContact.organisation_id == organisation.id,
                func.lower(PartnerContact.name) == text.lower()))
            if contact is None:
                contact = PartnerContact(organisation_id=organisation.id, name=text)
                self.session.add(contact)
                self.session.flush()
            contacts[key] = contact.id
        return contacts

    # -- cases ------------------------------------------------------------------------------
    def numbers(self) -> list[tuple[int, int]]:
        """An old number like "2019-0007" is kept as the Burenrust number when free;
        other rows take their registration year's next number."""
        old_numbers = []
        for row in self.plan.rows:
            old = _OLD_NUMBER.search(row.legacy_number)
            wanted = (int(old[1]), int(old[2])) if old and 1980 <= int(old[1]) <= 2099 else None
            old_numbers.append(wanted if wanted and wanted[1] else None)
        # Only what the rows ask about is read, not every case's number: the highest
        # number of each year, and whether the old numbers are taken.
        years = sorted({r.registered_on.year for r in self.plan.rows}
                       | {w[0] for w in old_numbers if w})
        highest: dict[int, int] = {}
        for chunk in _chunks(years):
            highest.update(self.session.execute(
                select(Case.year, func.max(Case.seq)).where(Case.year.in_(chunk))
                .group_by(Case.year)).all())
        taken: set[tuple[int, int]] = set()
        asked = sorted({format_case_number(*w) for w in old_numbers if w})
        for chunk in _chunks(asked):
            taken.update(self.session.execute(
                select(Case.year, Case.seq).where(Case.number.in_(chunk))).all())
        numbers = []
        for row, wanted in zip(self.plan.rows, old_numbers, strict=True):
            if wanted is None or wanted in taken:
                year = row.registered_on.year
                wanted = (year, highest.get(year, 0) + 1)
            taken.add(wanted)
            highest[wanted[0]] = max(highest.get(wanted[0], 0), wanted[1])
            numbers.append(wanted)
        return numbers

    def cases(self, referrer_contacts: dict[str, int]) -> list[int]:
        plan = self.plan
        rows = []
        for row, (year, seq) in zip(plan.rows, self.numbers(), strict=True):
            result = self.choice("result", row.result[0])
            closed = result.category_id is not None
            referrer = self.choice("referrer", row.referrer[0])
            rows.append({
                "year": year, "seq": seq, "number": format_case_number(year, seq),
                "status": CaseStatus.CLOSED if closed else CaseStatus.REGISTERED,
                "story": row.story, "municipality": row.municipality,
                "neighbourhood": row.neighbourhood, "registered_on": row.registered_on,
                "closed_on": row.closed_on if closed else None,
                "result_id": result.category_id,
                "closing_reason_id": plan.reason_for(row) if closed else None,
                "referrer_kind_id": referrer.category_id if row.referrer[0] else None,
                "referrer_contact_id": referrer_contacts.get(row.referrer[0]),
                "imported_from": row.identity, "legacy_number": row.legacy_number,
                "to_complete": "\n".join(row.to_complete),
                "created_at": self.now, "updated_at": self.now,
            })
        ids = _insert(self.session, Case, rows)
        for case_id, values in zip(ids, rows, strict=True):
            self.audit_row("cases", case_id, case_id, {
                k: values[k] for k in ("number", "status", "registered_on", "closed_on",
                                       "result_id", "legacy_number", "neighbourhood")})
        self.step(len(plan.rows))
        return ids

    def kept_categories(self, row: ParsedRow, contacts: dict[str, int]) -> list[tuple[str, str]]:
        """A category value whose words say more than the category it became ("Hond
        blaft" -> Overig) is kept as typed, under its column's header."""
        plan, names = self.plan, self.category_names
        kept = []
        for field_name, kind in CATEGORY_FIELDS.items():
            if field_name not in plan.mapping:
                continue
            values = row.conflicts if field_name == "conflict_type" else [
                getattr(row, field_name)]
            header = plan.sheet.headers[plan.mapping[field_name]]
            differs = [
                key for key, text in values
                if text and names[kind].get(self.choice(field_name, key).category_id) != key
                and not (field_name == "referrer" and key in contacts)]
            if differs:
                typed = row.conflict_text if field_name == "conflict_type" else values[0][1]
                kept.append((header, typed))
        return kept

    def links(self, case_ids: list[int], persons: dict[tuple[int, str], int],
              addresses: dict[tuple[str, int, str], int],
              contacts: dict[str, int] | None = None) -> None:
        contacts = contacts or {}
        plan = self.plan
        other = next((c.id for c in plan.categories["conflict_types"] if c.code == "other"),
                     None)
        parties, types, journal = [], [], []
        source = plan.sheet.file_name
        for case_id, row in zip(case_ids, plan.rows, strict=True):
            for party in row.parties:
                key = _address_key(party)
                parties.append({"case_id": case_id, "role": party.role,
                                "person_id": persons[(row.line, party.role)],
                                "address_id": addresses.get(key) if key else None,
                                "address_as_typed": party.address_as_typed,
                                "address_source": party.address_source})
            wanted = list(dict.fromkeys(
                self.choice("conflict_type", key).category_id or other
                for key, _text in row.conflicts))
            for index, type_id in enumerate(t for t in wanted if t is not None):
                types.append({"case_id": case_id, "conflict_type_id": type_id,
                              "is_main": index == 0})
            at = datetime.combine(row.registered_on, datetime.min.time())
            journal.append({"case_id": case_id, "kind": JournalKind.NOTE, "occurred_at": at,
                            "author": self.store.user,
                            "text": f"Geïmporteerd uit {source}, regel {row.line}."})
            if row.notes:
                journal.append({"case_id": case_id, "kind": JournalKind.NOTE, "occurred_at": at,
                                "author": self.store.user, "text": row.notes})
            kept = row.kept + self.kept_categories(row, contacts)
            if kept:
                journal.append({
                    "case_id": case_id, "kind": JournalKind.NOTE, "occurred_at": at,
                    "author": self.store.user,
                    "text": "Uit het bestand, zonder eigen veld in Burenrust:\n" + "\n".join(
                        f"{header}: {value}" for header, value in kept)})
            if row.closed_on is None and self.choice("result", row.result[0]).category_id:
                journal.append({
                    "case_id": case_id, "kind": JournalKind.NOTE, "occurred_at": at,
                    "author": self.store.user,
                    "text": "Afgesloten; de datum van afsluiting stond niet in het bestand."})
        for model, rows in ((CaseParty, parties), (CaseConflictType, types),
                            (JournalEntry, journal)):
            ids = _insert(self.session, model, rows)
            for row_id, values in zip(ids, rows, strict=True):
                self.audit_row(model.__tablename__, row_id, values["case_id"], {
                    k: v for k, v in values.items() if k != "case_id"})
        self.step(len(plan.rows))

    def finish(self, case_ids: list[int]) -> None:
        keys = sorted(set().union(*self.audit)) if self.audit else []
        for chunk in _chunks(self.audit, 1000):
            bulk_insert(self.session.connection(), AuditEntry.__table__, chunk, keys)
        search_index.refresh(self.session.connection(), case_ids)


def _address_key(party: PartyInput) -> tuple[str, int, str] | None:
    if party.address.is_empty():
        return None
    number, suffix, _error = check_house_number(party.address.house_number)
    if number is None:
        return None
    return party.address.postcode, number, suffix


def run_import(store: Store, plan: ImportPlan,
               progress: Callable[[int, int], None] | None = None,
               stop: Callable[[], bool] | None = None) -> int:
    """Import every planned row in one transaction; returns how many cases were made.
    Raises ImportStopped when stopped (nothing is kept)."""
    store.require(Permission.ADMIN)
    if not plan.rows:
        return 0
    if store.read_only:
        raise RuleViolation("read_only")
    with store.unit() as session:
        writer = _Writer(store, session, plan, progress, stop)
        addresses = writer.addresses()
        persons = writer.persons(addresses)
        contacts = writer.referrers()
        case_ids = writer.cases(contacts)
        writer.links(case_ids, persons, addresses, contacts)
        writer.finish(case_ids)
        if stop is not None and stop():
            raise ImportStopped()
    return len(case_ids)

