"""Marking strings for translation below the UI, where Qt is not allowed.

``pyside6-lupdate`` extracts ``QT_TRANSLATE_NOOP("Context", "text")`` calls from any Python file it
is given, so services can declare user-facing English texts (cycle step titles, check messages)
next to the rules they describe; the UI translates them with ``QCoreApplication.translate``.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Return ``text`` unchanged; its only job is to be found by lupdate."""
    del context
    return text
