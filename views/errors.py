"""Errors shown calmly, in Dutch, never as a traceback; unexpected ones are
logged (type and traceback, no personal data) to the data folder."""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.data.errors import RuleViolation, ServiceError, StaleData, ValidationFailed
from views.messages import field_message, message_for

log = logging.getLogger("burenrust.errors")
translate = QCoreApplication.translate
T = TypeVar("T")

_log_path: Path | None = None


def set_log_path(path: Path) -> None:
    global _log_path
    _log_path = path


def _database_trouble(exc: BaseException) -> str | None:
    """"read_only", "operational" (locked, disk full…), "refused" (a constraint), or
    None. SQLAlchemy's errors are only looked for once it is loaded (it loads after
    the first screen); the first page is read with plain sqlite3."""
    orig: BaseException | None = None
    plain = sys.modules.get("sqlcipher3.dbapi2")
    if plain is not None and isinstance(exc, plain.OperationalError):
        orig = exc
    else:
        sa_exc = sys.modules.get("sqlalchemy.exc")
        if sa_exc is None or not isinstance(exc, sa_exc.SQLAlchemyError):
            return None
        if not isinstance(exc, sa_exc.OperationalError):
            return "refused"
        orig = exc.orig
    return "read_only" if "readonly" in str(orig).replace(" ", "") else "operational"


def unexpected_message(exc: BaseException) -> str:
    trouble = _database_trouble(exc)
    if trouble == "read_only":
        text = translate(
            "Errors",
            "Burenrust is alleen-lezen geopend, omdat de gegevens elders in gebruik zijn. "
            "Er is niets veranderd.",
        )
        return text
    if trouble == "operational":
        text = translate(
            "Errors",
            "De database kon deze handeling niet uitvoeren (misschien is het bestand in "
            "gebruik of de schijf vol). Er is niets half opgeslagen; probeer het zo opnieuw.",
        )
    elif trouble == "refused":
        text = translate(
            "Errors",
            "De database weigerde deze wijziging. Er is niets half opgeslagen.",
        )
    else:
        text = translate(
            "Errors",
            "Er ging onverwacht iets mis. Uw gegevens zijn veilig; er is niets half "
            "opgeslagen. U kunt gewoon verder werken.",
        )
    if _log_path is not None:
        text += "\n\n" + translate("Errors", "Details staan in het logbestand:\n%1").replace(
            "%1", str(_log_path)
        )
    return text


def service_message(exc: ServiceError) -> str:
    from desktop.documents.letters.templates import TemplateProblem
    from views.messages import template_problem_text

    if isinstance(exc, TemplateProblem):
        return template_problem_text(exc)
    if isinstance(exc, ValidationFailed):
        return "\n".join(dict.fromkeys(field_message(e) for e in exc.errors))
    if isinstance(exc, StaleData | RuleViolation):
        return message_for(exc.code)
    return message_for(exc.code)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    if isinstance(exc, ServiceError):
        QMessageBox.warning(parent, translate("Errors", "Burenrust"), service_message(exc))
        return
    if _database_trouble(exc) == "read_only":
        QMessageBox.information(parent, translate("Errors", "Burenrust"),
                                unexpected_message(exc))
        return
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    QMessageBox.critical(parent, translate("Errors", "Burenrust"), unexpected_message(exc))


def guarded(parent: QWidget | None, fn: Callable[[], T]) -> tuple[bool, T | None]:
    """Run fn; on failure show the right message. Returns (ok, result)."""
    try:
        return True, fn()
    except Exception as exc:
        show_error(parent, exc)
        return False, None


def install_excepthook() -> None:
    """Last line of defence: an uncaught error in a slot is logged and explained,
    and the program goes on."""

    def hook(
        exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> Any:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("uncaught error", exc_info=(exc_type, exc, tb))
        with contextlib.suppress(Exception):  # no GUI available: the log has it
            QMessageBox.critical(None, translate("Errors", "Burenrust"), unexpected_message(exc))

    sys.excepthook = hook
