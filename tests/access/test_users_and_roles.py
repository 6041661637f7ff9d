"""Users, roles and signing in, at the services: every service checks the role,
not only the screens; wrong passwords are slowed down; the coordinator's way back
is the recovery code; the audit trail names the user."""

from __future__ import annotations

import io
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from desktop.access import passwords, users
from desktop.access.start import what_to_ask
from desktop.cases.queries import CaseFilter, fetch_rows
from desktop.cases.registration import register_case
from desktop.cli import main
from desktop.data.backup_key import backup_key, recovery_code
from desktop.data.errors import NotAllowed, RuleViolation, ValidationFailed
from desktop.data.store import Store
from models import AuditEntry
from models.enums import Role
from tests.conftest import sample_case

BOTH_DATABASES = True
COORDINATOR_PASSWORD = "Kerkplein-42"


@pytest.fixture
def office(store):
    """A data folder where sign-in is on: a coordinator, a medewerker, a reader."""
    users.create_first_coordinator(store, "Marieke Jansen", COORDINATOR_PASSWORD)
    users.sign_in(store, "marieke jansen", COORDINATOR_PASSWORD)
    users.add_user(store, "Ahmed", Role.STAFF, "balie-telefoon")
    users.add_user(store, "Lezer Lotte", Role.READER, "alleen-kijken")
    register_case(store, sample_case(store))
    return store


def test_the_first_start_asks_for_an_account_then_for_a_sign_in(store):
    assert what_to_ask(store)[0] == "first_account"
    with pytest.raises(ValidationFailed) as weak:
        users.create_first_coordinator(store, "Marieke", "kort")
    assert weak.value.errors[0].code == "password_too_short"
    users.create_first_coordinator(store, "Marieke", COORDINATOR_PASSWORD)
    assert what_to_ask(store) == ("sign_in", 10)
    with pytest.raises(RuleViolation, match="first_account_exists"):
        users.create_first_coordinator(store, "Iemand anders", "nog-een-wachtwoord")


def test_working_without_sign_in_is_a_choice_the_first_start_offers(store):
    users.work_without_sign_in(store)
    assert what_to_ask(store)[0] == "nothing"
    assert store.role == Role.COORDINATOR


def test_passwords_are_argon2id_and_never_in_the_audit_trail(office):
    with office.read() as session:
        from models import User

        hashes = list(session.scalars(select(User.password_hash)))
        trail = " ".join(e.changes for e in session.scalars(select(AuditEntry)))
        assert any(e.entity == "users" for e in session.scalars(select(AuditEntry)))
    assert all(h.startswith("$argon2id$") for h in hashes)
    assert "argon2" not in trail and COORDINATOR_PASSWORD not in trail


def test_a_medewerker_edits_cases_but_no_beheer_privacy_or_export(office):
    from desktop.admin import categories
    from desktop.figures.counting import Period, compute
    from desktop.figures.export import export_figures
    from desktop.privacy import requests, retention

    users.sign_in(office, "Ahmed", "balie-telefoon")
    assert office.role == Role.STAFF
    register_case(office, sample_case(office))  # casework: yes
    figures = compute(office, Period.year(datetime.now().year))  # reading figures: yes
    refused = [
        lambda: export_figures(office, figures, "csv"),
        lambda: categories.add_item(office, "conflict_types", "Nieuw soort"),
        lambda: retention.apply_retention(office, "test"),
        lambda: requests.find_persons(office, "Vries"),
        lambda: users.add_user(office, "Nog iemand", Role.COORDINATOR, "een-wachtwoord"),
        lambda: users.set_sign_in_required(office, False),
    ]
    for attempt in refused:
        with pytest.raises(NotAllowed):
            attempt()


def test_a_reader_finds_and_reads_but_changes_nothing(office):
    from desktop.cases.detail import get_case

    users.sign_in(office, "Lezer Lotte", "alleen-kijken")
    [row] = fetch_rows(office, CaseFilter(text="vries"))
    assert get_case(office, row.id).parties[0].name.endswith("Vries")
    with pytest.raises(NotAllowed):
        register_case(office, sample_case(office))
    assert not office.can_edit


def test_the_audit_trail_names_the_signed_in_user(office):
    users.sign_in(office, "Ahmed", "balie-telefoon")
    register_case(office, sample_case(office))
    with office.read() as session:
        last = session.scalars(select(AuditEntry).where(AuditEntry.entity == "cases")
                               .order_by(AuditEntry.id.desc())).first()
    assert last.user == "Ahmed"


