"""The retention term: a closed file is kept for a number of months after it
closed (24 unless the organisation chose otherwise), then anonymised in one step.
A person or address that a newer or open case still needs keeps that link.

After anonymising, nothing removed lingers in the database file: SQLite keeps
deleted content in free pages and in the search index's old segments, so the
index is merged, the file rebuilt (VACUUM) and the write-ahead log emptied.
Backups hold old data until they rotate out; the printable statement says so,
with the rotation's real longest age."""

from __future__ import annotations

import contextlib
import logging
import time
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select, text

from desktop.data import backup, drafts
from desktop.data.audit import record_event
from desktop.data.errors import FieldError, RuleViolation, ValidationFailed
from desktop.data.migrate import SAFETY_COPY_DIR
from desktop.data.store import Store
from desktop.documents.case_documents import documents_root
from desktop.privacy.anonymise import anonymise_cases, anonymise_incidents, scrub_audit
from desktop.privacy.mediators import anonymise_mediators, due_mediator_rows
from models import AuditEntry, Case, Incident, PrivacySettings
from models.enums import CaseStatus
from models.privacy import DEFAULT_RETENTION_MONTHS
from models.roles import Permission

log = logging.getLogger(__name__)
MIN_MONTHS, MAX_MONTHS = 6, 120
# The rotation keeps a monthly backup for a year: the oldest can be this many months old.
BACKUP_MONTHS = 13


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    last = [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28, 31, 30, 31,
            30, 31, 31, 30, 31, 30, 31][month - 1]
    return date(year, month, min(day.day, last))


@dataclass(frozen=True)
class RetentionSettings:
    months: int
    statement: str  # the organisation's own words; empty: the default text
    text: str  # what is printed: the own words, or the default


@dataclass(frozen=True)
class DueCase:
    id: int
    number: str
    closed_on: date | None
    due_since: date


@dataclass(frozen=True)
class RetentionResult:
    cases: int
    persons: int
    addresses: int
    incidents: int
    documents: int
    drafts: int
    safety_copies: int
    mediators: int = 0  # volunteers who stopped longer ago than the term


def default_statement(months: int) -> str:
    return (
        f"Wij bewaren het dossier van een bemiddeling tot {months} maanden nadat de laatste "
        "zaak erin is afgesloten. Daarna halen wij alles weg waaraan iemand te herkennen is: "
        "namen, adressen, telefoonnummers en e-mailadressen, het verhaal, het journaal, "
        "brieven en andere documenten. Wat overblijft zijn anonieme gegevens (datums, soort "
        "conflict, resultaat, wijk) voor de jaarcijfers aan de gemeente en de landelijke "
        "registratie.\n\n"
        "Van onze gegevens maken wij versleutelde reservekopieën (back-ups). Die worden "
        f"vervangen door nieuwe; de oudste is hoogstens {BACKUP_MONTHS} maanden oud. Tot dan "
        "staan weggehaalde gegevens daar nog in; niemand kan ze lezen zonder onze sleutel.\n\n"
        "De gegevens staan op de computer van onze organisatie, niet bij een ander bedrijf. "
        "Wie wil weten wat wij over hem of haar hebben vastgelegd, of wil dat iets wordt "
        "verbeterd of verwijderd, kan dat vragen. Wij antwoorden binnen 30 dagen.")


def get_settings(store: Store) -> RetentionSettings:
    with store.read() as session:
        row = session.get(PrivacySettings, 1)
        months = row.retention_months if row else DEFAULT_RETENTION_MONTHS
        own = row.statement if row else ""
    return RetentionSettings(months, own, own.strip() or default_statement(months))


def save_settings(store: Store, months: int, statement: str = "") -> None:
    store.require(Permission.PRIVACY)
    if not MIN_MONTHS <= months <= MAX_MONTHS:
        raise ValidationFailed([FieldError("months", "retention_months")])
    with store.unit() as session:
        row = session.get(PrivacySettings, 1)
        if row is None:
            row = PrivacySettings(id=1)
            session.add(row)
        row.retention_months = months
        row.statement = statement.strip()


def _due(today: date, months: int):
    cutoff = add_months(today, -months)
    return (Case.status == CaseStatus.CLOSED, Case.anonymised_on.is_(None),
            func.coalesce(Case.closed_on, Case.registered_on) <= cutoff)


def count_due(store: Store, today: date | None = None) -> int:
    """How many cases `due_cases` would list: for Te doen, counted by the database."""
    months = get_settings(store).months
    with store.read() as session:
        return session.scalar(select(func.count(Case.id))
                              .where(*_due(today or date.today(), months))) or 0


def due_mediators(store: Store, today: date | None = None) -> list[tuple[int, str]]:
    """Mediators who stopped longer ago than the term: (id, name)."""
    cutoff = add_months(today or date.today(), -get_settings(store).months)
    with store.read() as session:
        return due_mediator_rows(session, cutoff)


def due_cases(store: Store, today: date | None = None,
              months: int | None = None) -> list[DueCase]:
    """Closed cases whose term has passed and that are not anonymised yet. A case
    closed without a known date counts from its registration."""
    store.require(Permission.PRIVACY)
    today = today or date.today()
    months = months or get_settings(store).months
    with store.read() as session:
        rows = session.execute(
            select(Case.id, Case.number, Case.closed_on, Case.registered_on)
            .where(*_due(today, months))
            .order_by(Case.year, Case.seq)).all()
    return [DueCase(i, n, c, add_months(c or r, months)) for i, n, c, r in rows]


