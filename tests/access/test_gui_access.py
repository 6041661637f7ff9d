"""Signing in, the first account, the lock and Beheer's users, driven through the
real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.access import users
from desktop.access.start import what_to_ask
from models.enums import Role
from views.access.first_account_dialog import FirstAccountDialog
from views.access.lock_screen import Cover, IdleLock
from views.access.sign_in_dialog import SignInDialog

PASSWORD = "Kerkplein-42"


def _coordinator(store) -> None:
    users.create_first_coordinator(store, "Marieke Jansen", PASSWORD)
    users.sign_in(store, "Marieke Jansen", PASSWORD)


def test_the_first_start_makes_the_coordinators_account(qtbot, store):
    dialog = FirstAccountDialog(store, "marieke")
    qtbot.addWidget(dialog)
    dialog.name.setText("Marieke Jansen")
    qtbot.keyClicks(dialog.pair.first, "kort")
    assert "minstens 8" in dialog.pair.problem.text()
    assert not dialog.make_button.isEnabled()
    dialog.pair.first.setText(PASSWORD)
    qtbot.keyClicks(dialog.pair.second, "Kerkplein-43")
    assert "niet gelijk" in dialog.pair.problem.text()
    assert not dialog.make_button.isEnabled()
    dialog.pair.second.setText(PASSWORD)
    assert dialog.make_button.isEnabled()
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted and not dialog.without
    assert (store.user, store.role) == ("Marieke Jansen", Role.COORDINATOR)
    assert what_to_ask(store)[0] == "sign_in"


def test_without_sign_in_is_chosen_only_after_its_consequence(qtbot, store, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _p, _t, text, *a, **k: said.append(text) or QMessageBox.StandardButton.No))
    dialog = FirstAccountDialog(store, "marieke")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.without_button, Qt.MouseButton.LeftButton)
    assert "alles is te zien en te wijzigen" in said[-1]
    assert what_to_ask(store)[0] == "first_account"  # said no: nothing chosen
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(dialog.without_button, Qt.MouseButton.LeftButton)
    assert dialog.without and what_to_ask(store)[0] == "nothing"


def test_signing_in_says_wrong_and_then_makes_one_wait(qtbot, store, data_dir):
    _coordinator(store)
    users.add_user(store, "Ahmed", Role.STAFF, "balie-telefoon")
    store.user, store.role = "?", Role.READER  # as at a new start
    dialog = SignInDialog(store, data_dir)
    qtbot.addWidget(dialog)
    assert not dialog.sign_in_button.isEnabled()
    qtbot.keyClicks(dialog.name, "ahmed")
    for _attempt in range(3):
        dialog.password.setText("fout")
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        assert "horen niet bij elkaar" in dialog.message.text()
    dialog.password.setText("balie-telefoon")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert "seconden" in dialog.message.text() and not dialog.sign_in_button.isEnabled()
    assert store.role == Role.READER  # not signed in while waiting
    qtbot.waitUntil(dialog.sign_in_button.isEnabled, timeout=8000)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert (store.user, store.role) == ("Ahmed", Role.STAFF)


def test_the_lock_covers_everything_and_keeps_what_was_typed(qtbot, store, data_dir):
    from views.main_window import MainWindow

    _coordinator(store)
    window = MainWindow(store, data_dir)
    qtbot.addWidget(window)
    window.show()
    form = window.cases.new_case()
    form.party_a.edits["first_name"].setText("Half ingevuld")
    lock = IdleLock(store, 10, window)
    lock.lock()
    assert lock.is_locked
    covers = window.findChildren(Cover)
    assert covers and covers[0].isVisible() and covers[0].geometry() == window.rect()
    lock.dialog.password.setText("fout")
    qtbot.mouseClick(lock.dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert lock.is_locked and "horen niet bij elkaar" in lock.dialog.message.text()
    lock.dialog.password.setText(PASSWORD)
    qtbot.mouseClick(lock.dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert not lock.is_locked
    qtbot.waitUntil(lambda: not window.findChildren(Cover))
    assert form.party_a.edits["first_name"].text() == "Half ingevuld"
    window.skip_close_checks = True  # the half-filled form would ask before closing
    window.runner.wait()  # the form's recurrence check, still out in a worker
    qtbot.wait(50)


def test_the_lock_comes_after_the_idle_time(qtbot, store, data_dir):
    from views.main_window import MainWindow

    _coordinator(store)
    window = MainWindow(store, data_dir)
    qtbot.addWidget(window)
    window.show()
    lock = IdleLock(store, 1, window)
    lock.timer.setInterval(50)  # a minute is long for a test; the timer is the same
    lock.timer.start()
    qtbot.waitUntil(lambda: lock.is_locked, timeout=2000)


def test_beheer_makes_users_and_a_medewerker_sees_no_beheer(qtbot, store, data_dir):
    from views.admin.users_dialog import UserDialog, UsersDialog
    from views.main_window import ADMIN_ROW, MainWindow

    _coordinator(store)
    dialog = UsersDialog(store)
    qtbot.addWidget(dialog)
    add = UserDialog(store, None, dialog)
    add.accepted.connect(lambda: dialog._done(True))
    add.name.setText("Ahmed")
    add.role.choose(Role.STAFF)
    add.pair.first.setText("balie-telefoon")
    add.pair.second.setText("balie-telefoon")
    qtbot.mouseClick(add.save_button, Qt.MouseButton.LeftButton)
    assert [u.name for u in dialog.users] == ["Ahmed", "Marieke Jansen"]
    dialog.table.selectRow(1)  # Marieke: the last coordinator stays one
    dialog.role_box.choose(Role.READER)
    shown = []
    import views.errors

    original = views.errors.show_error
    views.errors.show_error = lambda _p, exc: shown.append(exc)
    try:
        qtbot.mouseClick(dialog.role_button, Qt.MouseButton.LeftButton)
    finally:
        views.errors.show_error = original
    assert shown and shown[0].code == "last_coordinator"
    users.sign_in(store, "Ahmed", "balie-telefoon")
    window = MainWindow(store, data_dir)
    qtbot.addWidget(window)
    assert window.nav.item(ADMIN_ROW).isHidden()


def test_a_user_changes_the_own_password_from_the_file_menu(qtbot, store, data_dir):
    from views.access.lock_screen import IdleLock
    from views.main_window import MainWindow

    _coordinator(store)
    window = MainWindow(store, data_dir)
    qtbot.addWidget(window)
    assert not window.password_action.isVisible()
    window.signed_in(IdleLock(store, 10, window))
    assert window.password_action.isVisible()
    dialog = window.own_password_dialog()
    qtbot.addWidget(dialog)
    dialog.old.setText("niet-het-oude")
    dialog.pair.first.setText("Nieuw-geheim-7")
    dialog.pair.second.setText("Nieuw-geheim-7")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "klopt niet" in dialog.message.text()
    dialog.old.setText(PASSWORD)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert users.check_password(store, "Marieke Jansen", "Nieuw-geheim-7")