def test_wrong_passwords_are_slowed_down_and_one_message_hides_who_exists(office):
    now = datetime(2026, 12, 7, 9, 0)
    for _attempt in range(passwords.FREE_ATTEMPTS):
        with pytest.raises(RuleViolation, match="sign_in_wrong"):
            users.check_password(office, "Ahmed", "fout", now=now)
    with pytest.raises(users.SignInWait) as waiting:  # even the right one waits now
        users.check_password(office, "Ahmed", "balie-telefoon", now=now)
    assert waiting.value.seconds == passwords.FIRST_WAIT_SECONDS
    later = now + timedelta(seconds=passwords.FIRST_WAIT_SECONDS)
    assert users.check_password(office, "ahmed", "balie-telefoon", now=later).role == Role.STAFF
    with pytest.raises(RuleViolation, match="sign_in_wrong"):
        users.check_password(office, "Niemand", "wat-dan-ook", now=later)


def test_the_wait_survives_a_restart(office, data_dir):
    now = datetime.now().replace(microsecond=0)
    for _attempt in range(passwords.FREE_ATTEMPTS + 2):
        with pytest.raises((RuleViolation, users.SignInWait)):
            users.check_password(office, "Ahmed", "fout", now=now)
    office.close()
    reopened = Store.open(data_dir) if office.sqlite_file else office
    with pytest.raises(users.SignInWait):
        users.check_password(reopened, "Ahmed", "balie-telefoon", now=now)


def test_the_last_coordinator_cannot_be_demoted_or_switched_off(office):
    [me] = [u for u in users.list_users(office) if u.role == Role.COORDINATOR]
    with pytest.raises(RuleViolation, match="last_coordinator"):
        users.change_role(office, me.id, Role.STAFF)
    with pytest.raises(RuleViolation, match="last_coordinator"):
        users.set_active(office, me.id, False)


def test_a_forgotten_coordinator_password_is_reset_with_the_recovery_code(office, data_dir):
    if office.sqlite_file is None:
        pytest.skip("the recovery code belongs to the data folder's file")
    code = recovery_code(backup_key(data_dir))
    with pytest.raises(RuleViolation, match="recovery_code_not_this_file"):
        users.reset_with_recovery_code(office, data_dir, recovery_code(bytes(32)),
                                       "Marieke Jansen", "nieuw-geheim-1")
    with pytest.raises(ValidationFailed):  # only a coordinator's password
        users.reset_with_recovery_code(office, data_dir, code, "Ahmed", "nieuw-geheim-1")
    users.reset_with_recovery_code(office, data_dir, code, "Marieke Jansen", "nieuw-geheim-1")
    assert users.check_password(office, "Marieke Jansen", "nieuw-geheim-1").role == (
        Role.COORDINATOR)


def _cli(args, monkeypatch, password: str | None = None) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO((password or "") + "\n"))
    return main(args)


def test_a_medewerker_cannot_export_or_anonymise_from_the_cli(office, data_dir, tmp_path,
                                                              monkeypatch, capsys):
    on_file = office.sqlite_file is not None
    office.close()
    year = str(datetime.now().year)
    report = ["report", "--year", year, "--format", "csv", "--out", str(tmp_path / "c.csv"),
              "--data-dir", str(data_dir)]
    assert _cli(report, monkeypatch) == 1  # sign-in is on: a name is needed
    assert "--sign-in" in capsys.readouterr().err
    as_staff = ["--sign-in", "Ahmed", "--user-password-stdin"]
    assert _cli(report + as_staff, monkeypatch, "balie-telefoon") == 1
    assert "alleen de coördinator" in capsys.readouterr().err
    assert not (tmp_path / "c.csv").exists()
    retention = ["retention", "--apply", "--data-dir", str(data_dir)]
    assert _cli(retention + as_staff, monkeypatch, "balie-telefoon") == 1
    assert "coördinator" in capsys.readouterr().err
    assert _cli(report + as_staff, monkeypatch, "fout") == 1
    assert "horen niet bij elkaar" in capsys.readouterr().err
    as_coordinator = ["--sign-in", "Marieke Jansen", "--user-password-stdin"]
    assert _cli(report + as_coordinator, monkeypatch, COORDINATOR_PASSWORD) == 0
    assert (tmp_path / "c.csv").exists()
    if on_file:  # a task for the scheduler (the file's backup) needs no password
        assert main(["backup", "--data-dir", str(data_dir), "--to", str(tmp_path / "b")]) == 0