def _loose_incidents(conn, cutoff: date) -> set[int]:
    """Incidents older than the term that no kept case needs."""
    kept = select(Case.id).where(Case.anonymised_on.is_(None))
    return set(conn.scalars(select(Incident.id).where(
        Incident.anonymised_on.is_(None), Incident.occurred_on <= cutoff,
        or_(Incident.case_id.is_(None), Incident.case_id.not_in(kept)))))


def _forget_deleted(conn, cutoff: date) -> None:
    """What a deletion removed (an incident, a document) must not live on in the
    earlier audit rows past the term."""
    deleted = conn.execute(select(AuditEntry.entity, AuditEntry.entity_id).where(
        AuditEntry.action == "delete", AuditEntry.at <= cutoff)).all()
    by_entity: dict[str, set[int]] = {}
    for entity, entity_id in deleted:
        by_entity.setdefault(entity, set()).add(entity_id)
    for entity, ids in by_entity.items():
        scrub_audit(conn, entity, ids)


def apply_retention(store: Store, reason: str = "", today: date | None = None,
                    months: int | None = None) -> RetentionResult:
    """Anonymise every due case (and loose incidents) in one transaction, then
    remove their files, old drafts and old safety copies, and purge the file."""
    store.require(Permission.PRIVACY)
    if store.read_only:
        raise RuleViolation("read_only")
    today = today or date.today()
    months = months or get_settings(store).months
    reason = reason.strip() or f"Bewaartermijn van {months} maanden verstreken"
    cutoff = add_months(today, -months)
    due = {case.id for case in due_cases(store, today, months)}
    with store.unit() as session:
        conn = session.connection()
        done = anonymise_cases(conn, due, reason, store.user, today)
        stopped = {i for i, _name in due_mediator_rows(session, cutoff)}
        anonymise_mediators(conn, stopped, f"Gestopt als vrijwilliger; {reason[0].lower()}"
                            f"{reason[1:]}", store.user, today)
        loose = _loose_incidents(conn, cutoff) - done.incidents
        anonymise_incidents(conn, loose, today)
        _forget_deleted(conn, cutoff)
        record_event(session, "anonymise", "retention",
                     {"cases": len(due), "mediators": len(stopped), "months": months,
                      "reason": reason})
    removed_files = remove_document_files(store, done.files)
    result = RetentionResult(len(done.cases), len(done.persons), len(done.addresses),
                             len(done.incidents | loose), removed_files,
                             _remove_old_drafts(store, cutoff),
                             _remove_old_safety_copies(store, today), len(stopped))
    purge(store)
    return result


def remove_document_files(store: Store, relative: list[str]) -> int:
    if store.data_dir is None:
        return 0
    root = documents_root(store)
    removed = 0
    for name in relative:
        try:
            (root / name).unlink(missing_ok=True)
            removed += 1
        except OSError:
            log.warning("an anonymised document's file could not be removed")
    return removed


def _remove_old_drafts(store: Store, cutoff: date) -> int:
    if store.data_dir is None:
        return 0
    old = [d for d in drafts.list_drafts(store.data_dir) if d.saved_at.date() <= cutoff]
    for draft in old:
        drafts.delete_draft(store.data_dir, draft.id)
    return len(old)


def _remove_old_safety_copies(store: Store, today: date) -> int:
    """Copies made before a migration or a restore hold everything; after the
    backups' own longest age they go too."""
    if store.data_dir is None:
        return 0
    folder = store.data_dir / SAFETY_COPY_DIR
    if not folder.is_dir():
        return 0
    limit = time.time() - (today - add_months(today, -BACKUP_MONTHS)).total_seconds()
    removed = 0
    for path in folder.iterdir():
        with contextlib.suppress(OSError):
            if path.is_file() and path.stat().st_mtime < limit:
                path.unlink()
                removed += 1
    return removed


def purge(store: Store) -> None:
    """Make removed content unrecoverable from the database file itself."""
    if store.engine.dialect.name != "sqlite":
        return  # PostgreSQL: the rows are gone; the server's VACUUM reuses their space
    with store.engine.connect() as connection:
        connection = connection.execution_options(isolation_level="AUTOCOMMIT")
        connection.execute(text("INSERT INTO case_search(case_search) VALUES('optimize')"))
        connection.execute(text("PRAGMA secure_delete = ON"))
        connection.execute(text("VACUUM"))
        connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))


def statement_pdf(store: Store, today: date | None = None) -> bytes:
    """The retention statement on the letterhead, for the privacy statement."""
    from desktop.documents.letters.context import long_date
    from desktop.documents.letters.pdf import LetterContent, build_pdf
    from desktop.documents.organisation import get_organisation

    settings = get_settings(store)
    content = LetterContent("Hoe lang wij gegevens bewaren", settings.text + "\n", "",
                            long_date(today or date.today(), "nl"))
    return build_pdf(get_organisation(store), [content]).pdf


def backups_note() -> str:
    return (f"Back-ups houden oude gegevens vast tot ze worden vervangen: de oudste is "
            f"hoogstens {BACKUP_MONTHS} maanden oud ({backup.KEEP_DAILY} dagelijkse, "
            f"{backup.KEEP_WEEKLY} wekelijkse en {backup.KEEP_MONTHLY} maandelijkse).")

