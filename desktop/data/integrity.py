"""Is the database whole? SQLite's own integrity check plus the consistency of
the data (search index, closed cases without a result, cases without a
requester). Read-only: a damaged file is never written over."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.data.encryption import cipher


@dataclass(frozen=True)
class Finding:
    code: str  # integrity, foreign_key, search_index, closed_without_result, no_requester
    detail: str


def check_database(path: Path, quick: bool = False,
                   key: bytes | object | None = ...) -> list[Finding]:
    """key=...: the data folder's (desktop.data.encryption.cipher). A file this PC has no key
    for is reported as such (code key_missing), not as damaged."""
    if not path.exists():
        return [Finding("missing", str(path))]
    try:
        connection = cipher.open_file(path, "ro", key)
    except cipher.DatabaseKeyMissing:
        return [Finding("key_missing", path.name)]
    except cipher.Error as exc:
        return [Finding("integrity", type(exc).__name__)]
    findings: list[Finding] = []
    try:
        rows = connection.execute(
            "PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
        if [r[0] for r in rows] != ["ok"]:
            return [Finding("integrity", str(rows[0][0])[:200])]
        for table, *_rest in connection.execute("PRAGMA foreign_key_check").fetchall()[:20]:
            findings.append(Finding("foreign_key", table))
        cases = connection.execute("SELECT count(*) FROM cases").fetchone()[0]
        try:
            indexed = connection.execute("SELECT count(*) FROM case_search").fetchone()[0]
        except cipher.OperationalError:
            indexed = cases  # no search index on this database
        if indexed != cases:
            findings.append(Finding("search_index", f"{indexed}/{cases}"))
        closed = connection.execute(
            "SELECT count(*) FROM cases WHERE status = 'closed' AND result_id IS NULL"
        ).fetchone()[0]
        if closed:
            findings.append(Finding("closed_without_result", str(closed)))
        orphans = connection.execute(
            "SELECT count(*) FROM cases c WHERE NOT EXISTS (SELECT 1 FROM case_parties p"
            " WHERE p.case_id = c.id AND p.role = 'A')"
        ).fetchone()[0]
        if orphans:
            findings.append(Finding("no_requester", str(orphans)))
    except cipher.DatabaseError as exc:
        findings.append(Finding("integrity", type(exc).__name__))
    finally:
        connection.close()
    return findings


def is_damaged(findings: list[Finding]) -> bool:
    return any(f.code in ("integrity", "missing") for f in findings)


def start_check(store, path: Path) -> bool:
    """The cheap check at start, in a worker, before the first write: SQLite's
    quick_check (every page read once, no index cross-checks). Writes wait for it;
    a damaged file takes none, so nothing is written over it. True when sound."""
    sound = True
    try:
        sound = not is_damaged(check_database(path, quick=True, key=store.key))
    finally:
        store.checked(sound)  # never leave writes waiting, whatever happened
    return sound
