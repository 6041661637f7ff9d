"""Files kept with a case: letters Burenrust made and files the coordinator
added. The bytes live below the data folder's documents/, sealed
(desktop.data.encryption.sealed_files; backups include them);
a row in case_documents says what each is.

A file is written (and synced) before its row is committed, and removed again
when the commit fails, so a row never points at nothing. Deleting asks a reason:
the bytes go, the row stays with who, when and why."""

from __future__ import annotations

import hashlib
import json
import logging
import mimetypes
import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.data.backup import DOCUMENTS_DIR
from desktop.data.encryption import cipher, sealed_files
from desktop.data.encryption.opened_copies import OPENED_DIR
from desktop.data.errors import FieldError, NotFound, RuleViolation, ValidationFailed
from desktop.data.store import Store
from models import Case, CaseDocument, JournalEntry
from models.enums import DocumentKind, JournalKind
from models.limits import clean_text

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 50 * 1024 * 1024
_UNSAFE = re.compile(r"[^\w.\- ]+", re.UNICODE)


@dataclass(frozen=True)
class DocumentView:
    id: int
    case_id: int
    kind: str
    title: str
    file_name: str
    media_type: str
    size: int
    recipient: str
    template_code: str
    created_at: datetime
    created_by: str
    deleted_at: datetime | None
    delete_reason: str


@dataclass(frozen=True)
class NewDocument:
    """What to keep: the bytes and what they are."""

    data: bytes
    file_name: str
    title: str
    kind: str = DocumentKind.FILE
    template_code: str = ""
    language: str = ""
    recipient: str = ""
    recipient_person_id: int | None = None
    recipient_contact_id: int | None = None
    appointment_id: int | None = None
    source: dict[str, Any] | None = None


def documents_root(store: Store) -> Path:
    if store.data_dir is None:
        raise RuleViolation("no_data_folder")
    return store.data_dir / DOCUMENTS_DIR


# File systems count a name's length in bytes (255 on Linux and macOS) or UTF-16 units
# (Windows): 80 CJK or emoji characters are already too many. The stem is cut by
# bytes, at a character boundary, and the extension kept.
MAX_STEM_BYTES = 100


def _cut_to_bytes(text: str, limit: int) -> str:
    return text.encode("utf-8")[:limit].decode("utf-8", errors="ignore")


def safe_file_name(name: str) -> str:
    stem, dot, suffix = Path(clean_text(name)).name.rpartition(".")
    if not dot:
        stem, suffix = suffix, ""
    stem = _cut_to_bytes(_UNSAFE.sub("_", stem), MAX_STEM_BYTES).strip(" ._") or "document"
    suffix = _cut_to_bytes(_UNSAFE.sub("", suffix), 10)
    return f"{stem}.{suffix}" if suffix else stem


