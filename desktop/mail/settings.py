"""The mail settings of a data folder: the server in settings.json, its password
only in the operating system's keyring. Where no keyring can be reached the
password is kept in memory until the program closes, never in a file."""

from __future__ import annotations

import logging
from contextlib import suppress
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from desktop.data.config import Settings
from desktop.data.errors import FieldError, ValidationFailed

log = logging.getLogger(__name__)

KEYRING_SERVICE = "Burenrust e-mail"
SECURITY = ("starttls", "ssl", "none")
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
METHODS = ("server", "mail_program")  # send ourselves, or write drafts for Outlook & co.

# Where the keyring could not be reached: for this run of the program only.
_memory: dict[str, str] = {}


@dataclass(frozen=True)
class MailSettings:
    host: str = ""
    port: int = 587
    security: str = "starttls"
    user: str = ""
    sender_name: str = ""
    sender_address: str = ""
    reply_to: str = ""
    method: str = "server"
    invitations: bool = True  # calendar invitations to mediators
    reminder_days: int = 1  # days before an appointment; 0: no reminders
    reminder_hour: int = 9  # from this hour on that day
    remind_parties: bool = True  # parties who chose e-mail get a reminder too

    @property
    def ready(self) -> bool:
        """Enough is known to send (or draft) anything."""
        if not self.sender_address:
            return False
        return self.method == "mail_program" or bool(self.host)

    @classmethod
    def from_dict(cls, raw: dict) -> MailSettings:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in raw.items() if k in known}
        try:
            return cls(**values)
        except TypeError:
            log.warning("mail settings unreadable; using defaults")
            return cls()


def valid_address(text: str) -> str:
    """The address as it can travel over any mail server, or "" when it cannot: not
    an address, or a name before the @ in more than ASCII (a server must then speak
    SMTPUTF8, which many do not). A domain in more than ASCII becomes punycode."""
    if not (text or "").strip():
        return ""
    from email_validator import EmailNotValidError, validate_email

    try:
        result = validate_email(text.strip(), check_deliverability=False)
    except EmailNotValidError:
        return ""
    return result.ascii_email or ""


def validate(settings: MailSettings) -> list[FieldError]:
    errors = []
    if settings.method not in METHODS:
        errors.append(FieldError("method", "invalid"))
    if settings.method == "server":
        if not settings.host.strip() or any(c.isspace() for c in settings.host.strip()):
            errors.append(FieldError("host", "host_required"))
        if not 1 <= settings.port <= 65535:
            errors.append(FieldError("port", "port_invalid"))
    if settings.security not in SECURITY:
        errors.append(FieldError("security", "invalid"))
    if not settings.sender_address.strip():
        errors.append(FieldError("sender_address", "email_required"))
    for name in ("sender_address", "reply_to"):
        text = getattr(settings, name)
        if text.strip() and not valid_address(text):
            errors.append(FieldError(name, "email_invalid"))
    if not 0 <= settings.reminder_days <= 7:
        errors.append(FieldError("reminder_days", "invalid"))
    if not 0 <= settings.reminder_hour <= 23:
        errors.append(FieldError("reminder_hour", "invalid"))
    return errors


def load(data_dir: Path) -> MailSettings:
    return MailSettings.from_dict(Settings.load(data_dir).mail)


def save(data_dir: Path, settings: MailSettings) -> MailSettings:
    errors = validate(settings)
    if errors:
        raise ValidationFailed(errors)
    tidy = MailSettings(**{
        **asdict(settings),
        "host": settings.host.strip(), "user": settings.user.strip(),
        "sender_name": " ".join(settings.sender_name.split()),
        "sender_address": valid_address(settings.sender_address),
        "reply_to": valid_address(settings.reply_to),
    })
    stored = Settings.load(data_dir)
    stored.mail = asdict(tidy)
    stored.save(data_dir)
    return tidy


# -- the password -------------------------------------------------------------------------
def _entry(data_dir: Path, settings: MailSettings) -> str:
    # The folder's key id travels with a copied folder, as the backup key's does.
    from desktop.data.backup_key import key_id

    return f"smtp:{key_id(data_dir)}:{settings.user}@{settings.host}"


def store_password(data_dir: Path, settings: MailSettings, password: str) -> bool:
    """True: kept in the keyring. False: no keyring here, so kept until the program
    closes (the coordinator is told; sending from the task scheduler then waits)."""
    import keyring
    import keyring.errors

    entry = _entry(data_dir, settings)
    try:
        if password:
            keyring.set_password(KEYRING_SERVICE, entry, password)
        else:
            with suppress(keyring.errors.PasswordDeleteError):  # there was none
                keyring.delete_password(KEYRING_SERVICE, entry)
        _memory.pop(entry, None)
        return True
    except Exception as exc:  # backends raise their own types (D-Bus, secretstorage, …)
        log.warning("mail password not in the keyring: %s", type(exc).__name__)
        if password:
            _memory[entry] = password
        else:
            _memory.pop(entry, None)
        return False


def password(data_dir: Path, settings: MailSettings) -> str:
    import keyring

    entry = _entry(data_dir, settings)
    if entry in _memory:
        return _memory[entry]
    try:
        return keyring.get_password(KEYRING_SERVICE, entry) or ""
    except Exception as exc:
        log.warning("mail password not read from the keyring: %s", type(exc).__name__)
        return ""
