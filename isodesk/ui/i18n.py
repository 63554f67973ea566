"""Installs the Vietnamese (default) or English translation, Qt's own standard texts included, and
marks texts for translation (:func:`QT_TRANSLATE_NOOP`)."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from isodesk.paths import resource_path

_installed: list[QTranslator] = []


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:  # noqa: N802 - lupdate finds markers by this name
    """Mark ``source_text`` for translation in ``context`` and return it unchanged; translate it where it
    is shown (``QCoreApplication.translate(context, text)``).

    Typed stand-in for PySide6's own marker, whose stubs return ``object``. ``pyside6-lupdate`` finds
    the texts by the call's name, so every marker is written ``QT_TRANSLATE_NOOP("Context", "text")``
    and imported from here.
    """
    return source_text


def resolve_language(preferred: str) -> str:
    """``ISODESK_LANGUAGE`` (tests, support) beats the user's setting; Vietnamese is the default."""
    lang = os.environ.get("ISODESK_LANGUAGE") or preferred or "vi"
    return lang if lang in ("vi", "en") else "vi"


def install_translators(language: str) -> str:
    """Load ``isodesk_<lang>.qm`` and ``qtbase_<lang>.qm`` (our translation of Qt's own buttons).

    English is the source language, so it needs no file. Returns the language in force.
    """
    app = QCoreApplication.instance()
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    if language == "vi":
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        folder = str(resource_path("translations"))
        for name in ("isodesk_vi", "qtbase_vi"):
            tr = QTranslator(app)
            if tr.load(name, folder):
                app.installTranslator(tr)
                _installed.append(tr)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return language
