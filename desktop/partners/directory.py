"""Partner organisations (ketenpartners: housing corporations, police,
municipality, welfare…) and their contact persons: who referred which case,
what feedback they had, and the calls and meetings with them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from desktop.data.errors import FieldError, NotFound, ValidationFailed
from desktop.data.exports import csv_text
from desktop.data.store import Store
from desktop.data.value_guard import field_errors
from models import (
    Case,
    CaseDocument,
    CaseResult,
    PartnerContact,
    PartnerContactMoment,
    PartnerOrganisation,
    ReferrerKind,
)
from models.enums import ContactMomentKind
from models.roles import Permission
from models.rules import check_email, check_phone, check_postcode, fold


def organisation_names(store: Store) -> list[str]:
    with store.read() as session:
        return list(
            session.scalars(select(PartnerOrganisation.name).order_by(PartnerOrganisation.name))
        )


@dataclass
class OrganisationInput:
    name: str
    kind_id: int | None = None  # a referrer kind: police, housing corporation…
    street: str = ""
    house_number: str = ""
    postcode: str = ""
    town: str = ""
    phone: str = ""
    email: str = ""
    notes: str = ""


@dataclass
class ContactInput:
    name: str
    role: str = ""
    phone: str = ""
    email: str = ""
    neighbourhoods: str = ""
    active: bool = True


@dataclass(frozen=True)
class OrganisationRow:
    id: int
    name: str
    kind: str
    town: str
    contacts: int
    cases: int
    matched_contact: str  # the contact whose name matched the search, if any


@dataclass(frozen=True)
class ContactView:
    id: int
    values: ContactInput
    cases: int


@dataclass(frozen=True)
class ReferredCase:
    case_id: int
    number: str
    registered_on: date
    status: str
    result: str
    contact: str
    feedback_on: datetime | None  # when the feedback letter was made, if it was


@dataclass(frozen=True)
class MomentView:
    id: int
    occurred_on: date
    kind: str
    contact: str
    note: str
    author: str


@dataclass(frozen=True)
class OrganisationDetail:
    id: int
    values: OrganisationInput
    contacts: list[ContactView]
    cases: list[ReferredCase]
    moments: list[MomentView]


def _normalised(values: OrganisationInput | ContactInput) -> tuple[dict, list[FieldError]]:
    errors: list[FieldError] = []
    out: dict = {}
    if not values.name.strip():
        errors.append(FieldError("name", "name_required"))
    checks = {"phone": check_phone(values.phone), "email": check_email(values.email)}
    if isinstance(values, OrganisationInput):
        checks["postcode"] = check_postcode(values.postcode)
    for name, checked in checks.items():
        if checked.ok:
            out[name] = checked.value
        else:
            errors.append(FieldError(name, checked.error or "invalid"))
    if isinstance(values, OrganisationInput):
        errors += field_errors(PartnerOrganisation, {
            "name": values.name.strip(), "street": values.street.strip(),
            "house_number": values.house_number.strip(), "town": values.town.strip(),
            "notes": values.notes.strip()})
    else:
        errors += field_errors(PartnerContact, {
            "name": values.name.strip(), "role": values.role.strip(),
            "neighbourhoods": values.neighbourhoods.strip()})
    return out, errors


def validate_organisation(values: OrganisationInput) -> list[FieldError]:
    return _normalised(values)[1]


def save_organisation(store: Store, organisation_id: int | None,
                      values: OrganisationInput) -> int:
    cleaned, errors = _normalised(values)
    if errors:
        raise ValidationFailed(errors)
    with store.unit() as session:
        duplicate = session.scalar(select(PartnerOrganisation.id).where(
            func.lower(PartnerOrganisation.name) == values.name.strip().lower(),
            PartnerOrganisation.id != (organisation_id or 0)))
        if duplicate is not None:
            raise ValidationFailed([FieldError("name", "duplicate")])
        if organisation_id is None:
            row = PartnerOrganisation(name=values.name.strip())
            session.add(row)
        else:
            row = session.get(PartnerOrganisation, organisation_id)
            if row is None:
                raise NotFound(str(organisation_id))
        row.name = values.name.strip()
        row.referrer_kind_id = values.kind_id
        row.street = values.street.strip()
        row.house_number = values.house_number.strip()
        row.postcode, row.phone, row.email = cleaned["postcode"], cleaned["phone"], cleaned["email"]
        row.town = values.town.strip()
        row.notes = values.notes.strip()
        session.flush()
        return row.id


def save_contact(store: Store, organisation_id: int, contact_id: int | None,
                 values: ContactInput) -> int:
    cleaned, errors = _normalised(values)
    if errors:
        raise ValidationFailed(errors)
    with store.unit() as session:
        if session.get(PartnerOrganisation, organisation_id) is None:
            raise NotFound(str(organisation_id))
        if contact_id is None:
            row = PartnerContact(organisation_id=organisation_id, name=values.name.strip())
            session.add(row)
        else:
            row = session.get(PartnerContact, contact_id)
            if row is None:
                raise NotFound(str(contact_id))
        row.name = values.name.strip()
        row.role = values.role.strip()
        row.phone, row.email = cleaned["phone"], cleaned["email"]
        row.neighbourhoods = values.neighbourhoods.strip()
        row.active = values.active
        session.flush()
        return row.id


def add_moment(store: Store, organisation_id: int, occurred_on: date, kind: str, note: str,
               contact_id: int | None = None) -> int:
    kind = ContactMomentKind(kind)
    if not note.strip():
        raise ValidationFailed([FieldError("note", "text_required")])
    with store.unit() as session:
        if session.get(PartnerOrganisation, organisation_id) is None:
            raise NotFound(str(organisation_id))
        row = PartnerContactMoment(organisation_id=organisation_id, contact_id=contact_id,
                                   occurred_on=occurred_on, kind=kind, note=note.strip(),
                                   author=store.user)
        session.add(row)
        session.flush()
        return row.id


def search_organisations(store: Store, text: str = "") -> list[OrganisationRow]:
    """Organisations whose name, town, kind or one of whose contacts matches."""
    needle = fold(text.strip())
    with store.read() as session:
        kinds = dict(session.execute(select(ReferrerKind.id, ReferrerKind.name)).all())
        contacts: dict[int, list[str]] = {}
        for org_id, name in session.execute(
                select(PartnerContact.organisation_id, PartnerContact.name)):
            contacts.setdefault(org_id, []).append(name)
        cases = dict(session.execute(
            select(PartnerContact.organisation_id, func.count(Case.id))
            .join(Case, Case.referrer_contact_id == PartnerContact.id)
            .group_by(PartnerContact.organisation_id)).all())
        rows = []
        for org in session.scalars(select(PartnerOrganisation).order_by(
                PartnerOrganisation.name)):
            kind = kinds.get(org.referrer_kind_id, "")
            names = contacts.get(org.id, [])
            matched = ""
            if needle:
                own = any(needle in fold(v) for v in (org.name, org.town, kind, org.email))
                hits = [n for n in names if needle in fold(n)]
                if not own and not hits:
                    continue
                matched = hits[0] if hits and not own else ""
            rows.append(OrganisationRow(org.id, org.name, kind, org.town, len(names),
                                        cases.get(org.id, 0), matched))
        return rows


def get_organisation(store: Store, organisation_id: int) -> OrganisationDetail:
    with store.read() as session:
        org = session.get(PartnerOrganisation, organisation_id)
        if org is None:
            raise NotFound(str(organisation_id))
        contact_rows = session.scalars(select(PartnerContact).where(
            PartnerContact.organisation_id == organisation_id).order_by(
                PartnerContact.active.desc(), PartnerContact.name)).all()
        names = {c.id: c.name for c in contact_rows}
        case_rows = session.execute(
            select(Case.id, Case.number, Case.registered_on, Case.status, CaseResult.name,
                   Case.referrer_contact_id)
            .outerjoin(CaseResult, CaseResult.id == Case.result_id)
            .where(Case.referrer_contact_id.in_(list(names)))
            .order_by(Case.registered_on.desc())).all() if names else []
        feedback = dict(session.execute(
            select(CaseDocument.case_id, func.max(CaseDocument.created_at))
            .where(CaseDocument.template_code == "referrer_feedback",
                   CaseDocument.deleted_at.is_(None),
                   CaseDocument.case_id.in_([r[0] for r in case_rows]))
            .group_by(CaseDocument.case_id)).all()) if case_rows else {}
        per_contact: dict[int, int] = {}
        for row in case_rows:
            per_contact[row[5]] = per_contact.get(row[5], 0) + 1
        moments = session.scalars(select(PartnerContactMoment).where(
            PartnerContactMoment.organisation_id == organisation_id).order_by(
                PartnerContactMoment.occurred_on.desc(), PartnerContactMoment.id.desc())).all()
        return OrganisationDetail(
            org.id,
            OrganisationInput(org.name, org.referrer_kind_id, org.street, org.house_number,
                              org.postcode, org.town, org.phone, org.email, org.notes),
            [ContactView(c.id, ContactInput(c.name, c.role, c.phone, c.email, c.neighbourhoods,
                                            c.active), per_contact.get(c.id, 0))
             for c in contact_rows],
            [ReferredCase(i, n, r, s, res or "", names.get(c, ""), feedback.get(i))
             for i, n, r, s, res, c in case_rows],
            [MomentView(m.id, m.occurred_on, m.kind, names.get(m.contact_id or 0, ""), m.note,
                        m.author) for m in moments],
        )


def contact_choices(store: Store) -> list[tuple[int, str]]:
    """Active contacts as "Name (Organisation)", for choosing a reporter or referrer."""
    with store.read() as session:
        rows = session.execute(
            select(PartnerContact.id, PartnerContact.name, PartnerOrganisation.name)
            .join(PartnerOrganisation, PartnerOrganisation.id == PartnerContact.organisation_id)
            .where(PartnerContact.active.is_(True))
            .order_by(PartnerOrganisation.name, PartnerContact.name)).all()
        return [(i, name if name == org else f"{name} ({org})") for i, name, org in rows]


def _address_rows(store: Store) -> list[tuple[PartnerOrganisation, PartnerContact | None]]:
    with store.read() as session:
        orgs = session.scalars(select(PartnerOrganisation).order_by(
            PartnerOrganisation.name)).all()
        contacts = session.scalars(select(PartnerContact).where(
            PartnerContact.active.is_(True)).order_by(PartnerContact.name)).all()
        by_org: dict[int, list[PartnerContact]] = {}
        for c in contacts:
            by_org.setdefault(c.organisation_id, []).append(c)
        rows: list[tuple[PartnerOrganisation, PartnerContact | None]] = []
        for org in orgs:
            people = by_org.get(org.id)
            if people:
                rows.extend((org, c) for c in people)
            else:
                rows.append((org, None))
        return rows


def export_csv(store: Store) -> str:
    """The address list (active contacts), semicolons as Dutch Excel expects."""
    store.require(Permission.EXPORT)
    rows: list[list[str]] = [["Organisatie", "Contactpersoon", "Functie", "Telefoon", "E-mail",
                              "Adres", "Postcode", "Plaats", "Wijken"]]
    for org, contact in _address_rows(store):
        rows.append([
            org.name, contact.name if contact else "", contact.role if contact else "",
            (contact.phone if contact and contact.phone else org.phone),
            (contact.email if contact and contact.email else org.email),
            " ".join(p for p in (org.street, org.house_number) if p), org.postcode, org.town,
            contact.neighbourhoods if contact else "",
        ])
    return csv_text(rows)


def export_vcard(store: Store) -> str:
    """One vCard 3.0 per active contact (or per organisation without contacts)."""
    store.require(Permission.EXPORT)
    import vobject

    cards = []
    for org, contact in _address_rows(store):
        card = vobject.vCard()
        name = contact.name if contact else org.name
        card.add("fn").value = name
        parts = name.split(" ")
        card.add("n").value = vobject.vcard.Name(family=parts[-1], given=" ".join(parts[:-1]))
        card.add("org").value = [org.name]
        if contact and contact.role:
            card.add("title").value = contact.role
        phone = contact.phone if contact and contact.phone else org.phone
        email = contact.email if contact and contact.email else org.email
        if phone:
            card.add("tel").value = phone
        if email:
            card.add("email").value = email
        if org.street or org.town:
            card.add("adr").value = vobject.vcard.Address(
                street=" ".join(p for p in (org.street, org.house_number) if p),
                city=org.town, code=org.postcode, country="Nederland")
        cards.append(card.serialize())
    return "".join(cards)
