"""Installs the Vietnamese (default) or English translation, Qt's own standard texts included.

Texts are marked for translation with :func:`isodesk.domain.i18n.QT_TRANSLATE_NOOP` in every layer.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from isodesk.paths import resource_path

_installed: list[QTranslator] = []


def resolve_language(preferred: str) -> str:
    """``ISODESK_LANGUAGE`` (tests, support) beats the user's setting; Vietnamese is the default."""
    lang = os.environ.get("ISODESK_LANGUAGE") or preferred or "vi"
    return lang if lang in ("vi", "en") else "vi"


def install_translators(language: str) -> str:
    """Load ``isodesk_<lang>.qm`` and ``qtbase_<lang>.qm`` (our translation of Qt's own buttons).

    English is the source language, so it needs no file. Returns the language in force.
    """
    app = QCoreApplication.instance()
    if app is None:  # translators are installed on the application object
        raise RuntimeError("install_translators() needs the QApplication to exist")
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
