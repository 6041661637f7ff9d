"""What each role may do. A plain module (no ORM): the store asks it before every
unit of work, and each service that goes further (Beheer, privacy, exports) before
it starts, so a screen that forgets to hide a button still cannot do harm."""

from __future__ import annotations

from enum import StrEnum

from models.enums import Role


class Permission(StrEnum):
    READ = "read"  # find and read cases, the agenda, the partners
    EDIT = "edit"  # register and change cases, appointments, letters, documents, mail
    ADMIN = "admin"  # Beheer: categories, rooms, letterhead, users, import, database, restore
    PRIVACY = "privacy"  # anonymise, retention, residents' requests (inzage)
    EXPORT = "export"  # anything that takes personal data or figures out of the program


ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    Role.COORDINATOR: frozenset(Permission),
    Role.STAFF: frozenset({Permission.READ, Permission.EDIT}),
    Role.READER: frozenset({Permission.READ}),
}

ROLE_LABELS_NL = {Role.COORDINATOR: "coördinator", Role.STAFF: "medewerker",
                  Role.READER: "alleen lezen"}


def may(role: str, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS.get(role, frozenset())
