"""Talking to the office's outgoing mail server with smtplib: connect (STARTTLS,
SSL or plain), log in, hand over a message. Every failure becomes a MailError
with a code the views explain in Dutch, and says whether trying again later can
help (a server that is down) or not (a refused address)."""

from __future__ import annotations

import smtplib
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from desktop.data.errors import ServiceError
from desktop.mail.settings import MailSettings

TIMEOUT_SECONDS = 20


class MailError(ServiceError):
    def __init__(self, code: str, permanent: bool = False, uncertain: bool = False) -> None:
        super().__init__(code)
        self.code = code
        self.permanent = permanent
        # The connection broke after the whole message was handed over, before the
        # server said yes: it may have it. Sending again could deliver it twice.
        self.uncertain = uncertain


def tls_context() -> ssl.SSLContext:
    """The system's trusted certificates, host names checked (tests add their own CA)."""
    return ssl.create_default_context()


def _classified(exc: BaseException) -> MailError:
    """Which of the things that go wrong with mail servers this was."""
    if isinstance(exc, MailError):
        return exc
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return MailError("auth_failed")
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return MailError("auth_unsupported")
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return MailError("sender_refused", permanent=exc.smtp_code >= 500)
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _text in exc.recipients.values()]
        return MailError("recipient_refused", permanent=all(c >= 500 for c in codes))
    if isinstance(exc, smtplib.SMTPDataError):
        return MailError("message_refused", permanent=exc.smtp_code >= 500)
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return MailError("disconnected")
    if isinstance(exc, smtplib.SMTPResponseException):
        return MailError("server_error", permanent=False)
    if isinstance(exc, ssl.SSLCertVerificationError):
        return MailError("certificate")
    if isinstance(exc, ssl.SSLError):
        return MailError("tls_failed")
    if isinstance(exc, socket.gaierror):
        return MailError("host_unknown")
    if isinstance(exc, ConnectionRefusedError):
        return MailError("connection_refused")
    if isinstance(exc, TimeoutError | socket.timeout):
        return MailError("timeout")
    if isinstance(exc, ConnectionError):
        return MailError("disconnected")
    return MailError("network")


@contextmanager
def connection(settings: MailSettings, password: str,
               timeout: float = TIMEOUT_SECONDS) -> Iterator[smtplib.SMTP]:
    """An SMTP session, logged in when there is a user; closed afterwards."""
    server: smtplib.SMTP | None = None
    try:
        if settings.security == "ssl":
            server = smtplib.SMTP_SSL(settings.host, settings.port, timeout=timeout,
                                      context=tls_context())
            server.ehlo()
        else:
            server = smtplib.SMTP(settings.host, settings.port, timeout=timeout)
            server.ehlo()
            if settings.security == "starttls":
                if not server.has_extn("starttls"):
                    raise MailError("starttls_unsupported")
                server.starttls(context=tls_context())
                server.ehlo()
        if settings.user:
            if not password:
                raise MailError("no_password")
            if not server.has_extn("auth"):
                raise MailError("auth_unsupported")
            server.login(settings.user, password)
    except (OSError, smtplib.SMTPException) as exc:
        _close(server)
        raise _classified(exc) from exc
    except MailError:
        _close(server)
        raise
    try:
        yield server
    finally:
        _close(server)


def _close(server: smtplib.SMTP | None) -> None:
    if server is None:
        return
    try:
        server.quit()
    except (OSError, smtplib.SMTPException):
        server.close()


def hand_over(server: smtplib.SMTP, sender: str, to_address: str, content: bytes) -> None:
    """The server accepted the message when this returns. The steps are taken one by
    one (not sendmail()) to know whether a broken connection came before the message
    was handed over (safe to try again) or after (the server may have it)."""
    try:
        code, answer = server.mail(sender)
        if code != 250:
            raise smtplib.SMTPSenderRefused(code, answer, sender)
        code, answer = server.rcpt(to_address)
        if code not in (250, 251):
            raise smtplib.SMTPRecipientsRefused({to_address: (code, answer)})
    except (OSError, smtplib.SMTPException) as exc:
        _reset(server)
        raise _classified(exc) from exc
    try:
        code, answer = server.data(content)
    except smtplib.SMTPDataError as exc:
        _reset(server)
        raise _classified(exc) from exc
    except (OSError, smtplib.SMTPException) as exc:
        raise MailError("no_answer", uncertain=True) from exc
    if code != 250:
        _reset(server)
        raise MailError("message_refused", permanent=code >= 500)


def _reset(server: smtplib.SMTP) -> None:
    """After a refusal the session goes on with the next message."""
    with suppress(OSError, smtplib.SMTPException):
        server.rset()


def check_connection(settings: MailSettings, password: str) -> None:
    """Connect and log in once (Verbinding testen); raises MailError."""
    with connection(settings, password, timeout=10) as server:
        try:
            server.noop()
        except (OSError, smtplib.SMTPException) as exc:
            raise _classified(exc) from exc
