"""Phạm vi áp dụng và công bố: the fields in the QMS scope, the decisions issuing the document set and
announcing the QMS (with the scope each announced), and the warnings of the scope rules of
``domain.scope``: công bố lại due (Khoản 3 Điều 4 QĐ 19/2014), công bố dated before ban hành,
abolished TTHC whose procedure is still in force, TTHC without a procedure."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from isodesk.domain.core import DocPurpose
from isodesk.domain.errors import DomainError, ValidationError
from isodesk.domain.formatting import fold, short_date
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.domain.legal import KNOWN_FIELDS
from isodesk.domain.scope import (
    AnnouncementFact,
    AnnouncementKind,
    ConformityAnnouncement,
    ScopeChange,
    ScopeChangeKind,
    ScopeStatus,
    announcements_before_document_set,
    announcements_without_document_set,
)
from isodesk.ui.dialogs.announcement_dialog import AnnouncementDialog
from isodesk.ui.dialogs.confirm import ask
from isodesk.ui.errors import error_text, show_error
from isodesk.ui.forms.ui_scope_tab import Ui_ScopeTab
from isodesk.ui.screens.tthc_tab import live_procedure_ids, stale_tthc_ids
from isodesk.ui.widgets.register_tab_base import RegisterTab

if TYPE_CHECKING:
    from isodesk.services.registry import Services
    from isodesk.ui.main_window import MainWindow

_CTX = "ScopeTab"

# How a scope change is named in the warning's list.
CHANGE_LABELS = {
    ScopeChangeKind.TTHC_ADDED: QT_TRANSLATE_NOOP("ScopeTab", "TTHC newly announced"),
    ScopeChangeKind.TTHC_AMENDED: QT_TRANSLATE_NOOP("ScopeTab", "TTHC amended"),
    ScopeChangeKind.TTHC_ABOLISHED: QT_TRANSLATE_NOOP("ScopeTab", "TTHC abolished"),
    ScopeChangeKind.FIELD_ADDED: QT_TRANSLATE_NOOP("ScopeTab", "field added to the scope"),
    ScopeChangeKind.FIELD_REMOVED: QT_TRANSLATE_NOOP("ScopeTab", "field taken out of the scope"),
}
KIND_LABELS = {
    AnnouncementKind.ANNOUNCE: QT_TRANSLATE_NOOP("ScopeTab", "Announcement"),
    AnnouncementKind.REANNOUNCE: QT_TRANSLATE_NOOP("ScopeTab", "Re-announcement"),
}
# Changes listed in a warning; the rest are counted.
_LISTED = 12

_ERROR = ("#b3261e", "#fde4e1")
_WARNING = ("#8a5a00", "#fff4d6")
_BAD_ROW = QColor("#fde4e1")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


@dataclass
class ScopeWarning:
    """One line of the warnings panel: what is wrong, the details, and buttons to the records to fix."""

    code: str
    text: str
    severity: tuple[str, str] = _WARNING
    details: list[str] = field(default_factory=list)
    actions: list[tuple[str, Callable[[], object]]] = field(default_factory=list)


def _number_of(reference: str) -> str:
    """"102/QĐ-UBND ngày 27/04/2021" → "102/QĐ-UBND" (the list shows the date in its own column)."""
    return reference.split(" ngày ")[0].strip()


def change_line(change: ScopeChange) -> str:
    """"05/09/2025 — TTHC newly announced: 1.001022 Đăng ký khai tử"."""
    return f"{short_date(change.on)} — {_tr(CHANGE_LABELS[change.kind])}: {change.label}"


class WarningCard(QFrame):
    """A warning with its details and its buttons."""

    def __init__(self, warning: ScopeWarning, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WarningCard")
        self.warning = warning
        fg, bg = warning.severity
        self.setStyleSheet(f"QFrame#WarningCard {{ background: {bg}; border: 1px solid {fg}; border-radius: 6px; }}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        body = QVBoxLayout()
        body.setSpacing(2)
        self.text_label = QLabel(warning.text)
        self.text_label.setWordWrap(True)
        self.text_label.setStyleSheet(f"color: {fg}; font-weight: bold;")
        body.addWidget(self.text_label)
        if warning.details:
            self.details_label = QLabel("\n".join("• " + line for line in warning.details))
            self.details_label.setWordWrap(True)
            body.addWidget(self.details_label)
        layout.addLayout(body, 1)
        buttons = QVBoxLayout()
        self.buttons: list[QPushButton] = []
        for text, slot in warning.actions:
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            buttons.addWidget(button)
            self.buttons.append(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)


class ScopeTab(RegisterTab):
    """The scope, the công bố decisions and the scope warnings of the Tài liệu screen; loads on first show."""

    def __init__(self, services: Services, window: MainWindow | None = None) -> None:
        super().__init__(services, window)
        self._ui = Ui_ScopeTab()
        self._ui.setupUi(self)
        self.status: ScopeStatus | None = None
        self.warnings: list[ScopeWarning] = []
        self.cards: list[WarningCard] = []
        self._announcements: list[ConformityAnnouncement] = []
        ui = self._ui
        ui.announce_button.setObjectName("Primary")
        ui.status_frame.setObjectName("Card")
        for title in (ui.warnings_title, ui.fields_title, ui.decisions_title):
            title.setObjectName("SectionTitle")
        ui.field_error_label.setObjectName("ErrorText")
        ui.field_error_label.setVisible(False)
        ui.field_date_edit.set_date(date.today())
        if (line_edit := ui.field_combo.lineEdit()) is not None:
            line_edit.setPlaceholderText(self.tr("Field…"))
        ui.splitter.setSizes([380, 720])
        header = ui.fields_tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((0, 82), (1, 104), (2, 180), (3, 150)):
            ui.decisions_tree.setColumnWidth(column, width)

        ui.announce_button.clicked.connect(self._on_announce_button_clicked)
        ui.show_removed_check.toggled.connect(self._on_show_removed_check_toggled)
        ui.add_field_button.clicked.connect(self._on_add_field_button_clicked)
        ui.remove_field_button.clicked.connect(self._on_remove_field_button_clicked)
        ui.relink_button.clicked.connect(self._on_relink_button_clicked)
        ui.unlink_button.clicked.connect(self._on_unlink_button_clicked)
        ui.fields_tree.itemSelectionChanged.connect(self._on_selection_changed)
        ui.decisions_tree.itemSelectionChanged.connect(self._on_selection_changed)
        self._on_selection_changed()

    # ------------------------------------------------------------------ loading
    def refresh(self, select_ids: Sequence[int] | None = None) -> None:
        """Reload the scope, the decisions and the warnings."""
        self._loaded = True
        svc = self._services
        self.status = svc.tthc.scope_status()
        self._announcements = svc.tthc.announcements()
        tthc_rows = svc.tthc.search()
        self._fill_status()
        self._fill_fields(tthc_rows)
        self._fill_decisions()
        self.warnings = self._compute_warnings(tthc_rows)
        self._fill_warnings()

    def open_target(self, record_ids: Sequence[int] = ()) -> None:
        """Show the tab; ids of recorded announcements are selected in the decisions list."""
        self._ensure_loaded()
        tree = self._ui.decisions_tree
        tree.clearSelection()
        for i in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(i)
            if item is None:
                continue
            kind, item_id = item.data(0, Qt.ItemDataRole.UserRole)
            if kind == "announcement" and item_id in record_ids:
                item.setSelected(True)
                tree.scrollToItem(item)

    # ------------------------------------------------------------------ status, fields, decisions
    def _fill_status(self) -> None:
        status = self.status
        assert status is not None
        last = status.last_announcement
        if last is None:
            text = self.tr("No decision announcing the QMS has been recorded yet.")
        else:
            text = self.tr("Last announcement: {kind} {reference} — {fields} field(s), {tthc} TTHC.").format(
                kind=_tr(KIND_LABELS[last.kind]), reference=last.reference, fields=len(last.fields),
                tthc=last.tthc_count)
        text += "\n" + self.tr("Scope today: {fields} field(s), {tthc} TTHC in force.").format(
            fields=len(status.fields), tthc=status.coverage.total)
        self._ui.status_label.setText(text)

    def _fill_fields(self, tthc_rows: Sequence[object]) -> None:
        ui = self._ui
        counts: dict[str, int] = {}
        for t in tthc_rows:
            if t.status.in_force:  # type: ignore[attr-defined]  # tthc_rows are Tthc rows of the service
                key = fold(t.field)  # type: ignore[attr-defined]  # tthc_rows are Tthc rows of the service
                counts[key] = counts.get(key, 0) + 1
        rows = self._services.tthc.scope_fields(include_removed=ui.show_removed_check.isChecked())
        ui.fields_tree.clear()
        today = date.today()
        for f in rows:
            item = QTreeWidgetItem([f.name, short_date(f.added_on), short_date(f.removed_on) if f.removed_on else "",
                                    str(counts.get(fold(f.name), 0))])
            item.setData(0, Qt.ItemDataRole.UserRole, f.id)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignCenter)
            if not f.active_on(today):
                for column in range(4):
                    item.setForeground(column, QBrush(QColor("#6b7480")))
            ui.fields_tree.addTopLevelItem(item)
        active = {fold(f.name) for f in rows if f.active_on(today)}
        names: dict[str, str] = {}
        for name in [*self._services.tthc.fields(), *KNOWN_FIELDS]:
            if fold(name) not in active:
                names.setdefault(fold(name), name)
        text = ui.field_combo.currentText()
        ui.field_combo.clear()
        ui.field_combo.addItems(sorted(names.values(), key=fold))
        ui.field_combo.setCurrentText(text)

    def _fill_decisions(self) -> None:
        tree = self._ui.decisions_tree
        tree.clear()
        register = self._services.register
        bad = set(self._inverted()) | set(self._orphans())
        entries: list[tuple[tuple[bool, date], QTreeWidgetItem]] = []
        for row in register.list(purpose=DocPurpose.DOCUMENT_SET):
            item = QTreeWidgetItem([short_date(row.issue_date) if row.issue_date else self.tr("draft"),
                                    _number_of(row.reference), self.tr("Issuing the document set"), "", ""])
            item.setToolTip(1, f"{row.reference}\n{row.summary}")
            item.setData(0, Qt.ItemDataRole.UserRole, ("document_set", row.id))
            entries.append(((row.issue_date is None, row.issue_date or date.max), item))
        linked = {a.register_document_id for a in self._announcements}
        for a in self._announcements:
            scope = self.tr("{fields} field(s), {tthc} TTHC").format(fields=len(a.fields), tthc=a.tthc_count)
            coverage = self.tr("{covered} of the {tthc} TTHC had a procedure.").format(
                covered=a.tthc_covered, tthc=a.tthc_count)
            when = short_date(a.announced_on) if a.announced_on else self.tr("draft")
            item = QTreeWidgetItem([when, _number_of(a.reference), _tr(KIND_LABELS[a.kind]), scope,
                                    _number_of(a.document_set_reference) or "—"])
            item.setToolTip(1, a.reference)
            item.setToolTip(3, "\n".join([coverage, *a.fields]))
            item.setToolTip(4, a.document_set_reference)
            item.setData(0, Qt.ItemDataRole.UserRole, ("announcement", a.id))
            if a.id in bad:
                for column in range(5):
                    item.setBackground(column, QBrush(_BAD_ROW))
            entries.append(((a.announced_on is None, a.announced_on or date.max), item))
        for row in register.list(purpose=DocPurpose.CONFORMITY):
            if row.id in linked:
                continue
            item = QTreeWidgetItem([short_date(row.issue_date) if row.issue_date else self.tr("draft"),
                                    _number_of(row.reference), self.tr("Announcement (scope not recorded)"), "", ""])
            item.setToolTip(1, f"{row.reference}\n{row.summary}")
            item.setData(0, Qt.ItemDataRole.UserRole, ("conformity", row.id))
            entries.append(((row.issue_date is None, row.issue_date or date.max), item))
        for _, item in sorted(entries, key=lambda e: e[0]):
            tree.addTopLevelItem(item)

    def _selected_decision(self) -> tuple[str, int] | None:
        items = self._ui.decisions_tree.selectedItems()
        return tuple(items[0].data(0, Qt.ItemDataRole.UserRole)) if items else None

    def _selected_announcement(self) -> ConformityAnnouncement | None:
        chosen = self._selected_decision()
        if chosen is None or chosen[0] != "announcement":
            return None
        return next((a for a in self._announcements if a.id == chosen[1]), None)

    def _on_selection_changed(self, *_args: object) -> None:
        ui = self._ui
        ui.remove_field_button.setEnabled(bool(ui.fields_tree.selectedItems()))
        has_announcement = self._selected_announcement() is not None
        ui.relink_button.setEnabled(has_announcement)
        ui.unlink_button.setEnabled(has_announcement)

    # ------------------------------------------------------------------ warnings
    def _facts(self) -> list[AnnouncementFact]:
        return [AnnouncementFact(int(a.id), a.announced_on if a.issued else None, a.document_set_id,  # type: ignore[arg-type]  # a saved record always has its id
                                 a.document_set_date) for a in self._announcements]

    def _inverted(self) -> list[int]:
        return announcements_before_document_set(self._facts())

    def _orphans(self) -> list[int]:
        return announcements_without_document_set(self._facts())

    def _compute_warnings(self, tthc_rows: Sequence[object]) -> list[ScopeWarning]:
        status = self.status
        assert status is not None
        out: list[ScopeWarning] = []
        announce = (self.tr("Record an announcement…"), lambda: self.open_announcement_dialog())
        if status.last_announcement is None:
            if status.fields or status.coverage.total:
                out.append(ScopeWarning("never_announced", self.tr(
                    "The QMS has not been announced yet: record the decision announcing that it conforms to "
                    "TCVN ISO 9001:2015."), _ERROR, actions=[announce]))
        elif status.reannouncement_due:
            changes = list(status.changes_since)
            details = [change_line(c) for c in changes[:_LISTED]]
            if len(changes) > _LISTED:
                details.append(self.tr("… and {count} more change(s)").format(count=len(changes) - _LISTED))
            actions: list[tuple[str, Callable[[], object]]] = [
                (self.tr("Record the re-announcement…"), lambda: self.open_announcement_dialog())]
            tthc_ids = tuple(dict.fromkeys(c.record_id for c in changes if c.record_id is not None
                                           and c.kind.value.startswith("tthc_")))
            if tthc_ids:
                actions.append((self.tr("Show these TTHC"), lambda: self._navigate("documents.tthc", tthc_ids)))
            out.append(ScopeWarning("reannouncement_due", self.tr(
                "The scope changed {count} time(s) after the last announcement {reference}. Under Khoản 3 Điều 4 "
                "of Decision 19/2014/QĐ-TTg the agency must re-announce the QMS (công bố lại).").format(
                count=len(changes), reference=status.last_announcement.reference), _ERROR, details, actions))
        by_id = {a.id: a for a in self._announcements}
        for announcement_id in self._inverted():
            a = by_id[announcement_id]
            out.append(ScopeWarning("announcement_before_document_set", self.tr(
                "The announcement {reference} is dated before the decision issuing the document set it relies on "
                "({basis}): the announcement must come after it. Correct the dates in the register or choose "
                "another decision.").format(reference=a.reference, basis=a.document_set_reference), _ERROR,
                actions=[(self.tr("Choose another decision…"), partial(self.open_relink_dialog, a))]))
        for announcement_id in self._orphans():
            a = by_id[announcement_id]
            out.append(ScopeWarning("announcement_without_document_set", self.tr(
                "The announcement {reference} relies on no decision issuing the document set.").format(
                reference=a.reference), actions=[(self.tr("Choose the decision…"),
                                                  partial(self.open_relink_dialog, a))]))
        stale = stale_tthc_ids(tthc_rows, live_procedure_ids(self._services))  # type: ignore[arg-type]  # tthc_rows are Tthc rows of the service
        if stale:
            rows = [t for t in tthc_rows if t.id in stale]  # type: ignore[attr-defined]  # tthc_rows are Tthc rows of the service
            procedures = tuple(dict.fromkeys(t.procedure_id for t in rows))  # type: ignore[attr-defined]  # tthc_rows are Tthc rows of the service
            out.append(ScopeWarning("abolished_tthc_with_procedure", self.tr(
                "{count} abolished TTHC still have a handling procedure in force: withdraw the procedure or revise "
                "it.").format(count=len(stale)),
                details=[f"{t.code} {t.name} — {t.procedure_label}" for t in rows[:_LISTED]],  # type: ignore[attr-defined]  # tthc_rows are Tthc rows of the service
                actions=[(self.tr("Show these TTHC"), lambda: self._navigate("documents.tthc", tuple(stale))),
                         (self.tr("Open the procedures"), lambda: self._navigate("documents.internal", procedures))]))
        uncovered = [t for t in status.coverage.uncovered if t.id is not None]
        if uncovered:
            ids = tuple(int(t.id) for t in uncovered)  # type: ignore[arg-type]  # a saved record always has its id
            out.append(ScopeWarning("tthc_without_procedure", self.tr(
                "{count} TTHC in force have no handling procedure in force ({percent} covered).").format(
                count=len(uncovered), percent=status.coverage.percent_text),
                actions=[(self.tr("Show these TTHC"), lambda: self._navigate("documents.tthc", ids))]))
        return out

    def _fill_warnings(self) -> None:
        layout = self._ui.warnings_layout
        while layout.count():
            item = layout.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
        if not self.warnings:
            ok = QLabel(self.tr("No warning: the scope matches the last announcement."))
            ok.setStyleSheet("color: #1e7b3a;")
            ok.setWordWrap(True)
            layout.addWidget(ok)
        self.cards = [WarningCard(warning) for warning in self.warnings]
        for card in self.cards:
            layout.addWidget(card)
        layout.addStretch(1)
        # Without warnings the one line of text needs little room; with them, the panel shares the height.
        self._ui.warnings_area.setMaximumHeight(16777215 if self.warnings else 36)

    def warning_codes(self) -> list[str]:
        return [w.code for w in self.warnings]

    def _navigate(self, target: str, ids: tuple[int, ...]) -> None:
        if self._window is not None:
            self._window.navigate(target, ids)

    # ------------------------------------------------------------------ fields
    def _on_show_removed_check_toggled(self, _checked: bool) -> None:
        self.refresh()

    def _show_field_error(self, exc: DomainError | None) -> None:
        label = self._ui.field_error_label
        label.setText(error_text(exc, {"name": self.tr("Field"), "removed_on": self.tr("Date")}) if exc else "")
        label.setVisible(exc is not None)

    def _on_add_field_button_clicked(self) -> None:
        ui = self._ui
        problem = ui.field_date_edit.problem("added_on", required=True)
        if problem is not None:
            self._show_field_error(ValidationError([problem]))
            return
        try:
            self._services.tthc.add_scope_field(ui.field_combo.currentText(), ui.field_date_edit.date())  # type: ignore[arg-type]  # the date field is required and checked before
        except DomainError as exc:
            self._show_field_error(exc)
            return
        self._show_field_error(None)
        ui.field_combo.setCurrentText("")
        self._changed()

    def _on_remove_field_button_clicked(self) -> None:
        ui = self._ui
        items = ui.fields_tree.selectedItems()
        on = ui.field_date_edit.date()
        if not items or on is None:
            return
        question = self.tr("Take “{field}” out of the scope from {date}? This changes the scope: the QMS must "
                           "then be re-announced.").format(field=items[0].text(0), date=short_date(on))
        field_id = int(items[0].data(0, Qt.ItemDataRole.UserRole))
        self._dialog = ask(self, self.tr("Take the field out of the scope"), question,
                           lambda: self._remove_field(field_id, on), yes_text=self.tr("Take it out"))

    def _remove_field(self, field_id: int, on: date) -> None:
        try:
            self._services.tthc.remove_scope_field(field_id, on)
        except DomainError as exc:
            self._show_field_error(exc)
            return
        self._show_field_error(None)
        self._changed()

    # ------------------------------------------------------------------ decisions
    def _on_announce_button_clicked(self) -> None:
        self.open_announcement_dialog()

    def open_announcement_dialog(self) -> QWidget:
        dialog = AnnouncementDialog(self._services, self)
        chosen = self._selected_decision()
        if chosen is not None and chosen[0] == "conformity":
            index = dialog._ui.existing_combo.findData(chosen[1])
            if index >= 0:
                dialog._ui.existing_combo.setCurrentIndex(index)
        return self._open_announcement(dialog)

    def open_relink_dialog(self, announcement: ConformityAnnouncement) -> QWidget:
        return self._open_announcement(AnnouncementDialog(self._services, self, announcement=announcement))

    def _open_announcement(self, dialog: AnnouncementDialog) -> AnnouncementDialog:
        dialog.announced.connect(self._on_announced)
        return self._open(dialog)

    def _on_announced(self, announcement: ConformityAnnouncement) -> None:
        self._changed()
        self.open_target((int(announcement.id),))  # type: ignore[arg-type]  # a saved record always has its id

    def _on_relink_button_clicked(self) -> None:
        announcement = self._selected_announcement()
        if announcement is not None:
            self.open_relink_dialog(announcement)

    def _on_unlink_button_clicked(self) -> None:
        announcement = self._selected_announcement()
        if announcement is None:
            return
        question = self.tr("Remove the scope recorded with {reference}? The decision stays in the register; it "
                           "will no longer count as an announcement.").format(reference=announcement.reference)
        self._dialog = ask(self, self.tr("Remove the record"), question, lambda: self._unlink(announcement),
                           yes_text=self.tr("Remove"))

    def _unlink(self, announcement: ConformityAnnouncement) -> None:
        try:
            self._services.tthc.delete_announcement(int(announcement.id))  # type: ignore[arg-type]  # a saved record always has its id
        except DomainError as exc:
            show_error(self, self.tr("Cannot remove the record"), exc)
            return
        self._changed()

    def _changed(self) -> None:
        self.refresh()
        self._notify()

