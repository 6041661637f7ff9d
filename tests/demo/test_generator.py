import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop import __version__, demo
from desktop.case_registration import register_case
from desktop.cli import main
from desktop.config import resolve_data_dir
from desktop.errors import RuleViolation
from models import Case, CaseParty
from tests.conftest import sample_case


def test_demo_data_is_varied_and_has_recurrences(store):
    result = demo.generate(store, cases=400, seed=7)
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
        demo.generate(store, cases=10)


def test_cli_demo_and_refusal(data_dir, capsys):
    assert main(["demo", "--cases", "25", "--data-dir", str(data_dir)]) == 0
    assert "25 demonstratiezaken" in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "demo", "--cases", "5"]) == 0


def test_data_dir_precedence(tmp_path, monkeypatch):
    monkeypatch.setenv("BURENRUST_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(tmp_path / "flag") == (tmp_path / "flag").resolve()
    assert resolve_data_dir() == (tmp_path / "env").resolve()
    monkeypatch.delenv("BURENRUST_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert "urenrust" in str(resolve_data_dir())


def test_version_from_the_command_line():
    out = subprocess.run(
        [sys.executable, "-m", "desktop", "--version"],
        capture_output=True, text=True, check=True, cwd=Path(__file__).parent.parent,
    ).stdout
    assert out.strip() == f"Burenrust {__version__}"
