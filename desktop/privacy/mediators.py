"""The privacy rules for the volunteers themselves: inzage for a mediator (all
Burenrust keeps about them, as JSON and a readable PDF), and a mediator who
stopped is anonymised once the office's retention term has passed since.

Anonymising keeps what the figures and the bookkeeping need (the pairs by id,
hours, amounts, dates of trainings and intervisie) and removes the person: name,
contact details, address, notes, VOG date, absences with their reasons, the
texts on expense lines, their e-mail in the outbox, and the values in the audit
trail of those rows."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date
from html import escape

from sqlalchemy import Connection, delete, select, update

from desktop.data.errors import NotFound
from desktop.data.store import Store
from desktop.privacy.anonymise import (
    ANONYMOUS,
    _record,
    _remove_addresses,
    _without,
    scrub_audit,
)
from desktop.volunteers.expenses import period_lines
from models import (
    Address,
    Case,
    CaseMediator,
    CaseParty,
    JournalEntry,
    MailInvitation,
    Mediator,
    MediatorAbsence,
    MediatorAvailability,
    MediatorExpense,
    MediatorTraining,
    Meeting,
    MeetingAttendee,
    OutboxMessage,
    format_name,
)
from models.enums import MediatorState
from models.roles import Permission


@dataclass
class MediatorReport:
    name: str
    made_on: str
    details: dict[str, str]
    availability: list[str]
    absences: list[str]
    trainings: list[str]
    intervisie: list[str]
    cases: list[str]
    expenses: list[str]


def _day(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


def collect(store: Store, mediator_id: int, today: date | None = None) -> MediatorReport:
    from desktop.volunteers.amounts import format_duration, format_money

    store.require(Permission.PRIVACY)
    today = today or date.today()
    with store.read() as session:
        m = session.get(Mediator, mediator_id)
        if m is None:
            raise NotFound(str(mediator_id))
        address = session.get(Address, m.address_id) if m.address_id else None
        details = {
            "naam": format_name(m.first_name, m.name_prefix, m.last_name),
            "telefoon": m.phone, "e-mail": m.email,
            "adres": f"{address.street} {address.house_number or ''}"
                     f"{address.house_number_suffix or ''}, {address.postcode} {address.town}"
                     if address else "",
            "geslacht": m.gender, "leeftijd": m.age_band, "talen": m.languages,
            "begonnen": _day(m.started_on), "basistraining": _day(m.basic_training_on),
            "VOG afgegeven": _day(m.vog_issued_on), "status": m.state,
            "gestopt": _day(m.stopped_on), "maximum open zaken": str(m.max_open_cases),
            "notities": m.notes,
        }
        days = ["ma", "di", "wo", "do", "vr", "za", "zo"]
        availability = [f"{days[a.weekday]} {a.part}" for a in session.scalars(
            select(MediatorAvailability).where(MediatorAvailability.mediator_id == m.id)
            .order_by(MediatorAvailability.weekday))]
        absences = [f"{_day(a.starts_on)} – {_day(a.ends_on)} {a.reason}".strip()
                    for a in session.scalars(select(MediatorAbsence).where(
                        MediatorAbsence.mediator_id == m.id).order_by(MediatorAbsence.starts_on))]
        trainings = [f"{_day(t.held_on)} {t.kind} {t.title} ({format_duration(t.minutes)})"
                     for t in session.scalars(select(MediatorTraining).where(
                         MediatorTraining.mediator_id == m.id).order_by(MediatorTraining.held_on))]
        intervisie = [
            f"{starts:%d-%m-%Y} {title}: "
            + {True: "aanwezig", False: "afwezig", None: "nog niet ingevuld"}[attended]
            for starts, title, attended in session.execute(
                select(Meeting.starts_at, Meeting.title, MeetingAttendee.attended)
                .join(MeetingAttendee, MeetingAttendee.meeting_id == Meeting.id)
                .where(MeetingAttendee.mediator_id == m.id, MeetingAttendee.removed.is_(False))
                .order_by(Meeting.starts_at))]
        # Case numbers and dates only: what happened in a case is the residents' data.
        cases = [f"{number}: {_day(assigned)} – {_day(released) or 'loopt'}"
                 for number, assigned, released in session.execute(
                     select(Case.number, CaseMediator.assigned_on, CaseMediator.released_on)
                     .join(Case, Case.id == CaseMediator.case_id)
                     .where(CaseMediator.mediator_id == m.id)
                     .order_by(CaseMediator.assigned_on))]
        expenses = [f"{_day(e.spent_on)} {e.activity} {e.case_number} "
                    f"{format_duration(e.minutes)} uur, {format_money(e.total_cents)}"
                    f"{' (' + e.other_text + ')' if e.other_text else ''}"
                    for e in period_lines(session, date(1900, 1, 1), date(9999, 12, 31), m.id)]
    return MediatorReport(details["naam"], _day(today), details, availability, absences,
                          trainings, intervisie, cases, expenses)


def to_json(report: MediatorReport) -> str:
    return json.dumps(asdict(report), ensure_ascii=False, indent=2)


def to_pdf(store: Store, report: MediatorReport) -> bytes:
    from reportlab.platypus import Paragraph

    from desktop.documents.organisation import get_organisation
    from desktop.volunteers import report_pdf

    s = report_pdf.styles()
    story = [Paragraph(f"Inzage: wat wij over u bewaren — {escape(report.name)}", s.title),
             Paragraph(f"Gemaakt op {report.made_on}. Dit zijn alle gegevens die "
                       "Burenrust over u als vrijwilliger bewaart.", s.body),
             Paragraph("Uw gegevens", s.heading)]
    story += [Paragraph(f"<b>{escape(k)}:</b> {escape(v)}", s.body)
              for k, v in report.details.items() if v]
    for title, lines in (("Meestal vrij", report.availability), ("Afwezig", report.absences),
                         ("Trainingen", report.trainings), ("Intervisie", report.intervisie),
                         ("Zaken (alleen nummer en periode)", report.cases),
                         ("Uren en onkosten", report.expenses)):
        story.append(Paragraph(title, s.heading))
        story += [Paragraph(escape(line), s.body) for line in lines] or [
            Paragraph("Geen.", s.body)]
    org = get_organisation(store)
    return report_pdf.build(org, story, "Inzage",
                            report_pdf.footer(org, "inzage vrijwilliger", date.today()))


# -- the retention term (desktop.privacy.retention applies it) ---------------------------
def due_mediator_rows(session, cutoff: date) -> list[tuple[int, str]]:
    """Mediators who stopped on or before the cutoff and are not anonymised yet."""
    return [(i, format_name(f, p, last)) for i, f, p, last in session.execute(
        select(Mediator.id, Mediator.first_name, Mediator.name_prefix, Mediator.last_name)
        .where(Mediator.state == MediatorState.STOPPED, Mediator.anonymised_on.is_(None),
               Mediator.stopped_on.is_not(None), Mediator.stopped_on <= cutoff))]


def _out_of_journals(conn: Connection, chosen: list[int]) -> None:
    """The case journals name the pair ("Greet Oostveen & Sam Tromp"): the name goes
    there too, and from those entries' audit rows."""
    changed = []
    for mediator_id, first, prefix, last in conn.execute(
            select(Mediator.id, Mediator.first_name, Mediator.name_prefix, Mediator.last_name)
            .where(Mediator.id.in_(chosen))).all():
        names = [n for n in dict.fromkeys((format_name(first, prefix, last),
                                           " ".join(p for p in (prefix, last) if p)))
                 if len(n) >= 2]
        cases = select(CaseMediator.case_id).where(CaseMediator.mediator_id == mediator_id)
        for entry_id, text in conn.execute(select(JournalEntry.id, JournalEntry.text).where(
                JournalEntry.case_id.in_(cases))).all():
            new = _without(text, names)
            if new != text:
                conn.execute(update(JournalEntry).where(JournalEntry.id == entry_id)
                             .values(text=new))
                changed.append(entry_id)
    scrub_audit(conn, JournalEntry.__tablename__, changed)


