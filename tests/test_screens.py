"""Every page and dialog, on the smallest screen a coordinator has (1366×768 at
125 %, less the taskbar: tests/small_screen.json): it fits and its buttons can be
reached, every input has an accessible name, and F1 opens the manual at the page
about it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from tests.screen_catalog import every_dialog, every_page
from views.accessibility import is_input
from views.screen_fit import SMALLEST_INSIDE, available_size

ROOT = Path(__file__).resolve().parent.parent
MANUAL = ROOT / "resources" / "manual"
NAVIGATION_WIDTH = 170

# The manual page F1 must open on each screen of the catalog.
PAGE_TOPICS = {
    "pagina zaken": "zaken", "pagina bemiddelaars": "bemiddelaars", "pagina agenda": "agenda",
    "pagina partners": "partners", "pagina signalen": "signalen", "pagina brieven": "brieven",
    "pagina cijfers": "cijfers", "pagina beheer": "beheer", "zaak": "zaak",
    "nieuwe zaak": "nieuwe-zaak", "bemiddelaar": "bemiddelaars", "partner": "partners",
}
DIALOG_TOPICS = {
    "afspraak": "afspraken", "koppel": "zaak", "partij": "nieuwe-zaak",
    "zaak afsluiten": "zaak", "brief maken": "brieven", "pdf": "brieven",
    "incident": "signalen", "planning": "bemiddelaars", "afwezigheid": "bemiddelaars",
    "training": "bemiddelaars", "organisatie": "beheer", "database": "beheer",
    "e-mail": "beheer", "postvak uit": "beheer",
    "privacy": "privacy", "nieuw verzoek": "privacy", "inzage": "privacy",
    "sjablonen": "brieven", "importeren": "importeren",
    "vrijwilligerszorg": "vrijwilligerszorg", "declaraties": "vrijwilligerszorg",
    "uren en kosten": "vrijwilligerszorg", "regel uren en kosten": "vrijwilligerszorg",
    "intervisie": "vrijwilligerszorg", "dubbele personen": "dubbele-personen",
    "gegevens aanvullen": "gegevens-aanvullen",
}


@pytest.fixture
def demo_window(window, answers, tmp_path):
    from desktop.demo import generator
    from tests.cases.messy_sheet import messy_rows, write_messy_xlsx

    generator.generate(window.store, cases=40, seed=3)
    window.cases.case_list.refresh()
    return window, write_messy_xlsx(tmp_path / "oude lijst.xlsx", messy_rows(20))


def test_the_tests_run_on_the_smallest_screen(qtbot):
    room = QApplication.primaryScreen().availableGeometry().size()
    if room != QSize(1093, 566):
        pytest.skip("the offscreen screen is not configured (a path with a colon)")
    assert available_size() == SMALLEST_INSIDE


def test_every_page_fits_beside_the_navigation(demo_window):
    window, _sheet = demo_window
    room = SMALLEST_INSIDE.width() - NAVIGATION_WIDTH
    for name, page in every_page(window):
        # No sideways scrolling: a page is never wider than the window has room for
        # (taller pages scroll, as long forms do).
        assert page.minimumSizeHint().width() <= room, name
    assert window.minimumSizeHint().width() <= SMALLEST_INSIDE.width()
    assert window.minimumSizeHint().height() <= SMALLEST_INSIDE.height()
    assert window.width() <= QApplication.primaryScreen().availableGeometry().width()
    assert window.height() <= QApplication.primaryScreen().availableGeometry().height()


def _reachable(button: QAbstractButton, dialog: QWidget) -> bool:
    corner = button.mapTo(dialog, QPoint(0, 0))
    return QRect(QPoint(0, 0), dialog.size()).contains(
        QRect(corner, button.size()).adjusted(1, 1, -1, -1))


def test_every_dialog_fits_and_its_buttons_can_be_reached(demo_window):
    window, sheet = demo_window
    room = available_size(window)
    seen = []
    for name, dialog in every_dialog(window, sheet):
        seen.append(name)
        assert dialog.minimumSizeHint().width() <= SMALLEST_INSIDE.width(), name
        assert dialog.minimumSizeHint().height() <= SMALLEST_INSIDE.height(), name
        assert dialog.width() <= room.width() and dialog.height() <= room.height(), name
        for button in dialog.findChildren(QAbstractButton):
            if button.isVisibleTo(dialog) and button.text():
                assert _reachable(button, dialog), f"{name}: {button.text()}"
    assert set(seen) == set(DIALOG_TOPICS)


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not is_input(widget) or not widget.isVisibleTo(root.window()):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()}".strip())
    return missing


def test_every_input_has_an_accessible_name(demo_window):
    window, sheet = demo_window
    for name, page in every_page(window):
        assert _unnamed(page) == [], name
    for name, dialog in every_dialog(window, sheet):
        assert _unnamed(dialog) == [], name


def test_an_unnamed_input_is_found(qtbot):
    """The check above can fail: an input nobody labelled is reported."""
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    bare = QWidget()
    qtbot.addWidget(bare)
    QVBoxLayout(bare).addWidget(QLineEdit())
    bare.show()
    assert _unnamed(bare) == ["QLineEdit"]


def _press_f1(widget: QWidget) -> None:
    """F1 as the coordinator presses it: in the window in front (a window shortcut,
    as in the program, answers only in the active window)."""
    widget.window().activateWindow()
    QApplication.processEvents()
    target = QApplication.focusWidget()
    if target is None or target.window() is not widget.window():
        target = widget
    QTest.keyClick(target, Qt.Key.Key_F1)


def test_f1_opens_the_manual_at_the_page_of_every_screen(demo_window):
    window, sheet = demo_window
    for name, page in every_page(window):
        page.setFocus()
        _press_f1(page)
        assert window.manual is not None and window.manual.isVisible(), name
        assert window.manual.current == PAGE_TOPICS[name], name
        window.manual.close()
    for name, dialog in every_dialog(window, sheet):
        _press_f1(dialog)
        assert window.manual.current == DIALOG_TOPICS[name], name
        # Over a modal dialog the manual belongs to it, so it can be read and used.
        assert window.manual.parentWidget() in (dialog, window)
    window.show_help(topic="afspraken#hoe-ging-het")
    assert window.manual.browser.source().fragment() == "hoe-ging-het"


def test_the_manual_covers_every_topic_the_screens_name():
    from views.manual import pages

    sources = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "views").rglob("*.py"))
    topics = set(re.findall(r'set_topic\([^,]+, "([^"]+)"\)', sources))
    assert len(topics) > 20
    for topic in sorted(topics):
        page, _hash, anchor = topic.partition("#")
        path = MANUAL / f"{page}.html"
        assert path.exists(), topic
        if anchor:
            assert f'id="{anchor}"' in path.read_text(encoding="utf-8"), topic
    listed = {name for name, _title in pages()}
    for path in MANUAL.glob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert path.stem in listed, f"{path.name} is not in the contents (index.html)"
        for target in re.findall(r'href="([\w-]+)\.html(?:#([\w-]+))?"', text):
            linked = MANUAL / f"{target[0]}.html"
            assert linked.exists(), (path.name, target)
            if target[1]:
                assert f'id="{target[1]}"' in linked.read_text(encoding="utf-8"), target
        for image in re.findall(r'src="(img/[\w-]+\.png)"', text):
            assert (MANUAL / image).exists(), (path.name, image)


def test_the_manual_searches_its_pages(qtbot):
    from views.manual import ManualWindow, search

    assert [name for name, _title in search("herstelcode kluis")] == ["index", "aanmelden",
                                                                   "backups"]
    manual = ManualWindow()
    qtbot.addWidget(manual)
    manual.search_field.setText("bewaartermijn")
    names = [manual.contents.item(i).data(Qt.ItemDataRole.UserRole)
             for i in range(manual.contents.count())]
    assert "privacy" in names and "zaken" not in names
    manual.search_field.returnPressed.emit()
    assert manual.current == names[0]
    assert "Handleiding" in manual.windowTitle()
