"""The main flows through the real widgets, keyboard first: register a case,
find it, write in its journal, close it, and find it all again after a restart."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.cases.queries import CaseFilter, fetch_rows
from desktop.data.store import Store
from tests.gui_helpers import fill, focused, press, tab, type_text
from views.cases.case_table_model import PAGE_SIZE
from views.cases.case_view import CaseView
from views.cases.close_case_dialog import CloseCaseDialog
from views.cases.new_case_form import NewCaseForm
from views.cases.status_dialog import StatusDialog
from views.main_window import MainWindow
from views.tasks import SyncRunner


@pytest.fixture
def make_window(qtbot, data_dir):
    stores = []

    def make() -> MainWindow:
        store = Store.open(data_dir, user="test-coordinator")
        stores.append(store)
        window = MainWindow(store, data_dir, runner=SyncRunner())
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitExposed(window)
        # Focus in this window (not one a previous test left behind): keys go to it.
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                        and QApplication.focusWidget().window() is window)
        return window

    yield make
    for store in stores:
        store.close()


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture(autouse=True)
def answer(monkeypatch):
    """Answer QMessageBox questions and record every message shown. A modal box
    would hang an offscreen test, so none is ever really opened here; when a test
    queued no reply (e.g. at teardown), unsaved work is discarded."""
    shown: list[tuple[str, str]] = []
    replies: list[QMessageBox.StandardButton] = []

    def question(parent, title, text, *args, **kwargs):
        shown.append(("question", text))
        return replies.pop(0) if replies else QMessageBox.StandardButton.Discard

    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(
            QMessageBox, kind,
            staticmethod(lambda parent, title, text, *a, _k=kind, **kw: shown.append((_k, text))),
        )
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return shown, replies


def register_by_keyboard(window: MainWindow, qtbot) -> NewCaseForm:
    press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.cases.tabs.currentWidget()
    assert isinstance(form, NewCaseForm)
    qtbot.waitUntil(lambda: focused() is form.party_a.edits["first_name"])
    # Party A: name, postcode, number, street, town, neighbourhood, municipality, phone, e-mail,
    # letters by e-mail, language, interpreter, salutation in letters.
    fill("Jan", "de", "Vries", "8011ab", "12a", "Dorpstraat", "Zwolle", "Assendorp", "Zwolle",
         "0612345678", "jan@example.nl", None, None, None, None)
    # Party B: known by name and address only.
    fill("Ayşe", None, "Çelik", "8011 ab", "14", "Dorpstraat", "Zwolle", None, None, None, None,
         None, None, None, None)
    assert focused() is form.types.main
    press(Qt.Key.Key_Down)  # the first conflict type
    tab(2)
    type_text("Harde muziek na middernacht, al maanden.")
    return form


def test_register_find_note_close_and_restart(make_window, qtbot, answer):
    window = make_window()
    form = register_by_keyboard(window, qtbot)
    assert form.save_button.isEnabled(), form.summary.text()
    assert form.party_a.edits["postcode"].text() == "8011 AB"  # normalised on leaving
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    view = window.cases.tabs.currentWidget()
    assert isinstance(view, CaseView)
    number = view.detail.number
    assert number == f"{date.today().year}-0001"
    assert [p.name for p in view.detail.parties] == ["Jan de Vries", "Ayşe Çelik"]

    # Find it in the list by typing part of the street name.
    window.find_case()
    assert focused() is window.cases.case_list.search
    type_text("dorpstr")
    model = window.cases.case_list.model
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == number
    assert model.index(0, 3).data() == "Jan de Vries"

    # Open it with Enter and add a journal note in two steps.
    press(Qt.Key.Key_Return)
    view = window.cases.tabs.currentWidget()
    assert isinstance(view, CaseView) and view.detail.number == number
    view.journal_text.setFocus()
    type_text("Partij A gebeld; B krijgt een brief.")
    qtbot.mouseClick(view.call_button, Qt.MouseButton.LeftButton)
    assert view.journal_text.toPlainText() == ""
    assert any("Partij A gebeld" in line for line in view.journal_texts())

    # Close it with a result: the status dialog, then the result.
    def choose_result() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, CloseCaseDialog) and w.isVisible())
        dialog.result.setCurrentIndex(dialog.result.findText("Opgelost door bemiddeling"))
        dialog.note.setPlainText("Afspraken over muziek na 23 uur.")
        dialog.accept()

    def choose_closed() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, StatusDialog) and w.isVisible())
        dialog.choose("closed")
        QTimer.singleShot(0, choose_result)
        dialog.accept()

    QTimer.singleShot(0, choose_closed)
    qtbot.mouseClick(view.status_button, Qt.MouseButton.LeftButton)
    assert view.detail.status == "closed"
    assert view.detail.result == "Opgelost door bemiddeling"
    window.close()

    # After a restart everything is there.
    again = make_window()
    again.find_case()
    type_text("çelik")
    assert again.cases.case_list.model.rowCount() == 1
    press(Qt.Key.Key_Return)
    reopened = again.cases.tabs.currentWidget()
    assert reopened.detail.status == "closed"
    assert reopened.detail.closing_note == "Afspraken over muziek na 23 uur."
    assert any("Partij A gebeld" in line for line in reopened.journal_texts())
    assert [m for m in answer[0] if m[0] != "question"] == []


def test_invalid_input_says_what_is_wrong_and_blocks_save(window, qtbot):
    form = window.cases.new_case()
    form.party_a.edits["last_name"].setFocus()
    type_text("Jansen")
    tab()
    type_text("123ab")
    tab()
    box = form.party_a.boxes["postcode"]
    assert box.error.isVisible()
    assert "1234 AB" in box.error.text()
    assert not form.save_button.isEnabled()
    assert "Nog nodig voor opslaan" in form.summary.text()
    # Saving anyway shows every problem and keeps what was typed.
    assert form.save() is False
    assert form.party_a.edits["last_name"].text() == "Jansen"
    assert form.types.main_box.error.text() == "Kies de soort conflict."
    # Fix it: the message goes away as the user types.
    form.party_a.edits["postcode"].setFocus()
    form.party_a.edits["postcode"].selectAll()
    type_text("1234ab")
    assert not box.error.isVisible()


def test_closing_an_unsaved_registration_asks_first(window, answer):
    shown, replies = answer
    form = window.cases.new_case()
    form.party_a.edits["last_name"].setText("Jansen")
    index = window.cases.tabs.indexOf(form)
    replies.append(QMessageBox.StandardButton.Cancel)
    assert window.cases.close_tab(index) is False
    assert window.cases.tabs.indexOf(form) == index
    assert form.party_a.edits["last_name"].text() == "Jansen"
    replies.append(QMessageBox.StandardButton.Discard)
    assert window.cases.close_tab(index) is True
    assert [kind for kind, _ in shown] == ["question", "question"]


def test_quitting_with_unsaved_work_asks(window, answer):
    shown, replies = answer
    form = window.cases.new_case()
    form.story.setPlainText("Een lang verhaal " * 300)
    replies.append(QMessageBox.StandardButton.Cancel)
    window.close()
    assert window.isVisible()
    assert shown and shown[0][0] == "question"


def test_database_error_is_calm_logged_without_personal_data_and_keeps_input(
    window, answer, monkeypatch, data_dir
):
    from sqlalchemy.exc import OperationalError

    import views.cases.new_case_form as new_case_form
    from desktop.data.logging_setup import setup_logging
    from views.errors import set_log_path

    set_log_path(setup_logging(data_dir))
    shown, _ = answer

    def failing(*_args, **_kwargs):
        raise OperationalError("INSERT INTO persons ...", None, Exception("database is locked"))

    monkeypatch.setattr(new_case_form, "register_case", failing)
    form = window.cases.new_case()
    form.party_a.edits["last_name"].setText("Geheimnaam")
    form.party_a.edits["phone"].setText("0612345678")
    form.types.main.setCurrentIndex(1)
    assert form.save() is False
    assert shown[-1][0] == "critical"
    assert "niets half opgeslagen" in shown[-1][1]
    assert "Traceback" not in shown[-1][1]
    assert form.party_a.edits["last_name"].text() == "Geheimnaam"
    log = (data_dir / "logs" / "burenrust.log").read_text(encoding="utf-8")
    assert "OperationalError" in log
    assert "Geheimnaam" not in log and "0612345678" not in log


def test_recurrence_is_shown_while_typing_and_links_to_the_case(window, store, qtbot):
    from desktop.cases.registration import register_case
    from tests.conftest import sample_case

    earlier = register_case(window.store, sample_case(window.store))
    form = window.cases.new_case()
    form.party_a.edits["postcode"].setText("8011AB")
    form.party_a.edits["house_number"].setText("14")
    form.check_recurrence_now()
    assert form.banner.isVisible()
    assert earlier.number in form.banner.text()
    form.banner.linkActivated.emit(f"case:{earlier.id}")
    view = window.cases.tabs.currentWidget()
    assert isinstance(view, CaseView) and view.case_id == earlier.id


def test_case_view_edit_and_stale_save_keeps_typing(window, answer):
    from desktop.cases.detail import change_status, get_case
    from desktop.cases.registration import register_case
    from tests.conftest import sample_case

    ref = register_case(window.store, sample_case(window.store))
    view = window.cases.open_case(ref.id)
    view.story.setPlainText("Bijgewerkt verhaal")
    assert view.save_button.isEnabled()
    # Someone else changes the case meanwhile.
    change_status(window.store, ref.id, get_case(window.store, ref.id).version, "intake")
    assert view.save_details() is False
    assert "door iemand anders gewijzigd" in answer[0][-1][1]
    assert view.story.toPlainText() == "Bijgewerkt verhaal"
    assert view.detail.status == "intake"
    assert view.save_details() is True
    assert get_case(window.store, ref.id).story == "Bijgewerkt verhaal"


def test_every_part_of_the_navigation_opens(window):
    titles = []
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        assert window.current_page() is window.page(row)
        titles.append(window.nav.item(row).text())
    assert titles == ["Zaken", "Bemiddelaars", "Agenda", "Partners", "Signalen", "Brieven",
                      "Cijfers", "Beheer"]


def test_a_page_built_gives_back_the_sources_its_imports_left_in_linecache(window):
    import linecache

    import desktop.agenda.clashes

    # As PySide6's import hook leaves every imported module's whole source behind.
    assert linecache.getlines(desktop.agenda.clashes.__file__)
    window.nav.setCurrentRow(2)  # Agenda: built now
    assert desktop.agenda.clashes.__file__ not in linecache.cache


def test_case_list_pages_and_filters(window, store, qtbot):
    from desktop.demo import generator

    generator.generate(window.store, cases=450)
    window.cases.case_list.refresh()
    model = window.cases.case_list.model
    assert model.rowCount() == PAGE_SIZE == 50  # one page: more come as the list scrolls
    assert model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 450
    qtbot.waitUntil(lambda: "450 zaken" in window.cases.case_list.count_label.text())
    status = window.cases.case_list.status_filter
    status.setCurrentIndex(status.findData("closed"))
    expected = fetch_rows(window.store, CaseFilter(status="closed"), limit=1000)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == len(expected) > 0
    assert {model.index(r, 2).data() for r in range(model.rowCount())} == {"Afgesloten"}


def test_the_list_holds_at_most_its_cap_and_says_how_to_find_the_rest(
        window, qtbot, monkeypatch):
    from desktop.demo import generator
    from views.cases import case_list, case_table_model

    monkeypatch.setattr(case_table_model, "MAX_ROWS", 120)  # 10,000 in the program
    monkeypatch.setattr(case_list, "MAX_ROWS", 120)
    generator.generate(window.store, cases=450)
    window.cases.case_list.refresh()
    model = window.cases.case_list.model
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 150  # three pages: the one that passed the cap is the last
    label = window.cases.case_list.count_label
    qtbot.waitUntil(lambda: "450 zaken" in label.text())
    assert "de lijst toont de eerste 120; zoek of filter om andere te vinden" in label.text()
    window.cases.case_list.search.setText("2026-0001")  # a search that fits: no such words
    qtbot.waitUntil(lambda: "de eerste" not in label.text())


def test_table_model_passes_qt_model_tester(qtmodeltester, store):
    from desktop.demo import generator
    from views.cases.case_table_model import CaseTableModel

    generator.generate(store, cases=250)
    model = CaseTableModel(store)
    model.reload()
    qtmodeltester.check(model)
    # A second tester on the same model would see the first one's fetchMore mid-reset,
    # so the sorted state gets its own model.
    sorted_model = CaseTableModel(store)
    sorted_model.sort(1, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(sorted_model)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert model.index(0, 1).data() == sorted_model.index(0, 1).data()


def test_scrolled_rows_leave_nothing_for_the_garbage_collector_to_walk(store):
    """Every row scrolled into view stays in the model while the list is open: kept as
    objects the collector tracks, 100,000 of them made each full collection pause the
    program for 150 ms or more (tests/benchmarks/bench_gui.py, opening a case)."""
    import gc

    from desktop.demo import generator
    from views.cases.case_table_model import CaseTableModel

    generator.generate(store, cases=250)
    model = CaseTableModel(store)
    lists = [id(value) for value in vars(model).values() if isinstance(value, list)]
    model.reload()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 250
    # Filled in place: the lists made with the model are frozen with what start-up
    # made (desktop.app's warm-up), so no collection walks their items either.
    assert [id(value) for value in vars(model).values() if isinstance(value, list)] == lists
    gc.collect()
    per_row = [value for value in vars(model).values() if isinstance(value, list)]
    assert sum(len(rows) for rows in per_row) >= 250  # the rows are in those lists
    tracked = [item for rows in per_row for item in rows if gc.is_tracked(item)]
    assert tracked == [], {type(item).__name__ for item in tracked}
    assert model.case_id(249) is not None and model.row_of(model.case_id(249)) == 249


def test_correct_a_party_from_the_case_and_see_the_history(window, answer):
    from desktop.cases.registration import register_case
    from tests.conftest import sample_case

    ref = register_case(window.store, sample_case(window.store))
    view = window.cases.open_case(ref.id)
    dialog = view.party_dialog("B")
    assert dialog.editor.edits["last_name"].text() == "Çelik"
    dialog.editor.edits["phone"].setText("06 28765432")
    assert dialog.try_save()
    view.reload()
    assert view.detail.parties[1].phone == "06 28765432"
    view.side_tabs.setCurrentWidget(view.history)
    text = view.history.toPlainText()
    assert "Persoon gewijzigd" in text and "06 28765432" in text


def test_party_dialog_keeps_typing_on_bad_input_and_asks_before_discarding(window, answer):
    from desktop.cases.registration import register_case
    from tests.conftest import sample_case

    shown, replies = answer
    ref = register_case(window.store, sample_case(window.store))
    view = window.cases.open_case(ref.id)
    dialog = view.party_dialog(None)
    dialog.editor.edits["postcode"].setText("12")
    assert dialog.try_save() is False
    assert "1234 AB" in dialog.editor.boxes["postcode"].error.text()
    replies.append(QMessageBox.StandardButton.Cancel)
    dialog.reject()
    assert dialog.result() == 0 and shown[-1][0] == "question"
    assert dialog.editor.edits["postcode"].text() == "12"


def test_typing_survives_a_crash_as_a_draft(make_window, data_dir, tmp_path):
    window = make_window()
    form = window.cases.new_case()
    form.party_a.edits["last_name"].setText("Ödegård")
    form.party_a.edits["phone"].setText("0612345678")
    form.types.main.setCurrentIndex(2)
    form.story.setPlainText("Lawaai 's nachts")
    form.write_draft()  # the timer does this two seconds after typing stops
    assert (data_dir / "drafts").exists()

    # The program dies without closing; the next start offers the draft.
    again = make_window()
    assert not again.cases.drafts_bar.isHidden()
    [restored] = again.cases.restore_drafts()
    assert restored.party_a.edits["last_name"].text() == "Ödegård"
    assert restored.story.toPlainText() == "Lawaai 's nachts"
    assert restored.conflict_type_ids() == form.conflict_type_ids()
    assert restored.save()
    assert list((data_dir / "drafts").glob("*.json")) == []


def test_discarding_a_form_removes_its_draft(window, data_dir):
    form = window.cases.new_case()
    form.party_a.edits["last_name"].setText("Jansen")
    form.write_draft()
    assert list((data_dir / "drafts").glob("*.json"))
    window.cases.close_tab(window.cases.tabs.indexOf(form))  # answered: discard
    assert list((data_dir / "drafts").glob("*.json")) == []


def test_a_status_change_is_asked_first_shown_and_can_be_undone(window, qtbot, answers):
    from desktop.cases.registration import register_case
    from tests.conftest import sample_case

    case = register_case(window.store, sample_case(window.store))
    view = window.cases.open_case(case.id)
    assert not view.status_notice.isVisible()

    # A click on the button asks; cancelling the question changes nothing.
    dialog = view.status_dialog()
    assert dialog.target() == "intake"  # the usual next step is proposed
    QTimer.singleShot(0, dialog.reject)
    assert not view.ask_status(dialog)
    assert view.detail.status == "registered"

    dialog = view.status_dialog()
    dialog.choose("talks")
    dialog.note.setText("Partijen willen praten")
    QTimer.singleShot(0, dialog.accept)
    assert view.ask_status(dialog)
    assert view.detail.status == "talks"
    assert view.status_notice.isVisible()
    assert "Aangemeld → Gesprekken met partijen" in view.status_notice.text()
    assert "Status: <b>Gesprekken met partijen</b>" in view.status_label.text()

    # The mis-click is taken back with the link in the notice.
    view.status_notice.linkActivated.emit("undo")
    assert view.detail.status == "registered"
    assert "Terug naar Aangemeld" in view.status_notice.text()
    assert any("Vergissing hersteld" in line for line in view.journal_texts())
