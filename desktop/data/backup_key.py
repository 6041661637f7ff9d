"""The backup key: 32 random bytes that encrypt a data folder's backups.

The key belongs to the data, not to where the folder happens to sit: it is found
by the folder's key id (kept in settings.json, so a copied folder on a USB stick
or under a new user name keeps its key), and every backup names the id it was
made with. The key itself lives in the operating system's keyring. Where no
keyring can be reached (Linux without Secret Service, some locked-down Windows
desktops) it lives in a file in the data folder instead: never beside the
backups, so a lost USB stick's backups stay unreadable, and the printed recovery
code stays the same wherever the key is kept."""

from __future__ import annotations

import base64
import hashlib
import logging
import os
import threading
import uuid
from pathlib import Path
from typing import Literal

from desktop.data.config import Settings
from desktop.data.errors import DatabaseKeyMissing, RuleViolation

log = logging.getLogger(__name__)

KEYRING_SERVICE = "Burenrust"
KEY_FILE = "backup-key.txt"
KEY_BYTES = 32
KeyPlace = Literal["keyring", "file"]

_FILE_NOTE = (
    "# De sleutel van de back-ups van Burenrust. De sleutelbos van het systeem was niet\n"
    "# bereikbaar, dus staat hij hier, in de gegevensmap en niet bij de back-ups.\n"
    "# Niet delen, niet naar de back-upmap kopiëren. De herstelcode uit de kluis is\n"
    "# dezelfde sleutel.\n"
)


class KeyringUnreachable(Exception):
    """The OS keyring could not be used (no backend, locked, a D-Bus error…)."""


# -- the keyring, whatever it throws ----------------------------------------------------------
def _keyring_get(name: str) -> str | None:
    import keyring

    try:
        return keyring.get_password(KEYRING_SERVICE, name)
    except Exception as exc:  # backends raise their own types (D-Bus, secretstorage, …)
        raise KeyringUnreachable(type(exc).__name__) from exc


def _keyring_set(name: str, value: str) -> None:
    import keyring

    try:
        keyring.set_password(KEYRING_SERVICE, name, value)
    except Exception as exc:
        raise KeyringUnreachable(type(exc).__name__) from exc


def _keyring_delete(name: str) -> None:
    import keyring

    try:
        keyring.delete_password(KEYRING_SERVICE, name)
    except Exception:  # not there, or no keyring: nothing to remove
        log.debug("keyring entry not removed")


# -- names and the file -----------------------------------------------------------------------
def _entry_name(key_id: str) -> str:
    return f"backup-key:{key_id}"


