"""What a database file is, read from its first bytes (plain SQLite or not), and
how SQLite is told its name: the lowest layer, imported by the engine and the keys."""

from __future__ import annotations

from pathlib import Path

PLAIN_HEADER = b"SQLite format 3\x00"


def is_plain(path: Path) -> bool:
    """A file in SQLite's own format, readable by anyone (made before 0.4)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(PLAIN_HEADER)) == PLAIN_HEADER
    except OSError:
        return False


def has_content(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def is_encrypted(path: Path) -> bool:
    """A database file with content that is not plain: SQLCipher's (or damaged)."""
    return has_content(path) and not is_plain(path)


def sqlite_file_uri(path: Path, mode: str = "ro") -> str:
    """A SQLite URI filename for `path`: every character of a Windows or Unix path
    (space, é, :, %, #, ?) percent-encoded, as SQLite's URI parser expects."""
    return f"{sqlite_uri(path.resolve().as_uri())}?mode={mode}"


def sqlite_uri(file_uri: str) -> str:
    """A file URI as SQLite takes it: a Windows share (\\\\server\\share\\…, which
    Python writes file://server/share/…) keeps its server in the path, since SQLite
    refuses any authority but an empty one (file:////server/share/…)."""
    rest = file_uri.removeprefix("file://")
    return file_uri if rest.startswith("/") else "file:////" + rest