def _write_file(folder: Path, data: bytes, file_name: str, key: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{uuid.uuid4().hex[:12]}-{safe_file_name(file_name)}"
    sealed_files.write_sealed(target, data, key)
    return target


def _journal(session: Session, store: Store, case_id: int, kind: str, text: str) -> None:
    session.add(JournalEntry(case_id=case_id, kind=kind, text=text[:2000], author=store.user,
                             occurred_at=datetime.now().replace(microsecond=0)))


def add_documents(store: Store, case_ids: list[int], documents: list[NewDocument]) -> list[int]:
    """Keep several documents in one transaction (a batch of letters)."""
    if store.read_only:
        raise RuleViolation("read_only")
    root = documents_root(store)
    key = cipher.files_key(root.parent)
    written: list[Path] = []
    try:
        with store.unit() as session:
            numbers = dict(session.execute(
                select(Case.id, Case.number).where(Case.id.in_(set(case_ids)))).all())
            rows = []
            for case_id, doc in zip(case_ids, documents, strict=True):
                if case_id not in numbers:
                    raise NotFound(str(case_id))
                if len(doc.data) > MAX_FILE_BYTES:
                    raise ValidationFailed([FieldError("file", "file_too_large")])
                path = _write_file(root / numbers[case_id], doc.data, doc.file_name, key)
                written.append(path)
                media_type = mimetypes.guess_type(doc.file_name)[0] or "application/octet-stream"
                row = CaseDocument(
                    case_id=case_id, kind=doc.kind, title=doc.title[:300],
                    file_name=safe_file_name(doc.file_name),
                    stored_path=path.relative_to(root).as_posix(), media_type=media_type,
                    size=len(doc.data), sha256=hashlib.sha256(doc.data).hexdigest(),
                    template_code=doc.template_code, language=doc.language,
                    recipient=doc.recipient[:200], recipient_person_id=doc.recipient_person_id,
                    recipient_contact_id=doc.recipient_contact_id,
                    appointment_id=doc.appointment_id,
                    source=json.dumps(doc.source, ensure_ascii=False) if doc.source else "",
                    created_by=store.user,
                )
                session.add(row)
                rows.append(row)
                kind = JournalKind.LETTER if doc.kind == DocumentKind.LETTER else (
                    JournalKind.DOCUMENT_ADDED)
                text = f"{doc.title} — {doc.recipient}" if doc.recipient else doc.title
                _journal(session, store, case_id, kind, text)
            session.flush()
            return [row.id for row in rows]
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise


def add_document(store: Store, case_id: int, document: NewDocument) -> int:
    return add_documents(store, [case_id], [document])[0]


def add_file(store: Store, case_id: int, path: Path, title: str = "") -> int:
    """A file dropped onto a case (a scan of a signed agreement, an e-mail)."""
    try:
        size = path.stat().st_size
    except OSError:
        raise RuleViolation("file_unreadable") from None
    if size > MAX_FILE_BYTES:
        raise ValidationFailed([FieldError("file", "file_too_large")])
    if not path.is_file():
        raise RuleViolation("file_unreadable")
    return add_document(store, case_id, NewDocument(
        path.read_bytes(), path.name, title.strip() or path.stem, DocumentKind.FILE))


def _view(row: CaseDocument) -> DocumentView:
    return DocumentView(row.id, row.case_id, row.kind, row.title, row.file_name,
                        row.media_type, row.size, row.recipient, row.template_code,
                        row.created_at, row.created_by, row.deleted_at, row.delete_reason)


def list_documents(store: Store, case_id: int, include_deleted: bool = False
                   ) -> list[DocumentView]:
    with store.read() as session:
        query = select(CaseDocument).where(CaseDocument.case_id == case_id)
        if not include_deleted:
            query = query.where(CaseDocument.deleted_at.is_(None))
        rows = session.scalars(query.order_by(CaseDocument.created_at.desc(),
                                              CaseDocument.id.desc()))
        return [_view(r) for r in rows]


def document_path(store: Store, document_id: int) -> Path:
    """Where the bytes are, checked to be there and unchanged."""
    with store.read() as session:
        row = session.get(CaseDocument, document_id)
        if row is None or row.deleted_at is not None:
            raise NotFound(str(document_id))
        path = documents_root(store) / row.stored_path
        if not path.is_file():
            raise RuleViolation("document_missing")
        return path


def opened_copy(store: Store, document_id: int) -> Path:
    """A plain copy for the program that opens this kind of file (a Word file, a
    photo): in the data folder's geopend/, removed at the next start and on closing
    (clear_opened_copies). Only what the coordinator opens is ever plain on disk."""
    with store.read() as session:
        row = session.get(CaseDocument, document_id)
        if row is None or row.deleted_at is not None:
            raise NotFound(str(document_id))
        name = row.file_name
    data = read_document(store, document_id)
    folder = documents_root(store).parent / OPENED_DIR / uuid.uuid4().hex[:8]
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / safe_file_name(name)
    target.write_bytes(data)
    return target


def read_document(store: Store, document_id: int) -> bytes:
    path = document_path(store, document_id)
    return sealed_files.read_sealed(path, cipher.files_key(documents_root(store).parent))




def document_source(store: Store, document_id: int) -> dict[str, Any]:
    with store.read() as session:
        row = session.get(CaseDocument, document_id)
        if row is None:
            raise NotFound(str(document_id))
        return json.loads(row.source) if row.source else {}


def delete_document(store: Store, document_id: int, reason: str) -> None:
    reason = reason.strip()
    if not reason:
        raise ValidationFailed([FieldError("reason", "reason_required")])
    if len(reason) > 300:
        raise ValidationFailed([FieldError("reason", "too_long")])
    if store.read_only:
        raise RuleViolation("read_only")
    with store.unit() as session:
        row = session.get(CaseDocument, document_id)
        if row is None or row.deleted_at is not None:
            raise NotFound(str(document_id))
        row.deleted_at = datetime.now().replace(microsecond=0)
        row.deleted_by = store.user
        row.delete_reason = reason
        _journal(session, store, row.case_id, JournalKind.DOCUMENT_DELETED,
                 f"{row.title} — {reason}")
        path = documents_root(store) / row.stored_path
    try:
        path.unlink(missing_ok=True)
    except OSError:
        log.warning("could not remove a deleted document's file (id %s)", document_id)
