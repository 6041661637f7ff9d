"""The organisation's own details, which every letter carries (letterhead,
signatory, footer, logo). One row; asked for on first use."""

from __future__ import annotations

import io
from dataclasses import asdict, replace
from pathlib import Path

from desktop.data.errors import FieldError, ValidationFailed
from desktop.data.store import Store
from desktop.data.value_guard import field_errors
from desktop.documents.letters.context import OrganisationInfo
from models import Organisation
from models.roles import Permission
from models.rules import check_email, check_phone, check_postcode

MAX_LOGO_BYTES = 2 * 1024 * 1024
_ROW_ID = 1


def get_organisation(store: Store) -> OrganisationInfo:
    with store.read() as session:
        row = session.get(Organisation, _ROW_ID)
        if row is None:
            return OrganisationInfo()
        return OrganisationInfo(
            row.name, row.street, row.postcode, row.town, row.phone, row.email, row.website,
            row.signatory_name, row.signatory_role, row.footer, row.logo, row.logo_type,
        )


def is_set_up(store: Store) -> bool:
    return bool(get_organisation(store).name.strip())


def validate_organisation(info: OrganisationInfo) -> tuple[OrganisationInfo, list[FieldError]]:
    """Normalised values (postcode "1234 AB", phone "030 123 4567") and what is wrong."""
    errors: list[FieldError] = []
    if not info.name.strip():
        errors.append(FieldError("name", "name_required"))
    postcode = check_postcode(info.postcode)
    phone = check_phone(info.phone)
    email = check_email(info.email)
    for name, checked in (("postcode", postcode), ("phone", phone), ("email", email)):
        if not checked.ok:
            errors.append(FieldError(name, checked.error or "invalid"))
    errors += field_errors(Organisation, {name: getattr(info, name) for name in (
        "name", "street", "town", "website", "signatory_name", "signatory_role", "footer")})
    cleaned = replace(
        info, name=info.name.strip(), street=info.street.strip(), town=info.town.strip(),
        postcode=postcode.value if postcode.ok else info.postcode,
        phone=phone.value if phone.ok else info.phone,
        email=email.value if email.ok else info.email,
        website=info.website.strip(), footer=info.footer.strip(),
    )
    return cleaned, errors


def save_organisation(store: Store, info: OrganisationInfo) -> OrganisationInfo:
    store.require(Permission.ADMIN)
    cleaned, errors = validate_organisation(info)
    if errors:
        raise ValidationFailed(errors)
    with store.unit() as session:
        row = session.get(Organisation, _ROW_ID)
        if row is None:
            row = Organisation(id=_ROW_ID)
            session.add(row)
        for key, value in asdict(cleaned).items():
            setattr(row, key, value)
    return cleaned


def read_logo(path: Path) -> tuple[bytes, str]:
    """The logo's bytes and type (png, jpeg, svg), checked so a letter can use it."""
    data = path.read_bytes()
    if len(data) > MAX_LOGO_BYTES:
        raise ValidationFailed([FieldError("logo", "logo_too_large")])
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        kind = "png"
    elif data.startswith(b"\xff\xd8\xff"):
        kind = "jpeg"
    elif b"<svg" in data[:4096]:
        kind = "svg"
    else:
        raise ValidationFailed([FieldError("logo", "logo_format")])
    try:
        if kind == "svg":
            from svglib.svglib import svg2rlg

            if svg2rlg(io.BytesIO(data)) is None:
                raise ValueError("svg")
        else:
            from reportlab.lib.utils import ImageReader

            ImageReader(io.BytesIO(data)).getSize()
    except Exception:
        raise ValidationFailed([FieldError("logo", "logo_format")]) from None
    return data, kind
