"""The categories a coordinator can extend: list, add, rename, (de)activate.
Rows are never deleted, since closed cases keep pointing at them."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import func, select

from desktop.data.errors import FieldError, NotFound, ValidationFailed
from desktop.data.store import Store
from desktop.data.value_guard import field_errors
from models import LOOKUP_MODELS
from models.roles import Permission


@dataclass(frozen=True)
class LookupItem:
    id: int
    code: str
    name: str
    active: bool
    requires_reason: bool = False
    is_self: bool = False


def _model(kind: str):
    try:
        return LOOKUP_MODELS[kind]
    except KeyError:
        raise NotFound(kind) from None


def list_items(store: Store, kind: str, include_inactive: bool = False) -> list[LookupItem]:
    model = _model(kind)
    with store.read() as session:
        statement = select(model).order_by(model.sort_order, model.id)
        if not include_inactive:
            statement = statement.where(model.active.is_(True))
        return [
            LookupItem(
                row.id,
                row.code,
                row.name,
                row.active,
                requires_reason=getattr(row, "requires_reason", False),
                is_self=getattr(row, "is_self", False),
            )
            for row in session.scalars(statement)
        ]


def _clean_name(model, name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValidationFailed([FieldError("name", "name_required")])
    problems = field_errors(model, {"name": name})
    if problems:
        raise ValidationFailed(problems)
    return name


def _code_for(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "custom_" + (re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_")[:30] or "x")


def add_item(store: Store, kind: str, name: str) -> LookupItem:
    store.require(Permission.ADMIN)
    model = _model(kind)
    name = _clean_name(model, name)
    with store.unit() as session:
        duplicate = session.scalar(
            select(model.id).where(func.lower(model.name) == name.lower())
        )
        if duplicate is not None:
            raise ValidationFailed([FieldError("name", "duplicate")])
        code = _code_for(name)
        taken = set(session.scalars(select(model.code).where(model.code.like(f"{code}%"))))
        unique_code, n = code, 2
        while unique_code in taken:
            unique_code, n = f"{code}_{n}", n + 1
        order = (session.scalar(select(func.max(model.sort_order))) or 0) + 1
        row = model(code=unique_code, name=name, active=True, sort_order=order)
        session.add(row)
        session.flush()
        return LookupItem(row.id, row.code, row.name, row.active)


def rename_item(store: Store, kind: str, item_id: int, name: str) -> None:
    store.require(Permission.ADMIN)
    model = _model(kind)
    name = _clean_name(model, name)
    with store.unit() as session:
        row = session.get(model, item_id)
        if row is None:
            raise NotFound(str(item_id))
        duplicate = session.scalar(
            select(model.id).where(func.lower(model.name) == name.lower(), model.id != item_id)
        )
        if duplicate is not None:
            raise ValidationFailed([FieldError("name", "duplicate")])
        row.name = name


def set_active(store: Store, kind: str, item_id: int, active: bool) -> None:
    store.require(Permission.ADMIN)
    model = _model(kind)
    with store.unit() as session:
        row = session.get(model, item_id)
        if row is None:
            raise NotFound(str(item_id))
        row.active = active
