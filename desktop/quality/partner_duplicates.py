"""Likely duplicate partner organisations ("Woonstichting De Key" and "De Key
woonstichting", "Politie  Zwolle" and "politie zwolle") and contact persons
("P. de Boer" and "Petra de Boer" at one organisation, or with the same phone or
e-mail at two). Organisations are few, so every pair is compared in bulk; contacts
are compared within their organisation and their phone and e-mail."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.quality.candidates import FIRST_NAME_POINTS, MIN_SCORE, Candidate, scored_within
from desktop.quality.name_keys import NameKey, first_names_agree, name_key, surname_score
from models import PartnerContact, PartnerOrganisation
from models.rules import fold, split_name

_WORD = re.compile(r"[^\W_]+")
_LEGAL_FORMS = {"stichting", "st", "bv", "nv", "vof", "vereniging", "cooperatie", "ua"}
# Addresses everyone has: the same provider says nothing about the organisation.
_PUBLIC_MAIL = {"gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl",
                "yahoo.com", "hotmail.nl", "icloud.com", "planet.nl", "xs4all.nl"}
ORG_POINTS = {"same_name": 75, "name_word_order": 72, "name_typo": 60,
              "same_phone": 25, "same_email": 25, "same_mail_domain": 15, "same_address": 25}


@dataclass(frozen=True)
class OrganisationFacts:
    id: int
    name: str
    key: str
    phone: str
    email: str
    domain: str
    address: str


def _org_key(name: str) -> str:
    words = _WORD.findall(fold(name).replace("b.v.", "bv").replace("n.v.", "nv"))
    return " ".join(w for w in words if w not in _LEGAL_FORMS) or " ".join(words)


def _digits(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())


def load_organisations(session: Session) -> list[OrganisationFacts]:
    found = []
    for r in session.execute(select(PartnerOrganisation.id, PartnerOrganisation.name,
                                    PartnerOrganisation.phone, PartnerOrganisation.email,
                                    PartnerOrganisation.postcode,
                                    PartnerOrganisation.house_number)):
        email = (r.email or "").strip().lower()
        domain = email.rpartition("@")[2] if "@" in email else ""
        address = f"{(r.postcode or '').replace(' ', '').upper()} {r.house_number or ''}".strip()
        found.append(OrganisationFacts(r.id, r.name, _org_key(r.name), _digits(r.phone or ""),
                                       email, "" if domain in _PUBLIC_MAIL else domain,
                                       address if r.postcode and r.house_number else ""))
    return found


def score_organisations(a: OrganisationFacts, b: OrganisationFacts) -> Candidate | None:
    from rapidfuzz import fuzz

    reasons = []
    if a.key == b.key:
        reasons.append("same_name")
    elif fuzz.token_sort_ratio(a.key, b.key) == 100:
        reasons.append("name_word_order")
    elif fuzz.ratio(a.key, b.key) >= 90:
        reasons.append("name_typo")
    if a.phone and a.phone == b.phone:
        reasons.append("same_phone")
    if a.email and a.email == b.email:
        reasons.append("same_email")
    elif a.domain and a.domain == b.domain:
        reasons.append("same_mail_domain")
    if a.address and a.address == b.address:
        reasons.append("same_address")
    if not reasons or not {"same_name", "name_word_order", "name_typo"} & set(reasons):
        return None  # one switchboard for two departments: not one organisation
    score = min(100, sum(ORG_POINTS[r] for r in reasons))
    if score < MIN_SCORE:
        return None
    x, y = (a, b) if a.id < b.id else (b, a)
    return Candidate(x.id, y.id, x.name, y.name, score, tuple(reasons))


def organisation_candidates(organisations: list[OrganisationFacts],
                            known_distinct: set[tuple[int, int]]) -> list[Candidate]:
    import numpy as np
    from rapidfuzz import fuzz, process

    if len(organisations) < 2:
        return []
    keys = [o.key for o in organisations]
    matrix = process.cdist(keys, keys, scorer=fuzz.token_sort_ratio, score_cutoff=85,
                           dtype="uint8", workers=1)
    rows, columns = np.nonzero(np.triu(matrix, k=1))
    found = []
    for i, j in zip(rows.tolist(), columns.tolist(), strict=True):
        a, b = organisations[i], organisations[j]
        if (min(a.id, b.id), max(a.id, b.id)) in known_distinct:
            continue
        if (candidate := score_organisations(a, b)) is not None:
            found.append(candidate)
    found.sort(key=lambda c: (-c.score, c.first, c.second))
    return found


@dataclass(frozen=True)
class ContactFacts:
    id: int
    label: str
    key: NameKey
    organisation_id: int
    phone: str
    email: str


def load_contacts(session: Session) -> list[ContactFacts]:
    rows = session.execute(
        select(PartnerContact.id, PartnerContact.name, PartnerContact.organisation_id,
               PartnerContact.phone, PartnerContact.email, PartnerOrganisation.name)
        .join(PartnerOrganisation, PartnerOrganisation.id == PartnerContact.organisation_id))
    return [ContactFacts(r[0], f"{r[1]} ({r[5]})", name_key(*split_name(r[1])), r[2],
                         _digits(r[3] or ""), (r[4] or "").strip().lower())
            for r in rows if r[1].strip()]


CONTACT_SHARED = {"same_organisation": 20, "same_phone": 20, "same_email": 20}


def score_contacts(a: ContactFacts, b: ContactFacts) -> Candidate | None:
    surname, surname_reason = surname_score(a.key, b.key)
    first = first_names_agree(a.key, b.key)
    if surname_reason is None or first is None:
        return None
    reasons = [surname_reason, first]
    if a.organisation_id == b.organisation_id:
        reasons.append("same_organisation")
    if a.phone and a.phone == b.phone:
        reasons.append("same_phone")
    if a.email and a.email == b.email:
        reasons.append("same_email")
    if len(reasons) == 2:
        return None  # the same name at two organisations: two people, or a new job
    score = min(100, round(surname * 0.45 + FIRST_NAME_POINTS[first]
                           + sum(CONTACT_SHARED.get(r, 0) for r in reasons)))
    if score < MIN_SCORE:
        return None
    x, y = (a, b) if a.id < b.id else (b, a)
    return Candidate(x.id, y.id, x.label, y.label, score, tuple(reasons))


def contact_candidates(contacts: list[ContactFacts],
                       known_distinct: set[tuple[int, int]]) -> list[Candidate]:
    groups: dict[tuple, list[ContactFacts]] = defaultdict(list)
    for c in contacts:
        groups[("organisation", c.organisation_id)].append(c)
        if c.phone:
            groups[("phone", c.phone)].append(c)
        if c.email:
            groups[("email", c.email)].append(c)
    return scored_within(groups.values(), known_distinct, score_contacts)
