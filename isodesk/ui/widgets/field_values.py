"""Show a record's fields in a form: one call instead of a line per field.

A form names its editors after the record's attributes (``description`` → ``description_edit``), so a
dialog lists the attributes it shows and the editor's kind decides how the value is put in.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

from isodesk.ui.widgets.date_edit import DateEdit


def show_fields(form: object, record: object, *names: str) -> None:
    """Put ``record.<name>`` into ``form.<name>_edit`` for each name: text into line and text edits,
    a day (or None) into a :class:`DateEdit`."""
    for name in names:
        editor = getattr(form, f"{name}_edit")
        value = getattr(record, name)
        if isinstance(editor, DateEdit):
            editor.set_date(value if isinstance(value, date) else None)
        elif isinstance(editor, QPlainTextEdit | QTextEdit):
            editor.setPlainText("" if value is None else str(value))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))
        else:
            raise TypeError(f"{name}_edit: no way to show a value in {type(editor).__name__}")
