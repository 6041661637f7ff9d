"""Dutch first: the source strings are Dutch; English comes from Qt's
translation files shipped in resources/translations."""

from __future__ import annotations

from datetime import date, datetime
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = {"nl": "Nederlands", "en": "English"}
_installed: list[QTranslator] = []


def translations_dir() -> str:
    return str(resources.files("resources") / "translations")


def install_translators(app: QCoreApplication, language: str) -> None:
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Netherlands))
        own = QTranslator(app)
        if own.load("burenrust_en", translations_dir()):
            _installed.append(own)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        qt = QTranslator(app)
        # Qt's own dialogs ("Cancel", "Yes") in Dutch, and the few strings of its file
        # and print dialogs that qtbase_nl lacks ("Look in:", "Files of type:").
        if qt.load("qtbase_nl", qt_dir):
            _installed.append(qt)
        extra = QTranslator(app)
        if extra.load("qt_extra_nl", translations_dir()):
            _installed.append(extra)
    for translator in _installed:
        app.installTranslator(translator)


def format_date(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


def format_datetime(value: datetime | None) -> str:
    return value.strftime("%d-%m-%Y %H:%M") if value else ""
