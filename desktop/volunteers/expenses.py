"""Hours and expenses of a mediator: one line per day's work for a case or
another activity, with travel (km at the office's rate, or public transport),
other costs and, where the office pays one, the volunteer allowance. The
allowance is checked against the year's tax-free limits before it is saved."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from desktop.data.errors import FieldError, NotFound, ValidationFailed
from desktop.data.store import Store
from desktop.data.value_guard import date_errors, field_errors
from desktop.volunteers.care_settings import limit_for, load_settings
from models import Case, Mediator, MediatorExpense, Meeting
from models.enums import ExpenseActivity

MAX_MINUTES = 16 * 60  # one line is one day's work
MAX_KM_TENTHS = 1000 * 10
MAX_LINE_CENTS = 100_000  # € 1.000 on one line: more is a typing slip


@dataclass(frozen=True)
class ExpenseInput:
    spent_on: date | None
    activity: str
    case_number: str = ""  # typed; must name an existing case when the activity is "case"
    meeting_id: int | None = None
    minutes: int = 0
    km_tenths: int = 0
    transit_cents: int = 0
    other_cents: int = 0
    other_text: str = ""
    allowance_cents: int = 0
    note: str = ""


@dataclass(frozen=True)
class ExpenseLine:
    id: int
    mediator_id: int
    spent_on: date
    activity: str
    case_id: int | None
    case_number: str
    minutes: int
    km_tenths: int
    km_cents: int
    transit_cents: int
    other_cents: int
    other_text: str
    allowance_cents: int
    note: str

    @property
    def costs_cents(self) -> int:
        return self.km_cents + self.transit_cents + self.other_cents

    @property
    def total_cents(self) -> int:
        return self.costs_cents + self.allowance_cents


@dataclass(frozen=True)
class LimitWarning:
    code: str  # "month_limit" or "year_limit"
    paid_cents: int  # with this line
    limit_cents: int


def validate_expense(values: ExpenseInput) -> list[FieldError]:
    errors: list[FieldError] = []
    if values.spent_on is None:
        errors.append(FieldError("expense.spent_on", "date_required"))
    elif values.spent_on > date.today():
        errors.append(FieldError("expense.spent_on", "date_in_future"))
    else:
        errors += date_errors({"spent_on": values.spent_on}, "expense.")
    if values.activity not in set(ExpenseActivity):
        errors.append(FieldError("expense.activity", "invalid"))
    if values.activity == ExpenseActivity.CASE and not values.case_number.strip():
        errors.append(FieldError("expense.case_number", "case_number_required"))
    for name, high in (("minutes", MAX_MINUTES), ("km_tenths", MAX_KM_TENTHS),
                       ("transit_cents", MAX_LINE_CENTS), ("other_cents", MAX_LINE_CENTS),
                       ("allowance_cents", MAX_LINE_CENTS)):
        if not 0 <= getattr(values, name) <= high:
            errors.append(FieldError(f"expense.{name}", "out_of_range"))
    if values.other_cents and not values.other_text.strip():
        errors.append(FieldError("expense.other_text", "other_text_required"))
    if not any((values.minutes, values.km_tenths, values.transit_cents, values.other_cents,
                values.allowance_cents)):
        errors.append(FieldError("expense.minutes", "expense_empty"))
    errors += field_errors(MediatorExpense, {"other_text": values.other_text.strip(),
                                             "note": values.note.strip()}, "expense.")
    return errors


def _case_id(session: Session, number: str) -> int | None:
    number = number.strip()
    if not number:
        return None
    found = session.scalar(select(Case.id).where(func.upper(Case.number) == number.upper()))
    if found is None:
        raise ValidationFailed([FieldError("expense.case_number", "case_not_found")])
    return found


def allowance_paid(session: Session, mediator_id: int, year: int, month: int | None = None,
                   leave_out: int | None = None) -> int:
    statement = select(func.coalesce(func.sum(MediatorExpense.allowance_cents), 0)).where(
        MediatorExpense.mediator_id == mediator_id,
        extract("year", MediatorExpense.spent_on) == year)
    if month is not None:
        statement = statement.where(extract("month", MediatorExpense.spent_on) == month)
    if leave_out is not None:
        statement = statement.where(MediatorExpense.id != leave_out)
    return int(session.scalar(statement) or 0)


def limit_warnings(session: Session, mediator_id: int, spent_on: date, allowance_cents: int,
                   expense_id: int | None = None) -> list[LimitWarning]:
    """Would this allowance take the month's or the year's total over the tax-free
    limit? Said before saving, so the coordinator decides (the office may pay more
    and have it taxed, but should know)."""
    if not allowance_cents:
        return []
    limit = limit_for(session, spent_on.year)
    warnings = []
    month = allowance_paid(session, mediator_id, spent_on.year, spent_on.month,
                           expense_id) + allowance_cents
    if month > limit.month_cents:
        warnings.append(LimitWarning("month_limit", month, limit.month_cents))
    year = allowance_paid(session, mediator_id, spent_on.year, None, expense_id) \
        + allowance_cents
    if year > limit.year_cents:
        warnings.append(LimitWarning("year_limit", year, limit.year_cents))
    return warnings


def check_limits(store: Store, mediator_id: int, values: ExpenseInput,
                 expense_id: int | None = None) -> list[LimitWarning]:
    if values.spent_on is None:
        return []
    with store.read() as session:
        return limit_warnings(session, mediator_id, values.spent_on, values.allowance_cents,
                              expense_id)


def save_expense(store: Store, mediator_id: int, expense_id: int | None,
                 values: ExpenseInput) -> int:
    errors = validate_expense(values)
    if errors:
        raise ValidationFailed(errors)
    with store.unit() as session:
        if session.get(Mediator, mediator_id) is None:
            raise NotFound(str(mediator_id))
        case_id = _case_id(session, values.case_number) \
            if values.activity == ExpenseActivity.CASE else None
        meeting_id = values.meeting_id if values.activity == ExpenseActivity.INTERVISIE \
            and values.meeting_id and session.get(Meeting, values.meeting_id) else None
        if expense_id is None:
            row = MediatorExpense(mediator_id=mediator_id,
                                  km_rate_cents=load_settings(session).km_rate_cents)
            session.add(row)
        else:
            row = session.get(MediatorExpense, expense_id)
            if row is None or row.mediator_id != mediator_id:
                raise NotFound(str(expense_id))
        row.spent_on = values.spent_on
        row.activity = values.activity
        row.case_id = case_id
        row.meeting_id = meeting_id
        row.minutes = values.minutes
        row.km_tenths = values.km_tenths
        row.transit_cents = values.transit_cents
        row.other_cents = values.other_cents
        row.other_text = values.other_text.strip()
        row.allowance_cents = values.allowance_cents
        row.note = values.note.strip()
        session.flush()
        return row.id


def delete_expense(store: Store, expense_id: int) -> None:
    with store.unit() as session:
        row = session.get(MediatorExpense, expense_id)
        if row is not None:
            session.delete(row)


def _lines(session: Session, statement) -> list[ExpenseLine]:
    rows = session.execute(
        statement.add_columns(Case.number).outerjoin(Case, Case.id == MediatorExpense.case_id)
        .order_by(MediatorExpense.spent_on, MediatorExpense.id)).all()
    return [ExpenseLine(e.id, e.mediator_id, e.spent_on, e.activity, e.case_id, number or "",
                        e.minutes, e.km_tenths, e.km_cents, e.transit_cents, e.other_cents,
                        e.other_text, e.allowance_cents, e.note) for e, number in rows]


def period_lines(session: Session, first: date, last: date,
                 mediator_id: int | None = None) -> list[ExpenseLine]:
    statement = select(MediatorExpense).where(MediatorExpense.spent_on >= first,
                                              MediatorExpense.spent_on <= last)
    if mediator_id is not None:
        statement = statement.where(MediatorExpense.mediator_id == mediator_id)
    return _lines(session, statement)


def list_expenses(store: Store, mediator_id: int, year: int) -> list[ExpenseLine]:
    with store.read() as session:
        return period_lines(session, date(year, 1, 1), date(year, 12, 31), mediator_id)
