"""Everything works without a mouse: every editor tabs through all its fields in
reading order (no field skipped, form rows top to bottom) and saves with Ctrl+S."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFormLayout, QWidget

from views.accessibility import is_input


def _inputs(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget)
            if is_input(w) and w.isVisibleTo(root.window()) and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus]


def tab_walk(start: QWidget, root: QWidget, limit: int = 150) -> list[QWidget]:
    """The inputs of root that Tab visits from start, in order, until it leaves root."""
    start.setFocus()
    QApplication.processEvents()
    visited: list[QWidget] = []
    for _ in range(limit):
        widget = QApplication.focusWidget()
        if widget is None or not (widget is root or root.isAncestorOf(widget)):
            break
        if visited and widget is visited[0]:
            break
        if is_input(widget) and widget not in visited:
            visited.append(widget)
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    return visited


def _form_row(widget: QWidget, root: QWidget) -> tuple[QFormLayout, int] | None:
    current: QWidget | None = widget
    while current is not None and current is not root:
        parent = current.parentWidget()
        layout = parent.layout() if parent is not None else None
        if isinstance(layout, QFormLayout):
            for row in range(layout.rowCount()):
                for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole,
                             QFormLayout.ItemRole.LabelRole):
                    item = layout.itemAt(row, role)
                    if item is None:
                        continue
                    holder = item.widget() or item.layout()
                    if holder is current or (item.layout() is not None and _in_layout(
                            item.layout(), current)):
                        return layout, row
        current = parent
    return None


def _in_layout(layout, widget: QWidget) -> bool:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is widget or (item.layout() is not None and _in_layout(
                item.layout(), widget)):
            return True
    return False


def assert_reading_order(start: QWidget, root: QWidget) -> list[QWidget]:
    visited = tab_walk(start, root)
    skipped = [f"{type(w).__name__} {w.accessibleName()}" for w in _inputs(root)
               if w not in visited]
    assert skipped == [], "Tab never reaches these"
    last: dict[int, int] = {}
    for widget in visited:
        place = _form_row(widget, root)
        if place is None:
            continue
        form, row = place
        assert row >= last.get(id(form), -1), f"{widget.accessibleName()} out of order"
        last[id(form)] = row
    return visited


def test_new_case_form_tabs_through_every_field_in_order(window, answers):
    form = window.cases.new_case()
    visited = assert_reading_order(form.party_a.edits["first_name"], form)
    salutation = form.party_a.salutation
    assert visited.index(salutation) == visited.index(form.party_a.interpreter) + 1
    assert visited.index(form.party_b.edits["first_name"]) == visited.index(salutation) + 1


def test_mediator_editor_tabs_in_order_and_saves_with_ctrl_s(window, answers):
    window.nav.setCurrentRow(1)
    page = window.mediators
    page.new_mediator()
    editor = page.editor
    assert_reading_order(editor.edits["first_name"], editor)
    # An empty mediator: the message names the mediator, not a requester.
    editor.edits["first_name"].setText("Anna")
    editor.edits["first_name"].setFocus()
    QTest.keyClick(editor.edits["first_name"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.model.rowCount() == 0
    assert "achternaam van de bemiddelaar" in editor.boxes["last_name"].error.text()
    editor.edits["last_name"].setText("Bakker")
    QTest.keyClick(editor.edits["last_name"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.model.rowCount() == 1
    assert "Ctrl+S" in editor.save_button.toolTip()


def test_partner_form_tabs_in_order_and_saves_with_ctrl_s(window, answers):
    window.nav.setCurrentRow(3)
    page = window.partners
    page.new_organisation()
    details = page.tabs.widget(0)
    assert_reading_order(page.org_fields["name"].editor, details)
    page.org_fields["name"].editor.setText("Woonstichting De Linde")
    QTest.keyClick(page.org_fields["name"].editor, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier)
    assert page.list.rowCount() == 1


def test_dialog_editors_tab_in_order_and_save_with_ctrl_s(window, answers):
    from desktop.cases.registration import register_case
    from tests.conftest import sample_case

    case = register_case(window.store, sample_case(window.store))
    view = window.cases.open_case(case.id)
    party = view.party_dialog("B")
    party.show()
    assert_reading_order(party.editor.edits["first_name"], party)
    party.editor.edits["first_name"].setText("Ayla")
    QTest.keyClick(party.editor.edits["first_name"], Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier)
    from desktop.cases.detail import get_case

    assert get_case(window.store, case.id).parties[1].name.startswith("Ayla")
    assert party.result() == party.DialogCode.Accepted

    organisation = window.admin.organisation_dialog()
    organisation.show()
    first = organisation.findChildren(QWidget)
    assert_reading_order(next(w for w in first if is_input(w)), organisation)
    incident = window.signals.new_incident()
    assert_reading_order(incident.day.editor, incident)
    appointment = view.appointments_tab.appointment_dialog()
    appointment.show()
    assert_reading_order(appointment.kind, appointment)
