"""The users of a data folder, made and changed by the coordinator in Beheer, and
signing in. Every change here is Beheer (Permission.ADMIN) except the first
account, a user's own password, and the sign-in bookkeeping."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.access import passwords
from desktop.data.errors import FieldError, NotFound, RuleViolation, ValidationFailed
from desktop.data.store import Store
from models import AccessSettings, User
from models.enums import Role
from models.roles import Permission
from models.rules import fold
from models.user import DEFAULT_IDLE_MINUTES

MIN_IDLE_MINUTES, MAX_IDLE_MINUTES = 1, 240


@dataclass(frozen=True)
class UserView:
    id: int
    name: str
    role: str
    active: bool
    last_sign_in_at: datetime | None


@dataclass(frozen=True)
class AccessView:
    configured: bool  # False: the first start has not yet made an account (or chosen none)
    sign_in_required: bool
    idle_minutes: int


@dataclass(frozen=True)
class SignedIn:
    name: str
    role: str


class SignInWait(RuleViolation):
    """Too many wrong passwords: the next try after `seconds`."""

    def __init__(self, seconds: int) -> None:
        super().__init__("sign_in_wait")
        self.seconds = seconds


def login_name(name: str) -> str:
    return re.sub(r"\s+", " ", fold(name.strip()))


def _view(user: User) -> UserView:
    return UserView(user.id, user.name, user.role, user.active, user.last_sign_in_at)


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


# -- the settings -----------------------------------------------------------------------------
def access_settings(store: Store) -> AccessView:
    with store.read() as session:
        row = session.get(AccessSettings, 1)
        if row is None:
            return AccessView(False, False, DEFAULT_IDLE_MINUTES)
        return AccessView(True, row.sign_in_required, row.idle_minutes)


def _settings_row(session: Session) -> AccessSettings:
    row = session.get(AccessSettings, 1)
    if row is None:
        row = AccessSettings(id=1, sign_in_required=True, idle_minutes=DEFAULT_IDLE_MINUTES)
        session.add(row)
    return row


def _active_coordinators(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(User).where(
        User.active.is_(True), User.role == Role.COORDINATOR)) or 0


def set_sign_in_required(store: Store, required: bool) -> None:
    """Beheer's choice. Switching it on needs a coordinator who can sign in."""
    store.require(Permission.ADMIN)
    with store.unit(needs=Permission.ADMIN) as session:
        if required and not _active_coordinators(session):
            raise RuleViolation("sign_in_needs_coordinator")
        _settings_row(session).sign_in_required = required


def set_idle_minutes(store: Store, minutes: int) -> None:
    if not MIN_IDLE_MINUTES <= minutes <= MAX_IDLE_MINUTES:
        raise ValidationFailed([FieldError("idle_minutes", "out_of_range")])
    with store.unit(needs=Permission.ADMIN) as session:
        _settings_row(session).idle_minutes = minutes


def work_without_sign_in(store: Store) -> None:
    """The first start's other choice (one office, one person): the OS account is the user."""
    with store.unit(needs=None) as session:
        if session.get(AccessSettings, 1) is not None:
            store.require(Permission.ADMIN)  # once chosen, only Beheer changes it
        _settings_row(session).sign_in_required = False


# -- the users --------------------------------------------------------------------------------
def _check_new(session: Session, name: str, role: str, password: str | None,
               except_id: int | None = None) -> list[FieldError]:
    errors = []
    if not name.strip():
        errors.append(FieldError("name", "required"))
    elif len(name.strip()) > 80:
        errors.append(FieldError("name", "too_long"))
    else:
        taken = session.scalar(select(User.id).where(User.login_name == login_name(name)))
        if taken is not None and taken != except_id:
            errors.append(FieldError("name", "user_name_taken"))
    if role not in set(Role):
        errors.append(FieldError("role", "invalid_choice"))
    if password is not None and (weak := passwords.weakness(password, name)):
        errors.append(FieldError("password", weak))
    return errors


def _add(session: Session, name: str, role: str, password: str) -> User:
    errors = _check_new(session, name, role, password)
    if errors:
        raise ValidationFailed(errors)
    user = User(name=name.strip(), login_name=login_name(name), role=role,
                password_hash=passwords.hash_password(password), active=True,
                failed_attempts=0)
    session.add(user)
    session.flush()
    return user


def create_first_coordinator(store: Store, name: str, password: str) -> UserView:
    """The first start: the coordinator's own account; sign-in is on from now."""
    with store.unit(needs=None) as session:
        if session.scalar(select(func.count()).select_from(User)):
            raise RuleViolation("first_account_exists")
        user = _add(session, name, Role.COORDINATOR, password)
        _settings_row(session).sign_in_required = True
        return _view(user)


def list_users(store: Store) -> list[UserView]:
    store.require(Permission.ADMIN)
    with store.read() as session:
        return [_view(u) for u in session.scalars(select(User).order_by(User.login_name))]


def add_user(store: Store, name: str, role: str, password: str) -> UserView:
    with store.unit(needs=Permission.ADMIN) as session:
        return _view(_add(session, name, role, password))