def anonymise_mediators(conn: Connection, ids: set[int], reason: str, user: str,
                        today: date) -> None:
    if not ids:
        return
    chosen = list(ids)
    emails = [e.lower() for e in conn.scalars(select(Mediator.email).where(
        Mediator.id.in_(chosen))) if e]
    addresses = set(conn.scalars(select(Mediator.address_id).where(
        Mediator.id.in_(chosen), Mediator.address_id.is_not(None))))
    for table in (MediatorAbsence, MediatorAvailability):
        scrub_audit(conn, table.__tablename__, conn.scalars(
            select(table.id).where(table.mediator_id.in_(chosen))))
        conn.execute(delete(table).where(table.mediator_id.in_(chosen)))
    expense_ids = list(conn.scalars(select(MediatorExpense.id).where(
        MediatorExpense.mediator_id.in_(chosen))))
    conn.execute(update(MediatorExpense).where(MediatorExpense.mediator_id.in_(chosen))
                 .values(other_text="", note=""))
    scrub_audit(conn, MediatorExpense.__tablename__, expense_ids)
    conn.execute(update(MeetingAttendee).where(MeetingAttendee.mediator_id.in_(chosen))
                 .values(mail_address=""))
    conn.execute(update(MailInvitation).where(MailInvitation.mediator_id.in_(chosen))
                 .values(address=""))
    if emails:
        conn.execute(delete(OutboxMessage).where(OutboxMessage.to_address.in_(emails)))
    _out_of_journals(conn, chosen)
    conn.execute(update(Mediator).where(Mediator.id.in_(chosen)).values(
        first_name="", name_prefix="", last_name=ANONYMOUS, phone="", email="",
        address_id=None, languages="", notes="", vog_issued_on=None, anonymised_on=today))
    scrub_audit(conn, Mediator.__tablename__, chosen)
    # Their address goes unless a kept case still has a party living there.
    in_use = set(conn.scalars(select(CaseParty.address_id).where(
        CaseParty.address_id.in_(list(addresses))))) | set(conn.scalars(
            select(Mediator.address_id).where(Mediator.address_id.in_(list(addresses)))))
    _remove_addresses(conn, addresses - in_use)
    _record(conn, user, Mediator.__tablename__, chosen, reason)
