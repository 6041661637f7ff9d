"""Output of a command started through burenrust.exe on Windows.

burenrust.exe starts the GUI Python (pythonw, no console window). Redirected to a
file or a pipe (the task scheduler, a script) the output arrives as usual; typed in
a console window, it has no console of its own: then it borrows the one it was
started from, so `burenrust.exe --version` prints where it was typed."""

from __future__ import annotations

import os
import sys


def attach_parent_console() -> None:
    if os.name != "nt" or (sys.stdout is not None and sys.stderr is not None):
        return
    import ctypes

    attach_parent_process = -1
    if not ctypes.windll.kernel32.AttachConsole(attach_parent_process):
        return  # started from Explorer or the Start menu: nobody to print to
    if sys.stdout is None:
        sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115


def tolerate_any_name() -> None:
    """A name in a message (Nguyễn) must not crash a command whose output goes to a
    file in the Windows code page: characters it cannot hold become '?'."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
