"""Log to a rotating file in the data folder. Messages carry no personal data:
ids and error types only (SQL parameters are hidden by the engine).

A traceback keeps where an error happened, but not what the exception said: the
message of an OSError holds the file's path (a document is named after a
resident), a KeyError holds the key, a ValueError the value. The log writes the
exception's type (and errno) instead, for every exception in the chain."""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path

LOG_DIR = "logs"
LOG_FILE = "burenrust.log"


def setup_logging(data_dir: Path, level: int = logging.INFO) -> Path:
    folder = data_dir / LOG_DIR
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_burenrust", False):
            root.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler._burenrust = True  # type: ignore[attr-defined]
    handler.setFormatter(PrivateFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path


class PrivateFormatter(logging.Formatter):
    """Tracebacks with their frames, without the exceptions' messages."""

    def format(self, record: logging.LogRecord) -> str:
        # Another handler may have put its own (full) traceback text on the record.
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei) -> str:
        lines: list[str] = []
        exc: BaseException | None = ei[1]
        seen: set[int] = set()
        chain = []
        while exc is not None and id(exc) not in seen:
            seen.add(id(exc))
            chain.append(exc)
            exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
        for position, exc in enumerate(reversed(chain)):
            if position:
                lines.append("The above exception led to the following:")
            lines.append("Traceback (most recent call last):")
            for frame in traceback.extract_tb(exc.__traceback__):
                lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
                if frame.line:
                    lines.append(f"    {frame.line.strip()}")
            errno = getattr(exc, "errno", None)
            lines.append(type(exc).__qualname__ + (f" [errno {errno}]" if errno else "")
                         + " (message left out: it can hold personal data)")
        return "\n".join(lines)
