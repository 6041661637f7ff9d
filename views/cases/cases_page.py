"""Zaken: the case list in the first tab, opened cases and new registrations
in tabs beside it, so a phone call never has to wait for the form you were in."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.data.drafts import Draft, delete_draft, list_drafts
from desktop.data.store import Store
from views.cases.case_list import CaseListWidget
from views.i18n import format_datetime
from views.tasks import Runner
from views.widgets import style_banner

if TYPE_CHECKING:
    from views.cases.case_view import CaseView
    from views.cases.new_case_form import NewCaseForm


def _is_a(widget: object, module_name: str, class_name: str) -> bool:
    """Without importing the case screen or the registration form (and the letters,
    PDF and lookup code behind them) at start-up: until one is opened, no widget
    can be one."""
    module = sys.modules.get(module_name)
    return module is not None and isinstance(widget, getattr(module, class_name))


def _is_case_view(widget: object) -> bool:
    return _is_a(widget, "views.cases.case_view", "CaseView")


def _is_new_case_form(widget: object) -> bool:
    return _is_a(widget, "views.cases.new_case_form", "NewCaseForm")


class CasesPage(QWidget):
    def __init__(self, store: Store, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.tabs = QTabWidget()
        self.tabs.setTabsClosable(True)
        self.tabs.setDocumentMode(True)
        self.case_list = CaseListWidget(store, runner)
        self.tabs.addTab(self.case_list, self.tr("Zakenlijst"))
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.drafts_bar = QWidget()
        self.drafts_bar.setObjectName("draftsBar")
        self.drafts_label = QLabel()
        style_banner(self.drafts_label)
        self.restore_button = QPushButton(self.tr("Herstellen"))
        self.discard_button = QPushButton(self.tr("Weggooien"))
        bar = QHBoxLayout(self.drafts_bar)
        bar.setContentsMargins(8, 4, 8, 0)
        bar.addWidget(self.drafts_label, 1)
        bar.addWidget(self.restore_button)
        bar.addWidget(self.discard_button)
        self.restore_button.clicked.connect(lambda: self.restore_drafts())
        self.discard_button.clicked.connect(lambda: self.discard_drafts())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.drafts_bar)
        layout.addWidget(self.tabs)
        self._offer_drafts()
        self.case_list.open_case.connect(self.open_case)
        self.case_list.new_case.connect(self.new_case)
        QShortcut(QKeySequence("Ctrl+W"), self, activated=self.close_current_tab,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- drafts of registrations that were never saved (crash, power cut) ----------------
    def _pending_drafts(self) -> list[Draft]:
        if self.store.data_dir is None:
            return []
        return list_drafts(self.store.data_dir)

    def _offer_drafts(self) -> None:
        drafts = self._pending_drafts()
        self.drafts_bar.setVisible(bool(drafts))
        if drafts:
            self.drafts_label.setText(
                self.tr("Er zijn aanmeldingen die niet zijn opgeslagen, de laatste van %1. "
                        "Wilt u ze herstellen?").replace("%1", format_datetime(drafts[-1].saved_at))
            )

    def restore_drafts(self) -> list[NewCaseForm]:
        forms = [self.new_case(draft) for draft in self._pending_drafts()]
        self.drafts_bar.setVisible(False)
        return forms

    def discard_drafts(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Weggooien"),
            self.tr("De niet-opgeslagen aanmeldingen weggooien? Dit kan niet ongedaan worden."),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Discard:
            return
        for draft in self._pending_drafts():
            delete_draft(self.store.data_dir, draft.id)
        self.drafts_bar.setVisible(False)

    def new_case(self, draft: Draft | None = None) -> NewCaseForm:
        from views.cases.new_case_form import NewCaseForm

        form = NewCaseForm(self.store, self.runner, draft=draft)
        index = self.tabs.addTab(form, self.tr("Nieuwe zaak"))
        self.tabs.setCurrentIndex(index)
        form.saved.connect(lambda case_id, _number, f=form: self._registered(f, case_id))
        form.open_case.connect(self.open_case)
        form.cancel_requested.connect(lambda f=form: self.close_tab(self.tabs.indexOf(f)))
        form.dirty_changed.connect(lambda dirty, f=form: self._mark(f, dirty))
        form.party_a.edits["first_name"].setFocus()
        return form

    def _registered(self, form: NewCaseForm, case_id: int) -> None:
        index = self.tabs.indexOf(form)
        self.tabs.removeTab(index)
        form.deleteLater()
        self.case_list.refresh()
        self.open_case(case_id)

    def open_case(self, case_id: int) -> CaseView:
        for index in range(1, self.tabs.count()):
            widget = self.tabs.widget(index)
            if _is_case_view(widget) and widget.case_id == case_id:
                self.tabs.setCurrentIndex(index)
                return widget
        from views.cases.case_view import CaseView  # its first opening pays the import

        view = CaseView(self.store, case_id, runner=self.runner)
        title = view.detail.number if view.detail else str(case_id)
        index = self.tabs.addTab(view, title)
        self.tabs.setCurrentIndex(index)
        view.changed.connect(lambda _id: self.case_list.refresh())
        view.open_case.connect(self.open_case)
        view.dirty_changed.connect(lambda dirty, v=view: self._mark(v, dirty))
        return view

    def _mark(self, widget: QWidget, dirty: bool) -> None:
        index = self.tabs.indexOf(widget)
        if index < 0:
            return
        title = self.tabs.tabText(index).rstrip(" *")
        self.tabs.setTabText(index, title + (" *" if dirty else ""))

    def close_current_tab(self) -> None:
        if self.tabs.currentIndex() > 0:
            self.close_tab(self.tabs.currentIndex())

    def close_tab(self, index: int) -> bool:
        if index <= 0:
            return False
        widget = self.tabs.widget(index)
        if not self._confirm(widget):
            return False
        if _is_new_case_form(widget):
            widget.discard_draft()  # the coordinator chose to throw it away
        self.tabs.removeTab(index)
        widget.deleteLater()
        return True

    def _confirm(self, widget: QWidget) -> bool:
        if _is_case_view(widget):
            return widget.confirm_close()
        if _is_new_case_form(widget) and widget.is_dirty():
            self.tabs.setCurrentWidget(widget)
            answer = QMessageBox.question(
                self,
                self.tr("Aanmelding niet opgeslagen"),
                self.tr(
                    "Deze aanmelding is nog niet opgeslagen. Wilt u wat u typte weggooien?"
                ),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            return answer == QMessageBox.StandardButton.Discard
        return True

    def confirm_quit(self) -> bool:
        """Ask about every tab with unsaved work before the program closes."""
        for index in range(self.tabs.count() - 1, 0, -1):
            widget = self.tabs.widget(index)
            dirty = (_is_case_view(widget) or _is_new_case_form(widget)) and widget.is_dirty()
            if dirty:
                self.tabs.setCurrentIndex(index)
                if not self._confirm(widget):
                    return False
                if _is_new_case_form(widget):
                    widget.discard_draft()
        return True
