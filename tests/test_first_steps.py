"""A coordinator's first week: the window fits the screen and remembers itself, the
empty program says where to begin, practice data open in a window of their own, and
a pair assigned early offers to move the case on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QProcess, QSize, Qt
from PySide6.QtWidgets import QDialog

from desktop.data.store import Store
from views.main_window import MainWindow
from views.screen_fit import available_size, fit_to_screen, fitting_size
from views.tasks import SyncRunner


def test_dialogs_follow_the_screen_and_remember_their_size(qtbot):
    assert fitting_size(QSize(1280, 800), QSize(1077, 527)) == QSize(1077, 527)
    assert fitting_size(QSize(600, 400), QSize(1077, 527)) == QSize(600, 400)
    dialog = QDialog()
    qtbot.addWidget(dialog)
    fit_to_screen(dialog, (3000, 2000), "probe")
    room = available_size(dialog)
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    dialog.show()
    dialog.resize(520, 410)
    dialog.hide()  # closing keeps the size the coordinator gave it
    again = QDialog()
    qtbot.addWidget(again)
    fit_to_screen(again, (3000, 2000), "probe")
    assert again.size() == QSize(520, 410)


def test_the_main_window_fits_the_screen_then_comes_back_where_it_was(qtbot, data_dir):
    store = Store.open(data_dir, user="test-coordinator")
    try:
        first = MainWindow(store, data_dir, runner=SyncRunner())
        qtbot.addWidget(first)
        room = available_size(first)
        # 1280×800 does not fit the small screen: the window takes what there is.
        assert first.width() <= room.width() and first.height() <= room.height()
        if room.width() < 1280 or room.height() < 800:
            assert first.windowState() & Qt.WindowState.WindowMaximized
        first.setWindowState(Qt.WindowState.WindowNoState)
        first.show()
        first.resize(900, 500)
        first.close()
        second = MainWindow(store, data_dir, runner=SyncRunner())
        qtbot.addWidget(second)
        second.show()
        assert second.size() == QSize(900, 500)
    finally:
        store.close()


def test_an_empty_program_says_where_to_begin(window, qtbot, answers):
    from desktop.cases.registration import register_case
    from tests.conftest import sample_case
    from views.cases.new_case_form import NewCaseForm

    case_list = window.cases.case_list
    qtbot.waitUntil(lambda: case_list.body.currentWidget() is case_list.welcome)
    texts = [button.text() for button in case_list.welcome.buttons]
    assert texts == ["Nieuwe zaak…", "Spreadsheet importeren…", "Bemiddelaars toevoegen",
                     "Oefenen met demogegevens…"]
    case_list.welcome.buttons[0].click()
    assert isinstance(window.cases.tabs.currentWidget(), NewCaseForm)
    case_list.welcome.buttons[2].click()
    assert window.nav.currentRow() == 1 and window.mediators.editor.edits["first_name"].hasFocus()
    # A search that finds nothing is not a first start: the list stays.
    register_case(window.store, sample_case(window.store))
    case_list.refresh()
    qtbot.waitUntil(lambda: case_list.body.currentWidget() is case_list.table)
    case_list.search.setText("niemand hier")
    qtbot.waitUntil(lambda: case_list.count_label.text().startswith("0"))
    assert case_list.body.currentWidget() is case_list.table


def test_practice_data_open_in_a_window_of_their_own(window, tmp_path, monkeypatch, answers):
    from desktop.data.config import Settings
    from desktop.demo.practice import is_practice

    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(QProcess, "startDetached",
                        staticmethod(lambda program, arguments: started.append(
                            (program, list(arguments))) or True))
    folder = tmp_path / "oefenen"
    assert window.start_practice(confirmed=True, folder=folder)
    [(_program, arguments)] = started
    assert arguments[-2:] == ["--data-dir", str(folder)]
    assert is_practice(folder) and not is_practice(window.data_dir)
    assert Settings.load(folder).practice
    practice_store = Store.open(folder, user="oefenen")
    try:
        from desktop.cases.queries import CaseFilter, count_cases

        assert count_cases(practice_store, CaseFilter()) == 150
        practice_window = MainWindow(practice_store, folder, runner=SyncRunner())
        assert "OEFENEN" in practice_window.windowTitle()
        practice_window.close()
    finally:
        practice_store.close()
    # A second time, the same folder is reused as it is.
    assert window.start_practice(confirmed=True, folder=folder)
    assert len(started) == 2


@pytest.mark.parametrize("reply, moved", [("yes", True), ("no", False)])
def test_a_pair_assigned_early_offers_to_move_the_case_on(window, answers, reply, moved):
    from PySide6.QtWidgets import QMessageBox

    from desktop.cases.registration import register_case
    from tests.conftest import sample_case
    from tests.mediator_helpers import mediator

    shown, replies = answers
    replies.append(QMessageBox.StandardButton.Yes if reply == "yes"
                   else QMessageBox.StandardButton.No)
    case = register_case(window.store, sample_case(window.store))
    a, b = mediator(window.store, "Een", "7411 AA"), mediator(window.store, "Twee", "7412 AA")
    view = window.cases.open_case(case.id)
    assert view.assign((a, b))
    assert any("Gesprekken met partijen" in text for kind, text in shown if kind == "question")
    assert view.detail.status == ("talks" if moved else "registered")
