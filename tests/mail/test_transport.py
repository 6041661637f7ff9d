"""Connecting to a real mail server: STARTTLS and SSL with a login, and each way
it goes wrong explained by its own code."""

from __future__ import annotations

import pytest

from desktop.mail import transport
from desktop.mail.transport import MailError, check_connection
from tests.mail.conftest import server_settings
from tests.mail.smtp_server import PASSWORD, MailServer, free_port


def test_starttls_with_login_connects(smtp_server):
    check_connection(server_settings(smtp_server), PASSWORD)
    assert smtp_server.handler.logins == ["bureau@buurtbemiddeling-zwolle.nl"]


def test_ssl_with_login_connects(tmp_path, monkeypatch):
    server = MailServer(tmp_path, security="ssl").start()
    monkeypatch.setattr(transport, "tls_context", server.client_context)
    try:
        check_connection(server_settings(server), PASSWORD)
        assert server.handler.logins
    finally:
        server.stop()


@pytest.mark.parametrize(("change", "code"), [
    ({"user": "bureau@buurtbemiddeling-zwolle.nl"}, "auth_failed"),  # wrong password below
    ({"security": "ssl"}, "tls_failed"),  # SSL spoken to a STARTTLS port
    ({"security": "none"}, "auth_unsupported"),  # no login offered without encryption
])
def test_each_wrong_setting_has_its_own_explanation(smtp_server, change, code):
    with pytest.raises(MailError) as raised:
        check_connection(server_settings(smtp_server, **change), "verkeerd")
    assert raised.value.code == code


def test_a_closed_port_is_refused(smtp_server):
    with pytest.raises(MailError) as raised:
        check_connection(server_settings(smtp_server, port=free_port()), PASSWORD)
    assert raised.value.code == "connection_refused"


def test_a_certificate_for_another_name_is_not_trusted(smtp_server):
    # The certificate is for "localhost": reached by its IP address, the names differ.
    with pytest.raises(MailError) as raised:
        check_connection(server_settings(smtp_server, host="127.0.0.1"), PASSWORD)
    assert raised.value.code == "certificate"


def test_an_unknown_certificate_is_not_trusted(smtp_server, monkeypatch):
    monkeypatch.setattr(transport, "tls_context", transport.ssl.create_default_context)
    with pytest.raises(MailError) as raised:
        check_connection(server_settings(smtp_server), PASSWORD)
    assert raised.value.code == "certificate"


def test_an_unknown_host_is_named(smtp_server):
    with pytest.raises(MailError) as raised:
        check_connection(server_settings(smtp_server, host="mail.bestaat-niet.invalid"),
                         PASSWORD)
    assert raised.value.code == "host_unknown"


def test_a_missing_password_is_said_before_connecting_fails(smtp_server):
    with pytest.raises(MailError) as raised:
        check_connection(server_settings(smtp_server), "")
    assert raised.value.code == "no_password"
