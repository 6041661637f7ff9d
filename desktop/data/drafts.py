"""Drafts of registrations not yet saved, written to the data folder while the
coordinator types, so a crash or power cut loses nothing. Sealed
(desktop.data.encryption.sealed_files): they hold names and addresses. Deleted once the
case is saved or the draft is discarded."""

from __future__ import annotations

import json
import logging
import os
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.data.encryption import cipher, sealed_files
from desktop.data.errors import RuleViolation

log = logging.getLogger(__name__)
DRAFT_DIR = "drafts"


@dataclass(frozen=True)
class Draft:
    id: str
    saved_at: datetime
    state: dict[str, Any]


def new_draft_id() -> str:
    return uuid.uuid4().hex


def _folder(data_dir: Path) -> Path:
    return data_dir / DRAFT_DIR


def save_draft(data_dir: Path, draft_id: str, state: dict[str, Any]) -> None:
    folder = _folder(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{draft_id}.json"
    tmp = target.with_suffix(".tmp")
    payload = {"saved_at": datetime.now().isoformat(timespec="seconds"), "state": state}
    with open(tmp, "wb") as handle:  # sealed: a draft holds names and addresses
        handle.write(sealed_files.seal(json.dumps(payload, ensure_ascii=False).encode(),
                                       cipher.files_key(data_dir)))
        handle.flush()
        os.fsync(handle.fileno())
    tmp.replace(target)  # atomic: a crash leaves the old draft or the new one


def delete_draft(data_dir: Path, draft_id: str) -> None:
    (_folder(data_dir) / f"{draft_id}.json").unlink(missing_ok=True)


def list_drafts(data_dir: Path) -> list[Draft]:
    drafts = []
    for path in sorted(_folder(data_dir).glob("*.json")):
        try:
            payload = json.loads(sealed_files.read_sealed(path, cipher.files_key(data_dir)))
            drafts.append(
                Draft(path.stem, datetime.fromisoformat(payload["saved_at"]), payload["state"])
            )
        except (OSError, ValueError, KeyError, TypeError, RuleViolation):
            log.warning("unreadable draft skipped")
    return sorted(drafts, key=lambda d: d.saved_at)
