"""Fixtures for the mail tests: a real SMTP server on loopback, and a data folder
whose mail settings point at it (password in the test keyring)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.mail import settings as mail_settings
from desktop.mail import transport
from desktop.mail.settings import MailSettings
from tests.mail.smtp_server import PASSWORD, USER, MailServer


@pytest.fixture
def smtp_server(tmp_path_factory: pytest.TempPathFactory,
                monkeypatch: pytest.MonkeyPatch) -> Iterator[MailServer]:
    server = MailServer(tmp_path_factory.mktemp("smtp")).start()
    # This PC trusts the test server's certificate, as a real one trusts a real CA.
    monkeypatch.setattr(transport, "tls_context", server.client_context)
    yield server
    server.stop()


def server_settings(server: MailServer, **changes) -> MailSettings:
    values = {"host": "localhost", "port": server.port, "security": server.security,
              "user": USER, "sender_name": "Buurtbemiddeling Zwolle",
              "sender_address": "bureau@buurtbemiddeling-zwolle.nl",
              "reply_to": "coordinator@buurtbemiddeling-zwolle.nl"}
    values.update(changes)
    return MailSettings(**values)


@pytest.fixture
def mail_ready(data_dir: Path, smtp_server: MailServer) -> MailSettings:
    """The data folder is set up for the test server, the password in the keyring."""
    saved = mail_settings.save(data_dir, server_settings(smtp_server))
    assert mail_settings.store_password(data_dir, saved, PASSWORD)
    return saved
