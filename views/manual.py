"""Handleiding: the offline manual (resources/manual/*.html) in a window with its
contents and a search, opened by F1 at the page about the screen in use.

Screens name their page with the Qt property "help_topic" ("zaak", "agenda#te-doen");
F1 looks for it on the focused widget and its parents, then on the window."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from views.screen_fit import fit_to_screen

HELP_PROPERTY = "help_topic"
HOME = "index"
_TITLE = re.compile(r"<title>(.*?)</title>", re.S | re.I)
_TAGS = re.compile(r"<[^>]+>")


def manual_dir() -> Path:
    return Path(str(resources.files("resources") / "manual"))


def pages() -> list[tuple[str, str]]:
    """(page, title) in the order of the contents (index.html lists them)."""
    folder = manual_dir()
    order = re.findall(r'href="([\w-]+)\.html"', (folder / "index.html").read_text(
        encoding="utf-8"))
    names = [HOME] + [name for name in dict.fromkeys(order) if name != HOME]
    return [(name, page_title(name)) for name in names if (folder / f"{name}.html").exists()]


def page_title(name: str) -> str:
    text = (manual_dir() / f"{name}.html").read_text(encoding="utf-8")
    found = _TITLE.search(text)
    return html.unescape(found.group(1).strip()) if found else name


def page_text(name: str) -> str:
    text = (manual_dir() / f"{name}.html").read_text(encoding="utf-8")
    return html.unescape(_TAGS.sub(" ", text))


def search(words: str) -> list[tuple[str, str]]:
    """The pages that have every word (any case)."""
    wanted = [w.casefold() for w in words.split() if w.strip()]
    found = []
    for name, title in pages():
        text = page_text(name).casefold()
        if all(w in text for w in wanted):
            found.append((name, title))
    return found


def topic_for(widget: QWidget | None, main_window: QWidget | None = None) -> str:
    """The manual page about what is in front of the coordinator: the focused part of
    the window first, then the window itself, then (for the main window) its page."""
    window = widget.window() if widget is not None else None
    focus = QApplication.focusWidget()
    candidates: list[QWidget] = []
    if focus is not None and (window is None or focus.window() is window):
        candidates.append(focus)
    if widget is not None:
        candidates.append(widget)
    for start in candidates:
        current: QWidget | None = start
        while current is not None:
            topic = current.property(HELP_PROPERTY)
            if topic and current.isVisible():
                return str(topic)
            if current.isWindow():
                break
            current = current.parentWidget()
    if window is not None and window is main_window and hasattr(window, "current_page"):
        page = window.current_page()
        inner = page.property(HELP_PROPERTY) if page is not None else None
        if hasattr(page, "tabs"):  # Zaken: the case list, a case or a new registration
            tab = page.tabs.currentWidget()
            inner = (tab.property(HELP_PROPERTY) if tab is not None else None) or inner
        if inner:
            return str(inner)
    return HOME


def set_topic(widget: QWidget, topic: str) -> QWidget:
    widget.setProperty(HELP_PROPERTY, topic)
    return widget


class ManualWindow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Handleiding — Burenrust"))
        self.setAccessibleName(self.tr("Handleiding"))
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(self.tr("Zoeken in de handleiding"))
        self.search_field.setAccessibleName(self.tr("Zoeken in de handleiding"))
        self.search_field.setClearButtonEnabled(True)
        self.contents = QListWidget()
        self.contents.setAccessibleName(self.tr("Inhoud"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Tekst van de handleiding"))
        self.browser.setSearchPaths([str(manual_dir())])
        # One stylesheet for every page; the document keeps it when a page is loaded.
        self.browser.document().setDefaultStyleSheet(
            (manual_dir() / "manual.css").read_text(encoding="utf-8"))
        self.browser.setOpenExternalLinks(True)
        self.back_button = QPushButton(self.tr("◀ Terug"))
        self.forward_button = QPushButton(self.tr("Verder ▶"))
        self.home_button = QPushButton(self.tr("Inhoud"))
        top = QHBoxLayout()
        for button in (self.back_button, self.forward_button, self.home_button):
            top.addWidget(button)
        top.addWidget(self.search_field, 1)
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([220, 680])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        fit_to_screen(self, (980, 720), "manual_window")
        self.back_button.clicked.connect(lambda _c=False: self.browser.backward())
        self.forward_button.clicked.connect(lambda _c=False: self.browser.forward())
        self.home_button.clicked.connect(lambda _c=False: self.show_topic(HOME))
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        self.contents.itemActivated.connect(self._open_item)
        self.contents.itemClicked.connect(self._open_item)
        self.search_field.textChanged.connect(self._filter)
        self.search_field.returnPressed.connect(self._open_first)
        self._filter("")

    def _fill(self, entries: list[tuple[str, str]]) -> None:
        self.contents.clear()
        for name, title in entries:
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.contents.addItem(item)

    def _filter(self, text: str) -> None:
        self._fill(search(text) if text.strip() else pages())

    def _open_item(self, item: QListWidgetItem) -> None:
        self.show_topic(item.data(Qt.ItemDataRole.UserRole))

    def _open_first(self) -> None:
        if self.contents.count():
            self._open_item(self.contents.item(0))

    def show_topic(self, topic: str) -> None:
        name, _hash, anchor = topic.partition("#")
        if not (manual_dir() / f"{name}.html").exists():
            name, anchor = HOME, ""
        url = QUrl(f"{name}.html")
        if anchor:
            url.setFragment(anchor)
        self.browser.setSource(url)
        self.current = name
        for row in range(self.contents.count()):
            if self.contents.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.contents.setCurrentRow(row)
                break

    current: str = HOME


def add_help_key(window: QWidget, open_help: Callable[[QWidget], object]) -> None:
    """F1 in a dialog, which the main window's menu key does not reach: a window
    shortcut, made when the dialog first becomes active. (Not an application-wide
    event filter: written in Python, that runs for every event of every widget.)"""
    if isinstance(window, ManualWindow) or window.property(_HELP_KEY):
        return
    window.setProperty(_HELP_KEY, True)
    key = QShortcut(QKeySequence(Qt.Key.Key_F1), window)
    key.activated.connect(lambda: open_help(QApplication.focusWidget() or window))


_HELP_KEY = "burenrust_help_key"