def _legacy_entry_name(data_dir: Path) -> str:
    """Before 0.2 the entry was named after the folder's path (and lost when it moved)."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    return f"backup-key:{digest}"


def key_file(data_dir: Path) -> Path:
    return data_dir / KEY_FILE


def _encode(key: bytes) -> str:
    return base64.b64encode(key).decode()


def _decode(text: str) -> bytes | None:
    try:
        key = base64.b64decode(text.strip(), validate=True)
    except ValueError:
        return None
    return key if len(key) == KEY_BYTES else None


def _read_file(data_dir: Path, key_id: str) -> bytes | None:
    path = key_file(data_dir)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("backup key file unreadable: %s", type(exc).__name__)
        return None
    values = dict(line.split("=", 1) for line in lines if "=" in line and not line.startswith("#"))
    if values.get("id", key_id) != key_id:
        return None
    return _decode(values.get("key", ""))


def _write_file(data_dir: Path, key_id: str, key: bytes) -> None:
    path = key_file(data_dir)
    part = path.with_name(path.name + ".part")
    # Readable by this user only where the file system says who may read (not FAT sticks).
    descriptor = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(f"{_FILE_NOTE}id={key_id}\nkey={_encode(key)}\n")
        handle.flush()
        os.fsync(handle.fileno())
    part.replace(path)


# -- the key id ---------------------------------------------------------------------------------
def key_id(data_dir: Path) -> str:
    """This data folder's key id, made (and saved) on first use. A settings file that
    lost it (replaced, or edited by hand) takes it back from the key file, if the
    folder has one: the database file is encrypted with that key."""
    settings = Settings.load(data_dir)
    if not settings.backup_key_id:
        settings.backup_key_id = _file_key_id(data_dir) or uuid.uuid4().hex
        settings.save(data_dir)
    return settings.backup_key_id


def _file_key_id(data_dir: Path) -> str | None:
    try:
        lines = key_file(data_dir).read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    found = [line.split("=", 1)[1].strip() for line in lines if line.startswith("id=")]
    return found[0] if found and found[0] else None


# -- finding, making and keeping the key ---------------------------------------------------------
def backup_key(data_dir: Path, create: bool = True) -> bytes | None:
    """The data folder's backup key: from the keyring, else from the key file,
    else (create=True) a new one, kept in the keyring or, without one, in the file."""
    found = find_key(data_dir, key_id(data_dir), adopt_legacy=True)
    if found is not None or not create:
        return found
    from desktop.data.config import DATABASE_FILE
    from desktop.data.encryption.file_format import is_encrypted

    if is_encrypted(data_dir / DATABASE_FILE):
        # A folder from another PC: a new key would lock its file for good.
        raise DatabaseKeyMissing()
    key = os.urandom(KEY_BYTES)
    keep_key(data_dir, key_id(data_dir), key)
    return key


def find_key(data_dir: Path, wanted_id: str, adopt_legacy: bool = False) -> bytes | None:
    """The key with this id, wherever this PC keeps it; None when it has none."""
    from_file = _read_file(data_dir, wanted_id)
    try:
        stored = _keyring_get(_entry_name(wanted_id))
    except KeyringUnreachable:
        return from_file
    if stored and (key := _decode(stored)) is not None:
        return key
    if from_file is not None:
        _move_into_keyring(data_dir, wanted_id, from_file)
        return from_file
    if adopt_legacy:
        try:
            legacy = _keyring_get(_legacy_entry_name(data_dir))
        except KeyringUnreachable:
            legacy = None
        if legacy and (key := _decode(legacy)) is not None:
            # Kept under the id from now on, so the key follows the folder when it moves.
            _keyring_set(_entry_name(wanted_id), legacy)
            log.info("backup key moved from the folder-path name to the key id")
            return key
    return None


def keep_key(data_dir: Path, wanted_id: str, key: bytes) -> KeyPlace:
    """Keep a key (new, or typed in as a recovery code) for this data folder."""
    forget_remembered_keys()  # the database key follows from this one
    settings = Settings.load(data_dir)
    if settings.backup_key_id != wanted_id:
        settings.backup_key_id = wanted_id
        settings.save(data_dir)
    try:
        _keyring_set(_entry_name(wanted_id), _encode(key))
        if _keyring_get(_entry_name(wanted_id)) == _encode(key):
            return "keyring"
        log.warning("keyring did not keep the backup key")
    except KeyringUnreachable as exc:
        log.warning("keyring unreachable (%s); backup key kept in the data folder", exc)
    try:
        _write_file(data_dir, wanted_id, key)
    except OSError as exc:
        raise RuleViolation("backup_key_not_kept") from exc
    settings = Settings.load(data_dir)
    settings.key_file_explained = False  # the coordinator hears about it once
    settings.save(data_dir)
    return "file"


def _move_into_keyring(data_dir: Path, wanted_id: str, key: bytes) -> None:
    """A keyring that has become reachable takes the key over from the file."""
    try:
        _keyring_set(_entry_name(wanted_id), _encode(key))
        if _keyring_get(_entry_name(wanted_id)) != _encode(key):
            return
    except KeyringUnreachable:
        return
    key_file(data_dir).unlink(missing_ok=True)
    log.info("backup key moved from the data folder into the keyring")


def key_place(data_dir: Path) -> KeyPlace | None:
    """Where this data folder's key is kept now (None: no key yet)."""
    wanted = Settings.load(data_dir).backup_key_id
    if not wanted:
        return None
    try:
        if _keyring_get(_entry_name(wanted)):
            return "keyring"
    except KeyringUnreachable:
        pass
    return "file" if _read_file(data_dir, wanted) is not None else None


def forget_legacy_entry(data_dir: Path) -> None:
    _keyring_delete(_legacy_entry_name(data_dir))


# -- remembered while the program runs ----------------------------------------------------------
_remembered: dict[str, bytes] = {}
_remembered_lock = threading.Lock()


def remembered_key(data_dir: Path, create: bool = False) -> bytes | None:
    """The key, looked up once per run: from the data folder's file when there is
    one (no keyring is loaded for it at start-up), else as backup_key finds it. A
    keyring that goes away while the program runs does not lock it out."""
    name = os.path.normcase(str(data_dir.resolve()))
    with _remembered_lock:
        if name in _remembered:
            return _remembered[name]
    wanted = key_id(data_dir)
    key = _read_file(data_dir, wanted)
    if key is None:
        key = backup_key(data_dir, create=create)
    if key is not None:
        with _remembered_lock:
            _remembered[name] = key
    return key


def forget_remembered_keys() -> None:
    with _remembered_lock:
        _remembered.clear()


# -- the recovery code --------------------------------------------------------------------------
def recovery_code(key: bytes) -> str:
    """The key as 13 groups of 4 letters and digits, to print and keep in the safe."""
    text = base64.b32encode(key).decode().rstrip("=")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def key_from_recovery_code(code: str) -> bytes:
    text = "".join(ch for ch in code.upper() if ch.isalnum())
    text = text.replace("0", "O").replace("1", "I").replace("8", "B")  # typed from paper
    try:
        key = base64.b32decode(text + "=" * (-len(text) % 8))
    except ValueError as exc:
        raise RuleViolation("recovery_code_invalid") from exc
    if len(key) != KEY_BYTES:
        raise RuleViolation("recovery_code_invalid")
    return key
