"""`burenrust mail setup` and `burenrust mail send-due`, as the task scheduler and
an administrator use them."""

from __future__ import annotations

import io

from desktop.cli import main
from desktop.mail import settings as mail_settings
from tests.mail.mail_helpers import planned_talk
from tests.mail.smtp_server import PASSWORD, USER


def _setup(data_dir, port, monkeypatch, password=PASSWORD) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    return main(["mail", "setup", "--host", "localhost", "--port", str(port),
                 "--security", "starttls", "--user", USER,
                 "--from", "bureau@buurtbemiddeling-zwolle.nl", "--password-stdin",
                 "--data-dir", str(data_dir)])


def test_setup_keeps_the_password_in_the_keyring_and_tests_the_connection(
        data_dir, smtp_server, monkeypatch, capsys):
    import keyring

    assert _setup(data_dir, smtp_server.port, monkeypatch) == 0
    out = capsys.readouterr().out
    assert "Verbinding getest" in out
    saved = mail_settings.load(data_dir)
    assert (saved.host, saved.port, saved.user) == ("localhost", smtp_server.port, USER)
    assert mail_settings.password(data_dir, saved) == PASSWORD
    # Only the keyring holds it: not the settings file.
    assert PASSWORD not in (data_dir / "settings.json").read_text(encoding="utf-8")
    assert keyring.get_password(mail_settings.KEYRING_SERVICE,
                                mail_settings._entry(data_dir, saved)) == PASSWORD


def test_setup_with_a_wrong_password_says_so_in_dutch(data_dir, smtp_server, monkeypatch,
                                                       capsys):
    assert _setup(data_dir, smtp_server.port, monkeypatch, password="fout") == 1
    assert "weigert de gebruikersnaam of het wachtwoord" in capsys.readouterr().err


def test_send_due_sends_what_is_due(store, data_dir, smtp_server, monkeypatch, capsys):
    assert _setup(data_dir, smtp_server.port, monkeypatch) == 0
    from datetime import datetime, timedelta

    start = datetime.combine(datetime.now().date() + timedelta(days=3),
                             datetime.min.time()).replace(hour=10)
    planned_talk(store, start=start)
    capsys.readouterr()
    assert main(["mail", "send-due", "--data-dir", str(data_dir)]) == 0
    assert "Verstuurd: 2." in capsys.readouterr().out
    assert len(smtp_server.received) == 2
    assert main(["mail", "send-due", "--data-dir", str(data_dir)]) == 0
    assert len(smtp_server.received) == 2


def test_send_due_without_a_server_set_up_says_what_to_do(data_dir, capsys):
    assert main(["mail", "send-due", "--data-dir", str(data_dir)]) == 1
    assert "burenrust mail setup" in capsys.readouterr().err


def test_without_a_keyring_the_password_lives_only_until_the_program_closes(data_dir,
                                                                             monkeypatch):
    import keyring
    from keyring.backends import fail

    saved = mail_settings.save(data_dir, mail_settings.MailSettings(
        host="smtp.example.nl", user=USER, sender_address="bureau@buurtbemiddeling-zwolle.nl"))
    monkeypatch.setattr(mail_settings, "_memory", {})
    keyring.set_keyring(fail.Keyring())  # a PC without a reachable keyring
    assert mail_settings.store_password(data_dir, saved, PASSWORD) is False
    assert mail_settings.password(data_dir, saved) == PASSWORD  # for this run
    assert PASSWORD not in "".join(p.read_text(encoding="utf-8", errors="replace")
                                   for p in data_dir.rglob("*") if p.is_file()
                                   and p.suffix in (".json", ".txt", ".log"))
    mail_settings._memory.clear()  # the program closed
    assert mail_settings.password(data_dir, saved) == ""


def test_setup_refuses_to_pretend_without_a_keyring(data_dir, monkeypatch, capsys):
    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(mail_settings, "_memory", {})
    keyring.set_keyring(fail.Keyring())
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["mail", "setup", "--host", "smtp.example.nl", "--user", USER,
                 "--from", "bureau@buurtbemiddeling-zwolle.nl", "--password-stdin",
                 "--no-test", "--data-dir", str(data_dir)]) == 1
    assert "sleutelbos" in capsys.readouterr().err
