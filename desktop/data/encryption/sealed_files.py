"""Files beside the database that hold personal data (a case's documents, the
drafts of registrations not yet saved) are sealed like the file itself: AES-256-GCM
under the data folder's files key (desktop.data.encryption.cipher.files_key), so a copied
folder shows nothing without the key. A file written before 0.4 is read as it is
and sealed by the conversion (desktop.data.encryption.encrypt_existing).

Layout: MAGIC · 12-byte nonce · ciphertext with its 16-byte tag (MAGIC is the
associated data, so a file cannot pass for another format)."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.data.errors import RuleViolation

MAGIC = b"BURENRUST-SEALED v1\n"
NONCE_BYTES = 12


def _aesgcm(key: bytes):
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key)


def is_sealed(blob: bytes) -> bool:
    return blob.startswith(MAGIC)


def seal(data: bytes, key: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return MAGIC + nonce + _aesgcm(key).encrypt(nonce, data, MAGIC)


def unseal(blob: bytes, key: bytes) -> bytes:
    """The plain bytes; a file from before sealing comes back as it is."""
    from cryptography.exceptions import InvalidTag

    if not is_sealed(blob):
        return blob
    nonce = blob[len(MAGIC):len(MAGIC) + NONCE_BYTES]
    try:
        return _aesgcm(key).decrypt(nonce, blob[len(MAGIC) + NONCE_BYTES:], MAGIC)
    except InvalidTag as exc:
        raise RuleViolation("sealed_file_unreadable") from exc


def write_sealed(path: Path, data: bytes, key: bytes) -> None:
    """Write atomically and synced: a crash leaves the old file or the new one."""
    part = path.with_name(path.name + ".part")
    with open(part, "wb") as handle:
        handle.write(seal(data, key))
        handle.flush()
        os.fsync(handle.fileno())
    part.replace(path)


def read_sealed(path: Path, key: bytes) -> bytes:
    return unseal(path.read_bytes(), key)


def seal_in_place(path: Path, key: bytes) -> bool:
    """Seal a plain file where it is; False when it already was."""
    blob = path.read_bytes()
    if is_sealed(blob):
        return False
    write_sealed(path, blob, key)
    return True
