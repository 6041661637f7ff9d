"""Registering a new case (aanmelding) while the coordinator is on the phone,
and spotting persons and addresses seen in earlier cases (herhaling)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.data.errors import FieldError, ValidationFailed
from desktop.data.store import Store
from desktop.data.value_guard import date_errors, field_errors
from desktop.quality.name_keys import name_key, names_agree
from models import (
    Address,
    Case,
    CaseConflictType,
    CaseParty,
    JournalEntry,
    PartnerContact,
    PartnerOrganisation,
    Person,
    format_case_number,
    format_name,
)
from models.enums import CaseStatus, Gender, JournalKind, Urgency
from models.limits import clean_text
from models.rules import check_email, check_house_number, check_phone, check_postcode, fold


@dataclass
class AddressInput:
    postcode: str = ""
    house_number: str = ""
    street: str = ""
    town: str = ""
    municipality: str = ""
    neighbourhood: str = ""

    def is_empty(self) -> bool:
        return not any(
            v.strip() for v in (self.postcode, self.house_number, self.street, self.town)
        )


@dataclass
class PartyInput:
    role: str
    first_name: str = ""
    name_prefix: str = ""
    last_name: str = ""
    phone: str = ""
    email: str = ""
    preferred_language: str = ""
    needs_interpreter: bool = False
    address: AddressInput = field(default_factory=AddressInput)
    # How letters greet them: female "Beste mevrouw …", male "Beste meneer …", else the full name.
    gender: str = Gender.UNKNOWN
    # Letters (as a PDF) and reminders by e-mail instead of on paper; needs an address.
    by_email: bool = False
    # An imported address that could not be completed ("Lindelaan 38", no postcode), and
    # "from_a" when its town and postcode area were taken from party A (see CaseParty).
    address_as_typed: str = ""
    address_source: str = ""


@dataclass
class CaseInput:
    parties: list[PartyInput]
    conflict_type_ids: list[int] = field(default_factory=list)  # the first is the main one
    story: str = ""
    urgency: str = Urgency.NORMAL
    referrer_kind_id: int | None = None
    referrer_organisation: str = ""
    referrer_contact: str = ""
    registered_on: date | None = None
    is_complex: bool = False


@dataclass(frozen=True)
class CaseRef:
    id: int
    number: str


@dataclass(frozen=True)
class RecurrenceHit:
    case_id: int
    number: str
    registered_on: date
    status: str
    reason: str  # "address" or "person"
    name: str


def validate_address(prefix: str, address: AddressInput, required: bool) -> list[FieldError]:
    errors: list[FieldError] = []
    if address.is_empty():
        if required:
            errors.append(FieldError(f"{prefix}.address", "address_required"))
        return errors
    postcode = check_postcode(address.postcode)
    if postcode.error:
        errors.append(FieldError(f"{prefix}.postcode", postcode.error))
    elif not postcode.value:
        errors.append(FieldError(f"{prefix}.postcode", "postcode_required"))
    number, _suffix, number_error = check_house_number(address.house_number)
    if number_error:
        errors.append(FieldError(f"{prefix}.house_number", number_error))
    elif number is None:
        errors.append(FieldError(f"{prefix}.house_number", "house_number_required"))
    errors.extend(field_errors(Address, {
        "street": address.street, "town": address.town, "municipality": address.municipality,
        "neighbourhood": address.neighbourhood}, f"{prefix}."))
    if not address.street.strip():
        errors.append(FieldError(f"{prefix}.street", "street_required"))
    if not address.town.strip():
        errors.append(FieldError(f"{prefix}.town", "town_required"))
    return errors


def validate_party(party: PartyInput) -> list[FieldError]:
    """Party A (requester) needs a name and a way to reach them; the other party
    may be known only by address ("the upstairs neighbours")."""
    role = party.role
    errors: list[FieldError] = []
    is_requester = role == "A"
    errors.extend(field_errors(Person, {
        "first_name": party.first_name, "name_prefix": party.name_prefix,
        "last_name": party.last_name, "preferred_language": party.preferred_language,
        "email": party.email}, f"{role}."))
    if is_requester and not party.last_name.strip():
        errors.append(FieldError(f"{role}.last_name", "last_name_required"))
    if not is_requester and not party.last_name.strip() and party.address.is_empty():
        errors.append(FieldError(f"{role}.last_name", "name_or_address_required"))
    for name, check in (("phone", check_phone), ("email", check_email)):
        result = check(getattr(party, name))
        if result.error:
            errors.append(FieldError(f"{role}.{name}", result.error))
    errors.extend(validate_address(role, party.address, required=False))
    if party.by_email and not party.email.strip():
        errors.append(FieldError(f"{role}.email", "email_needed_for_choice"))
    if (
        is_requester
        and not party.phone.strip()
        and not party.email.strip()
        and party.address.is_empty()
    ):
        errors.append(FieldError(f"{role}.phone", "contact_required"))
    return errors


def validate_case(data: CaseInput) -> list[FieldError]:
    errors: list[FieldError] = []
    roles = [p.role for p in data.parties]
    if "A" not in roles:
        errors.append(FieldError("A.last_name", "requester_required"))
    for party in data.parties:
        errors.extend(validate_party(party))
    if not data.conflict_type_ids:
        errors.append(FieldError("conflict_types", "conflict_type_required"))
    errors.extend(field_errors(Case, {"story": data.story}))
    errors.extend(field_errors(PartnerOrganisation, {"name": data.referrer_organisation},
                               names={"name": "referrer_organisation"}))
    errors.extend(field_errors(PartnerContact, {"name": data.referrer_contact},
                               names={"name": "referrer_contact"}))
    out_of_range = date_errors({"registered_on": data.registered_on})
    errors.extend(out_of_range)
    if not out_of_range and data.registered_on and data.registered_on > date.today():
        errors.append(FieldError("registered_on", "date_in_future"))
    if data.urgency not in set(Urgency):
        errors.append(FieldError("urgency", "invalid"))

    return errors


def find_or_create_address(session: Session, data: AddressInput) -> Address | None:
    if data.is_empty():
        return None
    postcode = check_postcode(data.postcode).value
    number, suffix, _ = check_house_number(data.house_number)
    address = session.scalars(
        select(Address).where(
            Address.postcode == postcode,
            Address.house_number == number,
            Address.house_number_suffix == suffix,
        )
    ).one_or_none()
    if address is None:
        address = Address(postcode=postcode, house_number=number, house_number_suffix=suffix)
        session.add(address)
    # What the coordinator just heard is the most recent truth about the address.
    address.street = data.street.strip()
    address.town = data.town.strip()
    if data.municipality.strip():
        address.municipality = data.municipality.strip()
    if data.neighbourhood.strip():
        address.neighbourhood = data.neighbourhood.strip()
    return address


def _matching_person(
    session: Session, party: PartyInput, address: Address | None
) -> Person | None:
    """Reuse a person only when name and a contact detail or the address agree."""
    if not party.last_name.strip():
        return None
    wanted = fold(format_name(party.first_name, party.name_prefix, party.last_name).strip())
    candidates = session.scalars(
        select(Person).where(Person.name_key == fold(party.last_name.strip()))
    ).all()
    phone = check_phone(party.phone).value
    email = check_email(party.email).value.lower()
    for person in candidates:
        if fold(person.full_name) != wanted:
            continue
        if phone and person.phone == phone:
            return person
        if email and person.email.lower() == email:
            return person
        if address is not None and address.id is not None:
            lived_here = session.scalar(
                select(CaseParty.id)
                .where(CaseParty.person_id == person.id, CaseParty.address_id == address.id)
                .limit(1)
            )
            if lived_here:
                return person
    return None


def person_for(session: Session, party: PartyInput, address: Address | None) -> Person:
    person = _matching_person(session, party, address)
    if person is None:
        person = Person()
        session.add(person)
    person.first_name = party.first_name.strip()
    person.name_prefix = party.name_prefix.strip()
    person.last_name = party.last_name.strip()
    if party.phone.strip():
        person.phone = check_phone(party.phone).value
    if party.email.strip():
        person.email = check_email(party.email).value
    if party.preferred_language.strip():
        person.preferred_language = party.preferred_language.strip()
    person.needs_interpreter = party.needs_interpreter
    if party.gender != Gender.UNKNOWN:  # an empty choice never erases what is known
        person.gender = party.gender
    return person


def _referrer_contact(session: Session, data: CaseInput) -> PartnerContact | None:
    organisation_name = data.referrer_organisation.strip()
    if not organisation_name:
        return None
    organisation = session.scalars(
        select(PartnerOrganisation).where(
            func.lower(PartnerOrganisation.name) == organisation_name.lower()
        )
    ).first()
    if organisation is None:
        organisation = PartnerOrganisation(
            name=organisation_name, referrer_kind_id=data.referrer_kind_id
        )
        session.add(organisation)
        session.flush()
    contact_name = data.referrer_contact.strip() or organisation_name
    contact = session.scalars(
        select(PartnerContact).where(
            PartnerContact.organisation_id == organisation.id,
            func.lower(PartnerContact.name) == contact_name.lower(),
        )
    ).first()
    if contact is None:
        contact = PartnerContact(organisation_id=organisation.id, name=contact_name)
        session.add(contact)
    return contact


def next_sequence(session: Session, year: int) -> int:
    current = session.scalar(select(func.max(Case.seq)).where(Case.year == year))
    return (current or 0) + 1


def register_case(store: Store, data: CaseInput) -> CaseRef:
    errors = validate_case(data)
    if errors:
        raise ValidationFailed(errors)
    registered_on = data.registered_on or date.today()
    # Two PCs may register at the same moment; the unique (year, seq) decides, we retry.
    for attempt in range(3):
        try:
            return _insert_case(store, data, registered_on)
        except IntegrityError:
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def _insert_case(store: Store, data: CaseInput, registered_on: date) -> CaseRef:
    with store.unit() as session:
        year = registered_on.year
        seq = next_sequence(session, year)
        case = Case(
            year=year,
            seq=seq,
            number=format_case_number(year, seq),
            status=CaseStatus.REGISTERED,
            urgency=data.urgency,
            story=data.story.strip(),
            registered_on=registered_on,
            is_complex=data.is_complex,
            referrer_kind_id=data.referrer_kind_id,
        )
        session.add(case)
        contact = _referrer_contact(session, data)
        if contact is not None:
            session.flush()
            case.referrer_contact_id = contact.id
        for party in sorted(data.parties, key=lambda p: p.role):
            address = find_or_create_address(session, party.address)
            session.flush()
            person = person_for(session, party, address)
            case.parties.append(CaseParty(role=party.role, person=person, address=address,
                                          by_email=party.by_email))
            if party.role == "A" and address is not None:
                case.municipality = address.municipality
                case.neighbourhood = address.neighbourhood
        for index, type_id in enumerate(dict.fromkeys(data.conflict_type_ids)):
            case.conflict_types.append(
                CaseConflictType(conflict_type_id=type_id, is_main=index == 0)
            )
        session.flush()
        session.add(
            JournalEntry(
                case_id=case.id,
                kind=JournalKind.STATUS_CHANGE,
                occurred_at=datetime.now().replace(microsecond=0),
                author=store.user,
                to_status=CaseStatus.REGISTERED,
            )
        )
        return CaseRef(case.id, case.number)


def find_recurrences(
    store: Store,
    postcode: str = "",
    house_number: str = "",
    first_name: str = "",
    name_prefix: str = "",
    last_name: str = "",
    phone: str = "",
    email: str = "",
    exclude_case_id: int | None = None,
) -> list[RecurrenceHit]:
    """Earlier cases at this address or with this person (same phone, e-mail,
    or the same name in the same 4-digit postcode area)."""
    # Asked while typing: whatever was typed (a pasted NUL, a broken character) is
    # looked up as far as a database can take it.
    postcode, house_number, first_name, name_prefix, last_name, phone, email = (
        clean_text(v) for v in (postcode, house_number, first_name, name_prefix, last_name,
                                phone, email))
    hits: dict[tuple[int, str], RecurrenceHit] = {}
    postcode_checked = check_postcode(postcode)
    number, suffix, number_error = check_house_number(house_number)
    phone_value = check_phone(phone).value if check_phone(phone).ok else ""
    email_value = check_email(email).value.lower() if check_email(email).ok else ""
    base = (
        select(Case.id, Case.number, Case.registered_on, Case.status, Person, Address.postcode)
        .join(CaseParty, CaseParty.case_id == Case.id)
        .join(Person, Person.id == CaseParty.person_id)
        .outerjoin(Address, Address.id == CaseParty.address_id)
    )
    if exclude_case_id is not None:
        base = base.where(Case.id != exclude_case_id)
    with store.read() as session:
        if postcode_checked.ok and postcode_checked.value and number and not number_error:
            rows = session.execute(
                base.where(
                    Address.postcode == postcode_checked.value,
                    Address.house_number == number,
                    Address.house_number_suffix == suffix,
                ).limit(50)
            ).all()
            for case_id, case_number, registered_on, status, person, _postcode in rows:
                hits.setdefault(
                    (case_id, "address"),
                    RecurrenceHit(
                        case_id, case_number, registered_on, status, "address", person.full_name
                    ),
                )
        person_conditions = []
        if phone_value:
            person_conditions.append(Person.phone == phone_value)
        if email_value:
            person_conditions.append(Person.email_key == email_value)
        area = postcode_checked.value[:4] if postcode_checked.ok else ""
        wanted = fold(format_name(first_name, name_prefix, last_name).strip())
        typed_key = name_key(first_name, name_prefix, last_name)
        if last_name.strip() and area and wanted and typed_key.surname_parts:
            # A name alone is too common: it counts only within the same postcode area,
            # asked of the database so that "Jansen" does not fetch every Jansen. Written
            # differently counts too ("M. de Vries", "de Vries-Jansen", "Vires"): the
            # database fetches the area's names sharing a surname part's first letters,
            # and the name keys decide.
            person_conditions.append(and_(
                or_(Person.name_key == fold(last_name.strip()),
                    *(Person.name_key.contains(part[:3])
                      for part in typed_key.surname_parts if len(part) >= 3),
                    *(Person.name_key.startswith(part[:1] + part[2:3])
                      for part in typed_key.surname_parts if len(part) >= 4)),
                Address.postcode.startswith(area)))
        if person_conditions:
            rows = session.execute(
                select(Case.id, Case.number, Case.registered_on, Case.status,
                       Person.first_name, Person.name_prefix, Person.last_name, Person.phone,
                       Person.email_key, Address.postcode)
                .join(CaseParty, CaseParty.case_id == Case.id)
                .join(Person, Person.id == CaseParty.person_id)
                .outerjoin(Address, Address.id == CaseParty.address_id)
                .where(or_(*person_conditions),
                       *([Case.id != exclude_case_id] if exclude_case_id is not None else []))
                .limit(500)).all()
            for (case_id, case_number, registered_on, status, first, prefix, last, phone_found,
                 email_found, their_postcode) in rows:
                full_name = format_name(first, prefix, last)
                same_contact = bool(
                    (phone_value and phone_found == phone_value)
                    or (email_value and email_found == email_value)
                )
                same_name = (
                    bool(wanted)
                    and bool(area)
                    and (their_postcode or "")[:4] == area
                    and (fold(full_name) == wanted
                         or names_agree(typed_key, name_key(first, prefix, last)))
                )
                if not (same_contact or same_name):
                    continue
                hits.setdefault(
                    (case_id, "person"),
                    RecurrenceHit(case_id, case_number, registered_on, status, "person", full_name),
                )
    return sorted(hits.values(), key=lambda h: (h.registered_on, h.case_id), reverse=True)
