"""Show validation problems next to the fields they concern, in any QFormLayout.

``FieldErrors`` inserts a hidden red line under each field of a form; ``show(problems)`` fills and
shows the lines of the fields at fault and returns what it could not place (the caller shows those
in the dialog's general error line). Field names are the ones services use (``name``,
``abbreviation``, …); the label shown is the form's own label for the field.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from typing import TypeVar, cast

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from isodesk.domain.errors import DomainError, FieldProblem
from isodesk.domain.formatting import short_date
from isodesk.ui.errors import error_text, problem_text


def form_label(form: QFormLayout, widget: QWidget) -> str:
    """The text of the label a form shows for ``widget`` (without ``&`` and the trailing colon)."""
    label = form.labelForField(widget)
    text = label.text() if isinstance(label, QLabel) else ""
    if not text.strip() and isinstance(widget, QAbstractButton):
        text = widget.text()  # a check box in a row without a label names itself
    return text.replace("&", "").rstrip(" :*")


class FieldErrors:
    """Red lines under the fields of one QFormLayout, keyed by the service's field names."""

    def __init__(self, form: QFormLayout | Sequence[QFormLayout], fields: Mapping[str, QWidget],
                 general: QLabel | None = None, labels: Mapping[str, str] | None = None) -> None:
        self._forms = [form] if isinstance(form, QFormLayout) else list(form)
        self._fields = dict(fields)
        self._general = general
        self._extra_labels = dict(labels or {})
        self._lines: dict[str, QLabel] = {}
        self._form_of: dict[str, QFormLayout] = {}
        for name, widget in self._fields.items():
            for layout in self._forms:
                row, _role = cast(tuple[int, object], layout.getWidgetPosition(widget))  # the stub says object
                if row < 0:
                    continue
                line = QLabel()
                line.setObjectName("ErrorText")
                line.setWordWrap(True)
                layout.insertRow(row + 1, "", line)
                layout.setRowVisible(line, False)
                self._lines[name] = line
                self._form_of[name] = layout
                self._watch(name, widget)
                break
        self.set_general(general)

    def _watch(self, name: str, widget: QWidget) -> None:
        """Hide a field's message as soon as the field is changed (the message was about the old value)."""
        def hide(*_args: object) -> None:
            self.hide(name)

        line_edit = getattr(widget, "line_edit", None)  # DateEdit
        if isinstance(line_edit, QLineEdit):
            line_edit.textChanged.connect(hide)
        elif isinstance(widget, QLineEdit):
            widget.textChanged.connect(hide)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(hide)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(hide)
            widget.editTextChanged.connect(hide)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(hide)
        elif isinstance(widget, QAbstractSpinBox):
            widget.editingFinished.connect(hide)
        elif isinstance(widget, QAbstractButton):
            widget.toggled.connect(hide)

    def hide(self, name: str) -> None:
        """Hide the message under one field."""
        line = self._lines.get(name)
        if line is None or not line.text():
            return
        line.clear()
        self._form_of[name].setRowVisible(line, False)

    def mark_required(self, *names: str) -> None:
        """Put the required-field star on these fields' labels ("Tên cơ quan: *")."""
        for name in names:
            widget = self._fields.get(name)
            layout = self._form_of.get(name)
            if widget is None or layout is None:
                continue
            label = layout.labelForField(widget)
            if isinstance(label, QLabel) and not label.text().rstrip().endswith("*"):
                label.setText(label.text().rstrip() + " *")

    def set_general(self, general: QLabel | None) -> None:
        """The line for messages that belong to no field (e.g. "already exists" for a date)."""
        self._general = general
        if general is not None:
            general.setObjectName("ErrorText")
            general.setWordWrap(True)
            general.setVisible(False)

    def labels(self) -> dict[str, str]:
        """Field name → the label the form shows (what messages call the field)."""
        out = {name: form_label(self._form_of[name], w) if name in self._form_of else name
               for name, w in self._fields.items()}
        out.update(self._extra_labels)
        return out

    def clear(self) -> None:
        for name, line in self._lines.items():
            line.clear()
            self._form_of[name].setRowVisible(line, False)
        if self._general is not None:
            self._general.clear()
            self._general.setVisible(False)

    def show(self, problems: Sequence[FieldProblem], *, prefix: str = "") -> list[FieldProblem]:
        """Show each problem under its field; return (and show in the general line) the rest."""
        self.clear()
        labels = self.labels()
        unplaced: list[FieldProblem] = []
        texts: dict[str, list[str]] = {}
        first: QWidget | None = None
        for p in problems:
            name = p.field[len(prefix):] if prefix and p.field.startswith(prefix) else p.field
            plain = FieldProblem(name, p.code, p.params, p.row)
            if name in self._lines:
                texts.setdefault(name, []).append(problem_text(plain, labels))
                if first is None:
                    first = self._fields[name]
            else:
                unplaced.append(plain)
        for name, lines in texts.items():
            self._lines[name].setText("\n".join(dict.fromkeys(lines)))
            self._form_of[name].setRowVisible(self._lines[name], True)
        if unplaced and self._general is not None:
            self.show_general(problem_text(p, labels) for p in unplaced)
        if first is not None:
            first.setFocus()
        return unplaced

    def show_general(self, lines: Iterable[str]) -> None:
        if self._general is None:
            return
        text = "\n".join(dict.fromkeys(lines))
        self._general.setText(text)
        self._general.setVisible(bool(text))

    def text_of(self, name: str) -> str:
        """The message shown under a field ("" if none) — for tests and screen readers."""
        line = self._lines.get(name)
        return line.text() if line is not None else ""

    def general_text(self) -> str:
        return self._general.text() if self._general is not None else ""


T = TypeVar("T")


def readable_dates(exc: DomainError) -> DomainError:
    """Dates in an error's parameters as dd/mm/yyyy (services pass ``date`` objects)."""
    exc.params = {k: short_date(v) if isinstance(v, date) else v for k, v in exc.params.items()}
    for p in exc.problems:
        for k, v in list(p.params.items()):
            if isinstance(v, date):
                p.params[k] = short_date(v)
    return exc


def run_save(errors: FieldErrors, action: Callable[[], T], *, prefix: str = "") -> T | None:
    """Run a service call; on failure show why (under the fields, or in the general line).

    Returns the call's result, or None when it failed (nothing was saved: services roll back).
    """
    errors.clear()
    try:
        return action()
    except DomainError as exc:
        readable_dates(exc)
        if exc.problems:
            errors.show(exc.problems, prefix=prefix)
        else:
            errors.show_general([error_text(exc, errors.labels())])
    except Exception as exc:  # noqa: BLE001 - shown to the user; the service rolled back
        errors.show_general([error_text(exc, errors.labels())])
    return None

