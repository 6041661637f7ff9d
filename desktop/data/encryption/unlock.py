"""A data folder copied or moved to another PC: its file is encrypted with a key
that PC's keyring does not have. The recovery code from the safe is that key."""

from __future__ import annotations

from pathlib import Path

from desktop.data.backup_key import keep_key, key_from_recovery_code, key_id
from desktop.data.config import DATABASE_FILE
from desktop.data.encryption import cipher
from desktop.data.errors import RuleViolation


def opens_file(path: Path, master: bytes) -> bool:
    """Does this backup key's database key open the file?"""
    try:
        connection = cipher.connect(path, cipher.derive_database_key(master), "ro")
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except cipher.DatabaseError:
        return False
    return True


def use_recovery_code(data_dir: Path, code: str) -> None:
    """Keep the key of a typed recovery code for this data folder, once it is seen to
    open the folder's file (recovery_code_not_this_file otherwise: nothing is kept)."""
    master = key_from_recovery_code(code)
    database = data_dir / DATABASE_FILE
    if cipher.has_content(database) and not cipher.is_plain(database) and not opens_file(
            database, master):
        raise RuleViolation("recovery_code_not_this_file")
    keep_key(data_dir, key_id(data_dir), master)
