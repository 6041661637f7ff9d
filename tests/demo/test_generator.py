"""Demo data: varied, with recurrences, and never poured over real cases."""

import pytest
from sqlalchemy import func, select

from desktop.cases.registration import register_case
from desktop.data.errors import RuleViolation
from desktop.demo import generator
from models import Case, CaseParty
from tests.conftest import sample_case


def test_demo_data_is_varied_and_has_recurrences(store):
    result = generator.generate(store, cases=400, seed=7)
    assert result.cases == 400
    with store.read() as session:
        statuses = set(session.scalars(select(Case.status).distinct()))
        years = set(session.scalars(select(Case.year).distinct()))
        shared = session.scalar(
            select(func.count()).select_from(
                select(CaseParty.address_id)
                .group_by(CaseParty.address_id)
                .having(func.count(func.distinct(CaseParty.case_id)) > 1)
                .subquery()
            )
        )
        closed_without_result = session.scalar(
            select(func.count()).where(Case.status == "closed", Case.result_id.is_(None))
        )
    assert len(statuses) >= 6
    assert len(years) >= 5
    assert shared > 0, "some addresses must recur"
    assert closed_without_result == 0


def test_demo_refuses_a_database_with_real_cases(store):
    register_case(store, sample_case(store))
    with pytest.raises(RuleViolation):
        generator.generate(store, cases=10)
