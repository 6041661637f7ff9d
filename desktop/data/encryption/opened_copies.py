"""Plain copies of documents handed to another program (a Word file, a photo: the
program that opens it needs it plain on disk). They live in the data folder's
geopend/ and go at the next start and on closing; documents themselves stay sealed."""

from __future__ import annotations

import logging
import shutil
import time
from pathlib import Path

log = logging.getLogger(__name__)

OPENED_DIR = "geopend"


def clear_opened_copies(data_dir: Path, older_than_hours: float = 0) -> int:
    """Remove the plain copies handed to other programs (a file still open there,
    on Windows, stays until the next time)."""
    root = data_dir / OPENED_DIR
    if not root.is_dir():
        return 0
    limit = time.time() - older_than_hours * 3600
    removed = 0
    for folder in root.iterdir():
        try:
            if folder.stat().st_mtime <= limit:
                shutil.rmtree(folder) if folder.is_dir() else folder.unlink()
                removed += 1
        except OSError:
            log.info("an opened copy is still in use; removed later")
    return removed
