"""Documents and drafts written plain, before 0.4 or by a backup of that time,
sealed where they lie (desktop.data.encryption.sealed_files)."""

from __future__ import annotations

import logging
from pathlib import Path

from desktop.data.config import DOCUMENTS_DIR
from desktop.data.drafts import DRAFT_DIR
from desktop.data.encryption import cipher, sealed_files

log = logging.getLogger(__name__)


def seal_loose_files(data_dir: Path) -> int:
    """Seal every plain document and draft (after the conversion, and after a restore
    of a backup made before 0.4); the number sealed."""
    key = cipher.files_key(data_dir)
    sealed = 0
    for folder in (data_dir / DOCUMENTS_DIR, data_dir / DRAFT_DIR):
        if not folder.is_dir():
            continue
        for file in sorted(folder.rglob("*")):
            if file.is_file() and not file.name.endswith((".part", ".tmp")):
                sealed += sealed_files.seal_in_place(file, key)
    if sealed:
        log.info("%d files beside the database sealed", sealed)
    return sealed