def _user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(str(user_id))
    return user


def _keep_a_coordinator(session: Session, user: User) -> None:
    """Nobody could reach Beheer any more: the last active coordinator stays one."""
    if user.role == Role.COORDINATOR and user.active and _active_coordinators(session) <= 1:
        raise RuleViolation("last_coordinator")


def change_role(store: Store, user_id: int, role: str) -> None:
    if role not in set(Role):
        raise ValidationFailed([FieldError("role", "invalid_choice")])
    with store.unit(needs=Permission.ADMIN) as session:
        user = _user(session, user_id)
        if role != user.role:
            _keep_a_coordinator(session, user)
            user.role = role


def set_active(store: Store, user_id: int, active: bool) -> None:
    with store.unit(needs=Permission.ADMIN) as session:
        user = _user(session, user_id)
        if not active:
            _keep_a_coordinator(session, user)
        user.active = active


def reset_password(store: Store, user_id: int, password: str) -> None:
    """The coordinator gives a user a new password (told in person)."""
    with store.unit(needs=Permission.ADMIN) as session:
        user = _user(session, user_id)
        if weak := passwords.weakness(password, user.name):
            raise ValidationFailed([FieldError("password", weak)])
        user.password_hash = passwords.hash_password(password)
        user.failed_attempts = 0


def change_own_password(store: Store, old: str, new: str) -> None:
    with store.unit(needs=None) as session:
        user = session.scalar(select(User).where(User.login_name == login_name(store.user)))
        if user is None or not passwords.verify(user.password_hash, old):
            raise ValidationFailed([FieldError("old_password", "password_wrong")])
        if weak := passwords.weakness(new, user.name):
            raise ValidationFailed([FieldError("password", weak)])
        user.password_hash = passwords.hash_password(new)


# -- signing in -------------------------------------------------------------------------------
def check_password(store: Store, name: str, password: str,
                   now: datetime | None = None) -> SignedIn:
    """The name and password, checked; a wrong one is counted and slows the next
    try down (SignInWait), also across restarts. One message for an unknown name
    and a wrong password, and the same time taken, so names cannot be guessed."""
    now = now or _now()
    if store.read_only:  # another PC holds the file: checked, but nothing written
        return _check_without_writing(store, name, password)
    with store.unit(needs=None) as session:
        user = session.scalar(select(User).where(User.login_name == login_name(name)))
        if user is None or not user.active:
            passwords.verify_nobody(password)
            raise RuleViolation("sign_in_wrong")
        wait = passwords.wait_seconds(user.failed_attempts, user.last_failed_at, now)
        if wait:
            raise SignInWait(wait)
        if not passwords.verify(user.password_hash, password):
            user.failed_attempts += 1
            user.last_failed_at = now
            # The transaction must keep the count: leave without raising in it.
            wrong = True
        else:
            wrong = False
            user.failed_attempts = 0
            user.last_sign_in_at = now
            if passwords.needs_rehash(user.password_hash):  # newer argon2 parameters
                user.password_hash = passwords.hash_password(password)
            signed = SignedIn(user.name, user.role)
    if wrong:
        raise RuleViolation("sign_in_wrong")
    return signed


def _check_without_writing(store: Store, name: str, password: str) -> SignedIn:
    with store.read() as session:
        user = session.scalar(select(User).where(User.login_name == login_name(name)))
        if user is None or not user.active:
            passwords.verify_nobody(password)
            raise RuleViolation("sign_in_wrong")
        if not passwords.verify(user.password_hash, password):
            raise RuleViolation("sign_in_wrong")
        return SignedIn(user.name, user.role)


def sign_in(store: Store, name: str, password: str, now: datetime | None = None) -> SignedIn:
    """Check the password and make the store work as this user from now on."""
    signed = check_password(store, name, password, now)
    store.user, store.role = signed.name, signed.role
    return signed


def sign_in_without_password(store: Store, os_user: str) -> None:
    """Sign-in switched off: the OS account is the user, with every right."""
    store.user, store.role = os_user, Role.COORDINATOR


def reset_with_recovery_code(store: Store, data_dir: Path, code: str, name: str,
                             password: str) -> None:
    """A coordinator who forgot the password: the recovery code from the safe (the
    data folder's key itself) allows a new one."""
    from desktop.data.backup_key import key_from_recovery_code
    from desktop.data.encryption.cipher import master_key

    if key_from_recovery_code(code) != master_key(data_dir):
        raise RuleViolation("recovery_code_not_this_file")
    with store.unit(needs=None) as session:
        user = session.scalar(select(User).where(User.login_name == login_name(name)))
        if user is None or user.role != Role.COORDINATOR:
            raise ValidationFailed([FieldError("name", "not_a_coordinator")])
        if weak := passwords.weakness(password, user.name):
            raise ValidationFailed([FieldError("password", weak)])
        user.password_hash = passwords.hash_password(password)
        user.failed_attempts = 0
        user.active = True
