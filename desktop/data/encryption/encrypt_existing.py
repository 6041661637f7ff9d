"""The first start of 0.4 on a data folder made before it: the plain database
file is encrypted, and so are the files beside it that hold personal data (the
documents, the drafts, the safety copies). A backup is made first; each step
leaves the old file whole until its encrypted copy is checked and renamed over
it, so a crash halfway leaves a usable folder and the next start goes on."""

from __future__ import annotations

import logging
from pathlib import Path

from desktop.data.encryption import cipher, sealed_files
from desktop.data.encryption.loose_files import seal_loose_files

log = logging.getLogger(__name__)


def encrypt_existing(data_dir: Path, path: Path, key: bytes) -> dict[str, int]:
    """Encrypt the folder's plain database (and what lies beside it); the rows per table."""
    _backup_first(data_dir)
    counts = cipher.encrypt_in_place(path, key)
    seal_loose_files(data_dir)
    encrypt_safety_copies(data_dir, key)
    return counts


def _backup_first(data_dir: Path) -> None:
    """An encrypted backup of the plain file: to the chosen backup folder, or, when
    that cannot be reached (a USB disk not plugged in), to the data folder's own."""
    from desktop.data.backup import create_backup
    from desktop.data.config import Settings
    from desktop.data.errors import RuleViolation

    chosen = Settings.load(data_dir).backup_folder(data_dir)
    for folder in dict.fromkeys((chosen, data_dir / "backups")):
        try:
            create_backup(data_dir, folder)
            return
        except (RuleViolation, OSError) as exc:
            log.warning("backup before encrypting not made in a folder: %s",
                        getattr(exc, "code", type(exc).__name__))
    raise RuntimeError("no backup could be made before encrypting the database")


def encrypt_safety_copies(data_dir: Path, key: bytes) -> int:
    """Copies made before a migration or a restore: encrypted like the file, or, when
    one does not open as a database (a damaged file kept aside), sealed as it is."""
    from desktop.data.config import SAFETY_COPY_DIR

    folder = data_dir / SAFETY_COPY_DIR
    if not folder.is_dir():
        return 0
    done = 0
    for copy in sorted(folder.iterdir()):
        if not copy.is_file() or copy.suffix != ".sqlite" or not cipher.is_plain(copy):
            continue
        try:
            cipher.encrypt_in_place(copy, key)
        except cipher.Error:
            log.warning("a safety copy did not open as a database; sealed as it is")
            for part in (copy, Path(f"{copy}-wal")):
                if part.is_file():
                    sealed_files.seal_in_place(part, cipher.files_key(data_dir))
                    part.replace(part.with_name(part.name + ".sealed"))
        done += 1
    return done
