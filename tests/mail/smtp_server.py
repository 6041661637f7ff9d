"""A real SMTP server on loopback for the mail tests (aiosmtpd): STARTTLS or SSL
with a certificate made for the test, authentication required, and modes that
refuse a login, refuse an address, or drop the connection after the message."""

from __future__ import annotations

import asyncio
import datetime as dt
import socket
import ssl
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

USER, PASSWORD = "bureau@buurtbemiddeling-zwolle.nl", "geheim-wachtwoord"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def make_certificate(folder: Path, name: str = "localhost") -> tuple[Path, Path]:
    """A self-signed certificate for `name` (and 127.0.0.1 only when name is that)."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    alternative = [x509.DNSName(name)]
    if name == "127.0.0.1":
        alternative = [x509.IPAddress(ipaddress.ip_address(name))]
    certificate = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName(alternative), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / f"{name}.pem", folder / f"{name}.key"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


@dataclass
class Received:
    sender: str
    recipients: list[str]
    content: bytes

    def message(self) -> EmailMessage:
        return BytesParser(policy=policy.default).parsebytes(self.content)


@dataclass
class Handler:
    received: list[Received] = field(default_factory=list)
    mode: str = "accept"  # accept, refuse_recipient, drop_after_data, busy, hold
    logins: list[str] = field(default_factory=list)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.mode == "refuse_recipient":
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.mode == "busy":
            return "451 4.3.0 Try again later"
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos),
                                      bytes(envelope.original_content or envelope.content)))
        if self.mode == "hold":  # has it, answers only much later (the client is killed)
            await asyncio.sleep(30)
        if self.mode == "drop_after_data":
            # The server has the message, but the client never hears "250".
            server.transport.close()  # the answer below never leaves
        return "250 2.0.0 OK: queued"


class MailServer:
    def __init__(self, folder: Path, security: str = "starttls",
                 host_name: str = "localhost") -> None:
        self.security = security
        self.handler = Handler()
        self.port = free_port()
        self.cert, key = make_certificate(folder, host_name)
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert, key)

        def authenticate(server, session, envelope, mechanism, auth_data):
            ok = (isinstance(auth_data, LoginPassword)
                  and auth_data.login.decode() == USER
                  and auth_data.password.decode() == PASSWORD)
            if ok:
                self.handler.logins.append(auth_data.login.decode())
            # handled=False: the server answers 535 itself on a failure.
            return AuthResult(success=ok, handled=False)

        options = {"authenticator": authenticate, "auth_require_tls": security != "none",
                   "auth_exclude_mechanism": ["CRAM-MD5"]}
        if security == "starttls":
            options.update(tls_context=context, require_starttls=True)
        elif security == "ssl":
            # The whole connection is encrypted; aiosmtpd only counts STARTTLS as TLS.
            options.update(ssl_context=context, auth_require_tls=False)
        else:
            options.update(auth_require_tls=False)
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port,
                                     server_hostname="localhost", **options)

    @property
    def received(self) -> list[Received]:
        return self.handler.received

    def client_context(self) -> ssl.SSLContext:
        """What a PC that trusts this server's certificate would use."""
        return ssl.create_default_context(cafile=str(self.cert))

    def start(self) -> MailServer:
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()
