"""One program at a time on a data folder: a lock file that names the PC and
user holding it. A second instance (or a second PC on a network share) gets a
clear message and the choice to open read-only; a lock left by a crash can be
broken after confirmation."""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.data.config import current_user
from desktop.data.errors import RuleViolation

LOCK_FILE = "burenrust.lock"


@dataclass(frozen=True)
class LockInfo:
    host: str
    user: str
    pid: int
    since: str

    @property
    def on_this_pc(self) -> bool:
        return self.host == socket.gethostname()

    def looks_stale(self) -> bool:
        """On this PC we can tell: the process is gone. Elsewhere we cannot."""
        return self.on_this_pc and not _process_alive(self.pid)


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if handle:
            ctypes.windll.kernel32.CloseHandle(handle)
            return True
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read_lock(data_dir: Path) -> LockInfo | None:
    try:
        raw = json.loads((data_dir / LOCK_FILE).read_text(encoding="utf-8"))
        return LockInfo(str(raw["host"]), str(raw["user"]), int(raw["pid"]), str(raw["since"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        # Unreadable: treat as held by someone unknown rather than ignore it.
        return LockInfo("?", "?", -1, "")


def acquire(data_dir: Path, force: bool = False) -> LockInfo | None:
    """Take the lock. Returns None when taken, or who holds it (nothing changed)."""
    path = data_dir / LOCK_FILE
    mine = LockInfo(socket.gethostname(), current_user(), os.getpid(),
                    datetime.now().isoformat(timespec="seconds"))
    payload = json.dumps(mine.__dict__)
    if force:
        path.unlink(missing_ok=True)
    try:
        # O_EXCL: only one of two programs starting at once can create it.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        holder = read_lock(data_dir)
        if holder is not None and holder.pid == mine.pid and holder.on_this_pc:
            return None  # already ours
        return holder or acquire(data_dir)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(payload)
    return None


def release(data_dir: Path) -> None:
    holder = read_lock(data_dir)
    if holder is not None and holder.on_this_pc and holder.pid == os.getpid():
        (data_dir / LOCK_FILE).unlink(missing_ok=True)


class DataInUse(RuleViolation):
    """Another program holds the data folder: a command that writes must wait."""

    def __init__(self, holder: LockInfo) -> None:
        super().__init__("data_in_use")
        self.holder = holder

    def dutch(self) -> str:
        who = ("een ander programma" if self.holder.host == "?" else
               f"{self.holder.user} op {self.holder.host}")
        since = f" (sinds {self.holder.since.replace('T', ' ')})" if self.holder.since else ""
        return (f"Burenrust is geopend door {who}{since}. Sluit het programma daar eerst; "
                "er is niets veranderd.")


@contextmanager
def holding(data_dir: Path) -> Iterator[None]:
    """For a command that writes (restore, import, demo, letters, moving the data):
    take the same lock as the program, or refuse while another program holds it. A
    lock left by a crash on this PC is broken, as the program does at start."""
    holder = acquire(data_dir)
    if holder is not None:
        if not holder.looks_stale():
            raise DataInUse(holder)
        acquire(data_dir, force=True)
    try:
        yield
    finally:
        release(data_dir)
