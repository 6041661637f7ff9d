"""The main window: navigation on the left, one page per part of the work."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from desktop import __version__
from desktop.data.store import Store
from models.roles import Permission
from views.cases.cases_page import CasesPage
from views.errors import show_error
from views.memory import forget_module_sources
from views.screen_fit import restore_main_window, save_main_window, scrolling
from views.tasks import Runner, after_first_paint

PREFERRED_SIZE = QSize(1280, 800)


def belongs_to(widget: QWidget, main: QWidget) -> bool:
    """Whether a widget is in this main window or one of its dialogs."""
    current: QWidget | None = widget
    while current is not None:
        if current is main:
            return True
        current = current.parentWidget()
    return False


ADMIN_ROW = 7  # Beheer, last in the navigation


class MainWindow(QMainWindow):
    def __init__(
        self, store: Store, data_dir: Path, runner: Runner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner or Runner(self)
        self.setWindowTitle(self.tr("Burenrust — buurtbemiddeling"))

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(170)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setStyleSheet(
            "QListWidget#navigation { font-size: 11pt; padding-top: 8px; }"
            "QListWidget#navigation::item { padding: 8px 10px; }"
        )
        self.pages = QStackedWidget()
        self.data_dir = data_dir
        self.cases = CasesPage(store, self.runner)
        welcome = self.cases.case_list.welcome
        welcome.import_sheet.connect(self.import_sheet)
        welcome.add_mediators.connect(self.add_mediators)
        welcome.practice.connect(lambda: self.start_practice())
        # The other parts are built when first opened: start-up shows the case list sooner.
        self._factories: list[tuple[str, Callable[[], QWidget]]] = [
            (self.tr("Zaken"), lambda: self.cases),
            (self.tr("Bemiddelaars"), self._make_mediators),
            (self.tr("Agenda"), self._make_agenda),
            (self.tr("Partners"), self._make_partners),
            (self.tr("Signalen"), self._make_signals),
            (self.tr("Brieven"), self._make_letters),
            (self.tr("Cijfers"), self._make_figures),
            (self.tr("Beheer"), self._make_admin),
        ]
        self._built: dict[int, QWidget] = {0: self.cases}
        for index, (title, _factory) in enumerate(self._factories):
            self.nav.addItem(title)
            self.pages.addWidget(scrolling(self.cases) if index == 0 else QWidget())
        self.nav.currentRowChanged.connect(self._show_page)
        self.nav.setCurrentRow(0)
        # Beheer is the coordinator's (every service checks the role as well).
        self.nav.item(ADMIN_ROW).setHidden(not store.may(Permission.ADMIN))

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        restore_main_window(self, PREFERRED_SIZE)
        self._menus()
        # The first thing a coordinator does is look a case up, or press Ctrl+N.
        self.cases.case_list.search.setFocus()
        self.statusBar().showMessage(
            self.tr("Gegevens in %1 · gebruiker %2")
            .replace("%1", str(data_dir)).replace("%2", store.user)
        )
        self.idle_lock = None  # set by the start-up when signing in is on
        if not store.may(Permission.EDIT) and not store.read_only:
            notice = QLabel(self.tr("Alleen lezen: uw rol wijzigt niets"))
            notice.setStyleSheet("color: #7a4a00; font-weight: bold;")
            self.statusBar().addPermanentWidget(notice)
        self.skip_close_checks = False  # set after a restore: the old data is gone anyway
        self.manual = None  # the help window, made when first asked for
        # Each window, when it becomes active, gets its inputs named and F1 (dialogs).
        QApplication.instance().focusWindowChanged.connect(self._window_activated)
        self.backup_warning = QLabel()
        self.backup_warning.setStyleSheet("color: #a4000f; font-weight: bold;")
        self.statusBar().addPermanentWidget(self.backup_warning)
        from desktop.demo.practice import is_practice

        if is_practice(data_dir):
            notice = QLabel(self.tr("Oefenomgeving: verzonnen gegevens"))
            notice.setStyleSheet("color: #7a4a00; font-weight: bold;")
            self.statusBar().addPermanentWidget(notice)
            self.setWindowTitle(self.windowTitle() + " — " + self.tr("OEFENEN"))
        if store.read_only:
            notice = QLabel(self.tr("Alleen lezen: de gegevens zijn elders geopend"))
            notice.setStyleSheet("color: #7a4a00; font-weight: bold;")
            self.statusBar().addPermanentWidget(notice)
            self.setWindowTitle(self.windowTitle() + " " + self.tr("(alleen lezen)"))
        else:
            # Once the window is painted: the check reads the backup folder (a USB stick,
            # a network share) and may explain the key file in a message of its own.
            after_first_paint(self, self.check_backups, at_most_ms=1000)
        self.mail_state = QLabel()
        self.mail_state.setObjectName("mailState")
        self.mail_state.setStyleSheet("color: #a4000f;")
        self.mail_state.linkActivated.connect(lambda _link: self.open_outbox())
        self.statusBar().addPermanentWidget(self.mail_state)
        from views.mail.mail_sender import MailSender

        self.mail_sender = MailSender(store, data_dir, self.runner, self)
        self.mail_sender.reported.connect(self.show_mail_state)

    def show_mail_state(self, report) -> None:
        """Only when something needs the coordinator: failures, or mail that waits."""
        from views.messages import mail_error_text

        parts = []
        if report.attention:
            parts.append(self.tr("%1 e-mail(s) mislukt").replace("%1", str(report.attention)))
        if report.waiting and report.error:
            parts.append(self.tr("%1 e-mail(s) wachten").replace("%1", str(report.waiting)))
        text = " · ".join(parts)
        self.mail_state.setText(f"<a href='outbox'>{text}</a>" if text else "")
        self.mail_state.setToolTip(mail_error_text(report.error) if report.error else "")

    def open_outbox(self):
        """Beheer's outbox, from the status bar or a Te doen line."""
        self.nav.setCurrentRow(7)
        dialog = self.admin.outbox_dialog()
        dialog.open()
        return dialog

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Bestand"))
        new_case = QAction(self.tr("&Nieuwe zaak"), self)
        new_case.setShortcut(QKeySequence.StandardKey.New)
        new_case.triggered.connect(self.new_case)
        new_case.setEnabled(self.store.can_edit)
        file_menu.addAction(new_case)
        find = QAction(self.tr("&Zoeken in zaken"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.find_case)
        file_menu.addAction(find)
        file_menu.addSeparator()
        self.password_action = QAction(self.tr("Mijn &wachtwoord wijzigen…"), self)
        self.password_action.triggered.connect(lambda _c=False: self.own_password_dialog().open())
        self.password_action.setVisible(False)  # shown when signing in is on
        file_menu.addAction(self.password_action)
        quit_action = QAction(self.tr("&Afsluiten"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        manual = QAction(self.tr("&Handleiding"), self)
        manual.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1 (dialogs: add_help_key)
        manual.triggered.connect(lambda _c=False: self.show_help())
        help_menu.addAction(manual)
        practice = QAction(self.tr("&Oefenen met demogegevens…"), self)
        practice.triggered.connect(lambda _c=False: self.start_practice())
        help_menu.addAction(practice)
        help_menu.addSeparator()
        about = QAction(self.tr("&Over Burenrust"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def signed_in(self, idle_lock) -> None:
        """Signing in is on: the lock watches this window, and a password can be changed."""
        self.idle_lock = idle_lock
        self.password_action.setVisible(True)

    def own_password_dialog(self):
        from views.access.own_password_dialog import OwnPasswordDialog

        return OwnPasswordDialog(self.store, self)

    def page(self, row: int) -> QWidget:
        """The page of a navigation row, built on first use."""
        if row not in self._built:
            page = self._factories[row][1]()
            placeholder = self.pages.widget(row)
            self.pages.insertWidget(row, scrolling(page))
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
            self._built[row] = page
            forget_module_sources()  # the sources its imports left in linecache
        return self._built[row]

    def current_page(self) -> QWidget:
        return self.page(self.pages.currentIndex())

    @property
    def mediators(self):
        return self.page(1)

    @property
    def agenda(self):
        return self.page(2)

    def _make_mediators(self) -> QWidget:
        from views.mediators.mediators_page import MediatorsPage

        page = MediatorsPage(self.store, self.runner)
        page.open_case.connect(self._open_case)
        page.planned.connect(self.cases.case_list.refresh)
        return page

    def _make_agenda(self) -> QWidget:
        from views.agenda.agenda_page import AgendaPage

        page = AgendaPage(self.store, self.runner)
        page.open_case.connect(self._open_case)
        page.open_privacy.connect(self.open_privacy)
        page.ask_outcome.connect(self.ask_outcome)
        page.open_outbox.connect(self.open_outbox)
        page.open_mediator.connect(self.open_mediator)
        return page

    def open_mediator(self, mediator_id: int) -> None:
        """From Te doen (volunteer care): the mediator's page."""
        self.nav.setCurrentRow(1)
        self.mediators.open_mediator(mediator_id)

    def ask_outcome(self, case_id: int, appointment_id: int):
        """From Te doen: the case, its appointments, and how this one went."""
        self.nav.setCurrentRow(0)
        view = self.cases.open_case(case_id)
        view.show_tab(view.appointments_tab)
        return view.appointments_tab.ask_outcome(appointment_id)

    def _make_admin(self) -> QWidget:
        from views.admin.admin_page import AdminPage

        page = AdminPage(self.store, self.data_dir, self.runner)
        page.cases_imported.connect(lambda _count: self.cases.case_list.refresh())
        page.backups.made.connect(self.check_backups)
        page.privacy_changed.connect(lambda: self.pages.currentIndex() == 2 and (
            self.page(2).refresh()))
        page.mail_changed.connect(self.mail_sender.soon)
        page.open_case.connect(self._open_case)
        page.open_mediator.connect(self.open_mediator)
        page.open_privacy.connect(self.open_privacy)
        return page

    def open_privacy(self):
        """Beheer's privacy screen, from a Te doen line."""
        self.nav.setCurrentRow(7)
        dialog = self.admin.privacy_dialog()
        dialog.open()
        return dialog

    # Navigation rows: 0 Zaken, 1 Bemiddelaars, 2 Agenda, 3 Partners, 4 Signalen,
    # 5 Brieven, 6 Cijfers, 7 Beheer.
    @property
    def admin(self):
        return self.page(7)

    def _make_partners(self) -> QWidget:
        from views.partners.partners_page import PartnersPage

        page = PartnersPage(self.store)
        page.open_case.connect(self._open_case)
        return page

    @property
    def partners(self):
        return self.page(3)

    def _make_signals(self) -> QWidget:
        from views.signals.signals_page import SignalsPage

        page = SignalsPage(self.store, self.runner)
        page.open_case.connect(self._open_case)
        return page

    @property
    def signals(self):
        return self.page(4)

    def _make_figures(self) -> QWidget:
        from views.figures.figures_page import FiguresPage

        return FiguresPage(self.store, self.runner)

    @property
    def figures(self):
        return self.page(6)

    def _make_letters(self) -> QWidget:
        from views.documents.print_letters_page import PrintLettersPage

        return PrintLettersPage(self.store, self.runner)

    @property
    def letters(self):
        return self.page(5)

    def ask_organisation_if_missing(self):
        """First run: ask for the organisation's details every letter needs (not modal
        to the program: the coordinator may choose Later)."""
        from desktop.documents.organisation import is_set_up

        if not self.store.can_edit or not self.store.may(Permission.ADMIN) or is_set_up(
                self.store):
            return None
        dialog = self.admin.organisation_dialog(first_run=True)
        dialog.open()
        return dialog

    def check_backups(self) -> None:
        """Warn in the status bar when the last backup is old or the folder is gone."""
        from desktop.data.config import Settings
        from views.admin.backup_box import backup_warning

        settings = Settings.load(self.data_dir)
        if settings.database_url:  # a server: its administrator makes the backups
            self.backup_warning.setVisible(False)
            return
        folder = settings.backup_folder(self.data_dir)
        if not settings.backup_dir:  # the default folder is ours to make
            folder.mkdir(parents=True, exist_ok=True)
        warning = backup_warning(folder)
        self.backup_warning.setText(("⚠ " + warning) if warning else "")
        self.backup_warning.setVisible(bool(warning))
        self._explain_key_file_once()

    def _explain_key_file_once(self) -> None:
        """No keyring on this PC: the backup key went into a file. Say so, once."""
        from desktop.data.backup_key import key_place
        from desktop.data.config import Settings
        from views.admin.backup_box import key_file_explanation

        settings = Settings.load(self.data_dir)
        if settings.key_file_explained or key_place(self.data_dir) != "file":
            return
        settings.key_file_explained = True
        settings.save(self.data_dir)
        QMessageBox.information(self, self.tr("Back-ups"), key_file_explanation(self.data_dir))

    def _show_page(self, row: int) -> None:
        page = self.page(row)
        self.pages.setCurrentIndex(row)
        if row == 2:  # appointments may have changed since the agenda was last seen
            page.refresh()

    def _open_case(self, case_id: int) -> None:
        self.nav.setCurrentRow(0)
        self.cases.open_case(case_id)

    def new_case(self) -> None:
        self.nav.setCurrentRow(0)
        self.cases.new_case()

    def find_case(self) -> None:
        self.nav.setCurrentRow(0)
        self.cases.tabs.setCurrentIndex(0)
        self.cases.case_list.focus_search()

    # -- first steps ---------------------------------------------------------------------
    def import_sheet(self) -> None:
        self.nav.setCurrentRow(7)
        self.admin.import_cases()

    def add_mediators(self) -> None:
        self.nav.setCurrentRow(1)
        self.mediators.new_mediator()

    def start_practice(self, confirmed: bool = False, folder: Path | None = None) -> bool:
        """A second window on a separate folder with made-up cases (filled the first
        time, in a worker)."""
        from PySide6.QtCore import QProcess

        from desktop.data.instance_lock import DataInUse
        from desktop.demo.practice import practice_folder, prepare_practice, start_command

        folder = folder or practice_folder()
        if not confirmed and QMessageBox.question(
                self, self.tr("Oefenen met demogegevens"),
                self.tr("Burenrust opent een tweede venster met verzonnen zaken, bemiddelaars "
                        "en afspraken, in een aparte map:\n%1\n\nUw eigen gegevens blijven "
                        "daarbuiten. De eerste keer duurt het klaarmaken even.")
                .replace("%1", str(folder))) != QMessageBox.StandardButton.Yes:
            return False
        self.statusBar().showMessage(self.tr("De oefenomgeving wordt klaargemaakt…"))

        def done(ready: Path) -> None:
            self.statusBar().clearMessage()
            command = start_command(ready)
            if not QProcess.startDetached(command[0], command[1:]):
                QMessageBox.warning(self, self.tr("Oefenen met demogegevens"), self.tr(
                    "Het tweede venster kon niet worden gestart."))

        def failed(exc: BaseException) -> None:
            self.statusBar().clearMessage()
            if isinstance(exc, DataInUse):
                QMessageBox.information(self, self.tr("Oefenen met demogegevens"), self.tr(
                    "De oefenomgeving is al geopend, in een ander venster."))
            else:
                show_error(self, exc)

        self.runner.run(lambda: prepare_practice(folder), done, failed)
        return True

    def show_help(self, source: QWidget | None = None, topic: str | None = None):
        """The manual, at the page about the screen in front of the coordinator. Over
        a modal dialog it belongs to that dialog, else the dialog would block it."""
        from views.manual import ManualWindow, topic_for

        source = source or QApplication.activeWindow() or self
        topic = topic or topic_for(source, self)
        owner = QApplication.activeModalWidget() or self
        if self.manual is None or self.manual.parentWidget() is not owner:
            if self.manual is not None:
                self.manual.close()
            self.manual = ManualWindow(owner)
            self.manual.destroyed.connect(lambda *_a: setattr(self, "manual", None))
        self.manual.show_topic(topic)
        self.manual.show()
        self.manual.raise_()
        self.manual.activateWindow()
        return self.manual

    def _window_activated(self, _window: object) -> None:
        from views.accessibility import name_active_window
        from views.manual import add_help_key

        name_active_window()
        active = QApplication.activeWindow()
        if active is not None and active is not self and belongs_to(active, self):
            add_help_key(active, self._help_key_pressed)

    def _help_key_pressed(self, widget: QWidget) -> None:
        if belongs_to(widget, self):
            self.show_help(widget)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Over Burenrust"),
            self.tr("Burenrust %1\nDossiers voor buurtbemiddeling.").replace("%1", __version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        mediators = self._built.get(1)
        if self.skip_close_checks or (
            self.cases.confirm_quit() and (mediators is None or mediators.confirm_leave())
        ):
            save_main_window(self)
            event.accept()
        else:
            event.ignore()
