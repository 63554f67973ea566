"""Thủ tục hành chính: the catalogue of TTHC the agency handles, how many a procedure covers, their
changes by provincial decisions (công bố mới, sửa đổi, bãi bỏ) and the Excel import/export."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QMenu, QWidget

from isodesk.domain.documents import RevisionStatus
from isodesk.domain.errors import DomainError
from isodesk.domain.formatting import format_count, format_number
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.domain.scope import (
    TTHC_SPEC,
    CoverageFigure,
    Tthc,
    TthcEventKind,
    TthcFact,
    TthcStatus,
    abolished_with_live_procedure,
)
from isodesk.ui.dialogs.external_document_dialog import procedure_rows
from isodesk.ui.dialogs.tthc_dialog import ProcedurePickerDialog, TthcDialog, tthc_procedures
from isodesk.ui.dialogs.tthc_event_dialog import TthcEventDialog
from isodesk.ui.dialogs.confirm import ask
from isodesk.ui.errors import show_error
from isodesk.ui.forms.ui_tthc_tab import Ui_TthcTab
from isodesk.ui.models.register_looks import tthc_look
from isodesk.ui.models.register_model import RegisterFilterProxyModel, RegisterTableModel
from isodesk.ui.widgets.register_tab_base import RegisterTab, connect_buttons, filter_subtitle, refill_fields

if TYPE_CHECKING:
    from isodesk.services.registry import Services
    from isodesk.ui.dialogs.print_preview import PrintPreviewDialog
    from isodesk.ui.main_window import MainWindow

_CTX = "TthcTab"

# The "Record a change" menu; "công bố mới" (ADDED) opens the add dialog.
EVENT_MENU: tuple[tuple[TthcEventKind, str], ...] = (
    (TthcEventKind.ADDED, QT_TRANSLATE_NOOP("TthcTab", "Newly announced (add a TTHC)…")),
    (TthcEventKind.AMENDED, QT_TRANSLATE_NOOP("TthcTab", "Amended or supplemented…")),
    (TthcEventKind.ABOLISHED, QT_TRANSLATE_NOOP("TthcTab", "Abolished…")),
)

_BANNER_STYLES = {
    "ok": "QFrame#coverage_frame { background: #e3f4e8; border: 1px solid #b8dfc4; border-radius: 6px; }",
    "todo": "QFrame#coverage_frame { background: #fff4d6; border: 1px solid #ecd49a; border-radius: 6px; }",
    "warning": "QFrame#warning_frame { background: #fde4e1; border: 1px solid #f1b9b3; border-radius: 6px; }",
}


def live_procedure_ids(services: Services) -> set[int]:
    """Internal documents in force (an effective revision, not withdrawn)."""
    return {row.id for row in procedure_rows(services) if row.status is RevisionStatus.EFFECTIVE}


def stale_tthc_ids(rows: Sequence[Tthc], live: set[int]) -> list[int]:
    """Rule (c) of ``domain.scope``: abolished TTHC whose procedure is still in force."""
    return abolished_with_live_procedure(
        TthcFact(int(t.id), t.status, t.procedure_id, t.procedure_id in live) for t in rows if t.id is not None)


def coverage_text(figure: CoverageFigure) -> str:
    """"Đã có quy trình: 112/120 TTHC (93,33%) — 8 TTHC chưa có quy trình" (percent computed, never typed)."""
    if figure.total == 0:
        return QCoreApplication.translate("TthcTab", "No TTHC in force in the catalogue yet: add them or import the "
                                                "province's list from Excel.")
    text = QCoreApplication.translate("TthcTab", "Covered by a procedure: {covered}/{total} TTHC ({percent})").format(
        covered=format_number(figure.covered), total=format_number(figure.total), percent=figure.percent_text)
    missing = figure.total - figure.covered
    if missing:
        text += " — " + QCoreApplication.translate("TthcTab", "{missing} TTHC without a procedure").format(
            missing=format_number(missing))
    return text


class TthcTab(RegisterTab):
    """The TTHC catalogue of the Tài liệu screen, with the coverage banner; loads on first show."""

    SPEC = TTHC_SPEC
    ENTITY = "tthc"

    def __init__(self, services: Services, window: MainWindow | None = None) -> None:
        super().__init__(services, window)
        self._ui = Ui_TthcTab()
        self._ui.setupUi(self)
        self.coverage: CoverageFigure | None = None
        self.stale_ids: list[int] = []
        self.uncovered_ids: set[int] = set()
        ui = self._ui
        ui.add_button.setObjectName("Primary")
        ui.count_label.setObjectName("Muted")
        ui.warning_frame.setStyleSheet(_BANNER_STYLES["warning"])
        ui.warning_frame.setVisible(False)

        proxy = RegisterFilterProxyModel(TTHC_SPEC, self)
        # "Uncovered" is the coverage figure's rule (d): TTHC in force that no procedure in force covers.
        proxy.add_filter("uncovered_only", lambda row, _on: row.id in self.uncovered_ids)
        self._setup_list(ui.table_view, RegisterTableModel(TTHC_SPEC, tthc_look(lambda: self.uncovered_ids,
                                                                               lambda: self.stale_ids), self),
                         proxy, row_lines=2, context_menu=True)

        ui.field_combo.addItem(self.tr("All fields"), None)
        ui.status_combo.addItem(self.tr("Any status"), None)
        for status in TthcStatus:
            ui.status_combo.addItem(status.label, status)

        self._event_menu = QMenu(self)
        for kind, label in EVENT_MENU:
            self._event_menu.addAction(QCoreApplication.translate(_CTX, label)).setData(kind)
        ui.event_button.setMenu(self._event_menu)

        self._setup_search(ui.search_edit)
        ui.field_combo.currentIndexChanged.connect(self._on_filter_changed)
        ui.status_combo.currentIndexChanged.connect(self._on_filter_changed)
        ui.uncovered_check.toggled.connect(self._on_filter_changed)
        connect_buttons(self, ui, "uncovered", "warning", "warning_open", "add", "edit", "assign", "delete", "import",
                        "export", "print")
        self._event_menu.triggered.connect(self._on_event_menu_triggered)
        self._on_selection_changed()

    # ------------------------------------------------------------------ loading
    def _load(self) -> None:
        """Reload the catalogue, the coverage figure and the warnings."""
        rows = self._services.tthc.search()
        self.coverage = self._services.tthc.coverage()
        self.stale_ids = stale_tthc_ids(rows, live_procedure_ids(self._services))
        self.uncovered_ids = {t.id for t in self.coverage.uncovered if t.id is not None}
        self.model.set_rows(rows)
        refill_fields(self._ui.field_combo, [t.field for t in rows])
        self._show_banners()

    def _show_banners(self) -> None:
        ui = self._ui
        figure = self.coverage
        assert figure is not None
        ui.coverage_label.setText(coverage_text(figure))
        missing = figure.total - figure.covered
        ui.coverage_frame.setStyleSheet(_BANNER_STYLES["ok" if missing == 0 and figure.total else "todo"])
        ui.uncovered_button.setVisible(missing > 0)
        stale = len(self.stale_ids)
        ui.warning_frame.setVisible(stale > 0)
        if stale:
            ui.warning_label.setText(self.tr(
                "{count} abolished TTHC still have a handling procedure in force: withdraw the procedure "
                "or revise it so that it no longer covers them.").format(count=stale))

    # ------------------------------------------------------------------ navigation and selection
    def clear_filters(self) -> None:
        ui = self._ui
        self._clear_search()
        ui.field_combo.setCurrentIndex(0)
        ui.status_combo.setCurrentIndex(0)
        ui.uncovered_check.setChecked(False)
        self.show_all_records()

    def is_uncovered(self, row: Tthc) -> bool:
        """Rule (d): a TTHC in force that no procedure in force covers."""
        return row.id in self.uncovered_ids

    def selected_tthc(self) -> list[Tthc]:
        return self._selected_rows()

    def _on_selection_changed(self, *_args: object) -> None:
        selected = self.selected_tthc() if self._ui.table_view.selectionModel() else []
        ui = self._ui
        ui.edit_button.setEnabled(len(selected) == 1)
        ui.delete_button.setEnabled(len(selected) == 1)
        ui.assign_button.setEnabled(bool(selected))
        live = [t for t in selected if t.status.in_force]
        for action in self._event_menu.actions():
            action.setEnabled(TthcEventKind(action.data()) is TthcEventKind.ADDED or bool(live))

    # ------------------------------------------------------------------ search and filters
    def _on_filter_changed(self, *_args: object) -> None:
        ui = self._ui
        status = ui.status_combo.currentData()
        self.proxy.set_filters(field=ui.field_combo.currentData(), status=TthcStatus(status) if status else None,
                               uncovered_only=ui.uncovered_check.isChecked())

    def _on_uncovered_button_clicked(self) -> None:
        self.clear_filters()
        self._ui.uncovered_check.setChecked(True)

    def _on_warning_button_clicked(self) -> None:
        self.open_target(tuple(self.stale_ids))

    def _on_warning_open_button_clicked(self) -> None:
        ids = tuple(dict.fromkeys(t.procedure_id for t in self.model.rows()
                                  if t.id in self.stale_ids and t.procedure_id is not None))
        if self._window is not None and ids:
            self._window.navigate("documents.internal", ids)

    def _update_count(self, *_args: object) -> None:
        total = self.model.rowCount()
        in_force = sum(1 for t in self.model.rows() if t.status.in_force)
        self._ui.count_label.setText(self.tr("Showing {shown} of {total} TTHC ({in_force} in force, {abolished} "
                                             "abolished)").format(
            shown=format_count(self.proxy.rowCount()), total=format_count(total), in_force=format_count(in_force),
            abolished=format_count(total - in_force)))

    # ------------------------------------------------------------------ add / edit / events
    def _on_add_button_clicked(self) -> None:
        self.open_editor(None)

    def _on_edit_button_clicked(self) -> None:
        selected = self.selected_tthc()
        if len(selected) == 1:
            self.open_editor(selected[0])

    def open_editor(self, tthc: Tthc | None) -> QWidget:
        dialog = TthcDialog(self._services, self, tthc=tthc)
        dialog.saved.connect(self._on_tthc_saved)
        return self._open(dialog)

    def _on_tthc_saved(self, tthc: Tthc) -> None:
        self._changed([int(tthc.id)] if tthc.id is not None else [])

    def _changed(self, ids: Sequence[int]) -> None:
        self.refresh(select_ids=ids)
        if ids and not any(self.is_shown(i) for i in ids):
            self.open_target(ids)
        self._notify()

    def _on_event_menu_triggered(self, action) -> None:
        kind = TthcEventKind(action.data())
        if kind is TthcEventKind.ADDED:
            self.open_editor(None)
            return
        targets = [t for t in self.selected_tthc() if t.status.in_force]
        if targets:
            self.open_event_dialog(targets, kind)

    def open_event_dialog(self, targets: Sequence[Tthc], kind: TthcEventKind) -> QWidget:
        dialog = TthcEventDialog(self._services, self, targets=targets, kind=kind)
        dialog.recorded.connect(self._on_events_recorded)
        return self._open(dialog)

    def _on_events_recorded(self, ids: tuple) -> None:
        self._changed(list(ids))

    # ------------------------------------------------------------------ procedure
    def _on_assign_button_clicked(self) -> None:
        selected = self.selected_tthc()
        if selected:
            self.open_procedure_picker(selected)

    def open_procedure_picker(self, targets: Sequence[Tthc]) -> QWidget:
        current = targets[0].procedure_id if len({t.procedure_id for t in targets}) == 1 else None
        dialog = ProcedurePickerDialog(tthc_procedures(self._services, current), self, targets=targets,
                                       current=current)
        ids = [int(t.id) for t in targets if t.id is not None]
        dialog.chosen.connect(lambda procedure_id: self.assign_procedure(ids, procedure_id))
        return self._open(dialog)

    def assign_procedure(self, tthc_ids: Sequence[int], procedure_id: int | None) -> None:
        """Link (or unlink, with None) the procedure handling these TTHC."""
        try:
            for tthc_id in tthc_ids:
                self._services.tthc.set_procedure(tthc_id, procedure_id)
        except DomainError as exc:
            show_error(self, self.tr("Cannot assign the procedure"), exc)
        self._changed(list(tthc_ids))

    # ------------------------------------------------------------------ delete
    def _on_delete_button_clicked(self) -> None:
        selected = self.selected_tthc()
        if len(selected) != 1:
            return
        t = selected[0]
        question = self.tr("Delete TTHC {code} “{name}” and its history from the catalogue?\n\n"
                           "Only delete a TTHC entered by mistake. A TTHC the province abolished must be "
                           "recorded as abolished: the abolition is a change of the scope.").format(
            code=t.code, name=t.name)
        self._dialog = ask(self, self.tr("Delete TTHC"), question, lambda: self._delete(t), yes_text=self.tr("Delete"))

    def _delete(self, t: Tthc) -> None:
        try:
            self._services.tthc.delete(int(t.id))  # type: ignore[arg-type]  # a saved record always has its id
        except DomainError as exc:
            show_error(self, self.tr("Cannot delete the TTHC"), exc)
            return
        self._changed([])

    # ------------------------------------------------------------------ context menu
    def _on_table_view_context_menu(self, pos: QPoint) -> None:
        selected = self.selected_tthc()
        if not selected:
            return
        menu = QMenu(self)
        if len(selected) == 1:
            menu.addAction(self.tr("Edit…"), self._on_edit_button_clicked)
        for action in self._event_menu.actions()[1:]:
            menu.addAction(action)
        menu.addAction(self.tr("Assign procedure…"), self._on_assign_button_clicked)
        procedure_ids = tuple(dict.fromkeys(t.procedure_id for t in selected if t.procedure_id is not None))
        if procedure_ids and self._window is not None:
            menu.addAction(self.tr("Open the procedure"),
                           lambda: self._window.navigate("documents.internal", procedure_ids))  # type: ignore[union-attr]  # the tab is shown only inside the main window
        menu.popup(self._ui.table_view.viewport().mapToGlobal(pos))

    # ------------------------------------------------------------------ Excel and printing
    def _on_export_button_clicked(self) -> None:
        self._on_export_clicked()

    def export_criteria(self) -> dict[str, object]:
        """The filters in the form of ``TthcService.search`` keyword arguments (for the export).

        "Uncovered" is the coverage figure's rule (d) on both sides: TTHC in force that no procedure in
        force covers, whether none is linked or the linked one is not in force."""
        uncovered = bool(self.proxy.chosen("uncovered_only"))
        return {"query": self.proxy.query(), "field": self.proxy.chosen("field"), "status": self.proxy.chosen("status"),
                "covered": False if uncovered else None, "in_force": True if uncovered else None}

    def export_to(self, path: Path) -> Path | None:
        """Write the catalogue as filtered now to ``path``; None when it failed (shown)."""
        return self.export_excel(path)

    def export_excel(self, path: Path) -> Path | None:
        return self._export_register(TTHC_SPEC, lambda: self._services.tthc.export_rows(**self.export_criteria()),
                                     path)

    def _on_import_button_clicked(self) -> None:
        self.open_import()

    def open_import(self) -> QWidget:
        """Open the generic Excel import dialog on the TTHC register."""
        return self._open_import(TTHC_SPEC, self._services.tthc.import_preview,
                                 title=self.tr("Administrative procedures list"),
                                 template_name="Mau-danh-muc-TTHC.xlsx",
                                 describe_result=self._describe_import, on_imported=self._on_imported)

    def _on_print_button_clicked(self) -> None:
        self.print_list()

    def print_list(self) -> PrintPreviewDialog | None:
        """Preview and print the TTHC shown, grouped by field, with the coverage sentence of those rows
        (the filters in force are printed under the title)."""
        self._apply_pending_search()  # the list printed is the list typed for
        rows = self._shown_rows()
        uncovered = set(self.uncovered_ids)
        subtitle = filter_subtitle(self._filter_words())
        return self._preview(lambda: self.printouts.tthc_list(rows, uncovered=uncovered, subtitle=subtitle),
                             title=self.tr("List of administrative procedures"),
                             file_stem=f"Danh-muc-TTHC-{self.today():%Y}", error_title=self.tr("Cannot print the list"))

    def _filter_words(self) -> list[str]:
        """The filters in force, in Vietnamese data words (printed under the list's title)."""
        ui = self._ui
        status = ui.status_combo.currentData()
        query = ui.search_edit.text().strip()
        return [ui.field_combo.currentData() or "", TthcStatus(status).label if status else "",
                "chưa có quy trình" if ui.uncovered_check.isChecked() else "", f"tìm “{query}”" if query else ""]

    def _describe_import(self, result) -> str:
        return self.tr("{count} TTHC imported. Each enters the scope on the date of its decision.").format(
            count=result.created)

    def _on_imported(self, result) -> None:
        self.clear_filters()
        self._changed(list(result.ids))
